import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the regular files under a folder as Foundation's directory enumerator does on Linux, with readdir:
/// a URL and a resource lookup per file made listing 20,000 pages a slow serial step of the build.
enum FileTree {
    /// Full paths of the regular files under `folder`, in no particular order; nil where readdir is not used.
    ///
    /// The rules are those of swift-corelibs-foundation's enumerator (fts with FTS_PHYSICAL | FTS_XDEV) and
    /// `isRegularFileKey` (lstat): symlinks are not followed or listed, folders on another device are not
    /// entered, a name starting with `.` is skipped with everything inside it, and a path that is not UTF-8
    /// is left out, as Foundation cannot turn it into a URL that finds the file again.
    static func regularFiles(under folder: String) -> [String]? {
        #if canImport(Glibc)
        var rootInfo = stat()
        guard FileManager.default.fileExists(atPath: folder), stat(folder, &rootInfo) == 0 else { return [] }
        var paths: [String] = []
        // Folders still to read, with the (device, inode) of each folder above them so a bind-mount loop ends.
        var pending: [(path: [UInt8], ancestors: [(dev_t, ino_t)])] = [(Array(folder.utf8), [(rootInfo.st_dev, rootInfo.st_ino)])]
        while let (path, ancestors) = pending.popLast() {
            guard let directory = opendir(cString(path)) else { continue }
            defer { closedir(directory) }
            let prefix = path.last == UInt8(ascii: "/") ? path : path + [UInt8(ascii: "/")]
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    Array(raw.prefix { $0 != 0 })
                }
                guard let first = name.first, first != UInt8(ascii: ".") else { continue }
                let full = prefix + name
                var kind = entry.pointee.d_type
                var info = stat()
                if kind == UInt8(DT_UNKNOWN) || kind == UInt8(DT_DIR) {
                    guard lstat(cString(full), &info) == 0 else { continue }
                    kind = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : UInt8(DT_UNKNOWN)
                }
                if kind == UInt8(DT_DIR) {
                    let id = (info.st_dev, info.st_ino)
                    guard info.st_dev == rootInfo.st_dev, !ancestors.contains(where: { $0 == id }) else { continue }
                    pending.append((full, ancestors + [id]))
                } else if kind == UInt8(DT_REG), let text = String(validating: full, as: UTF8.self) {
                    paths.append(text)
                }
            }
        }
        return paths
        #else
        return nil
        #endif
    }

    /// A path's bytes as a NUL-terminated C string; paths are bytes, not necessarily UTF-8.
    private static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }
}
