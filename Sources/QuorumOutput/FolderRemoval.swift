#if canImport(Glibc)
import Glibc
#endif

/// Deletes a folder tree with POSIX calls relative to open folders: tens of thousands of files go in a
/// fraction of the time Foundation's `removeItem` takes, and symbolic links are removed, never followed.
public enum FolderRemoval {
    /// Removes `path` and everything under it; returns false when something could not be removed.
    @discardableResult
    public static func remove(_ path: String) -> Bool {
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
        let names = DirectoryEntries.read(directory).map { entry -> (name: String, isFolder: Bool) in
            guard Int32(entry.type) == Int32(DT_UNKNOWN) else { return (entry.name, Int32(entry.type) == Int32(DT_DIR)) }
            var info = stat()
            return (entry.name, fstatat(fd, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR)
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
