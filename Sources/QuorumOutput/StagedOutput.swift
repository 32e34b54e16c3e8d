import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumDiagnostics
import CAtomicSwap

/// Writes a build into a temporary folder beside the output and swaps it in only when everything succeeded,
/// so a failed build leaves the previous site as it was.
///
/// The site the swap replaces is kept beside the output as a spare (`.public.spare`), and the next build starts
/// from it: a file whose bytes did not change is left alone, and files the build does not make are removed at
/// the end. Rebuilding a large site then writes only what changed, and never waits for a whole old site to be deleted.
public final class StagedOutput: @unchecked Sendable {
    /// The folder readers see (`public/`).
    public let destination: URL
    /// The folder being written.
    public let staging: URL
    /// Whether the staging folder started as the spare of an earlier build rather than empty.
    public let recycled: Bool
    private let fileManager = FileManager.default
    private let lock = NSLock()
    private var createdFolders: Set<String> = []
    private var writtenFiles: Set<String> = []

    /// Creates the staging folder next to `destination`, from the spare when there is one.
    public init(destination: URL) throws(DiagnosticError) {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = StagedOutput.sibling(of: self.destination, "staging")
        let spare = StagedOutput.spare(of: self.destination)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            StagedOutput.removeLeftovers(beside: self.destination)
            if StagedOutput.isFolder(spare.path), rename(spare.path, staging.path) == 0 {
                recycled = true
            } else {
                recycled = false
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            }
        } catch {
            throw DiagnosticError(.error("cannot create the build folder \(staging.path): \(error.localizedDescription)",
                                         hint: "check that you can write to \(parent.path)"))
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated) inside the staging folder.
    public func write(_ bytes: [UInt8], to path: String) throws(DiagnosticError) {
        let result: Result<Void, DiagnosticError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(DiagnosticError) in try write(buffer, to: path) }
        }
        try result.get()
    }

    private func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws(DiagnosticError) {
        guard StagedOutput.isSafe(path) else {
            throw DiagnosticError(.error("refusing to write outside the output folder: \(path)"))
        }
        let full = staging.path + "/" + path
        if let slash = path.lastIndex(of: "/") {
            try makeFolders(String(path[..<slash]))
        }
        record(path)
        if recycled && StagedOutput.clearWay(full, for: buffer) { return }
        try StagedOutput.writeFile(full, buffer, name: path)
    }

    /// Creates or truncates the file at `full` and writes `buffer` to it; `name` is what an error calls it.
    /// Plain POSIX calls: Foundation's Data.write syncs every file to disk, which made writing a large site
    /// I/O-bound; the swap at the end is what makes the output safe.
    static func writeFile(_ full: String, _ buffer: UnsafeRawBufferPointer, name: String) throws(DiagnosticError) {
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DiagnosticError(.error("cannot write \(name): \(String(cString: strerror(errno)))")) }
        defer { close(fd) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw DiagnosticError(.error("cannot write \(name): \(String(cString: strerror(errno)))"))
            }
            offset += written
        }
    }

    /// Creates `folder` (relative) and its parents inside the staging folder, remembering what exists.
    private func makeFolders(_ folder: String) throws(DiagnosticError) {
        if knownFolder(folder) { return }
        if let slash = folder.lastIndex(of: "/") { try makeFolders(String(folder[..<slash])) }
        let full = staging.path + "/" + folder
        // A spare may hold a file, or a link, where this build needs a folder.
        if recycled && !StagedOutput.isFolder(full) { FolderRemoval.remove(full) }
        let result = mkdir(full, 0o755)
        if result != 0 && errno != EEXIST {
            throw DiagnosticError(.error("cannot create \(folder): \(String(cString: strerror(errno)))"))
        }
        remember(folder)
    }

    /// Makes room for a file a child process (the PDF driver) will write at `path`, and counts it as written,
    /// so `removeUnwritten()` keeps it; returns its full path in the staging folder.
    public func reserve(_ path: String) throws(DiagnosticError) -> String {
        guard StagedOutput.isSafe(path) else {
            throw DiagnosticError(.error("refusing to write outside the output folder: \(path)"))
        }
        if let slash = path.lastIndex(of: "/") { try makeFolders(String(path[..<slash])) }
        record(path)
        return staging.path + "/" + path
    }

    /// Writes text as UTF-8.
    public func write(_ text: String, to path: String) throws(DiagnosticError) {
        var text = text
        // Native strings are contiguous UTF-8 already: write them without a copy.
        let result: Result<Void, DiagnosticError> = text.withUTF8 { utf8 in
            Result { () throws(DiagnosticError) in try write(UnsafeRawBufferPointer(utf8), to: path) }
        }
        try result.get()
    }

    /// Copies a file into the staging folder.
    public func copy(_ source: URL, to path: String) throws(DiagnosticError) {
        guard let data = fileManager.contents(atPath: source.path) else {
            throw DiagnosticError(.error("cannot read \(source.path)"))
        }
        try write(Array(data), to: path)
    }

    /// Removes what a recycled staging folder holds that this build did not write: pages deleted since, old
    /// search indexes. Call it once every file is written, before anything else (the indexer) adds files.
    public func removeUnwritten() {
        guard recycled else { return }
        lock.lock()
        let files = writtenFiles, folders = createdFolders
        lock.unlock()
        StagedOutput.sweep(staging.path, "", keeping: files, folders)
    }

    /// Puts the staging folder in place of the destination in one atomic exchange; the old site becomes the spare.
    public func commit() throws(DiagnosticError) {
        let spare = StagedOutput.spare(of: destination)
        do {
            if fileManager.fileExists(atPath: destination.path) {
                // One renameat2(RENAME_EXCHANGE): a build killed at any moment leaves the old site or the new one.
                if quorum_exchange_paths(staging.path, destination.path) == 0 {
                    StagedOutput.keepAsSpare(staging.path, spare.path)
                    return
                }
                // File systems without the exchange: two renames, with the old site put back on failure.
                let old = StagedOutput.sibling(of: destination, "old")
                if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
                try fileManager.moveItem(at: destination, to: old)
                do {
                    try fileManager.moveItem(at: staging, to: destination)
                } catch {
                    try? fileManager.moveItem(at: old, to: destination)
                    throw error
                }
                StagedOutput.keepAsSpare(old.path, spare.path)
            } else {
                try fileManager.moveItem(at: staging, to: destination)
            }
        } catch {
            throw DiagnosticError(.error("cannot replace \(destination.path): \(error.localizedDescription)"))
        }
    }

    /// `.public.spare` beside `public/`: the site the last swap replaced, the starting point of the next build.
    public static func spare(of destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).spare")
    }

    /// `.public.KIND-PID` beside `public/`.
    static func sibling(of destination: URL, _ kind: String) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(kind)-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Clears the staging and old folders that builds killed before they finished left beside `destination`:
    /// the first becomes the spare when there is none (any tree will do, every file is compared), the rest go,
    /// and so do the search indexer's scratch folders.
    public static func removeLeftovers(beside destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let prefixes = [".\(destination.lastPathComponent).staging-", ".\(destination.lastPathComponent).old-"]
        let scratch = ".\(destination.lastPathComponent).search-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        let spare = spare(of: destination).path
        for name in names.sorted() {
            if prefixes.contains(where: { name.hasPrefix($0) }) {
                keepAsSpare(parent.appendingPathComponent(name).path, spare)
            } else if name.hasPrefix(scratch) {
                FolderRemoval.remove(parent.appendingPathComponent(name).path)
            }
        }
    }

    /// Gives up the staging folder, leaving the destination untouched; what it holds is kept as the spare.
    public func discard() {
        StagedOutput.keepAsSpare(staging.path, StagedOutput.spare(of: destination).path)
    }

    /// Moves `folder` to `spare` when there is no spare yet, else removes it.
    private static func keepAsSpare(_ folder: String, _ spare: String) {
        if isFolder(folder), !isFolder(spare), rename(folder, spare) == 0 { return }
        FolderRemoval.remove(folder)
    }

    /// Whether `path` is a folder (not a link to one).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Makes way for a file at `full` in a recycled folder; returns true when the file there already has these bytes.
    private static func clearWay(_ full: String, for buffer: UnsafeRawBufferPointer) -> Bool {
        var info = stat()
        guard lstat(full, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if Int(info.st_size) == buffer.count && hasBytes(full, buffer) { return true }
            // A file with other links is shared with the artefact cache: rewrite it as a new file, never in place.
            if info.st_nlink > 1 { unlink(full) }
        case S_IFDIR:
            FolderRemoval.remove(full)
        default:
            unlink(full)
        }
        return false
    }

    /// Whether the file at `path` holds exactly `buffer`.
    static func hasBytes(_ path: String, _ buffer: UnsafeRawBufferPointer) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var existing = [UInt8](repeating: 0, count: buffer.count + 1)
        var filled = 0
        while filled < existing.count {
            let count = existing.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            filled += count
        }
        guard filled == buffer.count else { return false }
        guard let expected = buffer.baseAddress else { return true }
        return existing.withUnsafeBytes { found in found.baseAddress.map { memcmp($0, expected, buffer.count) == 0 } ?? false }
    }

    /// Removes every entry under `root/relative` that is neither a written file nor a folder holding one.
    static func sweep(_ root: String, _ relative: String, keeping files: Set<String>, _ folders: Set<String>) {
        for name in DirectoryEntries.names(in: relative.isEmpty ? root : root + "/" + relative) {
            let path = relative.isEmpty ? name : relative + "/" + name
            if folders.contains(path) && isFolder(root + "/" + path) {
                sweep(root, path, keeping: files, folders)
            } else if !files.contains(path) {
                FolderRemoval.remove(root + "/" + path)
            }
        }
    }

    /// A relative path with no `..`, no absolute start and no empty name.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }

    private func knownFolder(_ folder: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return createdFolders.contains(folder)
    }

    private func record(_ file: String) {
        lock.lock()
        writtenFiles.insert(file)
        lock.unlock()
    }

    private func remember(_ folder: String) {
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }
}
