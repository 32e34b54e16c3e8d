#if canImport(Glibc)
import Glibc
#endif

/// The entries of a folder, read with readdir: one place that reads a `dirent`'s name, in place, because
/// copying the whole struct can read past the end of readdir's buffer.
public enum DirectoryEntries {
    /// Names and `d_type`s in the open folder `directory`, without `.` and `..`.
    static func read(_ directory: OpaquePointer) -> [(name: String, type: UInt8)] {
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }

    /// Names in the folder at `path`, without `.` and `..`; empty when it cannot be opened.
    public static func names(in path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        return read(directory).map(\.name)
    }
}
