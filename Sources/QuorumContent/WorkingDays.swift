/// Working days in England and Wales: weekdays that are not bank holidays.
public enum WorkingDays {
    /// Bank holidays proclaimed once (royal occasions) and regular ones moved in those years.
    static let oneOff: [Int: (added: [(Int, Int)], removed: [(Int, Int)])] = [
        2011: ([(4, 29)], []),
        2012: ([(6, 4), (6, 5)], [(5, 28)]),
        2020: ([(5, 8)], [(5, 4)]),
        2022: ([(6, 2), (6, 3), (9, 19)], [(5, 30)]),
        2023: ([(5, 8)], []),
    ]

    /// The bank holidays of one year, in date order.
    public static func bankHolidays(_ year: Int) -> [DayDate] {
        var days: [DayDate] = []
        func add(_ date: DayDate?) { if let date { days.append(date) } }
        add(substitute(DayDate(year: year, month: 1, day: 1)))
        let easter = easterSunday(year)
        add(easter.adding(days: -2))
        add(easter.adding(days: 1))
        add(firstMonday(year, 5))
        add(lastMonday(year, 5))
        add(lastMonday(year, 8))
        // Christmas and Boxing Day: a day that falls at a weekend moves to the next weekday not already taken.
        if let christmas = DayDate(year: year, month: 12, day: 25) {
            switch christmas.weekday {
            case 6: add(christmas.adding(days: 2)); add(christmas.adding(days: 3))  // Saturday: Mon 27, Tue 28
            case 0: add(christmas.adding(days: 1)); add(christmas.adding(days: 2))  // Sunday: Mon 26, Tue 27
            case 5: add(christmas); add(christmas.adding(days: 3))                  // Friday: Boxing Day on Mon 28
            default: add(christmas); add(christmas.adding(days: 1))
            }
        }
        if let change = oneOff[year] {
            let removed = Set(change.removed.compactMap { DayDate(year: year, month: $0.0, day: $0.1) })
            days = days.filter { !removed.contains($0) } + change.added.compactMap { DayDate(year: year, month: $0.0, day: $0.1) }
        }
        return days.sorted()
    }

    /// Whether `date` is a weekday other than a bank holiday.
    public static func isWorkingDay(_ date: DayDate) -> Bool {
        let weekday = date.weekday
        return weekday != 0 && weekday != 6 && !bankHolidays(date.year).contains(date)
    }

    /// Working days strictly between two dates: "clear days" leave out the day of publication and the day of the meeting.
    public static func clearDays(from start: DayDate, to end: DayDate) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day < end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> DayDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return DayDate(year: year, month: month, day: day)!
    }

    /// A holiday falling at a weekend is taken on the Monday after.
    static func substitute(_ date: DayDate?) -> DayDate? {
        guard let date else { return nil }
        switch date.weekday {
        case 6: return date.adding(days: 2)
        case 0: return date.adding(days: 1)
        default: return date
        }
    }

    static func firstMonday(_ year: Int, _ month: Int) -> DayDate? {
        guard let first = DayDate(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (8 - first.weekday) % 7)
    }

    static func lastMonday(_ year: Int, _ month: Int) -> DayDate? {
        guard let last = DayDate(year: year, month: month, day: DayDate.daysIn(month: month, year: year)) else { return nil }
        return last.adding(days: -((last.weekday + 6) % 7))
    }
}

extension DayDate {
    /// Days since 1 March of year 0 in the proleptic Gregorian calendar (a day number, so dates can be added to).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The date `days` later (or earlier, for a negative number).
    public func adding(days: Int) -> DayDate {
        let n = dayNumber + days
        var y = (10000 * n + 14780) / 3652425
        var doy = n - (365 * y + y / 4 - y / 100 + y / 400)
        if doy < 0 {
            y -= 1
            doy = n - (365 * y + y / 4 - y / 100 + y / 400)
        }
        let mi = (100 * doy + 52) / 3060
        let month = (mi + 2) % 12 + 1
        let year = y + (mi + 2) / 12
        let day = doy - (mi * 306 + 5) / 10 + 1
        return DayDate(year: year, month: month, day: day) ?? self
    }
}
