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
    /// The source path of the page a per-page generated file belongs to (an email edition, a CSV download),
    /// or `meetingFilesOwner` for the files that read meetings only; `serve` keeps a group it need not make again.
    var owner: String? = nil

    /// The owner of the open data files and the calendar: no source path starts with a space.
    static let meetingFilesOwner = " meetings only"
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
    /// With `recording`, each template page comes with its `OutputRecord`; with a `selection` (which records),
    /// a page whose record shows it would render as before is skipped.
    @discardableResult
    func render(_ outputs: [OutputPage], jobs: [SiteFileJob] = [], recording: Bool = false, selection: RenderSelection? = nil,
                deliver: @Sendable (RenderedFile) throws(DiagnosticError) -> Void,
                failed: @Sendable (_ outputPath: String, [Diagnostic]) -> Void) -> Int {
        let graph = self.graph, theme = self.theme
        let recording = recording || selection != nil
        let made = FileCounter()
        DispatchQueue.concurrentPerform(iterations: outputs.count + jobs.count) { index in
            if index < outputs.count {
                let page = outputs[index]
                let old = selection?.records[page.outputPath]
                if let old, selection?.keeps(old, context: nil) == true { return }
                let context = graph.context(for: page)
                var record: OutputRecord?
                if recording {
                    let digest = ContextDigest(context)
                    if let old, selection?.keeps(old, context: digest) == true { return }
                    record = OutputRecord(context: digest, templates: [])
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
                let owner = job.page.map { graph.pages[$0].page.sourcePath } ?? (job.readsMeetingsOnly ? RenderedFile.meetingFilesOwner : nil)
                for file in graph.siteFiles(for: job) {
                    do throws(DiagnosticError) {
                        try deliver(RenderedFile(path: file.path, text: file.text, owner: owner))
                        made.add(1)
                    } catch {
                        failed(file.path, error.diagnostics)
                    }
                }
            }
        }
        return made.total
    }
}

/// Rendered files and the problems of those that failed, gathered from the threads of the render loop (for `serve`).
final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: String] = [:]
    private var failures: [String: [Diagnostic]] = [:]
    private var kept: [String: OutputRecord] = [:]
    private var byOwner: [String: Set<String>] = [:]
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
            if let owner = file.owner { byOwner[owner, default: []].insert(file.path) }
        }
    }

    /// What each template page delivered read, by output path.
    var records: [String: OutputRecord] { lock.withLock { kept } }
    /// The paths of per-page generated files, by the source path of their page.
    var owners: [String: Set<String>] { lock.withLock { byOwner } }

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
