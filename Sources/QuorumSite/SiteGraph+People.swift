import QuorumContent

extension SiteGraph {
    /// The member with these initials.
    public func member(_ initials: String) -> Member? {
        board.members[initials].map { members[$0] }
    }

    /// A board's name from its code, or the text as written when it is not a code.
    public func boardName(_ code: String) -> String {
        config.boards.first { $0.code == code }?.name ?? code
    }

    /// An attendee as a name and role for display.
    func describe(_ attendee: Attendee) -> [String: Any] {
        if let initials = attendee.initials, let member = member(initials) {
            return ["name": member.name, "initials": initials, "role": member.role ?? "", "organisation": member.organisation ?? ""]
        }
        return ["name": attendee.name ?? attendee.initials ?? "", "initials": attendee.initials ?? "", "role": attendee.role ?? "", "organisation": ""]
    }

    /// A name written as initials or in full, shown in full.
    func personName(_ text: String?) -> String? {
        guard let text else { return nil }
        if let member = member(text) { return member.role.map { "\(member.name), \($0)" } ?? member.name }
        return text
    }
}
