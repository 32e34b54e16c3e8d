import Foundation
import QuorumDiagnostics

/// The Mustache templates and static assets of a site: the default theme, with the site's own files on top.
public struct Theme: Sendable {
    private let library: TemplateLibrary
    /// Asset files (CSS, JS, fonts) by output path under `assets/`, from the last folder that has each.
    public let assets: [String: URL]
    /// Template names available.
    public let templateNames: [String]
    /// Each template's source text by name: what, with a context, decides what it renders, and what a change
    /// of theme compares to tell which templates it changed.
    public let templateSources: [String: String]

    /// Loads templates from `folders` in order; a later folder's file replaces an earlier one's of the same name.
    public init(folders: [URL]) throws(DiagnosticError) {
        var sources: [String: (text: String, path: String)] = [:]
        var assets: [String: URL] = [:]
        for folder in folders.map({ $0.resolvingSymlinksInPath() }) {
            for file in Theme.files(in: folder) {
                let relative = String(file.path.dropFirst(folder.path.count).drop { $0 == "/" })
                if relative.hasSuffix(".mustache") {
                    guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                    sources[String(relative.dropLast(".mustache".count))] = (String(decoding: data, as: UTF8.self), file.path)
                } else if relative.hasPrefix("assets/") {
                    assets[relative] = file
                }
            }
        }
        var library = TemplateLibrary()
        library.emptyTextIsMissing = true
        var problems: [Diagnostic] = []
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            do {
                try library.register(source.text, named: name)
            } catch {
                problems.append(.error("template error: \(error.message)",
                                       at: SourceLocation(file: source.path, line: error.line, column: error.column),
                                       hint: error.hint))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        self.library = library
        self.assets = assets
        self.templateNames = sources.keys.sorted()
        self.templateSources = sources.mapValues(\.text)
    }

    /// The names of templates that differ between this theme and `other`: changed, added or removed.
    public func changedTemplates(since other: Theme) -> Set<String> {
        let names = Set(templateSources.keys).union(other.templateSources.keys)
        // Bytes, not String's `==`, which takes canonically equivalent text as equal.
        return names.filter { name in
            guard let new = templateSources[name], let old = other.templateSources[name] else { return true }
            return !new.utf8.elementsEqual(old.utf8)
        }
    }

    /// Renders `template` with `context`; throws when the theme has no such template.
    public func render(_ template: String, _ context: [String: Any]) throws(DiagnosticError) -> String {
        var used: Set<String> = []
        return try render(template, context, used: &used)
    }

    /// Renders as `render(_:_:)` does and adds to `used` the template and every partial and parent it asked for.
    public func render(_ template: String, _ context: [String: Any], used: inout Set<String>) throws(DiagnosticError) -> String {
        do {
            return try library.render(template, context, used: &used)
        } catch {
            switch error {
            case .missing:
                throw DiagnosticError(.error("the theme has no template \"\(template).mustache\"",
                                             hint: "add templates/\(template).mustache to the site, or remove the override folder that hides it"))
            case .runaway(let name):
                throw DiagnosticError(.error("template error: \"\(template).mustache\" nests partials more than \(TemplateRenderer.maximumDepth) deep, at \"\(name)\"",
                                             hint: "a partial or block probably includes itself, directly or through another partial"))
            }
        }
    }

    private static func files(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append(url.standardizedFileURL)
        }
        return files.sorted { $0.path < $1.path }
    }
}
