import QuorumContent

/// Template contexts: plain dictionaries and arrays, so templates need no knowledge of Swift types.
extension SiteGraph {
    /// The context for one output file.
    public func context(for output: OutputPage) -> [String: Any] {
        var context = common(currentURL: output.url)
        switch output.content {
        case .home:
            context["home"] = homeContext()
            context["page_title"] = config.title
        case .section(.meetings):
            context["list"] = meetingsContext(output, board: nil)
        case .section(let section):
            context["section"] = sectionContext(output, section: section)
            context["page_title"] = "\(section.title) – \(config.title)"
            context["breadcrumbs"] = [crumb("Home", "/")]
        case .page(let index):
            let rendered = pages[index]
            context["page"] = pageContext(index)
            context["page_title"] = "\(rendered.page.title) – \(config.title)"
            context["breadcrumbs"] = breadcrumbs(for: index)
            if rendered.page.draft { context["draft"] = true }
            if let json = linkedData(index) { context["json_ld"] = json }
            let pdfs = pdfLinks(index)
            context["pdfs"] = pdfs
            context["has_pdfs"] = !pdfs.isEmpty
            switch rendered.page.kind {
            case .meeting:
                context["meeting"] = meetingContext(index)
                context["record"] = meetingRecordContext(index)
            case .bulletin: context["bulletin"] = bulletinContext(index)
            case .report: context["report"] = reportContext(index)
            case .coverReport:
                context["report"] = reportContext(index)
                context["cover"] = coverContext(index)
            case .chapter: context["chapter"] = chapterContext(index)
            case .page, .newsletter, .sectionIndex: break
            }
            switch rendered.page.layout {
            case "accessibility-statement": context["statement"] = accessibilityStatementContext(intro: !rendered.html.isEmpty)
            case "membership": context["list"] = membersContext()
            default: break
            }
        case .notFound:
            context["page_title"] = "Page not found – \(config.title)"
        case .tags: context["list"] = tagsContext(output.pagination)
        case .tag(let slug): context["list"] = tagContext(output, slug: slug)
        case .archives: context["list"] = archivesContext(output.pagination)
        case .archive(let year): context["list"] = archiveContext(output, year: year)
        case .glossary: context["list"] = glossaryContext()
        case .actions: context["list"] = actionsContext(output.pagination)
        case .attendance: context["list"] = attendanceIndexContext(output.pagination)
        case .attendanceSheet(let position): context["list"] = attendanceContext(position, output.pagination)
        case .members: context["list"] = membersContext(output.pagination)
        case .member(let index): context["list"] = memberContext(index, output.pagination)
        case .board(let code): context["list"] = meetingsContext(output, board: code)
        case .statement:
            context["page"] = ["title": "Accessibility statement", "url": link(output.url)]
            context["page_title"] = "Accessibility statement – \(config.title)"
            context["breadcrumbs"] = [crumb("Home", "/")]
            context["statement"] = accessibilityStatementContext(intro: false)
        case .decisions: context["list"] = decisionsContext()
        case .forwardPlan: context["list"] = forwardPlanContext()
        }
        if let list = context["list"] as? [String: Any], let title = list["title"] as? String {
            context["page_title"] = "\(title) – \(config.title)"
            context["breadcrumbs"] = listBreadcrumbs(output.content)
        }
        if let pager = pagerContext(output.pagination), let title = context["page_title"] as? String {
            context["pager"] = pager
            let suffix = " – \(config.title)"
            let name = title.hasSuffix(suffix) ? String(title.dropLast(suffix.count)) : title
            context["page_title"] = "\(name) (page \(output.pagination?.number ?? 1) of \(output.pagination?.count ?? 1))\(suffix)"
        }
        if let crumbs = context["breadcrumbs"] as? [[String: Any]] { context["has_breadcrumbs"] = !crumbs.isEmpty }
        if isSearchable(output) { context["searchable"] = true }
        return context
    }

    func listBreadcrumbs(_ content: OutputPage.Content) -> [[String: Any]] {
        switch content {
        case .tag: return [crumb("Home", "/"), crumb("Topics", "/tags/")]
        case .archive: return [crumb("Home", "/"), crumb("Archive", "/archive/")]
        case .actions, .attendance, .board, .decisions, .forwardPlan: return [crumb("Home", "/"), crumb("Meetings", "/meetings/")]
        case .attendanceSheet: return [crumb("Home", "/"), crumb("Meetings", "/meetings/"), crumb("Attendance", "/meetings/attendance/")]
        case .member: return [crumb("Home", "/"), crumb("Members", "/members/")]
        default: return [crumb("Home", "/")]
        }
    }

    func common(currentURL: String) -> [String: Any] {
        var nav: [[String: Any]] = [navItem("Home", "/", currentURL)]
        for section in [Section.meetings, .reports, .bulletins, .newsletters] where !(sections[section] ?? []).isEmpty {
            nav.append(navItem(section.title, "/\(section.rawValue)/", currentURL))
        }
        if let about = indexBySource["content/pages/about.md"] {
            nav.append(navItem("About", pages[about].page.url, currentURL))
        }
        var footer: [[String: Any]] = []
        if let statement = statementPage {
            footer.append(crumb(pages[statement].page.title, pages[statement].page.url))
        } else if config.accessibility != nil {
            footer.append(crumb("Accessibility statement", SiteGraph.statementURL))
        }
        if let index = indexBySource["content/pages/contact.md"] { footer.append(crumb(pages[index].page.title, pages[index].page.url)) }
        return [
            "lang": config.language,
            "site_title": config.title,
            "site_description": config.description ?? "",
            "base_path": basePath,
            "home_url": link("/"),
            "stylesheet": link("/assets/quorum.css"),
            "canonical": SiteGraph.absolute(config.baseURL, currentURL),
            "nav": nav,
            "footer_links": footer,
            "has_footer_links": !footer.isEmpty,
            "contact_email": config.contact.email ?? "",
            "contact_phone": config.contact.phone ?? "",
            "search": searchEnabled,
            "feed_url": link("/atom.xml"),
            "search_script": link("/pagefind/pagefind-ui.js"),
            "search_stylesheet": link("/pagefind/pagefind-ui.css"),
            "search_start": link("/pagefind/quorum-search.js"),
        ]
    }

    /// `https://example.org/` + `/meetings/` → `https://example.org/meetings/`.
    static func absolute(_ baseURL: String, _ url: String) -> String {
        guard baseURL.contains("://") else { return url }
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + url
    }

    func navItem(_ title: String, _ url: String, _ current: String) -> [String: Any] {
        let isCurrent = url == "/" ? current == "/" : current.hasPrefix(url)
        return ["title": title, "url": link(url), "current": isCurrent]
    }

    func crumb(_ title: String, _ url: String) -> [String: Any] {
        ["title": title, "url": link(url)]
    }

    func breadcrumbs(for index: Int) -> [[String: Any]] {
        let page = pages[index].page
        var crumbs = [crumb("Home", "/"), crumb(page.section.title, "/\(page.section.rawValue)/")]
        if page.kind == .chapter, let (report, _) = report(containing: index) {
            crumbs.append(crumb(pages[report.index].page.title, pages[report.index].page.url))
        }
        return crumbs
    }

    func pageContext(_ index: Int) -> [String: Any] {
        let rendered = pages[index]
        let page = rendered.page
        let toc: [[String: Any]] = rendered.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            ["id": $0.id, "text": $0.text, "sub": $0.level == 3]
        }
        var context: [String: Any] = [
            "title": page.title,
            "url": link(page.url),
            "summary": rendered.summary,
            "content": rendered.html,
            "kind": page.kind.rawValue,
            "section_title": page.section.title,
            "section_url": link("/\(page.section.rawValue)/"),
            "tags": page.tags.map { ["name": $0] },
            "has_tags": !page.tags.isEmpty,
            "toc": toc,
            "has_toc": toc.count >= 2,
            "source_path": page.sourcePath,
        ]
        if let date = page.date {
            context["date_iso"] = date.iso
            context["date_long"] = date.long
        }
        return context
    }

    /// A page as an item of a list.
    func listItem(_ index: Int) -> [String: Any] {
        let rendered = pages[index]
        let page = rendered.page
        var item: [String: Any] = [
            "title": page.title, "url": link(page.url), "summary": rendered.summary, "kind": page.section.singular,
        ]
        if let date = page.date {
            item["date_iso"] = date.iso
            item["date_long"] = date.long
        }
        if let bulletin = page.bulletin { item["meta"] = "Issue \(bulletin.issue), \(bulletin.monthLabel)" }
        if let meeting = page.meeting {
            item["meta"] = [boardName(meeting.board), meeting.status == .agenda ? "Agenda" : nil].compactMap { $0 }.joined(separator: " · ")
        }
        if let year = page.report?.year { item["meta"] = year }
        return item
    }
}
