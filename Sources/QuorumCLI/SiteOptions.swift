import ArgumentParser
import Foundation
import QuorumBuild
import QuorumContent

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

    func todayDate() throws -> DayDate {
        if let today {
            guard let date = DayDate(parsing: today) else { throw ValidationError("--today must be a date such as 2018-10-18") }
            return date
        }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/London") ?? .current, from: Date())
        return DayDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? DayDate(year: 2000, month: 1, day: 1)!
    }

    /// The default theme: --theme, $QUORUM_THEME, or the `templates/` folder of the Quorum checkout that holds this program.
    func themeFolders() throws -> [URL] {
        if let theme { return [URL(fileURLWithPath: theme).standardizedFileURL] }
        if let env = ProcessInfo.processInfo.environment["QUORUM_THEME"], !env.isEmpty {
            return [URL(fileURLWithPath: env).standardizedFileURL]
        }
        if let found = ThemeLocator.defaultTheme() { return [found] }
        if FileManager.default.fileExists(atPath: sourceURL.appendingPathComponent("templates/base.mustache").path) {
            return []
        }
        throw ValidationError("cannot find Quorum's default theme (templates/base.mustache); pass --theme or set QUORUM_THEME")
    }
}

/// Finds the default theme beside the program, so a built binary works from any folder.
enum ThemeLocator {
    static func defaultTheme() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() { folder = executable.deletingLastPathComponent() }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("templates")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("base.mustache").path) {
                return candidate.standardizedFileURL
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
