import ArgumentParser
import Foundation
import QuorumBuild
import QuorumDiagnostics

/// `quorum new`: starts the next bulletin, a meeting or a report from the theme's scaffolds.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new bulletin (the next issue and month), meeting or report; never overwrites a file.")

    @Argument(help: "What to create: bulletin, meeting or report.")
    var kind: Scaffolder.Kind

    @Option(name: .long, help: "The month (bulletin: 2018-12) or the day (meeting, report: 2019-04-25).")
    var date: String?

    @Option(name: .long, help: "The board code of a meeting, from site.yaml.")
    var board: String?

    @Option(name: .long, help: "The title of a report.")
    var title: String?

    @OptionGroup var site: SiteOptions

    func run() throws {
        let scaffolder = Scaffolder(source: site.sourceURL, themeFolders: try site.themeFolders(), today: try site.todayDate())
        do throws(DiagnosticError) {
            let path = try scaffolder.create(kind, date: date, board: board, title: title)
            print("created \(path)")
        } catch {
            let printer = DiagnosticPrinter(format: site.json ? .json : .text)
            for diagnostic in error.diagnostics {
                FileHandle.standardError.write(Data((printer.render(diagnostic) + "\n").utf8))
            }
            throw ExitCode(1)
        }
    }
}

extension Scaffolder.Kind: ExpressibleByArgument {}
