import QuorumContent

/// The board's public record beyond agendas and actions: decisions, declarations of interest, the minutes'
/// history and the forward plan.
extension SiteGraph {
    /// Links between meetings made once after sections are sorted: which meeting approved which minutes,
    /// every decision and every declaration.
    mutating func assembleRecord() {
        var approvals: [Int: Int] = [:]
        var decisions: [(meeting: Int, item: Int)] = []
        var declarations: [String: [(meeting: Int, declaration: Int)]] = [:]
        for meeting in board.meetings {
            let page = pages[meeting].page
            guard let record = page.meeting else { continue }
            if let link = record.approvedAt, let target = resolvePage(link, from: page.sourcePath),
               pages[target].page.meeting != nil {
                approvals[meeting] = target
            }
            for (position, item) in record.agenda.enumerated() where item.decision != nil {
                decisions.append((meeting, position))
            }
            for (position, declaration) in record.declarations.enumerated() {
                declarations[declaration.member, default: []].append((meeting, position))
            }
        }
        board.approvals = approvals
        board.approved = Dictionary(grouping: approvals.keys.sorted(), by: { approvals[$0]! })
        board.decisions = decisions
        board.declarationsByMember = declarations
    }

    /// `item-5-1-a` for agenda item `5.1(a)`: the id of its row on the meeting page.
    static func itemAnchor(_ number: String) -> String {
        var slug = "", dash = false
        for scalar in number.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if dash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return "item-" + slug
    }

    /// The link to an item's minute: the minutes heading that starts with its number, else its agenda row.
    func minuteURL(_ meeting: Int, _ number: String) -> String {
        let url = link(pages[meeting].page.url)
        for heading in pages[meeting].headings where heading.text.hasPrefix(number) {
            let rest = heading.text.dropFirst(number.count)
            if rest.first == " " || rest.first == "." { return url + "#" + heading.id }
        }
        return url + "#" + SiteGraph.itemAnchor(number)
    }

    /// A name written as initials or in full, with a link when it is a member.
    func personRow(_ text: String?) -> [String: Any] {
        guard let text else { return [:] }
        if let member = member(text) {
            return ["name": member.name, "role": member.role ?? "", "url": link(memberURL(member))]
        }
        return ["name": text, "role": "", "url": ""]
    }

    /// A meeting's decisions, declarations and minutes history for its page.
    func meetingRecordContext(_ index: Int) -> [String: Any] {
        let page = pages[index].page
        guard let meeting = page.meeting else { return [:] }
        let decisions: [[String: Any]] = meeting.agenda.compactMap { item in
            guard let decision = item.decision else { return nil }
            return ["number": item.number, "title": item.title, "decision": decision,
                    "type": item.decisionType?.rawValue ?? "decision", "anchor": "decision-" + String(SiteGraph.itemAnchor(item.number).dropFirst(5)),
                    "minute_url": minuteURL(index, item.number)]
        }
        let declarations: [[String: Any]] = meeting.declarations.map { declaration in
            let title = meeting.agenda.first { $0.number == declaration.item }?.title ?? ""
            return ["member": personRow(declaration.member), "item": declaration.item, "item_title": title,
                    "item_url": "#" + SiteGraph.itemAnchor(declaration.item),
                    "interest": declaration.interest, "action": declaration.action ?? ""]
        }
        var context: [String: Any] = [
            "decisions": decisions, "has_decisions": !decisions.isEmpty,
            "declarations": declarations, "has_declarations": !declarations.isEmpty,
            "corrections": meeting.corrections.map { correction -> [String: Any] in
                ["text": correction.text, "date_iso": correction.date?.iso ?? "", "date_long": correction.date?.long ?? ""]
            },
            "has_corrections": !meeting.corrections.isEmpty,
            "has_history": meeting.status != .agenda,
        ]
        if let published = meeting.published {
            context["published_iso"] = published.iso
            context["published_long"] = published.longWithWeekday
        }
        if let approving = board.approvals[index] {
            let approver = pages[approving].page
            var approved: [String: Any] = ["url": link(approver.url), "date_long": approver.date?.long ?? approver.title,
                                           "date_iso": approver.date?.iso ?? "",
                                           "board_name": boardName(approver.meeting?.board ?? "")]
            if let chair = approver.meeting?.chair { approved["chair"] = describe(chair)["name"] ?? "" }
            context["approved"] = approved
        }
        let approves = (board.approved[index] ?? []).map { other -> [String: Any] in
            ["url": link(pages[other].page.url), "title": pages[other].page.date?.long ?? pages[other].page.title]
        }
        context["approves"] = approves
        context["has_approves"] = !approves.isEmpty
        return context
    }

    /// `/decisions/`: every decision, by board and then reporting year, newest first.
    func decisionsContext() -> [String: Any] {
        var groups: [String: [ReportingYear: [[String: Any]]]] = [:]
        for (meeting, position) in board.decisions.reversed() {
            let page = pages[meeting].page
            guard let record = page.meeting, let year = reportingYear(of: page) else { continue }
            let item = record.agenda[position]
            groups[record.board, default: [:]][year, default: []].append([
                "meeting_url": link(page.url), "date_long": page.date?.long ?? page.title, "date_iso": page.date?.iso ?? "",
                "number": item.number, "title": item.title, "decision": item.decision ?? "",
                "type": item.decisionType?.rawValue ?? "decision", "minute_url": minuteURL(meeting, item.number),
            ])
        }
        let boards: [[String: Any]] = config.boards.compactMap { board in
            guard let years = groups[board.code] else { return nil }
            return ["name": board.name, "code": board.code, "years": years.keys.sorted(by: >).map { year -> [String: Any] in
                let rows = years[year] ?? []
                return ["label": year.label, "decisions": rows, "count": rows.count,
                        "caption": "Decisions of the \(board.name), \(year.label)"]
            }]
        }
        return ["title": "Decisions", "boards": boards, "has_decisions": !board.decisions.isEmpty,
                "data_url": link("/data/decisions.json")]
    }

    /// Whether a meeting is still to be held: an agenda, or no minutes written yet.
    func isForthcoming(_ index: Int) -> Bool {
        guard let meeting = pages[index].page.meeting else { return false }
        return meeting.status == .agenda || pages[index].html.isEmpty
    }

    /// `/forward-plan/`: meetings still to be held with their business, and the items boards planned for later
    /// meetings, by board and month; a planned item taken at a meeting links to it.
    func forwardPlanContext() -> [String: Any] {
        struct Entry { var board: String; var date: DayDate?; var meeting: Int?; var items: [[String: Any]] }
        var entries: [Entry] = []
        var byMeeting: [Int: Int] = [:]
        func entry(for meeting: Int) -> Int {
            if let position = byMeeting[meeting] { return position }
            let page = pages[meeting].page
            entries.append(Entry(board: page.meeting?.board ?? "", date: page.date, meeting: meeting, items: []))
            byMeeting[meeting] = entries.count - 1
            return entries.count - 1
        }
        for meeting in board.meetings where isForthcoming(meeting) {
            let position = entry(for: meeting)
            for item in pages[meeting].page.meeting?.agenda ?? [] {
                var row: [String: Any] = ["number": item.number, "title": item.title, "purpose": item.purpose ?? "",
                                          "url": link(pages[meeting].page.url) + "#" + SiteGraph.itemAnchor(item.number)]
                if let lead = item.lead { row["lead"] = personRow(lead) }
                entries[position].items.append(row)
            }
        }
        for planner in board.meetings {
            let page = pages[planner].page
            for planned in page.meeting?.forwardPlan ?? [] {
                var row: [String: Any] = ["title": planned.title, "purpose": planned.purpose ?? "", "url": "", "number": "",
                                          "planned_url": link(page.url), "planned_title": page.date?.long ?? page.title]
                if let lead = planned.lead { row["lead"] = personRow(lead) }
                if let link = planned.meeting, let target = resolvePage(link, from: page.sourcePath),
                   let agenda = pages[target].page.meeting?.agenda {
                    let taken = agenda.first { planned.item == $0.number } ?? agenda.first { $0.title == planned.title }
                    if let taken, !isForthcoming(target) {
                        row["taken_url"] = minuteURL(target, taken.number)
                        row["taken_item"] = taken.number
                    } else if taken != nil {
                        continue  // on the agenda of a meeting still to come, which lists it already
                    } else if !isForthcoming(target) {
                        row["not_taken"] = true
                    }
                    entries[entry(for: target)].items.append(row)
                } else {
                    entries.append(Entry(board: page.meeting?.board ?? "", date: planned.date, meeting: nil, items: [row]))
                }
            }
        }
        let order = Dictionary(config.boards.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        let boards = Set(entries.map(\.board)).sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        let none = DayDate(year: 9999, month: 12, day: 31)!
        return ["title": "Forward plan", "has_entries": !entries.isEmpty, "boards": boards.map { code -> [String: Any] in
            let mine = entries.filter { $0.board == code }.sorted { ($0.date ?? none, $0.meeting ?? -1) < ($1.date ?? none, $1.meeting ?? -1) }
            var months: [(String, [[String: Any]])] = []
            for item in mine {
                let label = item.date?.monthAndYear ?? "Date to be fixed"
                var row: [String: Any] = ["items": item.items, "has_items": !item.items.isEmpty,
                                          "date_long": item.date?.longWithWeekday ?? "", "date_iso": item.date?.iso ?? ""]
                if let meeting = item.meeting {
                    row["meeting_url"] = link(pages[meeting].page.url)
                    row["meeting_title"] = pages[meeting].page.title
                    row["held"] = !isForthcoming(meeting)
                }
                if months.last?.0 == label { months[months.count - 1].1.append(row) } else { months.append((label, [row])) }
            }
            return ["name": boardName(code), "months": months.map { ["label": $0.0, "entries": $0.1] }]
        }]
    }

    /// A member's declarations of interest across meetings, for their page.
    func memberDeclarations(_ initials: String) -> [[String: Any]] {
        (board.declarationsByMember[initials] ?? []).map { meeting, position in
            let page = pages[meeting].page
            let declaration = page.meeting!.declarations[position]
            let title = page.meeting?.agenda.first { $0.number == declaration.item }?.title ?? ""
            return ["meeting_url": link(page.url), "meeting_title": page.title, "date_long": page.date?.long ?? "",
                    "item": declaration.item, "item_title": title,
                    "item_url": link(page.url) + "#" + SiteGraph.itemAnchor(declaration.item),
                    "interest": declaration.interest, "action": declaration.action ?? ""]
        }
    }
}
