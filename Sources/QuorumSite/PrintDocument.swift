/// One PDF the site publishes: which page it prints, with which print template, and where it goes.
public struct PrintDocument: Sendable, Hashable {
    /// What the PDF holds.
    public enum Kind: String, Sendable, Hashable {
        case report
        case coverReport = "cover-report"
        case bulletin
        case agendaPack = "agenda-pack"
        case minutes
    }

    public var kind: Kind
    /// The page it prints, by index in the graph.
    public var page: Int
    /// The PDF's path in the output folder: `reports/annual-report-2017-18/annual-report-2017-18.pdf`.
    public var path: String

    /// The print template (`print-report.mustache`, ...).
    public var template: String { "print-" + kind.rawValue }
}

/// A published PDF's size in words: "340 KB", "1.2 MB".
public enum FileSize {
    /// The size as GOV.UK writes it on download links: whole kilobytes below a megabyte, one decimal above.
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, (bytes + 512) / 1024)) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
