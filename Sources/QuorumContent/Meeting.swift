import QuorumDiagnostics
import Yams

/// Someone at a meeting: a member cited by initials, or a guest written out.
public struct Attendee: Sendable, Hashable {
    public var initials: String?
    public var name: String?
    public var role: String?
    public var location: SourceLocation
}

/// An item on a meeting's agenda.
public struct AgendaItem: Sendable, Hashable {
    public var number: String
    public var title: String
    public var paper: String?
    public var pages: String?
    /// Where `pages` is written, for the warning when the agenda pack puts the paper elsewhere.
    public var pagesLocation: SourceLocation?
    public var purpose: String?
    public var restricted: Bool
    /// What the board decided, and how: `decision` and `decision_type`.
    public var decision: String?
    public var decisionType: DecisionType?
    /// The officer who leads the item: initials or a name.
    public var lead: String?
    public var location: SourceLocation
}

/// Whether an action is still owed.
public enum ActionStatus: String, Sendable, Hashable {
    case open, closed
}

/// An action recorded in minutes, such as `SSCB 1819_10`.
public struct ActionItem: Sendable, Hashable {
    public var id: String
    public var item: String?
    public var text: String
    public var owner: String?
    public var due: DayDate?
    public var status: ActionStatus
    /// The relative link to the meeting that closed it, as written.
    public var closedAt: String?
    public var location: SourceLocation
    public var closedAtLocation: SourceLocation?
}

/// Where a meeting's papers stand.
public enum MeetingStatus: String, Sendable, Hashable, CaseIterable {
    case agenda
    case draftMinutes = "draft minutes"
    case approvedMinutes = "approved minutes"
}

/// A meeting's typed front matter: when, where, who, the agenda and the actions.
public struct Meeting: Sendable, Hashable {
    public var board: String
    public var boardLocation: SourceLocation
    public var time: String?
    public var endTime: String?
    public var venue: String?
    public var chair: Attendee?
    public var present: [Attendee]
    public var apologies: [Attendee]
    public var inAttendance: [Attendee]
    public var agenda: [AgendaItem]
    public var actions: [ActionItem]
    public var status: MeetingStatus
    /// The day the agenda was published, checked against the notice period.
    public var published: DayDate?
    public var publishedLocation: SourceLocation?
    public var declarations: [Declaration] = []
    /// The relative link to the later meeting that approved these minutes, as written.
    public var approvedAt: String?
    public var approvedAtLocation: SourceLocation?
    public var corrections: [Correction] = []
    public var forwardPlan: [PlannedItem] = []

    static let keys: Set<String> = ["board", "time", "end_time", "venue", "chair", "present", "apologies",
                                    "in_attendance", "agenda", "actions", "status", "published", "declarations",
                                    "approved_at", "corrections", "forward_plan"]
    // Built once: a meeting has dozens of agenda items and actions, each checked against these.
    static let guestKeys: Set<String> = ["name", "role", "initials"]
    static let agendaKeys: Set<String> = ["number", "title", "paper", "pages", "purpose", "restricted", "decision",
                                          "decision_type", "lead"]
    static let actionKeys: Set<String> = ["id", "item", "text", "owner", "due", "status", "closed_at"]

    static func read(_ map: YAMLMap, reader: YAMLReader) -> Meeting {
        let board = map.requiredString("board", "a meeting") ?? ""
        var meeting = Meeting(
            board: board, boardLocation: map.location("board"),
            time: time(map, "time", reader), endTime: time(map, "end_time", reader),
            venue: map.string("venue"), chair: map["chair"].flatMap { attendee($0, reader) },
            present: attendees(map, "present", reader), apologies: attendees(map, "apologies", reader),
            inAttendance: attendees(map, "in_attendance", reader),
            agenda: [], actions: [], status: .approvedMinutes)
        if let status = map.string("status") {
            if let value = MeetingStatus(rawValue: status) { meeting.status = value } else {
                reader.error("meeting status \"\(status)\" is not known", at: map["status"],
                             hint: "use one of: agenda, draft minutes, approved minutes")
            }
        }
        meeting.agenda = map.list("agenda").compactMap { agendaItem($0, reader) }
        meeting.actions = map.list("actions").compactMap { action($0, reader) }
        meeting.published = map.date("published")
        if map.has("published") { meeting.publishedLocation = map.location("published") }
        meeting.approvedAt = map.string("approved_at")
        if meeting.approvedAt != nil {
            meeting.approvedAtLocation = map.location("approved_at")
            if map.has("status") && meeting.status != .approvedMinutes {
                reader.error("approved_at is given but the status is \"\(meeting.status.rawValue)\"", at: map["status"],
                             hint: "minutes approved at a later meeting are `status: approved minutes` (or leave status out)")
            }
        }
        meeting.declarations = declarations(map, meeting: meeting, reader: reader)
        meeting.corrections = corrections(map, reader: reader)
        meeting.forwardPlan = forwardPlan(map, reader: reader)
        return meeting
    }

    private static func time(_ map: YAMLMap, _ key: String, _ reader: YAMLReader) -> String? {
        guard let node = map[key], map.has(key) else { return nil }
        // YAML 1.1 reads an unquoted 11:00 as the number 660; take the text the author wrote.
        guard let text = reader.string(node, key) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m),
              parts[1].count == 2 else {
            reader.error("\(key) \"\(text)\" is not a time", at: node, hint: "write a 24-hour time in quotes, e.g. \(key): \"14:00\"")
            return nil
        }
        return "\(padded(h, 2)):\(parts[1])"
    }

    private static func attendees(_ map: YAMLMap, _ key: String, _ reader: YAMLReader) -> [Attendee] {
        map.list(key).compactMap { attendee($0, reader) }
    }

    private static func attendee(_ node: Node, _ reader: YAMLReader) -> Attendee? {
        if case .mapping = node {
            guard let guest = reader.map(node, "a guest") else { return nil }
            guest.warnUnknownKeys(guestKeys, in: "a guest")
            if let initials = guest.string("initials") {
                return Attendee(initials: initials, name: nil, role: guest.string("role"), location: reader.location(node))
            }
            guard let name = guest.requiredString("name", "a guest") else { return nil }
            return Attendee(initials: nil, name: name, role: guest.string("role"), location: reader.location(node))
        }
        guard let initials = reader.string(node, "initials"), !initials.isEmpty else { return nil }
        return Attendee(initials: initials.trimmingSpaces, name: nil, role: nil, location: reader.location(node))
    }

    private static func agendaItem(_ node: Node, _ reader: YAMLReader) -> AgendaItem? {
        guard let map = reader.map(node, "an agenda item") else { return nil }
        map.warnUnknownKeys(agendaKeys, in: "an agenda item")
        guard let number = map.requiredString("number", "an agenda item"),
              let title = map.requiredString("title", "an agenda item") else { return nil }
        let decision = map.string("decision"), type = decisionType(map, reader: reader)
        if type != nil && decision == nil {
            reader.error("decision_type is given without a decision", at: map["decision_type"],
                         hint: "add `decision:` with what the board decided")
        }
        return AgendaItem(number: number, title: title, paper: map.string("paper"), pages: map.string("pages"),
                          pagesLocation: map.has("pages") ? map.location("pages") : nil,
                          purpose: map.string("purpose"), restricted: map.bool("restricted") ?? false,
                          decision: decision, decisionType: type,
                          lead: map.string("lead"), location: reader.location(node))
    }

    private static func action(_ node: Node, _ reader: YAMLReader) -> ActionItem? {
        guard let map = reader.map(node, "an action") else { return nil }
        map.warnUnknownKeys(actionKeys, in: "an action")
        guard let id = map.requiredString("id", "an action"), let text = map.requiredString("text", "an action") else { return nil }
        let closedAt = map.string("closed_at")
        var status: ActionStatus = closedAt == nil ? .open : .closed
        if let value = map.string("status") {
            if let parsed = ActionStatus(rawValue: value) { status = parsed } else {
                reader.error("action status \"\(value)\" is not known", at: map["status"], hint: "use open or closed")
            }
        }
        return ActionItem(id: id, item: map.string("item"), text: text, owner: map.string("owner"),
                          due: map.date("due"), status: status, closedAt: closedAt,
                          location: reader.location(node),
                          closedAtLocation: closedAt == nil ? nil : map.location("closed_at"))
    }
}
