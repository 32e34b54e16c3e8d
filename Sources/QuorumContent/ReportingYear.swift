/// A board's reporting year, such as 2017/18 running from 1 April 2017 to 31 March 2018.
public struct ReportingYear: Sendable, Hashable, Comparable {
    public var startYear: Int
    public var startMonth: Int

    /// Creates the reporting year that starts in `startMonth` of `startYear`.
    public init(startYear: Int, startMonth: Int) {
        self.startYear = startYear
        self.startMonth = startMonth
    }

    public static func < (a: ReportingYear, b: ReportingYear) -> Bool { a.startYear < b.startYear }

    /// `2017/18` (or `2018` when the year starts in January).
    public var label: String {
        startMonth == 1 ? "\(startYear)" : "\(startYear)/\(padded((startYear + 1) % 100, 2))"
    }

    /// `2017-18`, for URLs.
    public var slug: String {
        startMonth == 1 ? "\(startYear)" : "\(startYear)-\(padded((startYear + 1) % 100, 2))"
    }

    /// `1718`, as action ids write it (`SSCB 1718_03`).
    public var code: String {
        startMonth == 1 ? "\(startYear)" : "\(padded(startYear % 100, 2))\(padded((startYear + 1) % 100, 2))"
    }
}
