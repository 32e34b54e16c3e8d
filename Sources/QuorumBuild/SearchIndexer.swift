import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CChildProcess
import QuorumOutput
import QuorumSite

/// Full-text search with Pagefind (`pip install pagefind-bin`): it indexes the built pages, and its script searches
/// them in the browser, with no server-side component.
///
/// The site is indexed in parts (`SiteGraph.searchParts`), one Pagefind bundle each under `pagefind/PART/`, merged in
/// the browser with Pagefind's `mergeIndex`. A part whose pages did not change is linked back from the artefact cache,
/// so an edit re-indexes only its own part, and no Pagefind run holds the whole site in memory.
public enum SearchIndexer {
    /// The Pagefind program inside the pagefind-bin package, or nil when it is not installed.
    public static let executable: String? = findExecutable()

    /// Whether Pagefind can run here.
    public static var isAvailable: Bool { executable != nil }

    /// What the parts' cache keys start with: a new Pagefind makes every part again.
    private static let version = "quorum-search-1 " + (executable.flatMap(fileStamp) ?? "")

    /// Indexes `parts` of the staging folder into `pagefind/`; returns an error message, or nil on success.
    /// `link` turns a site path into the URL the browser uses (the site may live under a path of its host).
    public static func index(_ parts: [SearchPart], in staged: StagedOutput, cache: ArtefactCache,
                             link: (String) -> String) -> (problem: String?, indexed: Int) {
        guard let executable, let first = parts.first else { return ("Pagefind is not installed", 0) }
        let scratch = staged.staging.deletingLastPathComponent()
            .appendingPathComponent(".\(staged.destination.lastPathComponent).search-\(getpid())").path
        FolderRemoval.remove(scratch)
        defer { FolderRemoval.remove(scratch) }
        let keys = parts.map { key(of: $0, in: staged.staging.path) }
        let problems = ProblemList()
        // Two Pagefind runs at a time: each is multi-threaded, and two hide each other's start-up.
        let todo = parts.indices.filter { !cache.restore("search", keys[$0], into: staged, at: "pagefind/\(parts[$0].name)") }
        DispatchQueue.concurrentPerform(iterations: min(2, todo.count)) { lane in
            for position in stride(from: lane, to: todo.count, by: 2) {
                let part = parts[todo[position]]
                let site = scratch + "/" + part.name
                let bundle = "pagefind/" + part.name
                guard linkPages(part.paths, from: staged.staging.path, into: site) else {
                    problems.add("cannot prepare the pages of search part \(part.name) in \(scratch)")
                    continue
                }
                let status = TiedProcess.run(executable, ["--site", site, "--output-path", staged.staging.path + "/" + bundle, "--quiet"])
                FolderRemoval.remove(site)
                if status != 0 {
                    problems.add("pagefind exited with status \(status) while indexing \(part.name)")
                } else {
                    cache.store("search", keys[todo[position]], from: staged, at: bundle)
                }
            }
        }
        if let problem = problems.first { return (problem, todo.count) }
        // The UI script and its styles from the first bundle, at the paths every page names, and the script that starts it.
        for file in ["pagefind-ui.js", "pagefind-ui.css"] {
            do throws(DiagnosticErrorBox) {
                try copy(staged.staging.path + "/pagefind/\(first.name)/\(file)", to: "pagefind/\(file)", in: staged)
            } catch {
                return ("cannot copy Pagefind's \(file): \(error.message)", todo.count)
            }
        }
        do {
            try staged.write(startScript(parts.map { link("/pagefind/\($0.name)/") }), to: "pagefind/quorum-search.js")
        } catch {
            return ("cannot write pagefind/quorum-search.js", todo.count)
        }
        cache.prune("search")
        return (nil, todo.count)
    }

    /// The script each page loads after Pagefind's UI: the first part is the main bundle, the rest are merged in.
    static func startScript(_ bundles: [String]) -> String {
        let quoted = bundles.map(jsonString)
        let merged = quoted.dropFirst().map { "{ bundlePath: \($0) }" }.joined(separator: ", ")
        return """
        window.addEventListener("DOMContentLoaded", function () {
          new PagefindUI({ element: "#search", showImages: false, bundlePath: \(quoted.first ?? "\"\""),
            mergeIndex: [\(merged)], translations: { placeholder: "Search this site" } });
        });

        """
    }

    /// A JSON (and so JavaScript) string literal; `<` escaped so the text can never close a script element.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The digest of a part: Pagefind's version, the part's name and every page's path and bytes.
    static func key(of part: SearchPart, in root: String) -> String {
        var digest = ContentDigest()
        digest.update(field: version)
        digest.update(field: part.name)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for path in part.paths {
            digest.update(field: path)
            let fd = open(root + "/" + path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { digest.update(field: "(missing)"); continue }
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                buffer.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            }
            close(fd)
            digest.update(field: "")
        }
        return digest.hex()
    }

    /// Hard-links the part's pages into a folder of their own, at the same paths, so Pagefind sees their URLs.
    private static func linkPages(_ paths: [String], from root: String, into site: String) -> Bool {
        for path in paths {
            let target = site + "/" + path
            let parent = (target as NSString).deletingLastPathComponent
            guard (try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)) != nil else { return false }
            if link(root + "/" + path, target) != 0 {
                guard (try? FileManager.default.copyItem(atPath: root + "/" + path, toPath: target)) != nil else { return false }
            }
        }
        return true
    }

    private struct DiagnosticErrorBox: Error { var message: String }

    private static func copy(_ source: String, to path: String, in staged: StagedOutput) throws(DiagnosticErrorBox) {
        guard let data = FileManager.default.contents(atPath: source) else { throw DiagnosticErrorBox(message: "\(source) is missing") }
        do { try staged.write(Array(data), to: path) } catch { throw DiagnosticErrorBox(message: "cannot write \(path)") }
    }

    /// Size and modification time of a file, so that upgrading Pagefind invalidates the cached parts.
    private static func fileStamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_size) \(info.st_mtim.tv_sec)"
    }

    /// Asks Python where pagefind-bin keeps its program; nil when the package is missing or the program does not run.
    private static func findExecutable() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pagefind_bin, sys; sys.stdout.write(str(pagefind_bin.get_executable()))"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let path = String(data: data, encoding: .utf8), !path.isEmpty,
              TiedProcess.run(path, ["--version"]) == 0 else { return nil }
        return path
    }
}
