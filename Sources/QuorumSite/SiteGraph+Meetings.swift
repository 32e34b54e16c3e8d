import QuorumContent

extension SiteGraph {
    func meetingContext(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        guard let meeting = page.meeting else { return [:] }
        let agenda: [[String: Any]] = meeting.agenda.map { item in
            var row: [String: Any] = ["number": item.number, "title": item.title, "restricted": item.restricted,
                                      "anchor": SiteGraph.itemAnchor(item.number),
                                      "pages": item.pages ?? "", "purpose": item.purpose ?? ""]
            if let paper = item.paper, !item.restricted {
                if let target = resolvePage(paper, from: page.sourcePath) {
                    row["paper_url"] = link(pages[target].page.url)
                    row["paper_title"] = pages[target].page.title
                } else if let file = resolveAsset(paper, from: page.sourcePath) {
                    row["paper_url"] = link(file.url)
                    row["paper_title"] = String(paper.split(separator: "/").last ?? "")
                    row["paper_file"] = file.typeAndSize
                } else {
                    row["paper_text"] = paper
                }
            }
            return row
        }
        let actions: [[String: Any]] = meeting.actions.map { action in
            var row: [String: Any] = ["id": action.id, "item": action.item ?? "", "text": action.text,
                                      "owner": action.owner.flatMap { member($0)?.name } ?? action.owner ?? "",
                                      "status": action.status.rawValue, "is_open": action.status == .open]
            if let due = action.due { row["due_long"] = due.long; row["due_iso"] = due.iso }
            if let closedAt = action.closedAt, let target = resolvePage(closedAt, from: page.sourcePath) {
                row["closed_url"] = link(pages[target].page.url)
                row["closed_title"] = pages[target].page.date?.long ?? pages[target].page.title
            }
            return row
        }
        var context: [String: Any] = [
            "board_name": boardName(meeting.board),
            "board_code": meeting.board,
            "venue": meeting.venue ?? "",
            "time": meeting.time ?? "",
            "end_time": meeting.endTime ?? "",
            "status": meeting.status.rawValue,
            "is_agenda": meeting.status == .agenda,
            "is_draft_minutes": meeting.status == .draftMinutes,
            "present": meeting.present.map(describe),
            "apologies": meeting.apologies.map(describe),
            "in_attendance": meeting.inAttendance.map(describe),
            "has_apologies": !meeting.apologies.isEmpty,
            "has_in_attendance": !meeting.inAttendance.isEmpty,
            "has_attendance": !meeting.present.isEmpty,
            "agenda": agenda,
            "has_agenda": !agenda.isEmpty,
            "actions": actions,
            "has_actions": !actions.isEmpty,
            "has_minutes": !pages[index].html.isEmpty,
        ]
        if let chair = meeting.chair { context["chair"] = describe(chair) }
        if let date = page.date { context["date_weekday"] = date.longWithWeekday }
        return context
    }

    func bulletinContext(_ index: Int) -> [String: Any] {
        guard let bulletin = pages[index].page.bulletin else { return [:] }
        return ["issue": bulletin.issue, "month": bulletin.monthLabel,
                "themes": bulletin.themes.map { ["name": $0] }, "has_themes": !bulletin.themes.isEmpty]
    }
}
