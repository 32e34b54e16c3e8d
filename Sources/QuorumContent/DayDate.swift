/// A calendar date without a time or zone, as authors write it: `2018-10-18`.
public struct DayDate: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date if it exists in the calendar (2018-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...9999).contains(year),
              (1...DayDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly; YAML timestamps with a time keep only their date.
    public init?(parsing text: String) {
        // Dates are read for every meeting, action and page: ASCII text is parsed on bytes, with the same
        // rules (the first piece before a T, t or space must be exactly four digits, two and two).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = text.utf8
            func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "T") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "t") }
            guard let start = bytes.firstIndex(where: { !isSeparator($0) }) else { return nil }
            let day = bytes[start...].prefix { !isSeparator($0) }
            guard day.count == 10 else { return nil }
            var year = 0, month = 0, dayOfMonth = 0
            for (offset, byte) in day.enumerated() {
                if offset == 4 || offset == 7 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                    continue
                }
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { dayOfMonth = dayOfMonth * 10 + digit }
            }
            self.init(year: year, month: month, day: dayOfMonth)
            return
        }
        self.init(unicodeParsing: text)
    }

    /// `init(parsing:)` by Characters, for text that is not all ASCII.
    init?(unicodeParsing text: String) {
        let dayPart = text.split(whereSeparator: { $0 == "T" || $0 == " " || $0 == "t" }).first.map(String.init) ?? text
        let parts = dayPart.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: Int() would also take a sign, so "2018-+1-05" would be 5 January.
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: DayDate, b: DayDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `2018-10-18`.
    public var iso: String {
        "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// `18 October 2018`, as GOV.UK writes dates.
    public var long: String { "\(day) \(DayDate.monthNames[month - 1]) \(year)" }

    /// `October 2018`.
    public var monthAndYear: String { "\(DayDate.monthNames[month - 1]) \(year)" }

    /// The weekday, 0 = Sunday (Zeller's congruence, so no calendar or time zone is involved).
    public var weekday: Int {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return (h + 6) % 7
    }

    /// `Thursday 18 October 2018`.
    public var longWithWeekday: String {
        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return "\(names[weekday]) \(long)"
    }

    /// The reporting year this date falls in, for a year starting in `startMonth`.
    public func reportingYear(startMonth: Int) -> ReportingYear {
        ReportingYear(startYear: month >= startMonth ? year : year - 1, startMonth: startMonth)
    }
}

/// Zero-padded decimal digits, without Foundation's locale-dependent formatting.
func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
