import QuorumContent

extension SiteGraph {
    /// Meetings in date order, oldest first.
    var meetingsByDate: [Int] {
        (sections[.meetings] ?? []).reversed()
    }

    mutating func assembleActions() {
        var entries: [ActionEntry] = []
        for index in meetingsByDate {
            let page = pages[index].page
            for action in page.meeting?.actions ?? [] {
                let closing = action.closedAt.flatMap { resolvePage($0, from: page.sourcePath) }
                entries.append(ActionEntry(action: action, raisedAt: index, closedAt: closing))
            }
        }
        actions = entries.sorted { a, b in
            if (a.action.status == .open) != (b.action.status == .open) { return a.action.status == .open }
            let oa = ownerName(a.action.owner), ob = ownerName(b.action.owner)
            if oa != ob { return oa < ob }
            return a.action.id < b.action.id
        }
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
        if !actions.isEmpty { outputs.append(OutputPage(content: .actions, url: "/meetings/actions/", template: "actions")) }
        if !meetingsByDate.isEmpty {
            outputs.append(OutputPage(content: .attendance, url: "/meetings/attendance/", template: "attendance"))
            let codes = Set(meetingsByDate.compactMap { pages[$0].page.meeting?.board })
            for board in config.boards where codes.contains(board.code) {
                outputs.append(OutputPage(content: .board(board.code), url: "/meetings/boards/\(board.code.lowercased())/", template: "meetings"))
            }
        }
        if !members.isEmpty {
            outputs.append(OutputPage(content: .members, url: "/members/", template: "members"))
            for (index, member) in members.enumerated() {
                outputs.append(OutputPage(content: .member(index), url: memberURL(member), template: "member"))
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
            "raised_board": raised.meeting.map { $0.board } ?? "",
        ]
        if withOwner { row["owner"] = ownerName(entry.action.owner) }
        if let due = entry.action.due { row["due_long"] = due.long; row["due_iso"] = due.iso }
        if let closed = entry.closedAt {
            row["closed_url"] = link(pages[closed].page.url)
            row["closed_title"] = pages[closed].page.date?.long ?? pages[closed].page.title
        }
        return row
    }

    /// The action tracker: counts, then open and closed actions grouped by owner.
    func actionsContext() -> [String: Any] {
        let open = actions.filter { $0.action.status == .open }
        let closed = actions.filter { $0.action.status == .closed }
        func groups(_ list: [ActionEntry]) -> [[String: Any]] {
            var order: [String] = []
            var byOwner: [String: [ActionEntry]] = [:]
            for entry in list {
                let owner = ownerName(entry.action.owner)
                if byOwner[owner] == nil { order.append(owner) }
                byOwner[owner, default: []].append(entry)
            }
            return order.map { owner in
                var group: [String: Any] = ["owner": owner, "count": byOwner[owner]?.count ?? 0,
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
            "open_count": open.count, "closed_count": closed.count, "total": actions.count,
            "open_groups": groups(open), "closed_groups": groups(closed),
            "has_open": !open.isEmpty, "has_closed": !closed.isEmpty,
        ]
    }

    /// How a member stands at a meeting.
    enum Attendance: String {
        case present = "Present", apologies = "Apologies", inAttendance = "In attendance", absent = "Absent", notMember = "Not a member"
    }

    func attendance(of member: Member, at meeting: Meeting) -> Attendance {
        let cited: ([Attendee]) -> Bool = { list in list.contains { $0.initials == member.initials } }
        if cited(meeting.present) || meeting.chair?.initials == member.initials { return .present }
        if cited(meeting.apologies) { return .apologies }
        if cited(meeting.inAttendance) { return .inAttendance }
        return member.boards.contains(meeting.board) ? .absent : .notMember
    }

    /// Meetings whose attendance was recorded (minutes, not an agenda), oldest first.
    var recordedMeetings: [Int] {
        meetingsByDate.filter { pages[$0].page.meeting.map { $0.status != .agenda && !$0.present.isEmpty } ?? false }
    }

    /// Members by meetings: present, apologies, absent.
    func attendanceContext() -> [String: Any] {
        let meetings = recordedMeetings
        let columns: [[String: Any]] = meetings.map { index in
            let page = pages[index].page
            return ["title": page.date?.long ?? page.title, "board": page.meeting?.board ?? "", "url": link(page.url)]
        }
        let rows: [[String: Any]] = members.compactMap { member in
            let cells = meetings.map { attendance(of: member, at: pages[$0].page.meeting!) }
            guard cells.contains(where: { $0 != .notMember }) else { return nil }
            return ["name": member.name, "role": member.role ?? "", "url": link(memberURL(member)),
                    "cells": cells.map { ["text": $0.rawValue, "class": $0.rawValue.lowercased().replacingOccurrences(of: " ", with: "-")] }]
        }
        return ["title": "Attendance at meetings", "meetings": columns, "rows": rows, "has_rows": !rows.isEmpty]
    }

    func membersContext() -> [String: Any] {
        ["title": "Members", "members": members.map { member -> [String: Any] in
            ["name": member.name, "role": member.role ?? "", "organisation": member.organisation ?? "",
             "url": link(memberURL(member)), "boards": member.boards.map(boardName).joined(separator: ", ")]
        }]
    }

    func memberContext(_ index: Int) -> [String: Any] {
        let member = members[index]
        let owned = actions.filter { $0.action.owner == member.initials }
        let attended: [[String: Any]] = recordedMeetings.compactMap { meeting in
            let page = pages[meeting].page
            guard let record = page.meeting else { return nil }
            let status = attendance(of: member, at: record)
            guard status != .notMember else { return nil }
            return ["title": page.title, "url": link(page.url), "status": status.rawValue]
        }
        return [
            "title": member.name, "role": member.role ?? "", "organisation": member.organisation ?? "",
            "caption": "Actions owned by \(member.name)",
            "boards": member.boards.map(boardName).joined(separator: ", "),
            "actions": owned.map { actionRow($0, withOwner: false) }, "has_actions": !owned.isEmpty,
            "open_count": owned.filter { $0.action.status == .open }.count,
            "attendance": attended, "has_attendance": !attended.isEmpty,
        ]
    }

    /// The meetings list (all boards, or one): forthcoming meetings, then past ones by reporting year.
    func meetingsContext(board: String?) -> [String: Any] {
        let list = (sections[.meetings] ?? []).filter { board == nil || pages[$0].page.meeting?.board == board }
        let forthcoming = list.filter { pages[$0].page.meeting?.status == .agenda }.reversed()
        let past = list.filter { pages[$0].page.meeting?.status != .agenda }
        var years: [(ReportingYear, [Int])] = []
        for index in past {
            guard let year = reportingYear(of: pages[index].page) else { continue }
            if years.last?.0 == year { years[years.count - 1].1.append(index) } else { years.append((year, [index])) }
        }
        var context: [String: Any] = [
            "title": board.map { "\(boardName($0)) meetings" } ?? "Meetings",
            "forthcoming": forthcoming.map(listItem), "has_forthcoming": !forthcoming.isEmpty,
            "years": years.map { ["label": $0.0.label, "items": $0.1.map(listItem)] },
            "calendar_url": link("/meetings/meetings.ics"),
            "actions_url": link("/meetings/actions/"), "attendance_url": link("/meetings/attendance/"),
        ]
        if board == nil {
            let codes = Set(list.compactMap { pages[$0].page.meeting?.board })
            context["boards"] = config.boards.filter { codes.contains($0.code) }.map {
                ["name": $0.name, "url": link("/meetings/boards/\($0.code.lowercased())/")]
            }
            if let intro = sectionIntros[.meetings] { context["intro"] = pages[intro].html }
        }
        return context
    }
}

import Foundation
