import QuorumDiagnostics
import Yams

/// A report's typed front matter: its reporting year and, for a multi-chapter report, its parts.
public struct Report: Sendable, Hashable {
    public var year: String?
    /// Chapter and appendix file names as written, with where they were written.
    public var chapters: [FileReference]
    public var appendices: [FileReference]
    public var keyFigures: [KeyFigure]

    static let keys: Set<String> = ["year", "chapters", "appendices", "key_figures", "kind", "to", "lead_officer",
                                    "author", "sign_off", "recommendations", "strategy_links"]

    static func read(_ map: YAMLMap, reader: YAMLReader) -> Report {
        func files(_ key: String) -> [FileReference] {
            map.list(key).compactMap { node in
                reader.string(node, key).map { FileReference(path: $0, location: reader.location(node)) }
            }
        }
        if let year = map.string("year"), !isReportingYear(year) {
            reader.error("report year \"\(year)\" is not a reporting year", at: map["year"], hint: "write year: \"2017/18\"")
        }
        return Report(year: map.string("year"), chapters: files("chapters"), appendices: files("appendices"),
                      keyFigures: KeyFigure.readAll(map["key_figures"], reader: reader, what: "key_figures"))
    }

    static func isReportingYear(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        if parts.count == 1 { return parts[0].count == 4 && Int(parts[0]) != nil }
        return parts.count == 2 && parts[0].count == 4 && parts[1].count == 2 && Int(parts[0]) != nil && Int(parts[1]) != nil
    }

    /// Creates a value from its parts.
    public init(year: String?, chapters: [FileReference], appendices: [FileReference], keyFigures: [KeyFigure]) {
        self.year = year
        self.chapters = chapters
        self.appendices = appendices
        self.keyFigures = keyFigures
    }
}

/// A path to another content file as an author wrote it, and where.
public struct FileReference: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation

    /// Creates a value from its parts.
    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// A chapter of a multi-chapter report.
public struct Chapter: Sendable, Hashable {
    public var number: Int?
    public var year: String?

    static let keys: Set<String> = ["number", "chapter", "year"]

    static func read(_ map: YAMLMap, reader: YAMLReader) -> Chapter {
        Chapter(number: map.int("number") ?? map.int("chapter"), year: map.string("year"))
    }

    /// Creates a value from its parts.
    public init(number: Int?, year: String?) {
        self.number = number
        self.year = year
    }
}

/// A row of a cover report's sign-off table.
public struct SignOff: Sendable, Hashable {
    public var role: String
    public var name: String?
    public var date: DayDate?
}

/// A cover report: the paper that takes a report to another board for a decision.
public struct CoverReport: Sendable, Hashable {
    public var to: String?
    public var toLocation: SourceLocation?
    public var leadOfficer: String?
    public var author: String?
    public var signOff: [SignOff]
    public var recommendations: [String]
    public var strategyLinks: [String]

    static func read(_ map: YAMLMap, reader: YAMLReader) -> CoverReport {
        let signOff: [SignOff] = map.list("sign_off").compactMap { node in
            guard let row = reader.map(node, "a sign-off row") else { return nil }
            row.warnUnknownKeys(["role", "name", "date"], in: "a sign-off row")
            guard let role = row.requiredString("role", "a sign-off row") else { return nil }
            return SignOff(role: role, name: row.string("name"), date: row.date("date"))
        }
        return CoverReport(to: map.string("to"), toLocation: map.has("to") ? map.location("to") : nil,
                           leadOfficer: map.string("lead_officer"), author: map.string("author"),
                           signOff: signOff, recommendations: map.stringList("recommendations"),
                           strategyLinks: map.stringList("strategy_links"))
    }
}
