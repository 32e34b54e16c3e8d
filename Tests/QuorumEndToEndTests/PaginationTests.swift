import Foundation
import Testing

/// Long lists split into pages of `page_size`: the pages that exist, what each shows, and a pager whose
/// every link leads to a page that was built.
@Suite struct PaginationTests {
    /// A site with `count` newsletters and `count` meetings, each meeting with one action, all in 2018/19 and tagged "safety".
    static func site(_ count: Int, pageSize: Int? = nil) -> [String: String] {
        var files = [
            "content/site.yaml": "title: Test Board\nbase_url: https://example.org/\n" + (pageSize.map { "page_size: \($0)\n" } ?? "")
                + "boards:\n  - {name: Test Board, code: TB}\n",
            "content/members.yaml": "- {initials: AB, name: Ann Bell, role: Chair, boards: [TB]}\n",
            "content/glossary.yaml": "LADO: Local Authority Designated Officer\n",
            "content/pages/about.md": "---\ntitle: About\n---\n\nAbout the board.\n",
        ]
        for n in 0..<count {
            let day = DateComponents(year: 2018, month: 5, day: 1 + n % 28)
            let date = String(format: "%04d-%02d-%02d", day.year!, 5 + n / 28 % 7, day.day!)
            let name = String(format: "%03d", n)
            files["content/newsletters/\(name).md"] = "---\ntitle: Newsletter \(name)\ndate: \(date)\ntags: [safety]\n---\n\nNews \(name).\n"
            files["content/meetings/\(name)-tb.md"] = """
                ---
                title: Meeting \(name)
                board: TB
                date: \(date)
                status: approved minutes
                chair: AB
                present: [AB]
                actions:
                  - {id: "TB 1819_\(name)", text: "Action \(name)", owner: AB, due: 2019-03-01, status: open}
                ---

                Minutes \(name).

                """
        }
        return files
    }

    /// The list outputs by page 1's folder, with how many of the site's `count` items each lists: the reporting
    /// year's archive has both the newsletters and the meetings; the tracker lists one action a meeting, and so
    /// does the page of the member who owns them all (its attendance list, one meeting each, pages with it).
    static let lists = [("newsletters", 1), ("tags/safety", 1), ("archive/2018-19", 2), ("meetings", 1), ("meetings/boards/tb", 1),
                        ("meetings/actions", 1), ("members/ab", 1)]

    static func expectedPages(_ items: Int, size: Int = 50) -> Int { max(1, (items + size - 1) / size) }

    /// Items a list page shows: list entries, or the tracker's action rows.
    static func items(in html: String) -> Int {
        html.components(separatedBy: "<li class=\"list-item\"").count - 1 + html.matches(of: /<th scope="row"[^>]*>TB 1819_/).count
    }

    @Test("lists of 0, 1, 50, 51 and 101 items have 1, 1, 1, 2 and 3 pages of at most 50, page 1 at the list's own URL",
          arguments: [0, 1, 50, 51, 101])
    func pageBoundaries(_ count: Int) throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site(count), under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        for (list, times) in Self.lists where count > 0 {
            let total = count * times
            let pages = Self.expectedPages(total)
            var shown = 0
            for number in 1...pages {
                let path = number == 1 ? "\(list)/index.html" : "\(list)/page/\(number)/index.html"
                let html = SampleSite.read(output.appendingPathComponent(path))
                #expect(!html.isEmpty, "\(path) is missing")
                let items = Self.items(in: html)
                #expect(items == min(50, total - (number - 1) * 50), "\(path) shows \(items) items")
                shown += items
                if list == "meetings/actions" {
                    #expect(html.contains("\(total) actions from the minutes: \(total) open and 0 closed.")
                            && html.contains("(\(total) open)"), "\(path) counts the whole tracker, not its page")
                }
                #expect(html.contains("<nav class=\"pager\"") == (pages > 1), "\(path): a pager only when there is more than one page")
                if pages > 1 {
                    #expect(html.contains("aria-label=\"Page \(number)\" aria-current=\"page\""), "\(path) marks its own number")
                    #expect(html.contains("<link rel=\"prev\"") == (number > 1), "\(path) rel=prev")
                    #expect(html.contains("<link rel=\"next\"") == (number < pages), "\(path) rel=next")
                    #expect(html.contains("<title>") && html.contains("(page \(number) of \(pages))"), "\(path) says which page it is in its title")
                    if list == "members/ab" {
                        let first = (number - 1) * 50 + 1, last = min(total, number * 50)
                        #expect(html.contains("Actions \(first) to \(last) of \(total).") && html.contains("Meetings \(first) to \(last) of \(total)."),
                                "\(path) says which of the member's actions and meetings it shows")
                        #expect(html.components(separatedBy: ": Present</li>").count - 1 == last - first + 1, "\(path) attendance share")
                    }
                }
            }
            #expect(shown == total, "\(list) shows every item once")
            for missing in [1, pages + 1] {
                let path = output.appendingPathComponent("\(list)/page/\(missing)/index.html").path
                #expect(!FileManager.default.fileExists(atPath: path), "\(list)/page/\(missing)/ should not exist")
            }
        }
        let sitemap = SampleSite.read(output.appendingPathComponent("sitemap.xml"))
        let pages = Self.expectedPages(count)
        #expect(sitemap.contains("https://example.org/newsletters/page/\(pages)/") == (pages > 1))
    }

    @Test("every link in every pager and every rel=prev and rel=next leads to a page that was built")
    func pagerLinks() throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.site(23, pageSize: 2), under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        var checked = 0, pagers = 0
        for (path, data) in SampleSite.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            var links: [String] = []
            for match in html.matches(of: /<link rel="(?:prev|next)" href="([^"]*)">/) { links.append(String(match.1)) }
            if let start = html.range(of: "<nav class=\"pager\""), let end = html[start.upperBound...].range(of: "</nav>") {
                pagers += 1
                let nav = html[start.lowerBound..<end.upperBound]
                for match in nav.matches(of: /href="([^"]*)"/) { links.append(String(match.1)) }
                #expect(nav.contains("aria-label=\"Pages of this list\""), "\(path)")
                #expect(nav.components(separatedBy: "aria-current=\"page\"").count == 2, "\(path) marks exactly one current page")
            }
            for link in links {
                #expect(link.hasPrefix("/") && link.hasSuffix("/"), "\(path): \(link)")
                let target = output.appendingPathComponent(String(link.dropFirst())).appendingPathComponent("index.html")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(path) links to \(link), which was not built")
                checked += 1
            }
        }
        // 12 pages each of the newsletters, the tag, the meetings, the board's meetings, the tracker and the member's page;
        // 23 of the archive.
        #expect(pagers == 6 * 12 + 23)
        #expect(checked > 6 * 12 * 3)
    }

    @Test("page_size must be a whole number of 1 or more, reported where it is written")
    func invalidPageSize() throws {
        for (value, message) in [("0", "page_size must be 1 or more"), ("ten", "page_size must be a whole number")] {
            let root = try SampleSite.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: root) }
            var files = Self.site(1)
            files["content/site.yaml"] = "title: Test Board\npage_size: \(value)\nboards:\n  - {name: Test Board, code: TB}\n"
            try SampleSite.write(files, under: root)
            let report = SampleSite.build(root, into: root.appendingPathComponent("public"))
            #expect(!report.wrote)
            let errors = report.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.description ?? ""): \($0.message)" }
            #expect(errors == ["content/site.yaml:2:12: \(message)"])
        }
    }

    /// A board of `count` members (initials M000, M001, ...) who were all present at two meetings in 2018/19.
    static func board(members count: Int) -> [String: String] {
        var files = Self.site(0)
        let initials = (0..<count).map { String(format: "M%03d", $0) }
        files["content/members.yaml"] = initials.map { "- {initials: \($0), name: Member \($0), boards: [TB]}\n" }.joined()
        for (n, date) in ["2018-06-05", "2018-09-04"].enumerated() {
            files["content/meetings/\(date)-tb.md"] = """
                ---
                title: Meeting \(n)
                board: TB
                date: \(date)
                status: approved minutes
                present: [\(initials.joined(separator: ", "))]
                ---

                Minutes \(n).

                """
        }
        return files
    }

    @Test("an attendance sheet of 1, 50, 51 and 101 members has 1, 1, 2 and 3 pages of member rows, each with every meeting",
          arguments: [1, 50, 51, 101])
    func attendanceSheetPages(_ count: Int) throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.board(members: count), under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        let pages = Self.expectedPages(count)
        var shown: [String] = []
        for number in 1...pages {
            let path = "meetings/attendance/tb-2018-19/" + (number == 1 ? "" : "page/\(number)/") + "index.html"
            let html = SampleSite.read(output.appendingPathComponent(path))
            #expect(!html.isEmpty, "\(path) is missing")
            let rows = html.matches(of: /<tr><th scope="row"><a href="[^"]*">Member (M\d{3})<\/a>/).map { String($0.1) }
            let first = (number - 1) * 50, last = min(count, number * 50)
            #expect(rows == (first..<last).map { String(format: "M%03d", $0) }, "\(path) shows its share of the members in order")
            #expect(html.matches(of: /<th scope="col"><a href=/).count == 2, "\(path) keeps both meetings as columns")
            #expect(html.contains("<nav class=\"pager\"") == (pages > 1), "\(path): a pager only when there is more than one page")
            #expect(html.contains("Members \(first + 1) to \(last) of \(count).") == (pages > 1), "\(path) says which members it shows")
            #expect(html.contains("tb-2018-19-attendance.csv"), "\(path) links to the whole sheet's CSV")
            shown += rows
        }
        #expect(shown.count == count)
        let missing = output.appendingPathComponent("meetings/attendance/tb-2018-19/page/\(pages + 1)/index.html").path
        #expect(!FileManager.default.fileExists(atPath: missing))
        let csv = SampleSite.read(output.appendingPathComponent("meetings/attendance/tb-2018-19/tb-2018-19-attendance.csv"))
        #expect(csv.split(whereSeparator: \.isNewline).count == count + 1, "the CSV has every member, whatever the page size")
    }

    /// A site of `count` reporting years, each with one newsletter under a topic of its own and one meeting:
    /// `count` topics, `count` years in the archive and `count` attendance sheets.
    static func years(_ count: Int) -> [String: String] {
        var files = Self.site(0)
        for n in 0..<count {
            let year = 1900 + n, name = String(format: "%03d", n)
            files["content/newsletters/\(name).md"] = "---\ntitle: Newsletter \(name)\ndate: \(year)-06-01\ntags: [topic-\(name)]\n---\n\nNews.\n"
            files["content/meetings/\(year)-06-05-tb.md"] = "---\ntitle: Meeting \(name)\nboard: TB\ndate: \(year)-06-05\n"
                + "status: approved minutes\npresent: [AB]\n---\n\nMinutes.\n"
        }
        return files
    }

    @Test("the lists of topics, of reporting years and of attendance sheets page like every other list", arguments: [1, 50, 51, 101])
    func indexPages(_ count: Int) throws {
        let root = try SampleSite.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try SampleSite.write(Self.years(count), under: root)
        let output = root.appendingPathComponent("public")
        let report = SampleSite.build(root, into: output)
        #expect(report.wrote, "\(report.diagnostics.map(\.message))")
        let pages = Self.expectedPages(count)
        for (list, listClass) in [("tags", "tag-index"), ("archive", "year-index"), ("meetings/attendance", "link-list")] {
            var shown = 0
            for number in 1...pages {
                let path = "\(list)/" + (number == 1 ? "" : "page/\(number)/") + "index.html"
                let html = SampleSite.read(output.appendingPathComponent(path))
                #expect(!html.isEmpty, "\(path) is missing")
                guard let start = html.range(of: "<ul class=\"\(listClass)\">"), let end = html[start.upperBound...].range(of: "</ul>") else {
                    Issue.record("\(path) has no \(listClass) list"); continue
                }
                let items = html[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").count - 1
                #expect(items == min(50, count - (number - 1) * 50), "\(path) shows \(items) items")
                #expect(html.contains("<nav class=\"pager\"") == (pages > 1), "\(path): a pager only when there is more than one page")
                shown += items
            }
            #expect(shown == count, "\(list) shows every item once")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("\(list)/page/\(pages + 1)/index.html").path))
        }
    }
}
