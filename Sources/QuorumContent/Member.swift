import QuorumDiagnostics
import Yams

/// A person in `members.yaml`; minutes cite them by initials.
public struct Member: Sendable, Hashable {
    public var initials: String
    public var name: String
    public var role: String?
    public var organisation: String?
    public var boards: [String]
    public var location: SourceLocation

    static let keys: Set<String> = ["initials", "name", "role", "organisation", "boards"]

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
            members.append(Member(initials: initials, name: name, role: map.string("role"),
                                  organisation: map.string("organisation"), boards: map.stringList("boards"),
                                  location: reader.location(node)))
        }
        return members
    }
}
