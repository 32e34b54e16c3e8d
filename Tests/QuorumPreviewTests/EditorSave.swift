import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls each editor makes to save a file, in their order, as strace shows them.
enum EditorSave: String, CaseIterable, CustomStringConvertible, Sendable {
    /// vim, `backupcopy=no` (what `auto` picks for a plain file): probe with `4913`, rename the page to
    /// `page.md~`, write a new page and fsync it, delete the backup.
    case vimRename = "vim (rename)"
    /// vim, `backupcopy=yes`: probe, copy the page to `page.md~`, truncate the page and write it, delete the backup.
    case vimBackupCopy = "vim (backupcopy=yes)"
    /// VS Code's default: truncate the file and write into it.
    case vsCode = "VS Code"
    /// VS Code with atomic saves: write `page.md.vsctmp`, rename it over the page.
    case vsCodeAtomic = "VS Code (atomic)"
    /// JetBrains' safe write: write `page.md___jb_tmp___`, rename the page to `page.md___jb_old___`, rename the
    /// temporary file to the page, delete the old one.
    case jetBrains = "JetBrains"
    /// gedit (GIO): write `.goutputstream-XXXXXX`, fsync, rename it over the page.
    case gedit = "gedit"
    /// Delete the page, then create it again (some tools and scripts).
    case deleteAndCreate = "delete and create"

    var description: String { rawValue }

    func save(_ text: String, to path: String) throws {
        switch self {
        case .vimRename:
            try Disk.probe(beside: path)
            try Disk.rename(path, path + "~")
            try Disk.write(text, to: path, sync: true)
            try Disk.unlink(path + "~")
        case .vimBackupCopy:
            try Disk.probe(beside: path)
            try Disk.write(try String(contentsOfFile: path, encoding: .utf8), to: path + "~", sync: true)
            try Disk.write(text, to: path, sync: true)
            try Disk.unlink(path + "~")
        case .vsCode:
            try Disk.write(text, to: path, sync: false)
        case .vsCodeAtomic:
            try Disk.write(text, to: path + ".vsctmp", sync: false)
            try Disk.rename(path + ".vsctmp", path)
        case .jetBrains:
            try Disk.write(text, to: path + "___jb_tmp___", sync: true)
            try Disk.rename(path, path + "___jb_old___")
            try Disk.rename(path + "___jb_tmp___", path)
            try Disk.unlink(path + "___jb_old___")
        case .gedit:
            let folder = (path as NSString).deletingLastPathComponent
            let temporary = folder + "/.goutputstream-K3X9ZP"
            try Disk.write(text, to: temporary, sync: true)
            try Disk.rename(temporary, path)
        case .deleteAndCreate:
            try Disk.unlink(path)
            try Disk.write(text, to: path, sync: false)
        }
    }
}

/// Plain system calls, so a test does exactly what an editor does and no more.
enum Disk {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// open(O_TRUNC), write, optionally fsync, close.
    static func write(_ text: String, to path: String, sync: Bool) throws {
        let file = try open(path)
        defer { close(file) }
        try write(text, into: file)
        if sync { fsync(file) }
    }

    /// Opens `path` for writing, creating it or cutting it to nothing.
    static func open(_ path: String) throws -> Int32 {
        let file = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw Failure(description: "open \(path): \(String(cString: strerror(errno)))") }
        return file
    }

    static func write(_ text: String, into file: Int32) throws {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(file, $0.baseAddress, $0.count) }) == bytes.count else {
            throw Failure(description: "write: \(String(cString: strerror(errno)))")
        }
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw Failure(description: "rename \(from): \(String(cString: strerror(errno)))") }
    }

    static func unlink(_ path: String) throws {
        guard Glibc.unlink(path) == 0 else { throw Failure(description: "unlink \(path): \(String(cString: strerror(errno)))") }
    }

    /// vim's check that it may create files in the folder: create `4913`, close it, delete it.
    static func probe(beside path: String) throws {
        let probe = (path as NSString).deletingLastPathComponent + "/4913"
        close(try open(probe))
        try unlink(probe)
    }
}
