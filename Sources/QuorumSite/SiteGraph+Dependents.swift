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
        var shown: [Int] = []
        for (position, output) in outputs.enumerated() {
            let shows: Bool
            switch output.content {
            case .page(let other):
                shows = other == index || (summaryChanged && report.map { $0.index == other || $0.readingOrder.contains(other) } == true)
            case .section(let section):
                // A section introduction's body is the list page's intro.
                shows = section == page.section && (page.kind == .sectionIndex || summaryChanged)
            case .home:
                shows = summaryChanged && (sections[page.section] ?? []).prefix(3).contains(index)
            case .tag(let slug):
                shows = summaryChanged && tagSlugs.contains(slug)
            case .archive(let year):
                shows = summaryChanged && years[year]?.contains(index) == true
            case .board(let code):
                shows = summaryChanged && page.meeting?.board == code
            case .notFound, .tags, .archives, .glossary, .actions, .attendance, .attendanceSheet, .members, .member, .statement:
                shows = false
            }
            if shows { shown.append(position) }
        }
        return shown
    }

    /// The calendar and email edition that show page `index`'s rendered body or summary.
    public func siteFilesShowing(page index: Int, summaryChanged: Bool) -> [SiteFile] {
        let page = pages[index].page
        var files: [SiteFile] = []
        if summaryChanged && page.meeting != nil && page.kind != .sectionIndex { files.append(meetingCalendar()) }
        if (sections[.bulletins] ?? []).contains(index) || (sections[.newsletters] ?? []).contains(index) {
            files += emailFiles(index)
        }
        return files
    }

    /// The feeds that show page `index`: the site's and its section's, with the scopes and titles of `siteFileJobs`.
    public func feedFilesShowing(page index: Int) -> [SiteFile] {
        var files: [SiteFile] = []
        for scope in [nil, pages[index].page.section] where scope != .pages {
            let entries = feedEntries(scope)
            guard entries.contains(index) else { continue }
            files += feedFiles(for: scope, entries: entries)
        }
        return files
    }
}
