import ArgumentParser
import Foundation
import QuorumBuild
import QuorumContent
import QuorumDefaultTheme

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, which holds content/ (default: the current folder).")
    var source: String = "."

    @Option(name: .long, help: "A theme folder to use instead of the default theme.")
    var theme: String?

    @Flag(name: .long, help: "Include pages marked draft: true and pages with a future publish date.")
    var drafts = false

    @Option(name: .long, help: "Use this base URL instead of base_url in content/site.yaml.")
    var baseURL: String?

    @Option(name: .long, help: .hidden)
    var today: String?

    @Flag(name: .long, help: "Print diagnostics as JSON lines, for editors.")
    var json = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    var sourceURL: URL { URL(fileURLWithPath: source).standardizedFileURL }

    func todayDate() throws -> DayDate { try SiteOptions.todayDate(today) }

    /// The date given by the hidden `--today` option, else today in the UK.
    static func todayDate(_ today: String?) throws -> DayDate {
        if let today {
            guard let date = DayDate(parsing: today) else { throw ValidationError("--today must be a date such as 2018-10-18") }
            return date
        }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/London") ?? .current, from: Date())
        return DayDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? DayDate(year: 2000, month: 1, day: 1)!
    }

    /// The default theme: --theme, $QUORUM_THEME, or the theme built into the program (see docs/cli.md).
    func themeFolders() throws -> [URL] { try SiteOptions.themeFolders(theme: theme) }

    /// The default theme for a `--theme` value (nil when not given), shared with commands that read no site.
    static func themeFolders(theme: String?) throws -> [URL] {
        if let theme { return [URL(fileURLWithPath: theme).standardizedFileURL] }
        if let env = ProcessInfo.processInfo.environment["QUORUM_THEME"], !env.isEmpty {
            return [URL(fileURLWithPath: env).standardizedFileURL]
        }
        do {
            return [try DefaultTheme.unpackedFolder()]
        } catch {
            throw ValidationError(error.diagnostics.map { $0.message + ($0.hint.map { " (\($0))" } ?? "") }.joined(separator: "\n"))
        }
    }
}
