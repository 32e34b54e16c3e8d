import QuorumDiagnostics
import Yams

/// A board whose meetings the site publishes; its code prefixes action ids.
public struct Board: Sendable, Hashable {
    public var name: String
    public var code: String
}

/// How the site describes its own accessibility, for the statement the 2018 regulations require
/// (every section of the UK government's model accessibility statement).
public struct AccessibilityInfo: Sendable, Hashable {
    /// A fix the board plans, and the date it will be done by.
    public struct Improvement: Sendable, Hashable {
        public var fix: String
        public var by: DayDate?
    }

    /// Who enforces the regulations, for the statement's enforcement paragraph.
    public enum Enforcement: String, Sendable, Hashable {
        /// England, Scotland and Wales: the EHRC, with complaints to the Equality Advisory and Support Service.
        case eass
        /// Northern Ireland: the Equality Commission for Northern Ireland.
        case ecni
    }

    public var compliance: String = "partial"
    public var nonAccessible: [String] = []
    /// Problems not fixed because fixing them would be a disproportionate burden.
    public var disproportionateBurden: [String] = []
    /// Content outside the regulations' scope (PDFs published before 23 September 2018, live video).
    public var outOfScope: [String] = []
    /// Where requests for other formats and problem reports go; each part falls back to the site's contact.
    public var contact = ContactInfo()
    /// The formats offered, to follow "such as".
    public var alternativeFormats = "accessible PDF, large print, easy read, audio recording or braille"
    /// Working days to answer a request.
    public var responseDays = 5
    public var improvements: [Improvement] = []
    public var enforcement = Enforcement.eass
    public var prepared: DayDate?
    public var reviewed: DayDate?
    /// When the website was last tested.
    public var tested: DayDate?
    public var method: String?

    /// The defaults, for a site.yaml that has `accessibility:` with none of its keys.
    public init() {}
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
    /// `accessibility:` in site.yaml, or nil when it has none.
    public var accessibility: AccessibilityInfo?
    public var unsafeHTML = false
    /// Items on each page of a long list (sections, tags, archives, meetings, the action tracker).
    public var pageSize: Int = 50
    /// Images larger than this, in kilobytes, are warned about where a page shows them.
    public var imageWarnKB: Int = 500
    /// Clear working days between an agenda's publication and its meeting (`notice_days`).
    public var noticeDays = 5
    /// The board's logo for the cover of PDFs, a path under `content/` (`logo: images/logo.svg`).
    public var logo: String?

    /// Creates the defaults, used when site.yaml is missing.
    public init() {}

    static let keys: Set<String> = ["title", "base_url", "language", "description", "reporting_year_start",
                                    "boards", "contact", "accessibility", "markdown",
                                    "page_size", "image_warn_kb", "notice_days", "logo"]

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
            if SiteConfig.isPlaceholder(url) {
                reader.warning("base_url is still the placeholder \(url)", at: root["base_url"],
                               hint: "write the address the site will be published at, e.g. base_url: https://www.yourboard.org.uk/")
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
        if let size = root.int("page_size") {
            if size >= 1 { config.pageSize = size } else {
                reader.error("page_size must be 1 or more", at: root["page_size"],
                             hint: "the number of items on each page of a long list, e.g. page_size: 50")
            }
        }
        if let limit = root.int("image_warn_kb") {
            if limit >= 1 { config.imageWarnKB = limit } else {
                reader.error("image_warn_kb must be 1 or more", at: root["image_warn_kb"],
                             hint: "the size in kilobytes above which an image is warned about, e.g. image_warn_kb: 500")
            }
        }
        if let days = root.int("notice_days") {
            if (0...60).contains(days) { config.noticeDays = days } else {
                reader.error("notice_days must be a number of working days from 0 to 60", at: root["notice_days"],
                             hint: "councils in England give 5 clear working days: notice_days: 5")
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
            if let email = config.contact.email, SiteConfig.isPlaceholder(email) {
                reader.warning("the contact email is still the placeholder \(email)", at: contact["email"],
                               hint: "write the address the public can write to, e.g. email: office@yourboard.org.uk")
            }
        }
        if let a = root["accessibility"].flatMap({ reader.map($0, "accessibility") }) {
            config.accessibility = readAccessibility(a, reader: reader)
        }
        if let markdown = root["markdown"].flatMap({ reader.map($0, "markdown") }) {
            markdown.warnUnknownKeys(["unsafe"], in: "markdown")
            config.unsafeHTML = markdown.bool("unsafe") ?? false
        }
        return config
    }

    static let accessibilityKeys: Set<String> = [
        "compliance", "non_accessible", "disproportionate_burden", "out_of_scope", "contact", "alternative_formats",
        "response_days", "improvements", "enforcement", "prepared", "reviewed", "tested", "method",
    ]

    private static func readAccessibility(_ a: YAMLMap, reader: YAMLReader) -> AccessibilityInfo {
        a.warnUnknownKeys(accessibilityKeys, in: "accessibility")
        var info = AccessibilityInfo()
        if let compliance = a.string("compliance") {
            if ["full", "partial", "none"].contains(compliance) { info.compliance = compliance } else {
                reader.error("accessibility compliance must be full, partial or none", at: a["compliance"])
            }
        }
        info.nonAccessible = a.stringList("non_accessible")
        info.disproportionateBurden = a.stringList("disproportionate_burden")
        info.outOfScope = a.stringList("out_of_scope")
        if let contact = a["contact"].flatMap({ reader.map($0, "accessibility contact") }) {
            contact.warnUnknownKeys(["email", "phone"], in: "accessibility contact")
            info.contact = ContactInfo(email: contact.string("email"), phone: contact.string("phone"))
        }
        if let formats = a.string("alternative_formats"), !formats.isEmpty { info.alternativeFormats = formats }
        if let days = a.int("response_days") {
            if days >= 1 { info.responseDays = days } else {
                reader.error("accessibility response_days must be a whole number of working days, 1 or more", at: a["response_days"],
                             hint: "the model statement says how many days you take to answer, e.g. response_days: 5")
            }
        }
        for node in a.list("improvements") {
            guard let item = reader.map(node, "an improvement") else { continue }
            item.warnUnknownKeys(["fix", "by"], in: "an improvement")
            guard let fix = item.requiredString("fix", "an improvement") else { continue }
            info.improvements.append(.init(fix: fix, by: item.date("by")))
        }
        if let enforcement = a.string("enforcement") {
            if let value = AccessibilityInfo.Enforcement(rawValue: enforcement) { info.enforcement = value } else {
                reader.error("accessibility enforcement must be eass or ecni", at: a["enforcement"],
                             hint: "eass in England, Scotland and Wales; ecni in Northern Ireland")
            }
        }
        info.prepared = a.date("prepared")
        info.reviewed = a.date("reviewed")
        info.tested = a.date("tested")
        info.method = a.string("method")
        return info
    }

    /// Whether an address is a placeholder `quorum new site` wrote: its host is under `.invalid`, the name
    /// RFC 2606 keeps for addresses that can never be real.
    static func isPlaceholder(_ address: String) -> Bool {
        let afterScheme = address.components(separatedBy: "://").last ?? address
        let host = afterScheme.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        let domain = host.split(separator: "@").last.map(String.init) ?? host
        return domain.lowercased().hasSuffix(".invalid") || domain.lowercased() == "invalid"
    }
}
