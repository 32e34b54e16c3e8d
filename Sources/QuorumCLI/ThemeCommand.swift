import ArgumentParser
import Foundation
import QuorumDefaultTheme
import QuorumDiagnostics

/// `quorum theme`: works with the theme built into the program.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the default theme built into quorum.",
        subcommands: [ThemeExportCommand.self])
}

/// `quorum theme export DIR`: writes the built-in theme out, for a site to copy the templates it changes.
struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme (templates, CSS, scaffolds) into a folder; never overwrites a file.")

    @Argument(help: "The folder to write into, e.g. templates (created if missing).")
    var folder: String

    @Flag(name: .long, help: "Print diagnostics as JSON lines, for editors.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        do throws(DiagnosticError) {
            let written = try DefaultTheme.export(to: url, shownAs: folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
            print("wrote \(written.count) files of the default theme into \(folder)")
        } catch {
            DiagnosticReporter.printErrors(error, json: json)
            throw ExitCode(1)
        }
    }
}
