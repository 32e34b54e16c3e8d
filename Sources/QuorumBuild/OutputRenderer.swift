import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumOutput
import QuorumSite
import QuorumTemplates

/// An output file's path and text.
struct RenderedFile: Sendable {
    var path: String
    var text: String
    /// What a template page read, when the render was asked to record it.
    var record: OutputRecord? = nil
}

/// The template stage: output pages through their Mustache templates and the other generated files (feeds,
/// sitemap, calendar, email editions), in parallel. The build and `serve` render through this one loop and
/// differ only in what they do with each file.
struct OutputRenderer {
    let graph: SiteGraph
    let theme: Theme

    /// Renders `outputs` and the files of `jobs` on all cores, handing each file to `deliver` as soon as it is made
    /// (the build writes it at once, so the whole site is never held in memory; `serve` keeps it). An output
    /// whose template or write fails gives `failed` its output path and diagnostics. Returns the files delivered.
    /// With `recording` (the session's page numbers), each template page comes with its `OutputRecord` and each
    /// job's record goes to `recorded`; with a `selection` too, a page whose record shows it would render as
    /// before is skipped, and `recorded` gets its record with the pages its context read now.
    @discardableResult
    func render(_ outputs: [OutputPage], jobs: [SiteFileJob] = [], recording ids: PageIDs? = nil, selection: RenderSelection? = nil,
                deliver: @Sendable (RenderedFile) throws(DiagnosticError) -> Void,
                failed: @Sendable (_ outputPath: String, [Diagnostic]) -> Void,
                recorded: (@Sendable (Recorded) -> Void)? = nil) -> Int {
        let graph = self.graph, theme = self.theme
        let made = FileCounter()
        DispatchQueue.concurrentPerform(iterations: outputs.count + jobs.count) { index in
            if index < outputs.count {
                let page = outputs[index]
                let old = selection?.records[page.outputPath]
                if let old, selection?.keeps(old, context: nil) == true { return }
                var record: OutputRecord?
                let context: [String: Any]
                if let ids {
                    let (built, read) = graph.recordingReads { $0.context(for: page) }
                    context = built
                    let digest = ContextDigest(context)
                    if let old, selection?.keeps(old, context: digest) == true {
                        recorded?(.kept(page.outputPath, OutputRecord(context: old.context, templates: old.templates, pages: ids.set(of: read))))
                        return
                    }
                    record = OutputRecord(context: digest, templates: [], pages: ids.set(of: read))
                } else {
                    context = graph.context(for: page)
                }
                do throws(DiagnosticError) {
                    var used: Set<String> = []
                    let text = try theme.render(page.template, context, used: &used)
                    record?.templates = used
                    try deliver(RenderedFile(path: page.outputPath, text: text, record: record))
                    made.add(1)
                } catch {
                    failed(page.outputPath, error.diagnostics)
                }
            } else {
                let job = jobs[index - outputs.count]
                let files: [SiteFile]
                if let ids {
                    let (produced, read) = graph.recordingReads { $0.siteFiles(for: job) }
                    files = produced
                    recorded?(.job(graph.key(of: job), SiteFileRecord(pages: ids.set(of: read), paths: files.map(\.path))))
                } else {
                    files = graph.siteFiles(for: job)
                }
                for file in files {
                    do throws(DiagnosticError) {
                        try deliver(RenderedFile(path: file.path, text: file.text))
                        made.add(1)
                    } catch {
                        failed(file.path, error.diagnostics)
                    }
                }
            }
        }
        return made.total
    }

    /// What a recording render learnt besides the files: a kept page's record, or a job's.
    enum Recorded: Sendable {
        case kept(String, OutputRecord)
        case job(String, SiteFileRecord)
    }
}

/// Rendered files and the problems of those that failed, gathered from the threads of the render loop (for `serve`).
final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: String] = [:]
    private var failures: [String: [Diagnostic]] = [:]
    private var kept: [String: OutputRecord] = [:]
    private var keptUnchanged: [String: OutputRecord] = [:]
    private var jobs: [String: SiteFileRecord] = [:]
    /// One copy of each set of templates: most pages of a kind use the same ones, and 25,000 records would hold
    /// 25,000 copies of a few sets.
    private var templateSets: [Set<String>: Set<String>] = [:]

    func keep(_ file: RenderedFile) {
        lock.withLock {
            texts[file.path] = file.text
            if var record = file.record {
                if let shared = templateSets[record.templates] { record.templates = shared } else { templateSets[record.templates] = record.templates }
                kept[file.path] = record
            }
        }
    }

    func note(_ recorded: OutputRenderer.Recorded) {
        lock.withLock {
            switch recorded {
            case .kept(let path, let record): keptUnchanged[path] = record
            case .job(let key, let record): jobs[key] = record
            }
        }
    }

    /// What each template page delivered read, by output path.
    var records: [String: OutputRecord] { lock.withLock { kept } }
    /// The records of pages left as they were, with the pages their contexts read now, by output path.
    var unchangedRecords: [String: OutputRecord] { lock.withLock { keptUnchanged } }
    /// What each job run read and made, by `SiteGraph.key(of:)`.
    var jobRecords: [String: SiteFileRecord] { lock.withLock { jobs } }

    func fail(_ path: String, _ diagnostics: [Diagnostic]) {
        lock.withLock { failures[path] = diagnostics }
    }

    var files: [String: String] { lock.withLock { texts } }
    var problems: [String: [Diagnostic]] { lock.withLock { failures } }
}

/// A count shared by the threads of a parallel loop.
private final class FileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ files: Int) {
        lock.withLock { count += files }
    }

    var total: Int { lock.withLock { count } }
}
