import Foundation
import QuorumDiagnostics

/// Quorum's default theme (the checkout's `templates/`), compiled into the program by the EmbedTheme plugin.
public enum DefaultTheme {
    /// Every file of the theme by path relative to `templates/`, in sorted order.
    public static let files: [(path: String, data: Data)] = embeddedThemeFiles.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) }

    /// Writes the theme into `folder` (created if needed) for a site to customise; returns the paths written.
    /// Refuses, writing nothing, when any of the files is already there; errors name the folder as `shownAs`.
    public static func export(to folder: URL, shownAs name: String) throws(DiagnosticError) -> [String] {
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !existing.isEmpty {
            throw DiagnosticError(existing.map {
                .error("\($0) already exists; nothing was written", at: SourceLocation(file: "\(name)/\($0)"),
                       hint: "export into an empty folder, or delete the files you no longer want first")
            })
        }
        try write(into: folder)
        return files.map(\.path)
    }

    /// A folder that holds exactly the theme's files, unpacked on first use into the user's cache
    /// (`$XDG_CACHE_HOME/quorum`, `~/.cache/quorum`, else the temporary folder) under the theme's digest.
    /// The build reads templates and copies assets from folders; an unpacked copy that no longer matches is replaced.
    public static func unpackedFolder() throws(DiagnosticError) -> URL {
        let environment = ProcessInfo.processInfo.environment
        var bases: [URL] = []
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { bases.append(URL(fileURLWithPath: cache)) }
        if let home = environment["HOME"], home.hasPrefix("/") { bases.append(URL(fileURLWithPath: home).appendingPathComponent(".cache")) }
        bases.append(FileManager.default.temporaryDirectory.appendingPathComponent("quorum-\(getuid())"))
        let name = "theme-\(digest)"
        var reasons: [String] = []
        for base in bases {
            let folder = base.appendingPathComponent("quorum").appendingPathComponent(name)
            if holdsTheme(folder) { return folder }
            do {
                try unpack(into: folder)
                return folder
            } catch {
                reasons.append("\(folder.path): \(error.diagnostics.first?.message ?? "")")
            }
        }
        throw DiagnosticError(.error("cannot unpack the built-in theme: \(reasons.joined(separator: "; "))",
                                     hint: "make ~/.cache writable, or pass --theme DIR with a theme from `quorum theme export DIR`"))
    }

    /// A hex digest of every path and byte of the theme (FNV-1a, 64 bits): names the unpacked copy.
    static let digest: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in Array(file.path.utf8) + [0] + Array(file.data) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    /// Whether `folder` holds the theme's files byte for byte (extra files there would be read too: not ours).
    private static func holdsTheme(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        let present = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
        }
        return present.count == files.count
            && files.allSatisfy { FileManager.default.contents(atPath: folder.appendingPathComponent($0.path).path) == $0.data }
    }

    /// Writes the theme into a fresh folder beside `folder`, then renames it into place, so a concurrent
    /// `quorum` never reads a half-written theme.
    private static func unpack(into folder: URL) throws(DiagnosticError) {
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent)-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw DiagnosticError(.error("cannot create \(parent.path): \(error.localizedDescription)"))
        }
        try write(into: staging)
        defer { try? FileManager.default.removeItem(at: staging) }
        if rename(staging.path, folder.path) == 0 { return }
        // Another quorum unpacked it first (use that copy: it may be reading it), or a damaged copy is in the way.
        if holdsTheme(folder) { return }
        try? FileManager.default.removeItem(at: folder)
        if rename(staging.path, folder.path) != 0 && !holdsTheme(folder) {
            throw DiagnosticError(.error("cannot move the theme into \(folder.path)"))
        }
    }

    private static func write(into folder: URL) throws(DiagnosticError) {
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .withoutOverwriting)
            } catch {
                throw DiagnosticError(.error("cannot write \(url.path): \(error.localizedDescription)"))
            }
        }
    }
}
