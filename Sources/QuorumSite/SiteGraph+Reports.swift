import QuorumContent
import QuorumDiagnostics

extension SiteGraph {
    /// Orders each report's chapters as its index lists them, and reports listed files that do not exist.
    mutating func assembleReports(log: DiagnosticLog) {
        var chaptersByFolder: [String: [Int]] = [:]
        for (index, rendered) in pages.enumerated() where rendered.page.kind == .chapter {
            if let folder = rendered.page.reportFolder { chaptersByFolder[folder, default: []].append(index) }
        }
        for (index, rendered) in pages.enumerated() where rendered.page.kind == .report {
            guard let folder = rendered.page.reportFolder, let report = rendered.page.report else { continue }
            let available = chaptersByFolder[folder] ?? []
            let folderPath = "content/reports/\(folder)/"
            func resolve(_ references: [FileReference]) -> [Int] {
                references.compactMap { reference in
                    let path = folderPath + reference.path
                    if let match = available.first(where: { pages[$0].page.sourcePath == path }) { return match }
                    log.add(.error("report lists \"\(reference.path)\", which is not in \(folderPath)", at: reference.location,
                                   hint: "list chapter files by name, as they are in the report's folder"))
                    return nil
                }
            }
            let chapters = resolve(report.chapters)
            let appendices = resolve(report.appendices)
            let listed = Set(chapters + appendices)
            for orphan in available where !listed.contains(orphan) {
                log.add(.warning("this chapter is not listed in its report's `chapters` or `appendices`",
                                 at: pages[orphan].page.location,
                                 hint: "add \"\(pages[orphan].page.sourcePath.split(separator: "/").last ?? "")\" to \(folderPath)index.md"))
            }
            reports[index] = ReportStructure(index: index, chapters: chapters, appendices: appendices)
        }
    }

    /// The report a chapter belongs to, and its position in reading order.
    public func report(containing pageIndex: Int) -> (ReportStructure, Int)? {
        guard let entry = board.chapters[pageIndex], let report = reports[entry.report] else { return nil }
        return (report, entry.position)
    }
}
