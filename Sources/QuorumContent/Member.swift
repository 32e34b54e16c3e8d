import QuorumDiagnostics
import Yams

/// A person in `members.yaml`; minutes cite them by initials.
public struct Member: Sendable, Hashable {
    public var initials: String
    public var name: String
    public var role: String?
    public var organisation: String?
    public var boards: [String]
    /// When they joined the boards they sit on and, once gone, when they left (Popolo's membership dates).
    public var joined: DayDate?
    public var left: DayDate?
    public var location: SourceLocation

    static let keys: Set<String> = ["initials", "name", "role", "organisation", "boards", "joined", "left"]

    static func readAll(_ root: Node?, reader: YAMLReader) -> [Member] {
        guard let root else { return [] }
        var members: [Member] = []
        var seen: [String: SourceLocation] = [:]
        for node in reader.list(root, "members.yaml") {
            guard let map = reader.map(node, "a member") else { continue }
            map.warnUnknownKeys(keys, in: "a member")
            guard let initials = map.requiredString("initials", "a member"),
                  let name = map.requiredString("name", "a member") else { continue }
            if let first = seen[initials] {
                reader.error("member initials \"\(initials)\" are used twice", at: map["initials"],
                             hint: "first used at \(first); add a digit to tell them apart, e.g. \(initials)2")
                continue
            }
            seen[initials] = reader.location(node)
            let joined = map.date("joined"), left = map.date("left")
            if let joined, let left, left < joined {
                reader.error("\(initials) left (\(left.iso)) before they joined (\(joined.iso))", at: map["left"],
                             hint: "check both dates; `left` is the day they stopped sitting on the board")
            }
            members.append(Member(initials: initials, name: name, role: map.string("role"),
                                  organisation: map.string("organisation"), boards: map.stringList("boards"),
                                  joined: joined, left: left, location: reader.location(node)))
        }
        return members
    }
}
