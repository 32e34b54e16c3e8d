import QuorumContent

/// How a member stands at a meeting, as the attendance matrix shows it (in words, never colour alone).
public enum AttendanceMark: String, Sendable {
    case present = "Present"
    case apologies = "Apologies"
    case inAttendance = "In attendance"
    case absent = "Absent"
    case notMember = "Not a member"

    /// A CSS class name for the mark.
    var cssClass: String {
        switch self {
        case .present: return "present"
        case .apologies: return "apologies"
        case .inAttendance: return "in-attendance"
        case .absent: return "absent"
        case .notMember: return "not-a-member"
        }
    }
}

/// One board's attendance over one reporting year: the unit boards report attendance in.
public struct AttendanceSheet: Sendable {
    public var board: String
    public var year: ReportingYear
    /// Meetings in date order.
    public var meetings: [Int]
    /// Members who sit on the board or were recorded at one of the meetings, in members.yaml order.
    public var members: [Int]

    /// The sheet's URL.
    public var url: String { "/meetings/attendance/\(board.lowercased())-\(year.slug)/" }
}

/// Lookups the board pages need for every member, built once so pages stay linear in the site's size.
public struct BoardIndex: Sendable {
    /// Member positions by initials.
    public var members: [String: Int] = [:]
    /// Meetings in date order, oldest first.
    public var meetings: [Int] = []
    /// Meetings whose attendance was recorded (minutes, not an agenda), oldest first.
    public var recordedMeetings: [Int] = []
    /// Action positions (into `SiteGraph.actions`) by owner initials.
    public var actionsByOwner: [String: [Int]] = [:]
    /// Open actions, of all of them: every page of the tracker states both counts.
    public var openActions = 0
    /// Actions by status and owner's name ("open Jane Smith"): each owner's heading gives the whole count.
    public var actionTotals: [String: Int] = [:]
    /// Each member's recorded meetings and mark, by initials.
    public var attendance: [String: [(meeting: Int, mark: AttendanceMark)]] = [:]
    public var sheets: [AttendanceSheet] = []
    /// Marks of the members each recorded meeting names, by meeting page and member position.
    public var cited: [Int: [Int: AttendanceMark]] = [:]
    /// Member positions by board code, in members.yaml order.
    public var membersByBoard: [String: [Int]] = [:]
    /// Each chapter's report and position in reading order, by page.
    public var chapters: [Int: (report: Int, position: Int)] = [:]
    /// The meeting that approved each meeting's minutes, by meeting page.
    public var approvals: [Int: Int] = [:]
    /// The meetings whose minutes each meeting approved, oldest first.
    public var approved: [Int: [Int]] = [:]
    /// Every agenda item with a decision, as meeting page and agenda position, oldest meeting first.
    public var decisions: [(meeting: Int, item: Int)] = []
    /// Declarations of interest by member initials, as meeting page and position in its list.
    public var declarationsByMember: [String: [(meeting: Int, declaration: Int)]] = [:]
}
