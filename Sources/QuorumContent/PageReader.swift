import QuorumDiagnostics

/// Turns one content file into a `Page`: splits the front matter, reads the fields its type allows.
struct PageReader {
    let config: SiteConfig

    static let commonKeys: Set<String> = ["title", "date", "summary", "tags", "draft", "publish", "layout", "pdf"]

    /// Reads `text` from `path` (relative to the site root, `content/...`); nil when the file is not a page.
    func read(path: String, text: String) -> (Page?, [Diagnostic]) {
        guard let (section, placeKind, url, reportFolder) = PageReader.place(path) else {
            return (nil, [.warning("this file is not in a section, so it is not published", at: SourceLocation(file: path),
                                   hint: "put pages in content/meetings, bulletins, newsletters, reports or pages")])
        }
        if let character = PageReader.characterOutsideURLs(path) {
            return (nil, [.error("the file name has \(character), which cannot be part of a web address", at: SourceLocation(file: path),
                                 hint: "rename the file with letters, digits and hyphens, e.g. 2018-10-18-sscb.md")])
        }
        if let unreadable = EncodingCheck.diagnostic(in: text, file: path) { return (nil, [unreadable]) }
        let split: FrontMatterSplit
        do {
            split = try FrontMatterSplitter.split(text, file: path)
        } catch {
            return (nil, error.diagnostics)
        }
        let reader = YAMLReader(file: path, firstLine: split.yamlFirstLine)
        let root: YAMLMap?
        do {
            let node = try YAMLDocument.parse(split.yaml, file: path, firstLine: split.yamlFirstLine)
            root = node.flatMap { reader.map($0, "front matter") }
            if node == nil {
                reader.error("front matter is empty", at: nil, hint: "add at least `title: ...`")
            }
        } catch {
            return (nil, error.diagnostics)
        }
        guard let map = root else { return (nil, reader.diagnostics) }

        var kind = placeKind
        if kind == .report, map.string("kind") == "cover" { kind = .coverReport }
        if let k = map.string("kind"), k != "cover" {
            reader.error("report kind \"\(k)\" is not known", at: map["kind"], hint: "the only kind is `cover`; leave it out for other reports")
        }
        map.warnUnknownKeys(PageReader.knownKeys(kind), in: "\(kind.rawValue) front matter")

        var page = Page(
            sourcePath: path, section: section, kind: kind, url: url,
            title: map.string("title") ?? "", date: map.date("date"), summary: map.string("summary"),
            tags: map.stringList("tags"), draft: map.bool("draft") ?? false, publish: map.date("publish"),
            body: split.body, bodyFirstLine: split.bodyFirstLine, reportFolder: reportFolder)
        page.layout = map.string("layout")
        page.pdf = map.bool("pdf") ?? true

        switch kind {
        case .meeting:
            let meeting = Meeting.read(map, reader: reader)
            page.meeting = meeting
            if page.date == nil, !map.has("date") {
                reader.error("a meeting needs `date`", at: map.node, hint: "add `date: 2018-10-18`")
            }
            if page.title.isEmpty, let date = page.date {
                let board = config.boards.first { $0.code == meeting.board }?.name ?? meeting.board
                page.title = "\(board) meeting, \(date.long)"
            }
        case .bulletin:
            page.bulletin = Bulletin.read(map, reader: reader)
            if page.date == nil, let b = page.bulletin { page.date = DayDate(year: b.year, month: b.month, day: 1) }
        case .report, .coverReport:
            page.report = Report.read(map, reader: reader)
            if kind == .coverReport { page.cover = CoverReport.read(map, reader: reader) }
        case .chapter:
            page.chapter = Chapter.read(map, reader: reader)
        case .page, .newsletter, .sectionIndex:
            break
        }
        if page.title.isEmpty && kind != .sectionIndex && !(kind == .meeting && page.date == nil) {
            if !map.has("title") {
                reader.error("a page needs `title`", at: map.node, hint: "add a line `title: ...` to the front matter")
            } else {
                reader.error("title is empty", at: map["title"])
            }
        }
        return (page, reader.diagnostics)
    }

    /// A character of `path` that would end or garble a URL path (`?`, `#`, `%`, `\`, a control character), described.
    static func characterOutsideURLs(_ path: String) -> String? {
        // The URL is the path as written: `q?x.md` would be served at /q?x/, which a browser asks for as /q.
        // In ASCII the control characters are exactly U+0000–U+001F and U+007F, so most paths need no property lookups.
        if path.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
                                    && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "\\") }) {
            return nil
        }
        guard let scalar = path.unicodeScalars.first(where: { "?#%\\".unicodeScalars.contains($0) || $0.properties.generalCategory == .control })
        else { return nil }
        return scalar.properties.generalCategory == .control ? "a control character (U+\(String(scalar.value, radix: 16, uppercase: true)))" : "\"\(scalar)\""
    }

    // The union is built once per kind, not once per page.
    private static let meetingKeys = commonKeys.union(Meeting.keys), bulletinKeys = commonKeys.union(Bulletin.keys),
                       reportKeys = commonKeys.union(Report.keys), chapterKeys = commonKeys.union(Chapter.keys)

    /// The front matter keys a page of `kind` may use.
    static func knownKeys(_ kind: PageKind) -> Set<String> {
        switch kind {
        case .meeting: return meetingKeys
        case .bulletin: return bulletinKeys
        case .report, .coverReport: return reportKeys
        case .chapter: return chapterKeys
        case .page, .newsletter, .sectionIndex: return commonKeys
        }
    }

    /// The section, kind, URL and report folder of a content path, or nil outside the sections.
    static func place(_ path: String) -> (Section, PageKind, String, String?)? {
        var parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts[0] == "content", let section = Section(rawValue: parts[1]) else { return nil }
        parts.removeFirst()
        let file = parts.removeLast()
        let stem = String(file.dropLast(3))
        let folder = parts.joined(separator: "/")
        if stem == "_index" {
            return parts.count == 1 ? (section, .sectionIndex, "/\(folder)/", nil) : nil
        }
        if section == .reports && parts.count >= 2 {
            let reportFolder = parts[1]
            if stem == "index" && parts.count == 2 { return (section, .report, "/\(folder)/", reportFolder) }
            return (section, .chapter, "/\(folder)/\(stem)/", reportFolder)
        }
        if stem == "index" { return (section, kind(for: section), "/\(folder)/", nil) }
        return (section, kind(for: section), "/\(folder)/\(stem)/", nil)
    }

    static func kind(for section: Section) -> PageKind {
        switch section {
        case .meetings: return .meeting
        case .bulletins: return .bulletin
        case .newsletters: return .newsletter
        case .reports: return .report
        case .pages: return .page
        }
    }
}
