import QuorumContent

/// Long lists split into pages of `page_size` items: which pages exist, what each shows, and its pager.
extension SiteGraph {
    /// One output for each page of a list of `items` items, page 1 at `listURL`.
    func pagedOutputs(_ content: OutputPage.Content, listURL: String, template: String, items: Int) -> [OutputPage] {
        Pagination.pages(of: items, size: config.pageSize, listURL: listURL).map {
            OutputPage(content: content, url: $0.url, template: template, pagination: $0)
        }
    }

    /// The pages a list output shows across all its pages, in order; nil for outputs that list no pages.
    func listedPages(_ content: OutputPage.Content) -> [Int]? {
        switch content {
        case .section(.meetings): return meetingsList(board: nil)
        case .section(let section): return sections[section] ?? []
        case .tag(let slug): return tags[slug]?.pages ?? []
        case .archive(let year): return years[year] ?? []
        case .board(let code): return meetingsList(board: code)
        default: return nil
        }
    }

    /// The pages `output` itself shows: its page's share of its list.
    func shownPages(_ output: OutputPage) -> ArraySlice<Int> {
        let list = listedPages(output.content) ?? []
        return output.pagination?.slice(list) ?? list[...]
    }

    /// Meetings of one board (or all): forthcoming ones first, soonest first, then past ones, newest first.
    func meetingsList(board code: String?) -> [Int] {
        let list = (sections[.meetings] ?? []).filter { code == nil || pages[$0].page.meeting?.board == code }
        let forthcoming = list.filter { pages[$0].page.meeting?.status == .agenda }.reversed()
        return forthcoming + list.filter { pages[$0].page.meeting?.status != .agenda }
    }

    /// The pager of a list page with more than one page; nil for the rest, so templates show nothing.
    func pagerContext(_ pagination: Pagination?) -> [String: Any]? {
        guard let pagination, pagination.count > 1 else { return nil }
        let numbers: [[String: Any]] = pagination.shownNumbers.map { number in
            guard let number else { return ["gap": true, "current": false] }
            return ["gap": false, "number": number, "url": link(pagination.url(ofPage: number)),
                    "current": number == pagination.number]
        }
        var pager: [String: Any] = ["pages": numbers, "number": pagination.number, "count": pagination.count,
                                    "summary": "Page \(pagination.number) of \(pagination.count)"]
        if pagination.number > 1 { pager["previous_url"] = link(pagination.url(ofPage: pagination.number - 1)) }
        if pagination.number < pagination.count { pager["next_url"] = link(pagination.url(ofPage: pagination.number + 1)) }
        return pager
    }
}
