import Foundation
import QuorumOutput

/// Draws email charts as PNGs with rsvg-convert (Debian's librsvg2-bin), from the same SVG the web page
/// shows, at twice its size for sharp screens, on white (a mail client in dark mode would show transparency dark).
///
/// A PNG is kept in the artefact cache under the digest of its SVG, so an unchanged chart is linked back, not redrawn.
public enum ChartRasteriser {
    /// What the PNG is made with; part of each cache key, so changing it redraws every chart.
    static let arguments = ["--zoom", "2", "--background-color", "#ffffff", "--format", "png"]

    /// Whether `rsvg-convert` can run here.
    public static var isAvailable: Bool {
        TiedProcess.run("rsvg-convert", ["--version"]) == 0
    }

    /// Draws each SVG (paths in the staging folder) as the PNG of the same name, on all cores;
    /// returns an error message naming the first that failed, or nil.
    public static func draw(_ svgs: [String], in staged: StagedOutput, cache: ArtefactCache) -> String? {
        let root = staged.staging.path + "/"
        let pngs = svgs.map { String($0.dropLast(4)) + ".png" }
        let keys = svgs.map { path -> String in
            var digest = ContentDigest()
            digest.update(field: arguments.joined(separator: " "))
            digest.update(FileManager.default.contents(atPath: root + path) ?? Data())
            return digest.hex()
        }
        let todo = svgs.indices.filter { !cache.restore("chart-png", keys[$0], into: staged, at: pngs[$0]) }
        let problems = ProblemList()
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, todo.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for position in stride(from: lane, to: todo.count, by: lanes) {
                let index = todo[position]
                let status = TiedProcess.run("rsvg-convert", arguments + ["--output", root + pngs[index], root + svgs[index]])
                if status == 0 {
                    cache.store("chart-png", keys[index], from: staged, at: pngs[index])
                } else {
                    problems.add("rsvg-convert exited with status \(status) while drawing \(svgs[index])")
                }
            }
        }
        if let problem = problems.first { return problem }
        cache.prune("chart-png")
        return nil
    }
}
