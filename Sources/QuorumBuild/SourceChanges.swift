import Foundation
import QuorumContent

/// A batch of changed files sorted by the stage each one feeds, so a session reruns only those stages.
struct SourceChanges {
    /// site.yaml or glossary.yaml (every page's Markdown depends on them), or the content folder itself.
    var everything = false
    var members = false
    /// A Mustache template: every output is rendered again.
    var templates = false
    /// Any file in a theme folder, by absolute path (assets are served from there).
    var themeFiles: Set<String> = []
    /// `content/data/...` paths.
    var data: Set<String> = []
    /// `content/...md` paths outside `content/data/`.
    var pages: Set<String> = []
    /// Other files under `content/`: images and PDFs beside pages.
    var others: Set<String> = []

    var isEmpty: Bool {
        !everything && !members && !templates && themeFiles.isEmpty && data.isEmpty && pages.isEmpty && others.isEmpty
    }

    /// Sorts absolute `paths`; a folder stands for the files in it now (created) or known before (deleted).
    init(paths: [String], contentFolder: URL, themeFolders: [URL], knownFiles: Set<String>) {
        let content = contentFolder.path
        for path in paths {
            if path == content || content.hasPrefix(path + "/") {
                everything = true
            } else if path.hasPrefix(content + "/") {
                let relative = "content/" + path.dropFirst(content.count + 1)
                for file in SourceChanges.files(at: path, relative: relative, knownFiles: knownFiles) { sortContentFile(file) }
            } else if let folder = themeFolders.first(where: { path.hasPrefix($0.path + "/") }) {
                guard !SourceChanges.isHidden(String(path.dropFirst(folder.path.count))) else { continue }
                themeFiles.insert(path)
                if path.hasSuffix(".mustache") || SourceChanges.mayBeFolder(path) { templates = true }
            } else if themeFolders.contains(where: { $0.path == path || $0.path.hasPrefix(path + "/") }) {
                themeFiles.insert(path)
                templates = true
            }
        }
    }

    /// A folder that was created, or a path with no extension that is gone: it may have held templates.
    private static func mayBeFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return !(path.split(separator: "/").last ?? "").contains(".")
    }

    private mutating func sortContentFile(_ path: String) {
        guard !SourceChanges.isHidden(path) else { return }
        switch path {
        case "content/site.yaml", "content/glossary.yaml": everything = true
        case "content/members.yaml": members = true
        case _ where path.hasPrefix("content/data/"): data.insert(path)
        case _ where path.hasSuffix(".md"): pages.insert(path)
        default: others.insert(path)
        }
    }

    /// The loader skips hidden files and folders (editor swap files such as `.x.md.swp`) and editors' scratch
    /// files (`x.md~`, `4913`, `x.md___jb_tmp___`), so changes to them do nothing.
    static func isHidden(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") } || EditorScratchFile.matches(path)
    }

    /// The content files a changed path stands for: itself, the files of a new folder, or the known files of a removed one.
    private static func files(at path: String, relative: String, knownFiles: Set<String>) -> [String] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            let inside = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
            let present = Set(inside.map { relative + "/" + $0 }.filter { !isFolder($0, under: path, relative: relative) })
            return Array(present) + knownFiles.filter { $0.hasPrefix(relative + "/") && !present.contains($0) }
        }
        let removed = knownFiles.filter { $0.hasPrefix(relative + "/") }
        return removed.isEmpty ? [relative] : removed + (exists ? [relative] : [])
    }

    private static func isFolder(_ file: String, under path: String, relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        let absolute = path + file.dropFirst(relative.count)
        return FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
