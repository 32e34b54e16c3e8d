import Foundation
import QuorumDiagnostics

/// One content file as the loader reads it, kept by `quorum serve` so a save re-reads only that file.
public struct PageFile: Sendable {
    /// Why a page that read cleanly is not published.
    public enum LeftOut: Sendable, Equatable { case draft, scheduled }

    /// The page, or nil when the file has errors, is not in a section, or is left out.
    public var page: Page?
    public var diagnostics: [Diagnostic]
    /// The text before the body; when it is unchanged, a save changed only the Markdown.
    public var frontMatter: String
    public var leftOut: LeftOut?
}

/// The registries of `content/`: site settings, members and the glossary.
public struct Registries: Sendable {
    public var config: SiteConfig
    public var members: [Member]
    public var glossary: Glossary

    /// Creates a value from its parts.
    public init(config: SiteConfig, members: [Member], glossary: Glossary) {
        self.config = config
        self.members = members
        self.glossary = glossary
    }
}

extension ContentLoader {
    /// The `content/` folder, or nil (with an error in `log`) when there is none.
    public func contentFolder(log: DiagnosticLog) -> URL? {
        let folder = root.appendingPathComponent("content").resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(.error("no content folder at \(folder.path)", hint: "run quorum in the folder that holds content/, or pass --source"))
            return nil
        }
        return folder
    }

    /// site.yaml, members.yaml and glossary.yaml, read as `load` reads them.
    public func readRegistries(log: DiagnosticLog) -> Registries {
        var problems: [Diagnostic] = []
        let config = readConfig(into: &problems)
        let (members, glossary) = readMembersAndGlossary(into: &problems)
        log.add(contentsOf: problems)
        return Registries(config: config, members: members, glossary: glossary)
    }

    /// Every file under `content/` as a path from the site root (`content/meetings/x.md`), sorted; hidden files are skipped.
    public func listContentFiles(in folder: URL) -> [String] {
        ContentLoader.listFiles(under: folder, relativeTo: folder.deletingLastPathComponent())
    }

    /// Reads one Markdown file (`content/...`) into a page, applying the same draft and `publish` rules as `load`.
    public func readPageFile(_ path: String, config: SiteConfig) -> PageFile {
        readPageFile(path, config: config, rootPath: root.path)
    }

    /// `readPageFile` with the root's path worked out once for all pages: a URL per page cost 3% of loading.
    func readPageFile(_ path: String, config: SiteConfig, rootPath: String) -> PageFile {
        let fullPath = rootPath.hasSuffix("/") ? rootPath + path : rootPath + "/" + path
        guard let data = FileManager.default.contents(atPath: fullPath) else {
            return PageFile(page: nil, diagnostics: [.error("cannot read this file", at: SourceLocation(file: path))], frontMatter: "")
        }
        let text = FrontMatterSplitter.normalise(data)
        let (page, diagnostics) = PageReader(config: config).read(path: path, text: text)
        // The body is the end of the text after a line break, so the offset is on a Character boundary.
        let frontMatter = page.map { String(text[..<text.utf8.index(text.startIndex, offsetBy: text.utf8.count - $0.body.utf8.count)]) } ?? text
        guard let page, !diagnostics.contains(where: { $0.severity == .error }) else {
            return PageFile(page: nil, diagnostics: diagnostics, frontMatter: frontMatter)
        }
        if page.draft && !includeDrafts { return PageFile(diagnostics: diagnostics, frontMatter: frontMatter, leftOut: .draft) }
        if let publish = page.publish, publish > today, !includeDrafts {
            return PageFile(diagnostics: diagnostics, frontMatter: frontMatter, leftOut: .scheduled)
        }
        return PageFile(page: page, diagnostics: diagnostics, frontMatter: frontMatter)
    }
}
