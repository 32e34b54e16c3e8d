import QuorumContent

/// schema.org JSON-LD for search engines and aggregators: meetings as `Event`, reports as `Report`,
/// bulletins and newsletters as `Article`.
extension SiteGraph {
    /// The JSON-LD of a page, ready to sit inside `<script type="application/ld+json">`, or nil.
    func linkedData(_ index: Int) -> String? {
        let rendered = pages[index]
        let page = rendered.page
        var json: [String: Any] = ["@context": "https://schema.org", "name": page.title, "url": absoluteURL(page.url)]
        if !rendered.summary.isEmpty { json["description"] = rendered.summary }
        let publisher: [String: Any] = ["@type": "Organization", "name": config.title, "url": absoluteURL("/")]
        switch page.kind {
        case .meeting:
            guard let meeting = page.meeting, let date = page.date else { return nil }
            json["@type"] = "Event"
            json["startDate"] = SiteGraph.londonDateTime(date, meeting.time) ?? date.iso
            if let end = meeting.endTime, let value = SiteGraph.londonDateTime(date, end) { json["endDate"] = value }
            json["eventStatus"] = "https://schema.org/EventScheduled"
            json["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            if let venue = meeting.venue { json["location"] = ["@type": "Place", "name": venue, "address": venue] }
            json["organizer"] = ["@type": "Organization", "name": boardName(meeting.board),
                                 "url": absoluteURL("/meetings/boards/\(meeting.board.lowercased())/")]
        case .report, .coverReport, .chapter:
            json["@type"] = "Report"
            json["publisher"] = publisher
            json["author"] = publisher
            if let date = page.date { json["datePublished"] = date.iso }
            if page.kind == .chapter, let (report, _) = report(containing: index) {
                json["isPartOf"] = ["@type": "Report", "name": pages[report.index].page.title,
                                    "url": absoluteURL(pages[report.index].page.url)]
            }
        case .bulletin, .newsletter:
            json["@type"] = "Article"
            json["headline"] = page.title
            json["publisher"] = publisher
            json["author"] = publisher
            if let date = page.date { json["datePublished"] = date.iso }
            if let bulletin = page.bulletin { json["issueNumber"] = bulletin.issue }
        case .page, .sectionIndex:
            return nil
        }
        return SiteGraph.scriptSafe(SiteGraph.jsonText(json, pretty: false))
    }

    /// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` as \u escapes,
    /// which only occur inside JSON strings, so the data is the same.
    static func scriptSafe(_ json: String) -> String {
        TextReplacement.replacing(json, [("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")])
    }
}
