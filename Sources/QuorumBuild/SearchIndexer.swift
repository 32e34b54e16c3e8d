import Foundation

/// Full-text search with Pagefind (`pip install pagefind-bin`): it indexes the built pages into
/// `pagefind/`, and its script searches them in the browser, with no server-side component.
public enum SearchIndexer {
    /// Whether `python3 -m pagefind_bin` can run here.
    public static var isAvailable: Bool {
        run(["--version"]) == 0
    }

    /// Indexes the site in `folder`; returns an error message, or nil on success.
    public static func index(_ folder: URL) -> String? {
        let status = run(["--site", folder.path, "--output-subdir", "pagefind", "--quiet"])
        return status == 0 ? nil : "pagefind exited with status \(status) while indexing \(folder.path)"
    }

    private static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "pagefind_bin"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return -1
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
