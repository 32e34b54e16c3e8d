import QuorumContent

extension SiteGraph {
    /// Meetings in date order, oldest first.
    var meetingsByDate: [Int] { board.meetings }

    /// Gathers every action and the per-member lookups, once, after sections are sorted.
    mutating func assembleActions() {
        var index = BoardIndex()
        for (position, member) in members.enumerated() where index.members[member.initials] == nil {
            index.members[member.initials] = position
        }
        index.meetings = (sections[.meetings] ?? []).reversed()
        board = index
        var entries: [ActionEntry] = []
        for meeting in index.meetings {
            let page = pages[meeting].page
            for action in page.meeting?.actions ?? [] {
                let closing = action.closedAt.flatMap { resolvePage($0, from: page.sourcePath) }
                entries.append(ActionEntry(action: action, raisedAt: meeting, closedAt: closing))
            }
        }
        // Sort keys computed once: the comparator runs n log n times.
        let keys = entries.map { ($0.action.status == .open, ownerName($0.action.owner)) }
        actions = entries.indices.sorted { a, b in
            if keys[a].0 != keys[b].0 { return keys[a].0 }
            if keys[a].1 != keys[b].1 { return keys[a].1 < keys[b].1 }
            return entries[a].action.id < entries[b].action.id
        }.map { entries[$0] }
        for (position, entry) in actions.enumerated() {
            if let owner = entry.action.owner { index.actionsByOwner[owner, default: []].append(position) }
            if entry.action.status == .open { index.openActions += 1 }
            index.actionTotals[SiteGraph.actionTotalKey(entry.action.status, ownerName(entry.action.owner)), default: 0] += 1
        }
        index.recordedMeetings = index.meetings.filter {
            pages[$0].page.meeting.map { $0.status != .agenda && !$0.present.isEmpty } ?? false
        }
        for (position, member) in members.enumerated() {
            for code in Set(member.boards) { index.membersByBoard[code, default: []].append(position) }
        }
        // Marks come from each meeting's own lists and the board's membership, so the work grows with
        // the names recorded, not with meetings × members.
        var sheets: [String: AttendanceSheet] = [:]
        var sheetMembers: [String: Set<Int>] = [:]
        var sheetOrder: [String] = []
        for meeting in index.recordedMeetings {
            guard let record = pages[meeting].page.meeting, let year = reportingYear(of: pages[meeting].page) else { continue }
            let marks = citedMarks(record, members: index.members)
            index.cited[meeting] = marks
            let boardMembers = index.membersByBoard[record.board] ?? []
            for position in Set(boardMembers).union(marks.keys).sorted() {
                index.attendance[members[position].initials, default: []].append((meeting, marks[position] ?? .absent))
            }
            let key = "\(record.board) \(year.slug)"
            if sheets[key] == nil {
                sheets[key] = AttendanceSheet(board: record.board, year: year, meetings: [], members: [])
                sheetOrder.append(key)
            }
            sheets[key]?.meetings.append(meeting)
            sheetMembers[key, default: Set(boardMembers)].formUnion(marks.keys)
        }
        index.sheets = sheetOrder.compactMap { key in
            guard var sheet = sheets[key] else { return nil }
            sheet.members = (sheetMembers[key] ?? []).sorted()
            return sheet
        }.sorted { ($0.year, $0.board) > ($1.year, $1.board) }
        for report in reports.values {
            for (position, page) in report.readingOrder.enumerated() { index.chapters[page] = (report.index, position) }
        }
        board = index
    }

    /// The marks of the members a meeting names, by member position: present (or chair) over apologies over in attendance.
    private func citedMarks(_ meeting: Meeting, members byInitials: [String: Int]) -> [Int: AttendanceMark] {
        var marks: [Int: AttendanceMark] = [:]
        func mark(_ attendees: [Attendee], _ value: AttendanceMark) {
            for attendee in attendees {
                if let initials = attendee.initials, let position = byInitials[initials] { marks[position] = value }
            }
        }
        mark(meeting.inAttendance, .inAttendance)
        mark(meeting.apologies, .apologies)
        mark(meeting.present + (meeting.chair.map { [$0] } ?? []), .present)
        return marks
    }

    /// How member `position` stands at each of a sheet's meetings, which are all of the sheet's board
    /// (so membership is looked up once a row, not by copying each meeting's record a cell).
    func marks(of position: Int, in sheet: AttendanceSheet) -> [AttendanceMark] {
        let sits = members[position].boards.contains(sheet.board)
        return sheet.meetings.map { board.cited[$0]?[position] ?? (sits ? .absent : .notMember) }
    }

    func ownerName(_ initials: String?) -> String {
        guard let initials else { return "No owner" }
        return member(initials)?.name ?? initials
    }

    /// The URL of a member's page.
    public func memberURL(_ member: Member) -> String {
        "/members/\(member.initials.lowercased())/"
    }

    func boardOutputs() -> [OutputPage] {
        var outputs: [OutputPage] = []
        if !actions.isEmpty {
            outputs += pagedOutputs(.actions, listURL: "/meetings/actions/", template: "actions", items: actions.count)
        }
        if !board.decisions.isEmpty { outputs.append(OutputPage(content: .decisions, url: "/decisions/", template: "decisions")) }
        if board.meetings.contains(where: { isForthcoming($0) || !(pages[$0].page.meeting?.forwardPlan.isEmpty ?? true) }) {
            outputs.append(OutputPage(content: .forwardPlan, url: "/forward-plan/", template: "forward-plan"))
        }
        if !board.sheets.isEmpty {
            outputs += pagedOutputs(.attendance, listURL: "/meetings/attendance/", template: "attendance-index", items: board.sheets.count)
            // A sheet pages by member rows: every page keeps all the year's meetings as columns.
            for (position, sheet) in board.sheets.enumerated() {
                outputs += pagedOutputs(.attendanceSheet(position), listURL: sheet.url, template: "attendance",
                                        items: sheet.members.count)
            }
        }
        if !meetingsByDate.isEmpty {
            let codes = Set(meetingsByDate.compactMap { pages[$0].page.meeting?.board })
            for board in config.boards where codes.contains(board.code) {
                outputs += pagedOutputs(.board(board.code), listURL: "/meetings/boards/\(board.code.lowercased())/",
                                        template: "meetings", items: meetingsList(board: board.code).count)
            }
        }
        if !members.isEmpty {
            outputs += pagedOutputs(.members, listURL: "/members/", template: "members", items: members.count)
            for (index, member) in members.enumerated() {
                outputs += pagedOutputs(.member(index), listURL: memberURL(member), template: "member",
                                        items: memberListLengths(index).max() ?? 0)
            }
        }
        return outputs
    }

    func actionRow(_ entry: ActionEntry, withOwner: Bool = true) -> [String: Any] {
        let raised = pages[entry.raisedAt].page
        var row: [String: Any] = [
            "id": entry.action.id, "text": entry.action.text, "item": entry.action.item ?? "",
            "status": entry.action.status.rawValue, "is_open": entry.action.status == .open,
            "raised_url": link(raised.url), "raised_title": raised.date?.long ?? raised.title,
            "raised_board": raised.meeting?.board ?? "",
        ]
        if withOwner { row["owner"] = ownerName(entry.action.owner) }
        if let due = entry.action.due { row["due_long"] = due.long; row["due_iso"] = due.iso }
        if let closed = entry.closedAt {
            row["closed_url"] = link(pages[closed].page.url)
            row["closed_title"] = pages[closed].page.date?.long ?? pages[closed].page.title
        }
        return row
    }

    /// The action tracker: counts, then open and closed actions grouped by owner; a page of a long tracker
    /// shows its share of the actions in the same order, with each owner's count over the whole tracker.
    func actionsContext(_ pagination: Pagination?) -> [String: Any] {
        // The counts come from the graph: a page of the tracker reads only its own slice.
        let shown = pagination?.slice(actions) ?? actions[...]
        func groups(_ list: [ActionEntry]) -> [[String: Any]] {
            var order: [String] = []
            var byOwner: [String: [ActionEntry]] = [:]
            for entry in list {
                let owner = ownerName(entry.action.owner)
                if byOwner[owner] == nil { order.append(owner) }
                byOwner[owner, default: []].append(entry)
            }
            return order.map { owner in
                let count = byOwner[owner]?.first.map { board.actionTotals[SiteGraph.actionTotalKey($0.action.status, owner)] ?? 0 } ?? 0
                var group: [String: Any] = ["owner": owner, "count": count,
                                            "caption": "Actions owned by \(owner)",
                                            "actions": (byOwner[owner] ?? []).map { actionRow($0, withOwner: false) }]
                if let initials = byOwner[owner]?.first?.action.owner, let member = member(initials) {
                    group["owner_url"] = link(memberURL(member))
                    group["owner_role"] = member.role ?? ""
                }
                return group
            }
        }
        return [
            "title": "Action tracker",
            "open_count": board.openActions, "closed_count": actions.count - board.openActions, "total": actions.count,
            "open_groups": groups(shown.filter { $0.action.status == .open }),
            "closed_groups": groups(shown.filter { $0.action.status == .closed }),
            "has_open": shown.contains { $0.action.status == .open }, "has_closed": shown.contains { $0.action.status == .closed },
            "csv_url": link("/meetings/actions/actions.csv"), "json_url": link("/data/actions.json"),
        ]
    }

    /// The key of `BoardIndex.actionTotals`.
    static func actionTotalKey(_ status: ActionStatus, _ ownerName: String) -> String { "\(status.rawValue) \(ownerName)" }

    /// The list of attendance sheets, newest reporting year first; a page of a long list shows its share.
    func attendanceIndexContext(_ pagination: Pagination? = nil) -> [String: Any] {
        ["title": "Attendance at meetings",
         "sheets": (pagination?.slice(board.sheets) ?? board.sheets[...]).map { ["title": "\(boardName($0.board)), \($0.year.label)", "url": link($0.url),
                                       "meetings": $0.meetings.count] }]
    }

    /// One board's members by its meetings in one reporting year: present, apologies, absent; a page of a
    /// long sheet shows its share of the members, with every meeting.
    func attendanceContext(_ position: Int, _ pagination: Pagination? = nil) -> [String: Any] {
        let sheet = board.sheets[position]
        let columns: [[String: Any]] = sheet.meetings.map { index in
            let page = pages[index].page
            return ["title": page.date?.long ?? page.title, "url": link(page.url)]
        }
        let rows: [[String: Any]] = (pagination?.slice(sheet.members) ?? sheet.members[...]).map { m in
            let member = members[m]
            return ["name": member.name, "role": member.role ?? "", "url": link(memberURL(member)),
                    "cells": marks(of: m, in: sheet).map { mark -> [String: Any] in ["text": mark.rawValue, "class": mark.cssClass] }]
        }
        var context: [String: Any] = [
            "title": "Attendance: \(boardName(sheet.board)), \(sheet.year.label)", "meetings": columns, "rows": rows,
            "has_rows": !rows.isEmpty, "csv_url": link("/" + attendanceCSVPath(sheet)),
            "caption": "Attendance at \(boardName(sheet.board)) meetings in \(sheet.year.label)"]
        if let pagination, pagination.count > 1 {
            let range = Self.rangeNote(pagination, of: sheet.members.count, "members")
            context["range"] = range
            context["caption"] = "Attendance at \(boardName(sheet.board)) meetings in \(sheet.year.label) (\(range.lowercased()))"
        }
        return context
    }

    func membersContext(_ pagination: Pagination? = nil) -> [String: Any] {
        ["title": "Members", "members": (pagination?.slice(members) ?? members[...]).map { member -> [String: Any] in
            ["name": member.name, "role": member.role ?? "", "organisation": member.organisation ?? "",
             "url": link(memberURL(member)), "boards": member.boards.map(boardName).joined(separator: ", ")]
        }]
    }

    /// How many actions, meetings attended and declarations a member's page lists; its pages share them out.
    func memberListLengths(_ index: Int) -> [Int] {
        let initials = members[index].initials
        return [board.actionsByOwner[initials]?.count ?? 0, board.attendance[initials]?.count ?? 0,
                memberDeclarations(initials).count]
    }

    /// A member's page: a long page of the list shows its share of each of the three lists, with the totals.
    func memberContext(_ index: Int, _ pagination: Pagination? = nil) -> [String: Any] {
        let member = members[index]
        let owned = (board.actionsByOwner[member.initials] ?? []).map { actions[$0] }
        let declarations = memberDeclarations(member.initials)
        let records = board.attendance[member.initials] ?? []
        let shownActions = pagination?.slice(owned) ?? owned[...]
        let shownRecords = pagination?.slice(records) ?? records[...]
        let shownDeclarations = pagination?.slice(declarations) ?? declarations[...]
        let attended: [[String: Any]] = shownRecords.map { record in
            let page = pages[record.meeting].page
            return ["title": page.title, "url": link(page.url), "status": record.mark.rawValue]
        }
        var context: [String: Any] = [
            "title": member.name, "role": member.role ?? "", "organisation": member.organisation ?? "",
            "caption": "Actions owned by \(member.name)",
            "boards": member.boards.map(boardName).joined(separator: ", "),
            "actions": shownActions.map { actionRow($0, withOwner: false) }, "has_actions": !owned.isEmpty,
            "actions_shown": !shownActions.isEmpty,
            "open_count": owned.filter { $0.action.status == .open }.count,
            "attendance": attended, "has_attendance": !records.isEmpty, "attendance_shown": !attended.isEmpty,
            "declarations": Array(shownDeclarations), "has_declarations": !declarations.isEmpty,
            "declarations_shown": !shownDeclarations.isEmpty,
            "joined_long": member.joined?.long ?? "", "left_long": member.left?.long ?? "",
        ]
        if let pagination, pagination.count > 1 {
            context["actions_range"] = Self.rangeNote(pagination, of: owned.count, "actions")
            context["attendance_range"] = Self.rangeNote(pagination, of: records.count, "meetings")
            context["declarations_range"] = Self.rangeNote(pagination, of: declarations.count, "declarations")
        }
        return context
    }

    /// "Actions 51 to 100 of 113" on a page of a long list; "None on this page (113 in all)" past its end.
    static func rangeNote(_ pagination: Pagination, of total: Int, _ noun: String) -> String {
        let range = pagination.range(of: total)
        guard !range.isEmpty else { return "No more \(noun) on this page: \(total) in all." }
        return "\(noun.prefix(1).uppercased() + noun.dropFirst()) \(range.lowerBound + 1) to \(range.upperBound) of \(total)."
    }

    /// The meetings list (all boards, or one): forthcoming meetings, then past ones by reporting year.
    func meetingsContext(_ output: OutputPage, board code: String?) -> [String: Any] {
        let shown = shownPages(output)
        let forthcoming = shown.filter { pages[$0].page.meeting?.status == .agenda }
        let past = shown.filter { pages[$0].page.meeting?.status != .agenda }
        var years: [(ReportingYear, [Int])] = []
        for index in past {
            guard let year = reportingYear(of: pages[index].page) else { continue }
            if years.last?.0 == year { years[years.count - 1].1.append(index) } else { years.append((year, [index])) }
        }
        var context: [String: Any] = [
            "title": code.map { "\(boardName($0)) meetings" } ?? "Meetings",
            "forthcoming": forthcoming.map(listItem), "has_forthcoming": !forthcoming.isEmpty,
            "years": years.map { ["label": $0.0.label, "items": $0.1.map(listItem)] },
            "calendar_url": link("/meetings/meetings.ics"),
            "open_data": ["meetings": link("/data/meetings.json"), "actions": link("/data/actions.json"),
                          "decisions": link("/data/decisions.json"), "people": link("/data/popolo.json")],
            "actions_url": link("/meetings/actions/"), "attendance_url": link("/meetings/attendance/"),
        ]
        if !board.decisions.isEmpty { context["decisions_url"] = link("/decisions/") }
        if outputs.contains(where: { if case .forwardPlan = $0.content { return true } else { return false } }) {
            context["forward_plan_url"] = link("/forward-plan/")
        }
        if code == nil {
            let codes = Set((sections[.meetings] ?? []).compactMap { pages[$0].page.meeting?.board })
            context["boards"] = config.boards.filter { codes.contains($0.code) }.map {
                ["name": $0.name, "url": link("/meetings/boards/\($0.code.lowercased())/")]
            }
            if let intro = sectionIntros[.meetings], (output.pagination?.number ?? 1) == 1 { context["intro"] = pages[intro].html }
        }
        return context
    }
}
