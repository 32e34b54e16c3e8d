import ArgumentParser
import Foundation
import QuorumBuild
import QuorumContent
import QuorumDiagnostics
import QuorumPreview

/// `quorum serve`: builds the site with drafts into its preview folder, serves it, and rebuilds and reloads the browser on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it with drafts, serve it on 127.0.0.1, rebuild and reload the browser on every save.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The port to listen on.")
    var port = 8000

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 shows the preview to other machines.")
    var host = "127.0.0.1"

    @Flag(name: .customLong("no-drafts"), help: "Leave out drafts and pages not yet due, as quorum build does.")
    var noDrafts = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if noDrafts && site.drafts { throw ValidationError("pass --drafts or --no-drafts, not both") }
    }

    func run() async throws {
        let console = ServeConsole(source: site.sourceURL, json: site.json)
        let log = DiagnosticLog()
        guard ContentLoader(root: site.sourceURL, today: try site.todayDate()).contentFolder(log: log) != nil else {
            log.diagnostics.forEach(console.error)
            throw ExitCode(1)
        }
        let urlHost = host.contains(":") ? "[\(host)]" : host
        let build = BuildOptions(source: site.sourceURL, output: site.sourceURL.appendingPathComponent("public"),
                                 themeFolders: try site.themeFolders(), includeDrafts: !noDrafts,
                                 baseURL: site.baseURL ?? "http://\(urlHost):\(port)/", today: try site.todayDate(), write: false)
        do throws(PreviewError) {
            let server = try PreviewServer(PreviewOptions(build: build, host: host, port: port, strict: site.strict))
            console.built(server.build())
            let path = server.basePath + "/", drafts = !noDrafts
            try await server.run(
                onRebuild: { update, changed in console.rebuilt(update, changed: changed) },
                onListening: { port in console.listening(url: "http://\(urlHost):\(port)\(path)", drafts: drafts) })
        } catch {
            console.error(.error(error.description, hint: error.hint))
            throw ExitCode(1)
        }
    }
}

/// What `quorum serve` prints: the first build, the address, then one line a rebuild and any new problems.
private final class ServeConsole: @unchecked Sendable {
    private let printer: DiagnosticPrinter
    private let source: URL
    private let lock = NSLock()
    /// Diagnostics already printed, so a rebuild prints only what is new.
    private var shown: Set<Diagnostic> = []

    init(source: URL, json: Bool) {
        self.source = source.resolvingSymlinksInPath()
        printer = DiagnosticPrinter(format: json ? .json : .text, sourceText: { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : source.appendingPathComponent(path)
            return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
        })
    }

    func built(_ update: SessionUpdate) {
        report(update.diagnostics)
        let ms = Int(update.seconds * 1000)
        say(update.failed ? "built with errors in \(ms) ms: the browser shows them until a save mends them"
                          : "built \(update.pagesRendered) pages (\(update.outputsRendered) files) in \(ms) ms")
    }

    func listening(url: String, drafts: Bool) {
        say("serving \(url) (\(drafts ? "drafts show a Draft banner" : "drafts left out"); Ctrl-C stops)")
    }

    func rebuilt(_ update: SessionUpdate, changed: [String]) {
        report(update.diagnostics)
        let ms = String(format: "%.1f", update.seconds * 1000)
        let what = describe(changed)
        if update.failed {
            let errors = update.diagnostics.filter { $0.severity == .error }.count
            say("rebuild failed (\(what), \(ms) ms): \(errors == 1 ? "1 error" : "\(errors) errors"); the browser shows it")
        } else {
            say("rebuilt \(what) in \(ms) ms: \(update.changedPaths.count) of \(update.outputsRendered) rendered files changed")
        }
    }

    /// The changed files as the author knows them: editors' temporary and hidden files are left out.
    private func describe(_ changed: [String]) -> String {
        let files = changed.filter { path in
            !path.split(separator: "/").contains { $0.hasPrefix(".") } && FileManager.default.fileExists(atPath: path)
        }
        let shown = files.isEmpty ? changed : files
        guard shown.count == 1, let file = shown.first else { return "\(shown.count) files" }
        let root = source.path + "/"
        return file.hasPrefix(root) ? String(file.dropFirst(root.count)) : file
    }

    func error(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((printer.render(diagnostic) + "\n").utf8))
    }

    /// Prints diagnostics not printed before; a problem that went and came back is printed again.
    private func report(_ diagnostics: [Diagnostic]) {
        let current = Set(diagnostics)
        let new = lock.withLock {
            defer { shown = current }
            return diagnostics.filter { !shown.contains($0) }
        }
        for diagnostic in new { FileHandle.standardError.write(Data((printer.render(diagnostic) + "\n").utf8)) }
    }

    /// A status line on standard output; diagnostics go to standard error, as JSON lines with `--json`.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
