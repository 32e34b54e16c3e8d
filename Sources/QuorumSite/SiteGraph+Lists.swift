import QuorumContent

extension SiteGraph {
    func sectionContext(_ output: OutputPage, section: Section) -> [String: Any] {
        let shown = shownPages(output)
        var context: [String: Any] = ["title": section.title, "items": shown.map(listItem), "has_items": !shown.isEmpty]
        if let intro = sectionIntros[section] {
            let page = pages[intro]
            if !page.page.title.isEmpty { context["title"] = page.page.title }
            // The introduction belongs to the list, not to each of its pages.
            if (output.pagination?.number ?? 1) == 1 { context["intro"] = page.html }
        }
        return context
    }

    /// The home page: the latest publications of each kind.
    func homeContext() -> [String: Any] {
        var groups: [[String: Any]] = []
        for section in [Section.meetings, .reports, .bulletins, .newsletters] {
            let items = (sections[section] ?? []).prefix(3).map(listItem)
            guard !items.isEmpty else { continue }
            groups.append(["title": "Latest \(section.title.lowercased())", "url": link("/\(section.rawValue)/"),
                           "all_label": "All \(section.title.lowercased())",
                           "section": section.title, "items": Array(items)])
        }
        return ["groups": groups, "description": config.description ?? ""]
    }
}
