import ArgumentParser
import Foundation
import QuorumBuild

/// `quorum build`: builds the site into the output folder, replacing it only when the build succeeds.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (public/ by default).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder (default: public/ in the site folder).")
    var output: String?

    @Flag(name: .long, help: "Print only diagnostics.")
    var quiet = false

    @Flag(name: .long, help: "Print how long each stage of the build took.")
    var timings = false

    @Flag(name: .long, help: "Do not build the Pagefind search index.")
    var noSearch = false

    @Flag(name: .long, help: "Do not make PDFs of reports, bulletins and meetings.")
    var noPdf = false

    @Flag(name: .long, help: "Build even when nothing changed since the last build.")
    var force = false

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? site.sourceURL.appendingPathComponent("public")
        let options = BuildOptions(source: site.sourceURL, output: outputURL, themeFolders: try site.themeFolders(),
                                   includeDrafts: site.drafts, baseURL: site.baseURL, today: try site.todayDate(),
                                   searchIndex: !noSearch, warningsAreErrors: site.strict, force: force,
                                   chartImages: true, pdf: !noPdf)
        let start = Date()
        var report = SiteBuilder.build(options)
        if timings { StageTimings.print(report) }
        for note in report.notes where !site.json { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        let failed = DiagnosticReporter(source: site.sourceURL, json: site.json, strict: site.strict).report(report)
        if failed {
            if report.wrote { report.wrote = false }
            FileHandle.standardError.write(Data("build failed: \(outputURL.path) was left as it was\n".utf8))
            throw ExitCode(1)
        }
        if report.upToDate {
            if !quiet && !site.json {
                print("\(outputURL.path) is up to date: nothing changed since the last build (\(report.pages) pages, \(report.files) files); use --force to build anyway")
            }
            return
        }
        if !quiet && !site.json {
            let ms = Int(Date().timeIntervalSince(start) * 1000)
            var line = "built \(report.pages) pages (\(report.files) files) into \(outputURL.path) in \(ms) ms"
            if report.skippedDrafts > 0 { line += "; \(report.skippedDrafts) drafts left out (use --drafts)" }
            if report.skippedScheduled > 0 { line += "; \(report.skippedScheduled) scheduled pages left out" }
            print(line)
        }
    }
}
