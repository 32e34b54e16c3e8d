/// A numbered monthly learning bulletin (TUSK, "Things You Should Know").
public struct Bulletin: Sendable, Hashable {
    public var issue: Int
    /// The month it covers: year and month.
    public var year: Int
    public var month: Int
    public var themes: [String]

    static let keys: Set<String> = ["issue", "month", "themes"]

    /// `November 2018`.
    public var monthLabel: String { "\(DayDate.monthNames[month - 1]) \(year)" }

    /// `2018-11`.
    public var monthCode: String { "\(year)-\(padded(month, 2))" }

    static func read(_ map: YAMLMap, reader: YAMLReader) -> Bulletin? {
        let issue = map.int("issue")
        if !map.has("issue") { reader.error("a bulletin needs `issue`", at: map.node, hint: "add `issue: 42`, the edition number") }
        guard let monthText = map.requiredString("month", "a bulletin") else { return nil }
        let parts = monthText.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), parts[0].count == 4 else {
            reader.error("bulletin month \"\(monthText)\" is not a month", at: map["month"], hint: "write month: \"2018-11\"")
            return nil
        }
        guard let issue else { return nil }
        return Bulletin(issue: issue, year: y, month: m, themes: map.stringList("themes"))
    }
}
