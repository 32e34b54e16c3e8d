import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumDiagnostics
import CAtomicSwap

/// Writes a build into a temporary folder beside the output and swaps it in only when everything succeeded,
/// so a failed build leaves the previous site as it was.
public final class StagedOutput: @unchecked Sendable {
    /// The folder readers see (`public/`).
    public let destination: URL
    /// The folder being written.
    public let staging: URL
    private let fileManager = FileManager.default
    private let lock = NSLock()
    private var createdFolders: Set<String> = []

    /// Creates an empty staging folder next to `destination`.
    public init(destination: URL) throws(DiagnosticError) {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = StagedOutput.sibling(of: self.destination, "staging")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            StagedOutput.removeLeftovers(beside: self.destination)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
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
        // Plain POSIX calls: Foundation's Data.write syncs every file to disk, which made writing
        // a large site I/O-bound; the swap at the end is what makes the output safe.
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DiagnosticError(.error("cannot write \(path): \(String(cString: strerror(errno)))")) }
        defer { close(fd) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw DiagnosticError(.error("cannot write \(path): \(String(cString: strerror(errno)))"))
            }
            offset += written
        }
    }

    /// Creates `folder` (relative) and its parents inside the staging folder, remembering what exists.
    private func makeFolders(_ folder: String) throws(DiagnosticError) {
        if knownFolder(folder) { return }
        if let slash = folder.lastIndex(of: "/") { try makeFolders(String(folder[..<slash])) }
        let result = mkdir(staging.path + "/" + folder, 0o755)
        if result != 0 && errno != EEXIST {
            throw DiagnosticError(.error("cannot create \(folder): \(String(cString: strerror(errno)))"))
        }
        remember(folder)
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

    /// Puts the staging folder in place of the destination in one atomic exchange; the old site is removed afterwards.
    public func commit() throws(DiagnosticError) {
        do {
            if fileManager.fileExists(atPath: destination.path) {
                // One renameat2(RENAME_EXCHANGE): a build killed at any moment leaves the old site or the new one.
                if quorum_exchange_paths(staging.path, destination.path) == 0 {
                    try? fileManager.removeItem(at: staging)
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
                try? fileManager.removeItem(at: old)
            } else {
                try fileManager.moveItem(at: staging, to: destination)
            }
        } catch {
            throw DiagnosticError(.error("cannot replace \(destination.path): \(error.localizedDescription)"))
        }
    }

    /// `.public.KIND-PID` beside `public/`.
    static func sibling(of destination: URL, _ kind: String) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(kind)-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Removes staging and old folders that builds killed before they finished left beside `destination`.
    public static func removeLeftovers(beside destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let prefixes = [".\(destination.lastPathComponent).staging-", ".\(destination.lastPathComponent).old-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where prefixes.contains(where: { name.hasPrefix($0) }) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Removes the staging folder, leaving the destination untouched.
    public func discard() {
        try? fileManager.removeItem(at: staging)
    }

    /// A relative path with no `..`, no absolute start and no empty name.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }

    private func knownFolder(_ folder: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return createdFolders.contains(folder)
    }

    private func remember(_ folder: String) {
        lock.lock()
        createdFolders.insert(folder)
        lock.unlock()
    }
}
