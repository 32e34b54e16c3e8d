import ArgumentParser
import Foundation
import QuorumBuild

/// `quorum check`: runs the whole build in memory and reports problems without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check links, front matter and data without writing the site; exits non-zero on an error.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = BuildOptions(source: site.sourceURL, output: site.sourceURL.appendingPathComponent("public"),
                                   themeFolders: try site.themeFolders(), includeDrafts: site.drafts,
                                   baseURL: site.baseURL, today: try site.todayDate(), write: false)
        let report = SiteBuilder.build(options)
        if DiagnosticReporter(source: site.sourceURL, json: site.json, strict: site.strict).report(report) {
            throw ExitCode(1)
        }
        if !site.json { print("checked \(report.pages) pages: no errors") }
    }
}
