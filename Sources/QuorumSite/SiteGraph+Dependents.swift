import QuorumContent

/// Which outputs show a page's rendered Markdown, so `quorum serve` re-renders only those after a body edit.
/// Keep this in step with the contexts: a context that starts showing `html`, `headings` or `summary` of
/// another page must be listed here (SiteSessionTests compare every incremental rebuild with a full one).
extension SiteGraph {
    /// Indexes into `outputs` whose context shows page `index`'s rendered body, headings or, when it changed, summary.
    public func outputsShowing(page index: Int, summaryChanged: Bool) -> [Int] {
        let page = pages[index].page
        let report = report(containing: index)?.0
        let tagSlugs = Set(tags.compactMap { $0.value.pages.contains(index) ? $0.key : nil })
        let year = reportingYear(of: page)
        var shown: [Int] = []
        for (position, output) in outputs.enumerated() {
            let shows: Bool
            // A list shows the summaries of the pages on its own page of the list only.
            switch output.content {
            case .page(let other):
                shows = other == index || (summaryChanged && report.map { $0.index == other || $0.readingOrder.contains(other) } == true)
            case .section(let section):
                // A section introduction's body is the intro of the list's first page.
                shows = section == page.section && (page.kind == .sectionIndex
                    ? (output.pagination?.number ?? 1) == 1
                    : summaryChanged && shownPages(output).contains(index))
            case .home:
                shows = summaryChanged && (sections[page.section] ?? []).prefix(3).contains(index)
            case .tag(let slug):
                shows = summaryChanged && tagSlugs.contains(slug) && shownPages(output).contains(index)
            case .archive(let other):
                shows = summaryChanged && other == year && shownPages(output).contains(index)
            case .board(let code):
                shows = summaryChanged && page.meeting?.board == code && shownPages(output).contains(index)
            case .decisions, .forwardPlan:
                // Both link to minutes by their headings' ids.
                shows = page.meeting != nil && page.kind != .sectionIndex
            case .notFound, .tags, .archives, .glossary, .actions, .attendance, .attendanceSheet, .members, .member, .statement:
                shows = false
            }
            if shows { shown.append(position) }
        }
        return shown
    }

    /// The generated files shared with other pages that show page `index`'s rendered body or summary (the calendar,
    /// open data); its own files are made by `jobs(ofPage:)`.
    public func sharedFilesShowing(page index: Int, summaryChanged: Bool) -> [SiteFile] {
        let page = pages[index].page
        var shared: [SiteFile] = []
        if summaryChanged && page.meeting != nil && page.kind != .sectionIndex { shared.append(meetingCalendar()) }
        // meetings.json carries summaries; decisions.json links to minutes by their headings' ids.
        if page.meeting != nil && page.kind != .sectionIndex {
            if summaryChanged { shared += openDataFiles(.meetings) }
            shared += openDataFiles(.decisions)
        }
        return shared
    }

    /// The feeds that show page `index`: the site's and its section's, with the scopes and titles of `siteFileJobs`.
    public func feedFilesShowing(page index: Int) -> [SiteFile] {
        var files: [SiteFile] = []
        for scope in [nil, pages[index].page.section] where scope != .pages {
            let entries = feedEntries(scope)
            guard entries.contains(where: { $0.page == index && $0.approvedAt == nil }) else { continue }
            files += feedFiles(for: scope, entries: entries)
        }
        return files
    }
}
