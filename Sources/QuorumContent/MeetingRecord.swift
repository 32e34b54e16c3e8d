import QuorumDiagnostics
import Yams

/// What a board did with an agenda item, as minutes record it.
public enum DecisionType: String, Sendable, Hashable, CaseIterable {
    case agreed, noted, deferred, rejected
}

/// A member's declaration of interest in an agenda item, and what they did about it.
public struct Declaration: Sendable, Hashable {
    public var member: String
    public var item: String
    public var interest: String
    public var action: String?
    public var location: SourceLocation
}

/// A correction made to minutes after they were published.
public struct Correction: Sendable, Hashable {
    public var date: DayDate?
    public var text: String
    public var location: SourceLocation
}

/// Business planned for a later meeting: the board's forward plan.
public struct PlannedItem: Sendable, Hashable {
    public var title: String
    /// The relative link to the meeting it is planned for, as written.
    public var meeting: String?
    /// The planned date when no meeting file exists yet.
    public var date: DayDate?
    /// The lead officer: member initials or a name.
    public var lead: String?
    public var purpose: String?
    /// The agenda item number it was taken as, at `meeting`.
    public var item: String?
    public var location: SourceLocation
    public var meetingLocation: SourceLocation?
}

/// Readers for the record kept in a meeting's front matter beyond its agenda and actions.
extension Meeting {
    static let declarationKeys: Set<String> = ["member", "item", "interest", "action"]
    static let correctionKeys: Set<String> = ["date", "text"]
    static let plannedKeys: Set<String> = ["title", "meeting", "date", "lead", "purpose", "item"]

    /// Reads `declarations`; a declaration must name an agenda item and someone present.
    static func declarations(_ map: YAMLMap, meeting: Meeting, reader: YAMLReader) -> [Declaration] {
        let numbers = meeting.agenda.map(\.number)
        let attending = Set((meeting.present + meeting.inAttendance + (meeting.chair.map { [$0] } ?? [])).compactMap(\.initials))
        return map.list("declarations").compactMap { node in
            guard let entry = reader.map(node, "a declaration") else { return nil }
            entry.warnUnknownKeys(declarationKeys, in: "a declaration")
            guard let member = entry.requiredString("member", "a declaration"),
                  let item = entry.requiredString("item", "a declaration"),
                  let interest = entry.requiredString("interest", "a declaration") else { return nil }
            if !numbers.contains(item) {
                let near = Suggestion.nearest(to: item, in: Set(numbers)).map { "did you mean \($0)? " } ?? ""
                reader.error("declaration names item \"\(item)\", which is not on this meeting's agenda", at: entry["item"],
                             hint: numbers.isEmpty ? "add the item to `agenda` first"
                                : "\(near)the agenda has items \(numbers.prefix(20).joined(separator: ", "))")
            }
            if !attending.contains(member) {
                reader.error("declaration by \"\(member)\", who is not recorded as present at this meeting", at: entry["member"],
                             hint: "a declaration is made by someone at the meeting: add them to `present` or `in_attendance`")
            }
            return Declaration(member: member, item: item, interest: interest, action: entry.string("action"),
                               location: reader.location(node))
        }
    }

    static func corrections(_ map: YAMLMap, reader: YAMLReader) -> [Correction] {
        map.list("corrections").compactMap { node in
            guard let entry = reader.map(node, "a correction") else { return nil }
            entry.warnUnknownKeys(correctionKeys, in: "a correction")
            guard let text = entry.requiredString("text", "a correction") else { return nil }
            if !entry.has("date") {
                reader.error("a correction needs `date`", at: node, hint: "add the day it was made, e.g. date: 2019-01-24")
            }
            return Correction(date: entry.date("date"), text: text, location: reader.location(node))
        }
    }

    static func forwardPlan(_ map: YAMLMap, reader: YAMLReader) -> [PlannedItem] {
        map.list("forward_plan").compactMap { node in
            guard let entry = reader.map(node, "a forward plan item") else { return nil }
            entry.warnUnknownKeys(plannedKeys, in: "a forward plan item")
            guard let title = entry.requiredString("title", "a forward plan item") else { return nil }
            let meeting = entry.string("meeting")
            let date = entry.date("date")
            if meeting == nil && date == nil && !entry.has("date") {
                reader.error("a forward plan item needs `meeting` or `date`", at: node,
                             hint: "name the meeting file it is planned for (meeting: 2019-01-24-sscb.md) or a date")
            }
            return PlannedItem(title: title, meeting: meeting, date: date, lead: entry.string("lead"),
                               purpose: entry.string("purpose"), item: entry.string("item"), location: reader.location(node),
                               meetingLocation: meeting == nil ? nil : entry.location("meeting"))
        }
    }

    static func decisionType(_ map: YAMLMap, reader: YAMLReader) -> DecisionType? {
        guard let value = map.string("decision_type") else { return nil }
        guard let type = DecisionType(rawValue: value) else {
            let names = DecisionType.allCases.map(\.rawValue)
            let near = Suggestion.nearest(to: value, in: Set(names)).map { "did you mean \($0)? " } ?? ""
            reader.error("decision_type \"\(value)\" is not known", at: map["decision_type"],
                         hint: "\(near)use one of: \(names.joined(separator: ", "))")
            return nil
        }
        return type
    }
}
