import QuorumBlocks
import QuorumContent
import QuorumDiagnostics

/// Checks the board data across pages: initials, board codes, action ids, the links in front matter, and that no two outputs share a URL.
public struct BoardChecks {
    let graph: SiteGraph
    let log: DiagnosticLog

    /// Creates the checks for a graph, reporting to `log`.
    public init(graph: SiteGraph, log: DiagnosticLog) {
        self.graph = graph
        self.log = log
    }

    /// Runs every check.
    public func run() {
        log.add(contentsOf: graph.urlCollisions())
        let initials = Set(graph.members.map(\.initials))
        let boardCodes = Set(graph.config.boards.map(\.code))
        var actionIDs: [String: SourceLocation] = [:]
        var issues: [Int: String] = [:]
        for rendered in graph.pages {
            let page = rendered.page
            if let bulletin = page.bulletin {
                if let first = issues[bulletin.issue] {
                    log.add(.error("bulletin issue \(bulletin.issue) is also \(first)", at: page.location,
                                   hint: "give each edition its own issue number"))
                } else {
                    issues[bulletin.issue] = page.sourcePath
                }
            }
            if let meeting = page.meeting {
                if !boardCodes.contains(meeting.board) {
                    log.add(.error("unknown board code \"\(meeting.board)\"", at: meeting.boardLocation,
                                   hint: hintList("site.yaml boards have", boardCodes, near: meeting.board)))
                }
                var people = meeting.present + meeting.apologies + meeting.inAttendance
                if let chair = meeting.chair { people.append(chair) }
                for person in people {
                    guard let code = person.initials, !initials.contains(code) else { continue }
                    log.add(.error("unknown member initials \"\(code)\"", at: person.location,
                                   hint: hintList("members.yaml has", initials, near: code)
                                    + "; write a guest as {name: ..., role: ...}"))
                }
                for item in meeting.agenda {
                    if let paper = item.paper { checkLink(paper, from: page, at: item.location, what: "paper") }
                }
                checkRecord(meeting, of: page)
                for action in meeting.actions {
                    if let owner = action.owner, !initials.contains(owner) {
                        log.add(.error("unknown member initials \"\(owner)\" as the owner of \(action.id)", at: action.location,
                                       hint: hintList("members.yaml has", initials, near: owner)))
                    }
                    if let first = actionIDs[action.id] {
                        log.add(.error("action id \"\(action.id)\" is used twice", at: action.location,
                                       hint: "it was first used at \(first); give each action its own number"))
                    } else {
                        actionIDs[action.id] = action.location
                    }
                    if let closedAt = action.closedAt {
                        checkClosure(action, closedAt, from: page)
                    }
                }
            }
        }
    }

    /// The notice an agenda gave, who approved the minutes and when, and the meetings a forward plan names.
    private func checkRecord(_ meeting: Meeting, of page: Page) {
        if let published = meeting.published, let date = page.date {
            let notice = graph.config.noticeDays
            let clear = WorkingDays.clearDays(from: published, to: date)
            if published >= date || clear < notice {
                log.add(.warning("the agenda was published on \(published.longWithWeekday), \(clear) clear working day\(clear == 1 ? "" : "s") before the meeting on \(date.longWithWeekday); the notice period is \(notice)",
                                 at: meeting.publishedLocation ?? page.location,
                                 hint: "publish the agenda at least \(notice) clear working days before the meeting (weekends and bank holidays do not count), or change notice_days in site.yaml"))
            }
        }
        if let approvedAt = meeting.approvedAt {
            let location = meeting.approvedAtLocation ?? page.location
            if let target = graph.resolvePage(approvedAt, from: page.sourcePath), graph.pages[target].page.meeting != nil {
                let approver = graph.pages[target].page
                if let held = page.date, let approved = approver.date, approved <= held {
                    log.add(.error("the minutes are approved at a meeting on \(approved.long), which is not after this meeting on \(held.long)",
                                   at: location, hint: "approved_at must name a later meeting, usually the next one of the same board"))
                }
            } else {
                log.add(.error("approved_at \"\(approvedAt)\" does not point to a meeting", at: location,
                               hint: "write the relative path of the meeting file that approved the minutes, e.g. 2019-01-24-sscb.md"))
            }
        }
        for planned in meeting.forwardPlan {
            guard let link = planned.meeting else { continue }
            let location = planned.meetingLocation ?? planned.location
            guard let target = graph.resolvePage(link, from: page.sourcePath), graph.pages[target].page.meeting != nil else {
                log.add(.error("forward plan item \"\(planned.title)\" names \"\(link)\", which is not a meeting", at: location,
                               hint: "write the relative path of the meeting file it is planned for, e.g. 2019-01-24-sscb.md, or give a date instead"))
                continue
            }
            if let planning = page.date, let at = graph.pages[target].page.date, at < planning {
                log.add(.error("forward plan item \"\(planned.title)\" is planned for a meeting on \(at.long), before this meeting on \(planning.long)",
                               at: location, hint: "a forward plan names later meetings"))
            }
            if let item = planned.item, let agenda = graph.pages[target].page.meeting?.agenda, !agenda.contains(where: { $0.number == item }) {
                log.add(.error("forward plan item \"\(planned.title)\" was taken as item \"\(item)\", which is not on the agenda of \(link)",
                               at: planned.location, hint: "the agenda there has items \(agenda.map(\.number).prefix(20).joined(separator: ", "))"))
            }
        }
    }

    private func checkClosure(_ action: ActionItem, _ closedAt: String, from page: Page) {
        let location = action.closedAtLocation ?? action.location
        guard let target = graph.resolvePage(closedAt, from: page.sourcePath) else {
            log.add(.error("closed_at \"\(closedAt)\" of \(action.id) does not point to a meeting", at: location,
                           hint: "write the relative path of the meeting file that closed it, e.g. 2018-12-13-sscb.md"))
            return
        }
        let closing = graph.pages[target].page
        if closing.kind != .meeting {
            log.add(.error("closed_at of \(action.id) points to \(closing.sourcePath), which is not a meeting", at: location))
        } else if let raised = page.date, let closed = closing.date, closed < raised {
            log.add(.error("\(action.id) is closed at a meeting on \(closed.long), before it was raised on \(raised.long)",
                           at: location, hint: "closed_at must name a meeting held on or after the one that raised the action"))
        }
    }

    private func checkLink(_ link: String, from page: Page, at location: SourceLocation, what: String) {
        if !link.hasSuffix(".md") && !link.contains(".md#") {
            // A file beside the pages (a PDF paper); text such as "Paper 3.1" is shown as written.
            guard SiteGraph.looksLikeFileLink(link), ContentPath.isRelative(link),
                  graph.resolveAsset(link, from: page.sourcePath) == nil else { return }
            log.add(.error("broken link: \(what) \"\(link)\" does not point to a file in content/", at: location,
                           hint: "put the file beside the pages, e.g. content/papers/budget.pdf, and write its path relative to this file"))
            return
        }
        if graph.resolvePage(link, from: page.sourcePath) == nil {
            log.add(.error("broken link: \(what) \"\(link)\" does not point to a page in content/", at: location,
                           hint: "write the path relative to this file, e.g. ../reports/annual-report-2017-18/index.md"))
        }
    }

    private func hintList(_ prefix: String, _ values: Set<String>, near: String) -> String {
        let list = "\(prefix) \(values.sorted().prefix(20).joined(separator: ", "))\(values.count > 20 ? ", …" : "")"
        if let suggestion = Suggestion.nearest(to: near, in: values) { return "did you mean \(suggestion)? \(list)" }
        return list
    }
}
