import QuorumContent
import QuorumMarkdown

extension SiteGraph {
    /// The reporting year a publication belongs to: a report's own `year`, else its date's.
    public func reportingYear(of page: Page) -> ReportingYear? {
        if let year = page.report?.year ?? page.chapter?.year, let start = Int(year.prefix(4)) {
            return ReportingYear(startYear: start, startMonth: config.reportingYearStart)
        }
        return page.date?.reportingYear(startMonth: config.reportingYearStart)
    }

    /// Pages that appear in lists, tags and archives: everything but chapters and section introductions.
    var listedPages: [Int] {
        Section.allCases.flatMap { sections[$0] ?? [] }
    }

    mutating func assembleArchives() {
        var tags: [String: (name: String, pages: [Int])] = [:]
        var years: [ReportingYear: [Int]] = [:]
        let newestFirst = listedPages.sorted { SiteGraph.listOrder(.meetings, pages[$0].page, pages[$1].page) }
        for index in newestFirst {
            let page = pages[index].page
            for tag in page.tags {
                let slug = HeadingSlugger.urlSlug(tag)
                guard !slug.isEmpty else { continue }
                if tags[slug] == nil { tags[slug] = (tag, []) }
                if tags[slug]?.pages.contains(index) == false { tags[slug]?.pages.append(index) }
            }
            if page.section != .pages, let year = reportingYear(of: page) { years[year, default: []].append(index) }
        }
        self.tags = tags
        self.years = years
    }

    func archiveOutputs() -> [OutputPage] {
        var outputs: [OutputPage] = []
        if !tags.isEmpty {
            outputs += pagedOutputs(.tags, listURL: "/tags/", template: "tags", items: tags.count)
            for slug in tags.keys.sorted() {
                outputs += pagedOutputs(.tag(slug), listURL: "/tags/\(slug)/", template: "list", items: tags[slug]?.pages.count ?? 0)
            }
        }
        if !years.isEmpty {
            outputs += pagedOutputs(.archives, listURL: "/archive/", template: "archives", items: years.count)
            for year in years.keys.sorted(by: >) {
                outputs += pagedOutputs(.archive(year), listURL: "/archive/\(year.slug)/", template: "list", items: years[year]?.count ?? 0)
            }
        }
        if !glossary.entries.isEmpty {
            outputs.append(OutputPage(content: .glossary, url: "/glossary/", template: "glossary"))
        }
        return outputs
    }

    /// Every topic with its count, alphabetically; a page of a long list shows its share.
    func tagsContext(_ pagination: Pagination? = nil) -> [String: Any] {
        let slugs = tags.keys.sorted()
        let items: [[String: Any]] = (pagination?.slice(slugs) ?? slugs[...]).compactMap { slug in
            guard let tag = tags[slug] else { return nil }
            return ["name": tag.name, "url": link("/tags/\(slug)/"), "count": tag.pages.count]
        }
        return ["title": "Topics", "tags": items]
    }

    func tagContext(_ output: OutputPage, slug: String) -> [String: Any] {
        let shown = shownPages(output)
        return ["title": "Topic: \(tags[slug]?.name ?? slug)", "items": shown.map(listItem), "has_items": !shown.isEmpty]
    }

    /// The reporting years, newest first; a page of a long list shows its share.
    func archivesContext(_ pagination: Pagination? = nil) -> [String: Any] {
        let sorted = years.keys.sorted(by: >)
        let items: [[String: Any]] = (pagination?.slice(sorted) ?? sorted[...]).map { year in
            ["label": year.label, "url": link("/archive/\(year.slug)/"), "count": years[year]?.count ?? 0]
        }
        return ["title": "Archive by reporting year", "years": items,
                "explanation": "Reporting years run from \(DayDate.monthNames[config.reportingYearStart - 1]) to \(DayDate.monthNames[(config.reportingYearStart + 10) % 12])."]
    }

    func archiveContext(_ output: OutputPage, year: ReportingYear) -> [String: Any] {
        let shown = shownPages(output)
        return ["title": "Publications in \(year.label)", "items": shown.map(listItem), "has_items": !shown.isEmpty]
    }

    func glossaryContext() -> [String: Any] {
        ["title": "Glossary", "entries": glossary.entries.map { ["acronym": $0.acronym, "expansion": $0.expansion] }]
    }
}
