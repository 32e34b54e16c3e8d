import QuorumContent

/// Pages of one section and a run of whole reporting years, indexed together by Pagefind.
public struct SearchPart: Sendable, Equatable {
    /// `meetings-2017-18`, or `meetings-2010-11-to-2013-14` for a run of years; also the bundle's folder name.
    public var name: String
    /// The HTML files, relative to the output folder, in a stable order.
    public var paths: [String]
}

extension SiteGraph {
    /// Pages a visitor would search for: publications with text of their own, not lists, tags, archives,
    /// member pages or section introductions (they repeat what the publications say).
    public func isSearchable(_ output: OutputPage) -> Bool {
        guard case .page(let index) = output.content else { return false }
        return pages[index].page.kind != .sectionIndex
    }

    /// The searchable pages in parts of at most `limit` pages, each one section and a run of whole reporting years
    /// (a year with more pages is a part of its own). A one-page edit then re-indexes one part, and no Pagefind
    /// run holds the whole site in memory.
    public func searchParts(limit: Int = 1000) -> [SearchPart] {
        var bySection: [Section: [(year: ReportingYear?, path: String)]] = [:]
        for output in outputs where isSearchable(output) {
            guard case .page(let index) = output.content else { continue }
            let page = pages[index].page
            bySection[page.section, default: []].append((reportingYear(of: page), output.outputPath))
        }
        var parts: [SearchPart] = []
        for section in Section.allCases {
            guard let entries = bySection[section] else { continue }
            // Undated pages first, then years oldest first: a new year's pages only ever change the last part.
            let years = Dictionary(grouping: entries, by: { $0.year?.startYear ?? Int.min })
            var run: [(year: ReportingYear?, paths: [String])] = []
            var count = 0
            func close() {
                guard let first = run.first, let last = run.last else { return }
                let label = { (year: ReportingYear?) in year?.slug ?? "undated" }
                let name = run.count == 1 ? "\(section.rawValue)-\(label(first.year))"
                    : "\(section.rawValue)-\(label(first.year))-to-\(label(last.year))"
                parts.append(SearchPart(name: name, paths: run.flatMap(\.paths)))
                run = []
                count = 0
            }
            for key in years.keys.sorted() {
                let group = years[key] ?? []
                if count > 0 && count + group.count > limit { close() }
                run.append((group.first?.year, group.map(\.path).sorted()))
                count += group.count
            }
            close()
        }
        return parts
    }
}
