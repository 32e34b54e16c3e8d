import Foundation
import QuorumContent

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    /// The site folder: it holds `content/` and, optionally, `templates/` overrides.
    public var source: URL
    /// Where the site goes (`public/`).
    public var output: URL
    /// Theme folders in order, later ones overriding earlier ones; the site's `templates/` comes last.
    public var themeFolders: [URL]
    public var includeDrafts: Bool
    /// Replaces `base_url` from site.yaml.
    public var baseURL: String?
    /// The day `publish:` dates are compared with.
    public var today: DayDate
    /// False to check only: everything is built in memory and nothing is written.
    public var write: Bool
    /// Index the site for search with Pagefind when it is installed.
    public var searchIndex: Bool
    /// Draw email editions' charts as PNGs with rsvg-convert when it is installed (else they link to the web chart).
    public var chartImages: Bool
    /// Treat warnings as errors (`--strict`): a build with warnings leaves the output as it was.
    public var warningsAreErrors: Bool
    /// Build even when nothing changed since the last build (`--force`).
    public var force: Bool
    /// Make the PDFs of reports, bulletins and meetings with WeasyPrint when it is installed (`--no-pdf` turns it off).
    public var pdf: Bool

    /// Creates options.
    public init(source: URL, output: URL, themeFolders: [URL], includeDrafts: Bool = false, baseURL: String? = nil,
                today: DayDate, write: Bool = true, searchIndex: Bool = false, warningsAreErrors: Bool = false,
                force: Bool = false, chartImages: Bool = false, pdf: Bool = false) {
        self.source = source
        self.output = output
        self.themeFolders = themeFolders
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.today = today
        self.write = write
        self.searchIndex = searchIndex
        self.chartImages = chartImages
        self.warningsAreErrors = warningsAreErrors
        self.force = force
        self.pdf = pdf
    }
}
