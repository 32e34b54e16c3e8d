import Foundation

/// A board site generated from a seed, a few hundred files: meetings of two boards with actions, bulletins and
/// newsletters with tags, reports with chapters, pages and the registries. The differential test edits it at random.
struct GeneratedBoard {
    static let tagPool = ["neglect", "county lines", "early help", "exploitation", "TUSK", "training", "domestic abuse", "online safety"]
    static let statuses = ["agenda", "draft minutes", "approved minutes"]
    static let memberNames = ["Sally Halls", "Alex Brown", "Priya Shah", "Tom Reed", "Jo Marsh", "Ken Okafor"]

    var rng: SeededRandom
    let meetings: Int, bulletins: Int, newsletters: Int, reports: Int

    init(seed: UInt64, meetings: Int = 70, bulletins: Int = 70, newsletters: Int = 40, reports: Int = 6) {
        rng = SeededRandom(seed: seed)
        self.meetings = meetings
        self.bulletins = bulletins
        self.newsletters = newsletters
        self.reports = reports
    }

    /// Every file of the site by path.
    mutating func files() -> [String: String] {
        var files: [String: String] = [
            "content/site.yaml": """
                title: Generated Board
                base_url: https://example.org/
                language: en-GB
                reporting_year_start: 4
                page_size: 7
                boards:
                  - name: Generated Safeguarding Board
                    code: GSB
                  - name: Generated Adults Board
                    code: GAB
                contact: {email: board@example.org}

                """,
            "content/glossary.yaml": "LADO: Local Authority Designated Officer\nEHA: early help assessment\n",
            "content/meetings/_index.md": "---\ntitle: Meetings\nsummary: \"Agendas and minutes.\"\n---\n\nThe boards meet often.\n",
            "content/bulletins/_index.md": "---\ntitle: Bulletins\nsummary: \"The learning bulletin.\"\n---\n\nShare each issue.\n",
            "content/pages/about.md": "---\ntitle: About the Board\nsummary: \"What the Board is.\"\n---\n\nThe Board brings agencies together.\n",
            "content/pages/contact.md": "---\ntitle: Contact us\n---\n\nWrite to the Board.\n",
        ]
        files["content/members.yaml"] = GeneratedBoard.memberNames.enumerated().map { index, name in
            "- initials: \(GeneratedBoard.initials(index))\n  name: \(name)\n  role: Member \(index + 1)\n  boards: [\(index % 2 == 0 ? "GSB" : "GSB, GAB")]\n"
        }.joined()
        for index in 0..<meetings {
            let date = GeneratedBoard.date(index, spacing: 9)
            let board = index % 3 == 0 ? "GAB" : "GSB"
            files["content/meetings/\(date)-\(board.lowercased()).md"] = meeting(index, date: date, board: board)
        }
        for index in 0..<bulletins {
            let month = GeneratedBoard.month(index)
            files["content/bulletins/\(month)-issue-\(index + 1).md"] = """
                ---
                title: "Bulletin \(index + 1): \(rng.pick(GeneratedBoard.tagPool))"
                issue: \(index + 1)
                month: "\(month)"
                \(rng.chance(0.5) ? "summary: \"Summary of issue \(index + 1).\"\n" : "")tags: [\(tags())]
                ---

                \(paragraph()) Issue \(index + 1).

                ## What to do

                \(paragraph())

                """
        }
        for index in 0..<newsletters {
            let date = GeneratedBoard.date(index, spacing: 17)
            files["content/newsletters/\(date)-news.md"] = """
                ---
                title: News \(index + 1)
                date: \(date)
                summary: "News number \(index + 1)."
                tags: [\(tags())]
                ---

                \(paragraph())

                """
        }
        for index in 0..<reports {
            let year = 2016 + index
            let folder = "content/reports/annual-\(year)"
            files["\(folder)/index.md"] = """
                ---
                title: "Annual Report \(year)/\(year % 100 + 1)"
                date: \(year + 1)-06-30
                year: "\(year)/\(year % 100 + 1)"
                summary: "The year \(year)."
                tags: [\(tags())]
                chapters: [01-one.md, 02-two.md]
                ---

                The report for \(year).

                """
            files["\(folder)/01-one.md"] = "---\ntitle: Foreword \(year)\nnumber: 1\n---\n\n\(paragraph())\n"
            files["\(folder)/02-two.md"] = "---\ntitle: Priorities \(year)\nnumber: 2\nsummary: \"Priorities.\"\n---\n\n## Findings\n\n\(paragraph())\n"
        }
        return files
    }

    mutating func meeting(_ index: Int, date: String, board: String) -> String {
        let chair = GeneratedBoard.initials(rng.int(GeneratedBoard.memberNames.count))
        let status = index < meetings - 4 ? "approved minutes" : rng.pick(GeneratedBoard.statuses)
        var text = """
            ---
            title: "\(board) meeting: \(date)"
            board: \(board)
            date: \(date)
            time: "09:30"
            chair: \(chair)
            status: \(status)
            summary: "Meeting \(index + 1) of the board."
            tags: [\(tags())]
            present: [\(chair)]

            """
        if rng.chance(0.5) {
            text += """
                actions:
                  - id: "\(board) \(index)_01"
                    text: Action \(index + 1)
                    owner: \(GeneratedBoard.initials(rng.int(GeneratedBoard.memberNames.count)))
                    due: \(GeneratedBoard.date(index + 3, spacing: 9))
                    status: \(rng.chance(0.5) ? "open" : "closed")

                """
        }
        return text + "---\n\n## 1. Welcome\n\n\(paragraph())\n"
    }

    mutating func tags() -> String {
        (0..<(1 + rng.int(3))).map { _ in rng.pick(GeneratedBoard.tagPool) }.reduce(into: [String]()) { list, tag in
            if !list.contains(tag) { list.append(tag) }
        }.joined(separator: ", ")
    }

    mutating func paragraph() -> String {
        let words = ["The", "Board", "agreed", "schools", "neglect", "training", "partners", "reviewed", "children", "families", "plan"]
        return (0..<(6 + rng.int(10))).map { _ in rng.pick(words) }.joined(separator: " ") + "."
    }

    static func initials(_ index: Int) -> String {
        memberNames[index].split(separator: " ").map { String($0.prefix(1)) }.joined()
    }

    /// Day `index * spacing` from 1 April 2016, as `yyyy-mm-dd`.
    static func date(_ index: Int, spacing: Int) -> String {
        var components = DateComponents()
        components.year = 2016
        components.month = 4
        components.day = 1 + index * spacing
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let day = calendar.date(from: components)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func month(_ index: Int) -> String {
        String(format: "%04d-%02d", 2016 + (index + 3) / 12, (index + 3) % 12 + 1)
    }
}

/// SplitMix64: the same seed gives the same site and the same edits on every machine.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
