import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// What the build state keeps of a published PDF: the digest of its input and the pages its anchors landed on,
/// so a PDF linked back from the artefact cache is still checked against the agenda's `pages`.
struct PDFRecord: Codable, Equatable, Sendable {
    var hash: String
    var anchors: [String: Int]
}

/// The PDF stage: each report, cover report, bulletin and meeting through its print template into WeasyPrint,
/// in parallel, into the staging folder. A PDF whose print HTML (and engine) is unchanged is linked back from the
/// artefact cache instead of rendered again, so an edit to one page renders one PDF.
struct PDFStage {
    let graph: SiteGraph
    let theme: Theme
    let options: BuildOptions
    let log: DiagnosticLog

    /// The PDFs made: their sizes and records by path, and how many were rendered and how many reused.
    struct Outcome {
        var sizes: [String: Int] = [:]
        var records: [String: PDFRecord] = [:]
        var rendered = 0
        var reused = 0
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

    func run(into staged: StagedOutput, engine: PDFEngine, cache: ArtefactCache, previous: [String: PDFRecord]) -> Outcome {
        var outcome = Outcome()
        let documents = graph.printDocuments()
        let graph = self.graph, theme = self.theme, version = engine.version
        // What a PDF can embed besides its HTML: the theme's stylesheets and the site's own files (images, logo).
        // They are part of the cache key, so a change to any makes every PDF again; not of the PDF's identifier,
        // which must not depend on file times.
        let embedded = PDFStage.embeddedFilesDigest(theme: theme, source: options.source)
        let cacheKey = { (hash: String) in ContentDigest.hex(of: Array((hash + " " + embedded).utf8)) }
        let prints = ConcurrentMap.map(documents) { document -> Result<(String, String), DiagnosticError> in
            do throws(DiagnosticError) {
                let html = try theme.render(document.template, graph.printContext(for: document))
                var digest = ContentDigest()
                for field in [version, PDFDriver.script, html] { digest.update(field: field) }
                return .success((html, digest.hex()))
            } catch {
                return .failure(error)
            }
        }
        var jobs: [PDFJob] = [], costs: [Int] = [], pending: [(PrintDocument, String)] = []
        for (document, made) in zip(documents, prints) {
            do throws(DiagnosticError) {
                let (html, hash) = try made.get()
                if cache.restore("pdf", cacheKey(hash), into: staged, at: document.path) {
                    _ = try staged.reserve(document.path)
                    let anchors = previous[document.path].flatMap { $0.hash == hash ? $0.anchors : nil }
                    outcome.records[document.path] = PDFRecord(hash: hash, anchors: anchors ?? [:])
                    outcome.reused += 1
                    continue
                }
                let input = engine.work.appendingPathComponent("\(jobs.count).html")
                do { try Data(html.utf8).write(to: input) } catch {
                    throw DiagnosticError(.error("cannot write \(input.path): \(error.localizedDescription)"))
                }
                let page = graph.pages[document.page].page
                jobs.append(PDFJob(html: input.path, pdf: try staged.reserve(document.path), epoch: PDFStage.epoch(page.date),
                                   identifier: String(hash.prefix(32)), anchors: document.kind == .agendaPack ? "paper-" : nil))
                costs.append(html.utf8.count)
                pending.append((document, hash))
            } catch {
                log.add(contentsOf: error.diagnostics.map { located($0, document) })
            }
        }
        let roots = [(graph.printBase, [options.source.appendingPathComponent("content").path]
                      + (options.themeFolders + [options.source.appendingPathComponent("templates")]).reversed().map(\.path))]
        let results = engine.render(jobs, costs: costs, roots: roots, workers: ProcessInfo.processInfo.activeProcessorCount)
        for ((document, hash), result) in zip(pending, results) {
            if let error = result.error {
                log.add(.error("could not make \(document.path): \(error)", at: graph.pages[document.page].page.location,
                               hint: "run the build again with --no-pdf to publish without PDFs"))
                continue
            }
            outcome.records[document.path] = PDFRecord(hash: hash, anchors: result.anchors ?? [:])
            cache.store("pdf", cacheKey(hash), from: staged, at: document.path)
            outcome.rendered += 1
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
