import ArgumentParser
import Foundation
import QuorumBuild
import QuorumDiagnostics

/// `quorum new`: starts a site, or the next bulletin, a meeting or a report from the theme's scaffolds.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, bulletin, meeting or report; never overwrites a file.",
        subcommands: [NewSiteCommand.self, NewBulletinCommand.self, NewMeetingCommand.self, NewReportCommand.self])
}

/// The options of `quorum new bulletin|meeting|report`.
struct PublicationOptions: ParsableArguments {
    @Option(name: .long, help: "The month (bulletin: 2018-12) or the day (meeting, report: 2019-04-25).")
    var date: String?

    @Option(name: .long, help: "The board code of a meeting, from site.yaml.")
    var board: String?

    @Option(name: .long, help: "The title of a report.")
    var title: String?

    @OptionGroup var site: SiteOptions

    /// Writes the new publication of `kind` and says where.
    func create(_ kind: Scaffolder.Kind) throws {
        let scaffolder = Scaffolder(source: site.sourceURL, themeFolders: try site.themeFolders(), today: try site.todayDate())
        do throws(DiagnosticError) {
            let path = try scaffolder.create(kind, date: date, board: board, title: title)
            print("created \(path)")
        } catch {
            DiagnosticReporter.printErrors(error, json: site.json)
            throw ExitCode(1)
        }
    }
}

struct NewBulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin", abstract: "Start the next bulletin: the next issue, for the month after the latest.")
    @OptionGroup var options: PublicationOptions
    func run() throws { try options.create(.bulletin) }
}

struct NewMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Start a meeting's agenda (needs --board).")
    @OptionGroup var options: PublicationOptions
    func run() throws { try options.create(.meeting) }
}

struct NewReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Start a report.")
    @OptionGroup var options: PublicationOptions
    func run() throws { try options.create(.report) }
}

/// `quorum new site DIR`: a small working site for a new board, asking nothing.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Start a site for a new board in a folder: site.yaml, a member, a meeting, a bulletin and pages.")

    @Argument(help: "The folder to create the site in (created if missing; must not hold a site).")
    var folder: String

    @Option(name: .long, help: "The board's name (default: from the folder's name).")
    var boardName: String?

    @Option(name: .long, help: "The board's short code, used in meeting file names and action ids (default: the name's initials).")
    var code: String?

    @Option(name: .long, help: "A theme folder to take the site's scaffold from instead of the built-in theme.")
    var theme: String?

    @Option(name: .long, help: .hidden)
    var today: String?

    @Flag(name: .long, help: "Print diagnostics as JSON lines, for editors.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let starter = SiteStarter(folder: url, shownAs: folder.hasSuffix("/") ? String(folder.dropLast()) : folder, boardName: boardName, code: code,
                                  themeFolders: try SiteOptions.themeFolders(theme: theme), today: try SiteOptions.todayDate(today))
        do throws(DiagnosticError) {
            let written = try starter.create()
            print("created a site for \(starter.boardName) (\(starter.code)) in \(folder): \(written.count) files")
            print("next: cd \(folder) && quorum build   (the warnings say what to fill in; quorum serve previews it)")
        } catch {
            DiagnosticReporter.printErrors(error, json: json)
            throw ExitCode(1)
        }
    }
}
