import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumDiagnostics

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
        let name = ".\(self.destination.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)"
        staging = parent.appendingPathComponent(name)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: staging.path) { try fileManager.removeItem(at: staging) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot create the build folder \(staging.path): \(error.localizedDescription)",
                                         hint: "check that you can write to \(parent.path)"))
        }
    }

    /// Writes `bytes` to `path` (relative, `/`-separated) inside the staging folder.
    public func write(_ bytes: [UInt8], to path: String) throws(DiagnosticError) {
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
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
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
        try write(Array(text.utf8), to: path)
    }

    /// Copies a file into the staging folder.
    public func copy(_ source: URL, to path: String) throws(DiagnosticError) {
        guard let data = fileManager.contents(atPath: source.path) else {
            throw DiagnosticError(.error("cannot read \(source.path)"))
        }
        try write(Array(data), to: path)
    }

    /// Puts the staging folder in place of the destination; the old site is removed afterwards.
    public func commit() throws(DiagnosticError) {
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if fileManager.fileExists(atPath: old.path) { try fileManager.removeItem(at: old) }
            let hadOld = fileManager.fileExists(atPath: destination.path)
            if hadOld { try fileManager.moveItem(at: destination, to: old) }
            do {
                try fileManager.moveItem(at: staging, to: destination)
            } catch {
                // Put the previous site back before reporting.
                if hadOld { try? fileManager.moveItem(at: old, to: destination) }
                throw error
            }
            if hadOld { try? fileManager.removeItem(at: old) }
        } catch {
            throw DiagnosticError(.error("cannot replace \(destination.path): \(error.localizedDescription)"))
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
