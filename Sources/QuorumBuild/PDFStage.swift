import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// What the build state keeps of a published PDF: the digest of its print HTML (with the engine's version and
/// the driver), the pages its anchors landed on, so a PDF linked back from the artefact cache is still checked
/// against the agenda's `pages`, and the digest of what made that print HTML, so the next build need not make it again.
struct PDFRecord: Codable, Equatable, Sendable {
    var hash: String
    var anchors: [String: Int]
    var input: String? = nil
}

/// The PDF stage: each report, cover report, bulletin and meeting through its print template into WeasyPrint,
/// in parallel, into the staging folder. A PDF whose print HTML (and engine) is unchanged is linked back from the
/// artefact cache instead of rendered again, so an edit to one page renders one PDF.
struct PDFStage {
    let graph: SiteGraph
    let theme: Theme
    let options: BuildOptions
    let log: DiagnosticLog

    /// The PDFs made: their sizes and records by path, how many were rendered and how many reused, and how many
    /// print documents had to be made to tell.
    struct Outcome {
        var sizes: [String: Int] = [:]
        var records: [String: PDFRecord] = [:]
        var rendered = 0
        var reused = 0
        var printed = 0
    }

    /// A document's print HTML and its digests, or, when what makes it is unchanged, the record of the last build.
    private enum Print {
        case known(PDFRecord)
        case made(html: String, hash: String, input: String?)
    }

    /// The digest of the theme's assets (their bytes) and of every other file under `content/` (path, size and
    /// modification time: the bytes of large papers would cost more to read than the check is worth).
    static func embeddedFilesDigest(theme: Theme, source: URL) -> String {
        var digest = ContentDigest()
        for (path, url) in theme.assets.sorted(by: { $0.key < $1.key }) {
            digest.update(field: path)
            if let data = FileManager.default.contents(atPath: url.path) { digest.update(data) }
            digest.update(field: "")
        }
        let content = source.appendingPathComponent("content")
        if let walker = FileManager.default.enumerator(at: content, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey]) {
            var entries: [String] = []
            for case let url as URL in walker where !["md", "yaml", "yml", "csv", "json"].contains(url.pathExtension.lowercased()) {
                let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                let stamp = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
                entries.append("\(url.path.dropFirst(content.path.count)) \(values?.fileSize ?? 0) \(stamp)")
            }
            for entry in entries.sorted() { digest.update(field: entry) }
        }
        return digest.hex()
    }

    /// Makes the PDFs into the staging folder. A document whose print context, templates, program and engine are
    /// those of the last build, and whose PDF is in the cache, is linked back without making its print HTML; one
    /// whose print HTML is unchanged is linked back without WeasyPrint. The engine starts only for the rest.
    func run(into staged: StagedOutput, installation: PDFEngine.Installation, cache: ArtefactCache,
             previous: [String: PDFRecord]) -> Outcome {
        var outcome = Outcome()
        let documents = graph.printDocuments()
        let graph = self.graph, theme = self.theme, version = installation.version
        // What a PDF can embed besides its HTML: the theme's stylesheets and the site's own files (images, logo).
        // They are part of the cache key, so a change to any makes every PDF again; not of the PDF's identifier,
        // which must not depend on file times.
        let embedded = PDFStage.embeddedFilesDigest(theme: theme, source: options.source)
        let cacheKey = { @Sendable (hash: String) in ContentDigest.hex(of: Array((hash + " " + embedded).utf8)) }
        let makers = PDFStage.makersDigest(theme: theme, version: version)
        let prints = ConcurrentMap.map(documents) { document -> Result<Print, DiagnosticError> in
            let source = graph.printSource(for: document)
            let input = PDFStage.inputDigest(source, template: document.template, makers: makers)
            if let input, let record = previous[document.path], record.input == input, cache.contains("pdf", cacheKey(record.hash)) {
                return .success(.known(record))
            }
            return PDFStage.print(source, document, theme: theme, version: version, input: input)
        }
        var jobs: [PDFJob] = [], costs: [Int] = [], pending: [(PrintDocument, String, String?)] = []
        var work: URL?
        for (document, made) in zip(documents, prints) {
            do throws(DiagnosticError) {
                var print = try made.get()
                if case .known(let record) = print {
                    if cache.restore("pdf", cacheKey(record.hash), into: staged, at: document.path) {
                        _ = try staged.reserve(document.path)
                        outcome.records[document.path] = record
                        outcome.reused += 1
                        continue
                    }
                    print = try PDFStage.print(graph.printSource(for: document), document, theme: theme, version: version,
                                               input: record.input).get()
                }
                guard case .made(let html, let hash, let input) = print else { continue }
                outcome.printed += 1
                if cache.restore("pdf", cacheKey(hash), into: staged, at: document.path) {
                    _ = try staged.reserve(document.path)
                    let anchors = previous[document.path].flatMap { $0.hash == hash ? $0.anchors : nil }
                    outcome.records[document.path] = PDFRecord(hash: hash, anchors: anchors ?? [:], input: input)
                    outcome.reused += 1
                    continue
                }
                if work == nil { work = PDFEngine.workFolder() }
                guard let work else { throw DiagnosticError(.error("cannot make a work folder for the PDFs in \(FileManager.default.temporaryDirectory.path)")) }
                let file = work.appendingPathComponent("\(jobs.count).html")
                do { try Data(html.utf8).write(to: file) } catch {
                    throw DiagnosticError(.error("cannot write \(file.path): \(error.localizedDescription)"))
                }
                let page = graph.pages[document.page].page
                jobs.append(PDFJob(html: file.path, pdf: try staged.reserve(document.path), epoch: PDFStage.epoch(page.date),
                                   identifier: String(hash.prefix(32)), anchors: document.kind == .agendaPack ? "paper-" : nil))
                costs.append(html.utf8.count)
                pending.append((document, hash, input))
            } catch {
                log.add(contentsOf: error.diagnostics.map { located($0, document) })
            }
        }
        if let work {
            let engine = PDFEngine(work: work, version: version)
            let roots = [(graph.printBase, [options.source.appendingPathComponent("content").path]
                          + (options.themeFolders + [options.source.appendingPathComponent("templates")]).reversed().map(\.path))]
            let results = engine.render(jobs, costs: costs, roots: roots, workers: ProcessInfo.processInfo.activeProcessorCount)
            engine.finish()
            for ((document, hash, input), result) in zip(pending, results) {
                if let error = result.error {
                    log.add(.error("could not make \(document.path): \(error)", at: graph.pages[document.page].page.location,
                                   hint: "run the build again with --no-pdf to publish without PDFs"))
                    continue
                }
                outcome.records[document.path] = PDFRecord(hash: hash, anchors: result.anchors ?? [:], input: input)
                cache.store("pdf", cacheKey(hash), from: staged, at: document.path)
                outcome.rendered += 1
            }
        }
        if !log.hasErrors { cache.prune("pdf") }
        for document in documents {
            guard let record = outcome.records[document.path] else { continue }
            var info = stat()
            if stat(staged.staging.path + "/" + document.path, &info) == 0 { outcome.sizes[document.path] = Int(info.st_size) }
            if document.kind == .agendaPack { checkPages(document, record.anchors) }
        }
        return outcome
    }

    /// The digest of what turns print contexts into PDFs: this program, the theme's templates, the engine, the driver.
    static func makersDigest(theme: Theme, version: String) -> String {
        var digest = ContentDigest()
        digest.update(field: "quorum-print-1")
        digest.update(field: BuildState.fileStamp("/proc/self/exe") ?? CommandLine.arguments.first ?? "")
        for (name, text) in theme.templateSources.sorted(by: { $0.key < $1.key }) {
            digest.update(field: name)
            digest.update(field: text)
        }
        for field in [version, PDFDriver.script] { digest.update(field: field) }
        return digest.hex()
    }

    /// The digest of everything a document's print HTML is made from; nil when its context holds a value the
    /// digest cannot speak for (the print HTML is then always made).
    static func inputDigest(_ source: PrintSource, template: String, makers: String) -> String? {
        var digest = ContentDigest()
        for field in [makers, template, source.base, source.basePath] { digest.update(field: field) }
        for (url, anchor) in source.anchors.sorted(by: { $0.key < $1.key }) {
            digest.update(field: url)
            digest.update(field: anchor)
        }
        return digest.update(context: source.raw) ? digest.hex() : nil
    }

    /// Renders a document's print HTML and digests it, with the engine's version and the driver: the PDF's cache key.
    private static func print(_ source: PrintSource, _ document: PrintDocument, theme: Theme, version: String,
                              input: String?) -> Result<Print, DiagnosticError> {
        do throws(DiagnosticError) {
            let html = try theme.render(document.template, source.context())
            var digest = ContentDigest()
            for field in [version, PDFDriver.script, html] { digest.update(field: field) }
            return .success(.made(html: html, hash: digest.hex(), input: input))
        } catch {
            return .failure(error)
        }
    }

    /// Warns when an agenda item's `pages` disagrees with where its paper landed in the pack.
    private func checkPages(_ document: PrintDocument, _ anchors: [String: Int]) {
        let page = graph.pages[document.page].page
        var paper = 0
        for item in page.meeting?.agenda ?? [] {
            guard !item.restricted, let link = item.paper, graph.resolvePage(link, from: page.sourcePath) != nil else { continue }
            paper += 1
            guard let written = item.pages, let first = anchors["paper-\(paper)"] else { continue }
            let last = anchors["paper-\(paper)-end"] ?? first
            let actual = first == last ? "\(first)" : "\(first)-\(last)"
            let numbers = written.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers != (first == last ? [first] : [first, last]) else { continue }
            let place = first == last ? "page \(actual)" : "pages \(actual)"
            log.add(.warning("agenda item \(item.number) says pages \(written), but its paper is on \(place) of the agenda pack",
                             at: item.pagesLocation ?? item.location,
                             hint: "write `pages: \"\(actual)\"`, or leave `pages` out: the pack prints its own page numbers"))
        }
    }

    private func located(_ diagnostic: Diagnostic, _ document: PrintDocument) -> Diagnostic {
        var diagnostic = diagnostic
        if diagnostic.location == nil { diagnostic.location = graph.pages[document.page].page.location }
        return diagnostic
    }

    /// Midnight UTC of the content's date as seconds since 1970 (0 without a date): the PDF's dates.
    static func epoch(_ date: DayDate?) -> Int {
        guard let date else { return 0 }
        // Days from the civil date (Howard Hinnant's algorithm).
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}
