import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumDiagnostics

/// A folder of generated files that are read while they are rewritten: `quorum serve` keeps its site here rather
/// than in memory. Files are rewritten in place: a new file on ext4 costs an inode search that made writing a
/// 10,000-page site take seconds, and a request that catches a file half written is followed by the reload event.
///
/// It is `.public.cache/serve-PID` beside the output. The folder a stopped server left is taken over by the next
/// one, whose first build then rewrites existing files instead of creating them, and removes the files it did
/// not make (`removeUnwritten`).
public final class LiveFolder: @unchecked Sendable {
    /// The folder the files are in.
    public let root: URL
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    /// Whether the folder was a stopped server's, so it may hold files this one has not written.
    private var inherited: Bool

    /// This process's folder in the cache beside `destination`: a stopped server's, taken over, or a new one.
    public convenience init(beside destination: URL) throws(DiagnosticError) {
        let cache = ArtefactCache(beside: destination).folder
        let own = cache.appendingPathComponent("serve-\(getpid())")
        let inherited = LiveFolder.takeOver(in: cache, as: own)
        try self.init(root: own, emptied: !inherited)
    }

    /// Uses `root` as the folder, emptied first unless `emptied` is false.
    public init(root: URL, emptied: Bool = true) throws(DiagnosticError) {
        self.root = root.standardizedFileURL
        self.inherited = !emptied
        if emptied { FolderRemoval.remove(self.root.path) }
        do {
            try FileManager.default.createDirectory(at: self.root, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot create the preview folder \(self.root.path): \(error.localizedDescription)",
                                         hint: "check that you can write to \(self.root.deletingLastPathComponent().path)"))
        }
    }

    /// Whether the folder was a stopped server's and this one's first build has not yet replaced what it holds.
    public var isInherited: Bool { lock.withLock { inherited } }

    /// Writes `text` as the file at `path` (relative, `/`-separated).
    public func write(_ text: String, to path: String) throws(DiagnosticError) {
        guard StagedOutput.isSafe(path) else {
            throw DiagnosticError(.error("refusing to write outside the preview folder: \(path)"))
        }
        if let slash = path.lastIndex(of: "/") { try makeFolders(String(path[..<slash])) }
        let full = root.path + "/" + path
        if lock.withLock({ inherited }) && StagedOutput.isFolder(full) { FolderRemoval.remove(full) }
        var text = text
        let result: Result<Void, DiagnosticError> = text.withUTF8 { utf8 in
            Result { () throws(DiagnosticError) in try StagedOutput.writeFile(full, UnsafeRawBufferPointer(utf8), name: path) }
        }
        try result.get()
    }

    /// Removes every file but `files` (and the folders that hold none of them) from a folder taken over from a
    /// stopped server: the pages deleted since it stopped. Does nothing for a folder this process made.
    public func removeUnwritten(keeping files: Set<String>) {
        guard lock.withLock({ inherited }) else { return }
        var folders: Set<String> = []
        for file in files {
            var folder = Substring(file)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        StagedOutput.sweep(root.path, "", keeping: files, folders)
        lock.withLock { inherited = false }
    }

    /// The text of the file at `path`, or nil when there is none.
    public func read(_ path: String) -> String? {
        guard StagedOutput.isSafe(path), let data = FileManager.default.contents(atPath: root.path + "/" + path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether the file at `path` holds exactly the UTF-8 of `text`.
    public func holds(_ text: String, at path: String) -> Bool {
        guard StagedOutput.isSafe(path) else { return false }
        var text = text
        return text.withUTF8 { StagedOutput.hasBytes(root.path + "/" + path, UnsafeRawBufferPointer($0)) }
    }

    /// Removes the file at `path`; the folders that held it stay, as a page may come back.
    public func remove(_ path: String) {
        guard StagedOutput.isSafe(path) else { return }
        unlink(root.path + "/" + path)
    }

    /// Renames the folder of a stopped server in `cache` to `own` and removes the others; returns whether one was taken.
    static func takeOver(in cache: URL, as own: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: cache.path) else { return false }
        var taken = false
        for name in names.sorted() where name.hasPrefix("serve-") {
            guard let pid = Int32(name.dropFirst("serve-".count)) else { continue }
            let path = cache.appendingPathComponent(name).path
            guard pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) else { continue }
            if !taken && StagedOutput.isFolder(path) && (path == own.path || rename(path, own.path) == 0) {
                taken = true
            } else {
                FolderRemoval.remove(path)
            }
        }
        return taken
    }

    private func makeFolders(_ folder: String) throws(DiagnosticError) {
        if lock.withLock({ createdFolders.contains(folder) }) { return }
        if let slash = folder.lastIndex(of: "/") { try makeFolders(String(folder[..<slash])) }
        let full = root.path + "/" + folder
        // A folder taken over may hold a file where this site now has a folder.
        if lock.withLock({ inherited }) && !StagedOutput.isFolder(full) { unlink(full) }
        if mkdir(full, 0o755) != 0 && errno != EEXIST {
            throw DiagnosticError(.error("cannot create \(folder) in the preview folder: \(String(cString: strerror(errno)))"))
        }
        lock.withLock { _ = createdFolders.insert(folder) }
    }
}
