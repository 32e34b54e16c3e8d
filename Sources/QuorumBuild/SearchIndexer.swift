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

    /// Runs pagefind as a child tied to this process: a build killed mid-index takes the indexer with it.
    private static func run(_ arguments: [String]) -> Int32 {
        ChildProcess.run(["python3", "-m", "pagefind_bin"] + arguments)
    }
}
