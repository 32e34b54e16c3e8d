import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput

/// A session's generated files by output path: held in memory, or written to a `LiveFolder` with only their sizes
/// in memory (`quorum serve`, so that a 10,000-page site is not held in the server twice over; the system's file
/// cache keeps what is read often). A file is stored only when its bytes changed, and the versions an update
/// replaced or removed are kept as they were (`displaced`) until the next update, so the server can go on showing
/// the last good build while a save has errors.
public struct OutputFiles: Sendable, Sequence {
    /// The folder the files are written to, or nil when they are held in memory.
    public let folder: LiveFolder?
    private var texts: [String: String] = [:]
    private var sizes: [String: Int] = [:]
    /// What each file replaced or removed since `forgetDisplaced()` held before it (nil: it was not there).
    public private(set) var displaced: [String: String?] = [:]

    /// Files held in memory (tests, or where no folder can be written), or written to `folder`.
    public init(folder: LiveFolder? = nil) {
        self.folder = folder
    }

    /// The text of the file at `path`, or nil when there is none.
    public subscript(path: String) -> String? {
        guard let folder else { return texts[path] }
        return sizes[path] == nil ? nil : folder.read(path)
    }

    /// Whether there is a file at `path`.
    public func contains(_ path: String) -> Bool {
        folder == nil ? texts[path] != nil : sizes[path] != nil
    }

    /// The output paths, in no order.
    public var keys: [String] { folder == nil ? Array(texts.keys) : Array(sizes.keys) }
    public var count: Int { folder == nil ? texts.count : sizes.count }
    public var isEmpty: Bool { count == 0 }

    /// Each path with its text (read from the folder as it goes).
    public func makeIterator() -> AnyIterator<(path: String, text: String)> {
        var paths = keys.makeIterator()
        return AnyIterator {
            while let path = paths.next() {
                if let text = self[path] { return (path, text) }
            }
            return nil
        }
    }

    /// Empties `displaced`: at the start of an update, so that it says what the update changes, and once the
    /// update is served, as a template edit can displace thousands of pages.
    mutating func forgetDisplaced() {
        displaced = [:]
    }

    /// Stores `files`; returns the paths whose bytes changed or that are new, and the files that could not be written.
    mutating func store(_ files: [String: String]) -> (changed: [String], failed: [String: [Diagnostic]]) {
        guard let folder else {
            var changed: [String] = []
            for (path, text) in files where texts[path].map({ OutputFiles.sameBytes($0, text) }) != true {
                keepDisplaced(path, texts[path])
                texts[path] = text
                changed.append(path)
            }
            return (changed, [:])
        }
        // In parallel: the first build writes every file of the site.
        let entries = Array(files)
        let sizes = self.sizes, inherited = folder.isInherited
        let results = ConcurrentMap.map(entries) { path, text -> Written in
            let size = sizes[path]
            if size == text.utf8.count && folder.holds(text, at: path) { return .same }
            // A stopped server's file with these bytes already: reading it back is cheaper than writing it again.
            if size == nil && inherited && folder.holds(text, at: path) { return .written(old: nil) }
            let old = size == nil ? nil : folder.read(path)
            do throws(DiagnosticError) {
                try folder.write(text, to: path)
                return .written(old: old)
            } catch {
                return .failed(error.diagnostics)
            }
        }
        var changed: [String] = [], failed: [String: [Diagnostic]] = [:]
        for ((path, text), result) in zip(entries, results) {
            switch result {
            case .same: continue
            case .failed(let diagnostics): failed[path] = diagnostics
            case .written(let old):
                keepDisplaced(path, old)
                self.sizes[path] = text.utf8.count
                changed.append(path)
            }
        }
        return (changed, failed)
    }

    /// Removes the files at `paths`; returns those that were there.
    mutating func remove<Paths: Sequence<String>>(_ paths: Paths) -> [String] {
        var removed: [String] = []
        for path in paths where contains(path) {
            keepDisplaced(path, self[path])
            if let folder {
                folder.remove(path)
                sizes[path] = nil
            } else {
                texts[path] = nil
            }
            removed.append(path)
        }
        return removed
    }

    private mutating func keepDisplaced(_ path: String, _ old: String?) {
        if displaced.index(forKey: path) == nil { displaced[path] = .some(old) }
    }

    /// Byte equality: String's `==` also treats canonically equivalent text as equal, which a served file is not.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0
            }
        }
        return (fast ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}

/// What storing one file in the folder did.
private enum Written: Sendable {
    case same
    case written(old: String?)
    case failed([Diagnostic])
}
