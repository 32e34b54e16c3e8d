import Foundation
import CChildProcess

/// Draws email charts as PNGs with rsvg-convert (Debian's librsvg2-bin), from the same SVG the web page
/// shows, at twice its size for sharp screens, on white (mail clients in dark mode would show transparency dark).
public enum ChartRasteriser {
    /// Whether `rsvg-convert` can run here.
    public static var isAvailable: Bool {
        run(["rsvg-convert", "--version"]) == 0
    }

    /// Draws each SVG (paths relative to `folder`) as the PNG of the same name, several at once;
    /// returns an error message naming the first that failed, or nil.
    public static func draw(_ svgs: [String], in folder: URL) -> String? {
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < svgs.count {
            let paths = svgs[start..<min(start + batch, svgs.count)]
            let children = paths.map { path -> (String, Int32) in
                let svg = folder.appendingPathComponent(path).path
                let png = String(svg.dropLast(4)) + ".png"
                return (path, spawn(["rsvg-convert", "--zoom", "2", "--background-color", "#ffffff",
                                     "--format", "png", "--output", png, svg]))
            }
            var failure: String?
            for (path, pid) in children {
                let status = pid > 0 ? quorum_wait(pid) : -1
                if status != 0, failure == nil { failure = "rsvg-convert exited with status \(status) while drawing \(path)" }
            }
            if let failure { return failure }
            start += batch
        }
        return nil
    }

    private static func run(_ words: [String]) -> Int32 {
        let pid = spawn(words)
        return pid > 0 ? quorum_wait(pid) : -1
    }

    /// Starts a child tied to this process: a killed build takes its rasterisers with it.
    private static func spawn(_ words: [String]) -> Int32 {
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        return quorum_spawn_tied(&argv)
    }
}
