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
            outputs.append(OutputPage(content: .tags, url: "/tags/", template: "tags"))
            for slug in tags.keys.sorted() {
                outputs.append(OutputPage(content: .tag(slug), url: "/tags/\(slug)/", template: "list"))
            }
        }
        if !years.isEmpty {
            outputs.append(OutputPage(content: .archives, url: "/archive/", template: "archives"))
            for year in years.keys.sorted(by: >) {
                outputs.append(OutputPage(content: .archive(year), url: "/archive/\(year.slug)/", template: "list"))
            }
        }
        if !glossary.entries.isEmpty {
            outputs.append(OutputPage(content: .glossary, url: "/glossary/", template: "glossary"))
        }
        return outputs
    }

    func tagsContext() -> [String: Any] {
        let items: [[String: Any]] = tags.keys.sorted().compactMap { slug in
            guard let tag = tags[slug] else { return nil }
            return ["name": tag.name, "url": link("/tags/\(slug)/"), "count": tag.pages.count]
        }
        return ["title": "Topics", "tags": items]
    }

    func tagContext(_ slug: String) -> [String: Any] {
        let tag = tags[slug] ?? (slug, [])
        return ["title": "Topic: \(tag.name)", "items": tag.pages.map(listItem), "has_items": !tag.pages.isEmpty]
    }

    func archivesContext() -> [String: Any] {
        let items: [[String: Any]] = years.keys.sorted(by: >).map { year in
            ["label": year.label, "url": link("/archive/\(year.slug)/"), "count": years[year]?.count ?? 0]
        }
        return ["title": "Archive by reporting year", "years": items,
                "explanation": "Reporting years run from \(DayDate.monthNames[config.reportingYearStart - 1]) to \(DayDate.monthNames[(config.reportingYearStart + 10) % 12])."]
    }

    func archiveContext(_ year: ReportingYear) -> [String: Any] {
        let list = years[year] ?? []
        return ["title": "Publications in \(year.label)", "items": list.map(listItem), "has_items": !list.isEmpty]
    }

    func glossaryContext() -> [String: Any] {
        ["title": "Glossary", "entries": glossary.entries.map { ["acronym": $0.acronym, "expansion": $0.expansion] }]
    }
}
