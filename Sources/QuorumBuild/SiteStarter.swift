import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumTemplates

/// `quorum new site`: writes a small working site for a new board from the theme's `scaffolds/site/` templates.
/// In a template's path `[key]` is replaced from the context and a leading `dot-` becomes `.`, so the theme
/// can hold `.gitignore` and dated file names.
public struct SiteStarter {
    public var folder: URL
    /// The folder as the user named it, for messages.
    public var folderName: String
    public var boardName: String
    public var code: String
    public var themeFolders: [URL]
    public var today: DayDate

    /// Creates a starter for `folder` (`shownAs` in messages); `boardName` and `code` default from the folder's name.
    public init(folder: URL, shownAs folderName: String? = nil, boardName: String?, code: String?, themeFolders: [URL], today: DayDate) {
        self.folder = folder
        self.folderName = folderName ?? folder.path
        let name = boardName ?? SiteStarter.boardName(from: folder.lastPathComponent)
        self.boardName = name
        self.code = code ?? SiteStarter.code(from: name)
        self.themeFolders = themeFolders
        self.today = today
    }

    static let prefix = "scaffolds/site/"

    /// Writes the site and returns the paths written, relative to `folder`; writes nothing when the folder
    /// already holds a site or any of the files.
    public func create() throws(DiagnosticError) -> [String] {
        try validate()
        let theme = try Theme(folders: themeFolders)
        let context = self.context
        let files = theme.templateNames.filter { $0.hasPrefix(SiteStarter.prefix) }.map { name in
            (template: name, path: SiteStarter.outputPath(String(name.dropFirst(SiteStarter.prefix.count)), context: context))
        }
        guard !files.isEmpty else {
            throw DiagnosticError(.error("the theme has no \(SiteStarter.prefix) templates to start a site from",
                                         hint: "leave out --theme and $QUORUM_THEME to use the built-in theme"))
        }
        let site = folder.appendingPathComponent("content/site.yaml")
        if FileManager.default.fileExists(atPath: site.path) {
            throw DiagnosticError(.error("this folder already holds a site; nothing was written", at: SourceLocation(file: "\(folderName)/content/site.yaml"),
                                         hint: "start the new site in another folder, or build this one with `quorum build --source \(folderName)`"))
        }
        let existing = files.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.path).path) }
        if !existing.isEmpty {
            throw DiagnosticError(existing.map {
                .error("\($0.path) already exists; nothing was written", at: SourceLocation(file: "\(folderName)/\($0.path)"),
                       hint: "start the new site in an empty folder")
            })
        }
        var rendered: [(path: String, text: String)] = []
        for file in files { rendered.append((file.path, try theme.render(file.template, context))) }
        for file in rendered {
            let url = folder.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw DiagnosticError(.error("cannot write \(url.path): \(error.localizedDescription)"))
            }
        }
        return rendered.map(\.path).sorted()
    }

    private func validate() throws(DiagnosticError) {
        let name = boardName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.contains(where: \.isNewline) {
            throw DiagnosticError(.error("--board-name must be one line of text", hint: "e.g. --board-name \"Somerset Safeguarding Children Board\""))
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-"))
        if code.isEmpty || !code.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) || code.hasPrefix("-") {
            throw DiagnosticError(.error("--code \"\(code)\" is not a board code",
                                         hint: "use letters, digits and hyphens, e.g. --code SSCB"))
        }
    }

    /// What the `scaffolds/site/` templates are rendered with; the `_yaml` and `_markdown` values come escaped
    /// for those languages, as the templates write them with `{{{ }}}`.
    var context: [String: Any] {
        let month = "\(today.year)-\(today.month < 10 ? "0" : "")\(today.month)"
        return [
            "board_name": boardName, "board_name_yaml": SiteStarter.yaml(boardName),
            "board_name_markdown": SiteStarter.markdown(boardName),
            "code": code, "code_yaml": SiteStarter.yaml(code), "code_markdown": SiteStarter.markdown(code),
            "description_yaml": SiteStarter.yaml("The agendas, minutes, reports and bulletins of \(boardName)."),
            "about_summary_yaml": SiteStarter.yaml("What \(boardName) does and how accessible this website is."),
            "meeting_title_yaml": SiteStarter.yaml("\(boardName): \(today.long)"),
            "bulletin_title_yaml": SiteStarter.yaml("Bulletin 1: \(today.monthAndYear)"),
            "today": today.iso, "month": month, "code_lower": code.lowercased(),
        ]
    }

    /// The file a template writes: `[key]` replaced from `context`, a leading `dot-` → `.`.
    static func outputPath(_ template: String, context: [String: Any]) -> String {
        template.split(separator: "/").map { part -> String in
            var part = String(part)
            for (key, value) in context {
                guard let text = value as? String else { continue }
                part = part.replacingOccurrences(of: "[\(key)]", with: text)
            }
            return part.hasPrefix("dot-") ? "." + part.dropFirst(4) : part
        }.joined(separator: "/")
    }

    /// "somerset-safeguarding-board" → "Somerset Safeguarding Board".
    static func boardName(from folderName: String) -> String {
        let words = folderName.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return name.isEmpty ? "Our Board" : name
    }

    /// The initials of a name's capitalised words, "Somerset Safeguarding Board" → "SSB".
    static func code(from name: String) -> String {
        let initials = name.split(separator: " ").compactMap(\.first).filter { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        return initials.isEmpty ? "BOARD" : String(initials)
    }

    /// A YAML double-quoted scalar (JSON's string syntax is YAML's).
    static func yaml(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// Text that Markdown shows as written: ASCII punctuation backslash-escaped.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
