import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What slow external programs made (search index parts, PDFs), kept in `.public.cache/` beside the output under
/// the digest of what each was made from, so that the next build links it back instead of making it again.
///
/// Entries are hard links to the files in the staging folder: keeping one costs no copy, and the staging folder's
/// own writes never change a linked file in place (`StagedOutput` unlinks a shared file before rewriting it).
public final class ArtefactCache: @unchecked Sendable {
    /// The cache folder: `.public.cache` beside `public/`.
    public let folder: URL
    private let lock = NSLock()
    private var used: Set<String> = []

    /// The cache beside `destination` (created on first store).
    public init(beside destination: URL) {
        let destination = destination.standardizedFileURL
        folder = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).cache")
    }

    /// Links the artefact cached as `kind/key` into the staging folder at `path` (a file or a folder).
    /// Returns false when there is none. Call it after `StagedOutput.removeUnwritten()`.
    public func restore(_ kind: String, _ key: String, into staged: StagedOutput, at path: String) -> Bool {
        let entry = entryPath(kind, key) + "/artefact"
        var info = stat()
        guard StagedOutput.isSafe(path), lstat(entry, &info) == 0 else { return false }
        let target = staged.staging.path + "/" + path
        FolderRemoval.remove(target)
        guard ArtefactCache.makeParents(of: target), ArtefactCache.linkTree(from: entry, to: target) else {
            FolderRemoval.remove(target)
            return false
        }
        markUsed(kind, key)
        return true
    }

    /// Keeps what the staging folder holds at `path` as `kind/key`. A cache that cannot be written only costs time.
    public func store(_ kind: String, _ key: String, from staged: StagedOutput, at path: String) {
        guard StagedOutput.isSafe(path) else { return }
        let final = entryPath(kind, key)
        let temporary = folder.path + "/" + kind + "/.\(key).tmp-\(getpid())"
        FolderRemoval.remove(temporary)
        guard ArtefactCache.makeParents(of: temporary + "/artefact"),
              ArtefactCache.linkTree(from: staged.staging.path + "/" + path, to: temporary + "/artefact") else {
            FolderRemoval.remove(temporary)
            return
        }
        FolderRemoval.remove(final)
        if rename(temporary, final) != 0 { FolderRemoval.remove(temporary) }
        markUsed(kind, key)
    }

    /// Removes the entries of `kind` that this build neither restored nor stored. Call it after a successful build.
    public func prune(_ kind: String) {
        lock.lock()
        let keep = used
        lock.unlock()
        let base = folder.path + "/" + kind
        for name in DirectoryEntries.names(in: base) where !keep.contains(kind + "/" + name) {
            FolderRemoval.remove(base + "/" + name)
        }
    }

    /// Whether `kind/key` is cached.
    public func contains(_ kind: String, _ key: String) -> Bool {
        var info = stat()
        return lstat(entryPath(kind, key) + "/artefact", &info) == 0
    }

    private func entryPath(_ kind: String, _ key: String) -> String { folder.path + "/" + kind + "/" + key }

    private func markUsed(_ kind: String, _ key: String) {
        lock.lock()
        used.insert(kind + "/" + key)
        lock.unlock()
    }

    private static func makeParents(of path: String) -> Bool {
        let parent = (path as NSString).deletingLastPathComponent
        return (try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)) != nil
    }

    /// Recreates the tree at `source` at `target`: folders made anew, files hard-linked (copied across file systems).
    static func linkTree(from source: String, to target: String) -> Bool {
        var info = stat()
        guard lstat(source, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(target, 0o755) == 0 || errno == EEXIST else { return false }
            for name in DirectoryEntries.names(in: source) {
                guard linkTree(from: source + "/" + name, to: target + "/" + name) else { return false }
            }
            return true
        case S_IFREG:
            if link(source, target) == 0 { return true }
            guard errno == EXDEV || errno == EMLINK else { return false }
            return (try? FileManager.default.copyItem(atPath: source, toPath: target)) != nil
        default:
            return false  // never follow or keep links: the output holds plain files and folders only
        }
    }
}
