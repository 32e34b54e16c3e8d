import Foundation
import QuorumContent

/// The record as files others can reuse: Popolo JSON for people and boards, JSON for meetings, actions and
/// decisions (their JSON Schemas are in docs/schemas/), and CSV of the action tracker and attendance sheets.
extension SiteGraph {
    /// Sorted-key JSON, so the same site gives the same bytes.
    static func jsonText(_ object: Any, pretty: Bool = true) -> String {
        JSONText.encode(object, pretty: pretty) + (pretty ? "\n" : "")
    }

    /// The Popolo id of a member: their initials in lower case, as in their page's URL.
    static func personID(_ initials: String) -> String { initials.lowercased() }

    /// Someone at a meeting: a member by id and name, or a guest by name.
    func personJSON(_ attendee: Attendee) -> [String: Any] {
        var json: [String: Any] = [:]
        if let initials = attendee.initials, let member = member(initials) {
            json["person_id"] = SiteGraph.personID(initials)
            json["name"] = member.name
        } else {
            json["name"] = attendee.name ?? attendee.initials ?? ""
        }
        if let role = attendee.role { json["role"] = role }
        return json
    }

    /// A name written as initials or in full.
    func nameJSON(_ text: String) -> [String: Any] {
        if let member = member(text) { return ["person_id": SiteGraph.personID(text), "name": member.name] }
        return ["name": text]
    }

    func meetingLink(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        var json: [String: Any] = ["url": absoluteURL(page.url)]
        if let date = page.date { json["date"] = date.iso }
        return json
    }

    /// `data/popolo.json`: persons, organizations (the boards), posts (each member's role) and memberships.
    func popoloJSON() -> String {
        var persons: [[String: Any]] = [], posts: [[String: Any]] = [], memberships: [[String: Any]] = []
        for member in members {
            let id = SiteGraph.personID(member.initials)
            var person: [String: Any] = ["id": id, "name": member.name, "sort_name": member.name,
                                         "identifiers": [["scheme": "initials", "identifier": member.initials]],
                                         "links": [["url": absoluteURL(memberURL(member)), "note": "member page"]]]
            if let organisation = member.organisation { person["summary"] = organisation }
            persons.append(person)
            for code in member.boards {
                let organization = code.lowercased()
                var membership: [String: Any] = ["id": "\(id)-\(organization)", "person_id": id, "organization_id": organization]
                if let joined = member.joined { membership["start_date"] = joined.iso }
                if let left = member.left { membership["end_date"] = left.iso }
                if let role = member.role {
                    let post = "\(organization)-\(id)"
                    posts.append(["id": post, "label": role, "organization_id": organization])
                    membership["post_id"] = post
                    membership["role"] = role
                }
                memberships.append(membership)
            }
        }
        let organizations: [[String: Any]] = config.boards.map { board in
            ["id": board.code.lowercased(), "name": board.name, "classification": "board",
             "identifiers": [["scheme": "board code", "identifier": board.code]],
             "links": [["url": absoluteURL("/meetings/boards/\(board.code.lowercased())/"), "note": "meetings"]]]
        }
        return SiteGraph.jsonText(["persons": persons, "organizations": organizations, "posts": posts, "memberships": memberships])
    }

    /// `data/meetings.json`: every meeting with its agenda, decisions, attendance, declarations and minutes' status.
    func meetingsJSON() -> String {
        let meetings: [[String: Any]] = board.meetings.compactMap { index in
            let page = pages[index].page
            guard let meeting = page.meeting, let date = page.date else { return nil }
            var json: [String: Any] = [
                "id": absoluteURL(page.url), "url": absoluteURL(page.url), "title": page.title, "date": date.iso,
                "organization_id": meeting.board.lowercased(), "board": boardName(meeting.board),
                "status": meeting.status.rawValue, "summary": pages[index].summary,
                "agenda": meeting.agenda.map { item -> [String: Any] in
                    var json: [String: Any] = ["number": item.number, "title": item.title, "restricted": item.restricted]
                    if let purpose = item.purpose { json["purpose"] = purpose }
                    if let decision = item.decision { json["decision"] = decision }
                    if let type = item.decisionType { json["decision_type"] = type.rawValue }
                    if let lead = item.lead { json["lead"] = nameJSON(lead) }
                    if let paper = item.paper, !item.restricted, let target = resolvePage(paper, from: page.sourcePath) {
                        json["paper_url"] = absoluteURL(pages[target].page.url)
                    }
                    return json
                },
                "attendance": [
                    "present": meeting.present.map(personJSON), "apologies": meeting.apologies.map(personJSON),
                    "in_attendance": meeting.inAttendance.map(personJSON),
                ] as [String: Any],
                "declarations": meeting.declarations.map { declaration -> [String: Any] in
                    var json: [String: Any] = ["member": nameJSON(declaration.member), "item": declaration.item,
                                               "interest": declaration.interest]
                    if let action = declaration.action { json["action"] = action }
                    return json
                },
            ]
            if var attendance = json["attendance"] as? [String: Any], let chair = meeting.chair {
                attendance["chair"] = personJSON(chair)
                json["attendance"] = attendance
            }
            if let start = SiteGraph.londonDateTime(date, meeting.time) { json["start"] = start }
            if let end = meeting.endTime, let value = SiteGraph.londonDateTime(date, end) { json["end"] = value }
            if let venue = meeting.venue { json["venue"] = venue }
            if let published = meeting.published { json["agenda_published"] = published.iso }
            var minutes: [String: Any] = ["status": meeting.status.rawValue]
            if let approver = board.approvals[index] { minutes["approved_at"] = meetingLink(approver) }
            minutes["corrections"] = meeting.corrections.map { correction -> [String: Any] in
                var json: [String: Any] = ["text": correction.text]
                if let date = correction.date { json["date"] = date.iso }
                return json
            }
            json["minutes"] = minutes
            return json
        }
        return SiteGraph.jsonText(["meetings": meetings])
    }

    /// `data/actions.json`: the action tracker.
    func actionsJSON() -> String {
        let list: [[String: Any]] = actions.map { entry in
            var json: [String: Any] = ["id": entry.action.id, "text": entry.action.text, "status": entry.action.status.rawValue,
                                       "raised_at": meetingLink(entry.raisedAt)]
            if let owner = entry.action.owner { json["owner"] = nameJSON(owner) }
            if let item = entry.action.item { json["item"] = item }
            if let due = entry.action.due { json["due"] = due.iso }
            if let closed = entry.closedAt { json["closed_at"] = meetingLink(closed) }
            return json
        }
        return SiteGraph.jsonText(["actions": list])
    }

    /// `data/decisions.json`: the decisions register.
    func decisionsJSON() -> String {
        let list: [[String: Any]] = board.decisions.compactMap { meeting, position in
            let page = pages[meeting].page
            guard let record = page.meeting, let date = page.date else { return nil }
            let item = record.agenda[position]
            var json: [String: Any] = ["meeting": meetingLink(meeting), "date": date.iso, "organization_id": record.board.lowercased(),
                                       "item": item.number, "title": item.title, "decision": item.decision ?? "",
                                       "minute_url": absoluteURL(String(minuteURL(meeting, item.number).dropFirst(basePath.count)))]
            if let type = item.decisionType { json["decision_type"] = type.rawValue }
            return json
        }
        return SiteGraph.jsonText(["decisions": list])
    }

    /// The action tracker as CSV.
    func actionsCSV() -> String {
        var rows = [["id", "text", "owner", "item", "due", "status", "raised at", "closed at"]]
        for entry in actions {
            rows.append([entry.action.id, entry.action.text, ownerName(entry.action.owner), entry.action.item ?? "",
                         entry.action.due?.iso ?? "", entry.action.status.rawValue,
                         pages[entry.raisedAt].page.date?.iso ?? "", entry.closedAt.flatMap { pages[$0].page.date?.iso } ?? ""])
        }
        return CSVText.write(rows)
    }

    /// The CSV beside an attendance sheet.
    func attendanceCSVPath(_ sheet: AttendanceSheet) -> String {
        String(sheet.url.dropFirst()) + "\(sheet.board.lowercased())-\(sheet.year.slug)-attendance.csv"
    }

    /// One attendance sheet as CSV: a row a member, a column a meeting.
    func attendanceCSV(_ position: Int) -> String {
        let sheet = board.sheets[position]
        var rows = [["name", "role"] + sheet.meetings.map { pages[$0].page.date?.iso ?? pages[$0].page.title }]
        for m in sheet.members {
            rows.append([members[m].name, members[m].role ?? ""] + marks(of: m, in: sheet).map(\.rawValue))
        }
        return CSVText.write(rows)
    }

    /// The open data files, each its own job so they are made in parallel.
    func openDataFiles(_ kind: OpenDataFile) -> [SiteFile] {
        switch kind {
        case .popolo: return [SiteFile(path: "data/popolo.json", text: popoloJSON())]
        case .meetings: return [SiteFile(path: "data/meetings.json", text: meetingsJSON())]
        case .actions:
            return [SiteFile(path: "data/actions.json", text: actionsJSON())]
                + (actions.isEmpty ? [] : [SiteFile(path: "meetings/actions/actions.csv", text: actionsCSV())])
        case .decisions: return [SiteFile(path: "data/decisions.json", text: decisionsJSON())]
        case .attendance:
            return board.sheets.indices.map { SiteFile(path: attendanceCSVPath(board.sheets[$0]), text: attendanceCSV($0)) }
        }
    }

    /// `2018-10-18T09:30:00+01:00`: a meeting's local time with the offset London had that day.
    static func londonDateTime(_ date: DayDate, _ time: String?) -> String? {
        guard let time else { return nil }
        return "\(date.iso)T\(time):00\(londonOffset(date, time))"
    }

    /// British Summer Time runs from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October.
    static func londonOffset(_ date: DayDate, _ time: String) -> String {
        func lastSunday(_ month: Int) -> DayDate {
            let last = DayDate(year: date.year, month: month, day: 31)!
            return last.adding(days: -last.weekday)
        }
        let start = lastSunday(3), end = lastSunday(10)
        let summer = (date > start && date < end) || (date == start && time >= "01:00") || (date == end && time < "01:00")
        return summer ? "+01:00" : "+00:00"
    }
}

/// The open data files of a site.
public enum OpenDataFile: Sendable, CaseIterable {
    case popolo, meetings, actions, decisions, attendance
}
