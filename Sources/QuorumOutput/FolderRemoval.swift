#if canImport(Glibc)
import Glibc
#endif

/// Deletes a folder tree with POSIX calls relative to open folders: tens of thousands of files go in a
/// fraction of the time Foundation's `removeItem` takes, and symbolic links are removed, never followed.
enum FolderRemoval {
    /// Removes `path` and everything under it; returns false when something could not be removed.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        if (info.st_mode & S_IFMT) != S_IFDIR { return unlink(path) == 0 }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let emptied = empty(folder)
        return emptied && rmdir(path) == 0
    }

    /// Removes everything inside the open folder `fd`, then closes it.
    private static func empty(_ fd: Int32) -> Bool {
        guard let directory = fdopendir(fd) else {
            close(fd)
            return false
        }
        defer { closedir(directory) }
        var names: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            names.append((name, isFolder))
        }
        var ok = true
        for (name, isFolder) in names {
            if isFolder {
                let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child < 0 || !empty(child) { ok = false; continue }
                if unlinkat(fd, name, AT_REMOVEDIR) != 0 { ok = false }
            } else if unlinkat(fd, name, 0) != 0 {
                ok = false
            }
        }
        return ok
    }
}
