import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown
import QuorumTemplates

/// `quorum new`: writes the first draft of the next bulletin, a meeting or a report from the theme's scaffolds.
public struct Scaffolder {
    /// What to create.
    public enum Kind: String, Sendable, CaseIterable {
        case bulletin, meeting, report
    }

    public var source: URL
    public var themeFolders: [URL]
    public var today: DayDate

    /// Creates a scaffolder for the site at `source`.
    public init(source: URL, themeFolders: [URL], today: DayDate) {
        self.source = source
        self.themeFolders = themeFolders
        self.today = today
    }

    /// Writes the new file and returns its path relative to the site; never replaces an existing file.
    public func create(_ kind: Kind, date: String?, board: String?, title: String?) throws(DiagnosticError) -> String {
        let log = DiagnosticLog()
        let content = ContentLoader(root: source, includeDrafts: true, today: today).load(log: log)
        let (path, context) = try plan(kind, content: content, date: date, board: board, title: title)
        let theme = try Theme(folders: themeFolders + [source.appendingPathComponent("templates")])
        let text = try theme.render("scaffolds/\(kind.rawValue).md", context)
        let url = source.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw DiagnosticError(.error("\(path) already exists; nothing was written",
                                         hint: "edit the existing file, or pass another --date"))
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw DiagnosticError(.error("cannot write \(path): \(error.localizedDescription)"))
        }
        return path
    }

    func plan(_ kind: Kind, content: SiteContent, date: String?, board: String?, title: String?) throws(DiagnosticError) -> (String, [String: Any]) {
        switch kind {
        case .bulletin:
            let editions = content.pages.compactMap(\.bulletin).sorted { $0.issue < $1.issue }
            let issue = (editions.last?.issue ?? 0) + 1
            var year = today.year, month = today.month
            if let date {
                let parts = date.split(separator: "-")
                guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else {
                    throw DiagnosticError(.error("--date \"\(date)\" is not a month", hint: "write --date 2018-12"))
                }
                (year, month) = (y, m)
            } else if let last = editions.last {
                (year, month) = last.month == 12 ? (last.year + 1, 1) : (last.year, last.month + 1)
            }
            let code = "\(year)-\(month < 10 ? "0" : "")\(month)"
            if let existing = editions.first(where: { $0.year == year && $0.month == month }) {
                throw DiagnosticError(.error("issue \(existing.issue) already covers \(existing.monthLabel); nothing was written",
                                             hint: "pass --date with another month, e.g. --date \(year)-\(month == 12 ? 1 : month + 1)"))
            }
            let label = "\(DayDate.monthNames[month - 1]) \(year)"
            return ("content/bulletins/\(code)-tusk-\(issue).md",
                    ["issue": issue, "month": code, "month_label": label, "date": "\(code)-01"])
        case .meeting:
            guard let board else {
                throw DiagnosticError(.error("a new meeting needs --board", hint: "the boards are: \(content.config.boards.map(\.code).joined(separator: ", "))"))
            }
            guard content.config.boards.contains(where: { $0.code == board }) else {
                throw DiagnosticError(.error("unknown board code \"\(board)\"", hint: "the boards are: \(content.config.boards.map(\.code).joined(separator: ", "))"))
            }
            guard let day = DayDate(parsing: date ?? today.iso) else {
                throw DiagnosticError(.error("--date \"\(date ?? "")\" is not a date", hint: "write --date 2019-04-25"))
            }
            return ("content/meetings/\(day.iso)-\(board.lowercased()).md", ["board": board, "date": day.iso, "time": "10:00"])
        case .report:
            guard let day = DayDate(parsing: date ?? today.iso) else {
                throw DiagnosticError(.error("--date \"\(date ?? "")\" is not a date", hint: "write --date 2019-09-30"))
            }
            let year = day.reportingYear(startMonth: content.config.reportingYearStart)
            let previous = ReportingYear(startYear: year.startYear - 1, startMonth: year.startMonth)
            let name = title ?? "Annual report \(previous.label)"
            let slug = HeadingSlugger.urlSlug(name)
            return ("content/reports/\(slug)/index.md", ["title": name, "date": day.iso, "year": previous.label])
        }
    }
}
