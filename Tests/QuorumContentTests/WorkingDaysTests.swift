import Testing
@testable import QuorumContent

/// Bank holidays in England and Wales and the clear working days of a notice period.
@Suite struct WorkingDaysTests {
    func day(_ text: String) -> DayDate { DayDate(parsing: text)! }

    @Test("Easter Sunday by the computus", arguments: [
        (2018, "2018-04-01"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easter(_ year: Int, _ expected: String) {
        #expect(WorkingDays.easterSunday(year).iso == expected)
    }

    @Test("a year's bank holidays, with substitute days and the one-off changes", arguments: [
        (2018, "2018-01-01 2018-03-30 2018-04-02 2018-05-07 2018-05-28 2018-08-27 2018-12-25 2018-12-26"),
        (2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28"),
        (2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28"),
        (2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27"),
        (2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26"),
    ])
    func bankHolidays(_ year: Int, _ expected: String) {
        #expect(WorkingDays.bankHolidays(year).map(\.iso).joined(separator: " ") == expected)
    }

    @Test("clear working days leave out both ends, weekends and bank holidays")
    func clearDays() {
        #expect(WorkingDays.clearDays(from: day("2018-10-10"), to: day("2018-10-18")) == 5)
        #expect(WorkingDays.clearDays(from: day("2018-10-11"), to: day("2018-10-18")) == 4)
        // Good Friday and Easter Monday 2019 fall inside the notice period of the 25 April meeting.
        #expect(WorkingDays.clearDays(from: day("2019-04-15"), to: day("2019-04-25")) == 5)
        #expect(WorkingDays.clearDays(from: day("2019-04-16"), to: day("2019-04-25")) == 4)
        #expect(WorkingDays.clearDays(from: day("2018-10-18"), to: day("2018-10-18")) == 0)
        #expect(WorkingDays.clearDays(from: day("2018-10-19"), to: day("2018-10-18")) == 0)
    }

    @Test("adding days crosses months, leap days and years", arguments: [
        ("2018-10-18", 14, "2018-11-01"), ("2020-02-28", 1, "2020-02-29"), ("2019-02-28", 1, "2019-03-01"),
        ("2018-12-31", 1, "2019-01-01"), ("2019-01-01", -1, "2018-12-31"), ("2000-03-01", -1, "2000-02-29"),
        ("1900-03-01", -1, "1900-02-28"), ("2018-10-18", 36524, "2118-10-18"), ("2018-10-18", 36525, "2118-10-19"),
    ])
    func adding(_ start: String, _ days: Int, _ expected: String) {
        #expect(day(start).adding(days: days).iso == expected)
    }
}
