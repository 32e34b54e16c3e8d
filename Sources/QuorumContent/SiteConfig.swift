import QuorumDiagnostics
import Yams

/// A board whose meetings the site publishes; its code prefixes action ids.
public struct Board: Sendable, Hashable {
    public var name: String
    public var code: String
}

/// How the site describes its own accessibility, for the statement the 2018 regulations require.
public struct AccessibilityInfo: Sendable, Hashable {
    public var compliance: String = "partial"
    public var nonAccessible: [String] = []
    /// Content outside the regulations' scope (PDFs published before 23 September 2018, live video).
    public var outOfScope: [String] = []
    public var prepared: DayDate?
    public var reviewed: DayDate?
    public var method: String?
}

/// Ways to reach the board.
public struct ContactInfo: Sendable, Hashable {
    public var email: String?
    public var phone: String?
    public var address: String?
}

/// `content/site.yaml`: the site's title, address, language, boards and statements.
public struct SiteConfig: Sendable {
    public var title: String = "Board website"
    public var baseURL: String = "/"
    public var language: String = "en-GB"
    public var description: String?
    public var reportingYearStart: Int = 4
    public var boards: [Board] = []
    public var contact = ContactInfo()
    public var accessibility = AccessibilityInfo()
    public var unsafeHTML = false
    /// The board's logo for the cover of PDFs, a path under `content/` (`logo: images/logo.svg`).
    public var logo: String?

    /// Creates the defaults, used when site.yaml is missing.
    public init() {}

    static let keys: Set<String> = ["title", "base_url", "language", "description", "reporting_year_start",
                                    "boards", "contact", "accessibility", "markdown", "logo"]

    /// Reads site.yaml; problems are added to `reader`.
    static func read(_ root: YAMLMap?, reader: YAMLReader) -> SiteConfig {
        var config = SiteConfig()
        guard let root else { return config }
        root.warnUnknownKeys(keys, in: "site.yaml")
        if let title = root.requiredString("title", "site.yaml") { config.title = title }
        if let url = root.string("base_url") {
            config.baseURL = url.hasSuffix("/") ? url : url + "/"
            if !(url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("/")) {
                reader.error("base_url must start with https://, http:// or /", at: root["base_url"],
                             hint: "e.g. base_url: https://www.example.org/")
            }
        }
        if let language = root.string("language") { config.language = language }
        config.description = root.string("description")
        config.logo = root.string("logo")
        if let month = root.int("reporting_year_start") {
            if (1...12).contains(month) { config.reportingYearStart = month } else {
                reader.error("reporting_year_start must be a month number from 1 to 12", at: root["reporting_year_start"])
            }
        }
        for node in root.list("boards") {
            guard let board = reader.map(node, "a board") else { continue }
            board.warnUnknownKeys(["name", "code"], in: "a board")
            guard let name = board.requiredString("name", "a board"), let code = board.requiredString("code", "a board") else { continue }
            if config.boards.contains(where: { $0.code == code }) {
                reader.error("board code \"\(code)\" is used twice", at: board["code"], hint: "give each board its own code")
            }
            config.boards.append(Board(name: name, code: code))
        }
        if let contact = root["contact"].flatMap({ reader.map($0, "contact") }) {
            contact.warnUnknownKeys(["email", "phone", "address"], in: "contact")
            config.contact = ContactInfo(email: contact.string("email"), phone: contact.string("phone"),
                                         address: contact.string("address"))
        }
        if let a = root["accessibility"].flatMap({ reader.map($0, "accessibility") }) {
            a.warnUnknownKeys(["compliance", "non_accessible", "out_of_scope", "prepared", "reviewed", "method"], in: "accessibility")
            var info = AccessibilityInfo()
            if let compliance = a.string("compliance") {
                if ["full", "partial", "none"].contains(compliance) { info.compliance = compliance } else {
                    reader.error("accessibility compliance must be full, partial or none", at: a["compliance"])
                }
            }
            info.nonAccessible = a.stringList("non_accessible")
            info.outOfScope = a.stringList("out_of_scope")
            info.prepared = a.date("prepared")
            info.reviewed = a.date("reviewed")
            info.method = a.string("method")
            config.accessibility = info
        }
        if let markdown = root["markdown"].flatMap({ reader.map($0, "markdown") }) {
            markdown.warnUnknownKeys(["unsafe"], in: "markdown")
            config.unsafeHTML = markdown.bool("unsafe") ?? false
        }
        return config
    }
}
