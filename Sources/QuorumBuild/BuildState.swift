import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumContent
import QuorumDiagnostics
import QuorumOutput

/// What the last successful build read and wrote, kept beside the output (`.public.build-state.json`) so that
/// a build with nothing changed can stop at once instead of doing the same work again.
struct BuildState: Codable, Equatable {
    /// The program, the options and every input file's path, size and modification time, one a line.
    var inputs: String
    /// The output folder's inode and modification time after the swap: a deleted or replaced output means a rebuild.
    var output: String
    var pages: Int
    var files: Int
    /// The warnings of that build, shown again so an unchanged site keeps telling its authors what to fix.
    var warnings: [Diagnostic]
    /// The published PDFs by path: a PDF whose input has the same hash is copied, not rendered again.
    var pdfs: [String: PDFRecord]? = nil
    /// Where that build found WeasyPrint, so this one knows its version without starting Python.
    var pdfEngine: PDFEngine.Installation? = nil

    /// The state file beside `output`.
    static func location(beside output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).build-state.json")
    }

    /// The state saved by the last successful build into `output`, if any.
    static func saved(beside output: URL) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: location(beside: output).path) else { return nil }
        return try? JSONDecoder().decode(BuildState.self, from: data)
    }

    /// Saves the state; a state that cannot be saved only costs the next build its shortcut.
    func save(beside output: URL) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? data.write(to: BuildState.location(beside: output), options: .atomic)
    }

    /// Forgets the saved state, so the next build is a full one.
    static func forget(beside output: URL) {
        try? FileManager.default.removeItem(at: location(beside: output))
    }

    /// A summary of everything a build of `options` reads: the program, the options, and each file under the
    /// site's `content/` and every template folder.
    static func inputs(of options: BuildOptions) -> String {
        var lines = [
            "program \(fileStamp("/proc/self/exe") ?? CommandLine.arguments.first ?? "")",
            "drafts \(options.includeDrafts) base_url \(options.baseURL ?? "-") today \(options.today.iso)",
            "search \(options.searchIndex) strict \(options.warningsAreErrors) charts \(options.chartImages) pdf \(options.pdf)",
        ]
        let folders = [options.source.appendingPathComponent("content")] + options.themeFolders
            + [options.source.appendingPathComponent("templates")]
        for folder in folders {
            let root = folder.resolvingSymlinksInPath().path
            lines.append("folder \(root)")
            walk(root, "", into: &lines)
        }
        return lines.joined(separator: "\n")
    }

    /// The inode and modification time of `output`, or nil when it does not exist.
    static func outputStamp(_ output: URL) -> String? {
        var info = stat()
        guard stat(output.path, &info) == 0 else { return nil }
        return "\(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Size and modification time of a file, following links.
    static func fileStamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Appends `relative size mtime` for every file under `root/relative`, in sorted order.
    private static func walk(_ root: String, _ relative: String, into lines: inout [String]) {
        for name in DirectoryEntries.names(in: relative.isEmpty ? root : root + "/" + relative).sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(root, path, into: &lines)
            } else {
                lines.append("\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
            }
        }
    }
}
