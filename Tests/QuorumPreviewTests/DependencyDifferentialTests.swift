import Foundation
import Testing
import QuorumBuild

/// Random edits of a generated site, each applied to a session and compared byte for byte with a fresh build
/// of the edited site: the dependency records must never leave an output stale.
/// `QUORUM_DIFFERENTIAL_EDITS=300 swift test --filter DependencyDifferential` runs more edits than the default.
@Suite struct DependencyDifferentialTests {
    static var edits: Int { ProcessInfo.processInfo.environment["QUORUM_DIFFERENTIAL_EDITS"].flatMap(Int.init) ?? 24 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["QUORUM_DIFFERENTIAL_SEED"].flatMap(UInt64.init) ?? 16 }

    @Test("random edits of a generated site leave every output as a full build makes it")
    func randomEditsMatchFullBuilds() throws {
        let site = try TestSite(.empty)
        defer { site.delete() }
        var board = GeneratedBoard(seed: Self.seed)
        for (path, text) in board.files() { try site.write(path, text) }
        var session = SiteSession(site.options())
        let first = session.build()
        #expect(!first.failed, "\(first.diagnostics.map(\.message))")
        var editor = RandomEditor(site: site, rng: SeededRandom(seed: Self.seed &+ 1))
        var narrow = 0
        for number in 1...Self.edits {
            let edit = try editor.next()
            var update = session.update(edit.paths)
            if session.hasPendingFeeds { update.changedPaths += session.renderPendingFeeds().changedPaths }
            var fresh = SiteSession(site.options())
            let full = fresh.build()
            let label = "edit \(number): \(edit.description)"
            #expect(SiteSessionTests.describe(update.diagnostics) == SiteSessionTests.describe(full.diagnostics), "\(label)")
            if !full.failed {
                #expect(Set(session.outputs.keys) == Set(fresh.outputs.keys), "\(label)")
                let stale = fresh.outputs.keys.filter { session.outputs[$0].map { Array($0.utf8) } != fresh.outputs[$0].map { Array($0.utf8) } }.sorted()
                #expect(stale.isEmpty, "\(label): stale \(stale.prefix(10))")
                if !stale.isEmpty { return }
            }
            if update.renderedPaths.count < full.renderedPaths.count { narrow += 1 }
            if ProcessInfo.processInfo.environment["QUORUM_DIFFERENTIAL_LOG"] != nil {
                print("\(label): rendered \(update.renderedPaths.count) of \(full.renderedPaths.count), failed \(full.failed), \(full.diagnostics.count) diagnostics")
            }
        }
        // Most edits touch a few pages: if every one rendered everything, the records would be doing nothing.
        #expect(narrow * 2 > Self.edits, "only \(narrow) of \(Self.edits) edits rendered less than every page")
    }
}

/// One random edit of a generated site: front matter fields, bodies, templates, members, pages added or removed.
struct RandomEditor {
    struct Edit {
        var description: String
        var paths: [String]
    }

    let site: TestSite
    var rng: SeededRandom
    var added = 0

    static let templates = ["page", "bulletin", "meeting", "list-item", "list", "meetings", "pager", "home", "member", "report", "chapter", "base"]

    mutating func next() throws -> Edit {
        let pages = try contentPages()
        let page = rng.pick(pages)
        switch rng.int(12) {
        case 0:
            return try replaceLine(page, key: "title", with: "title: \"Retitled \(rng.int(1000))\"")
        case 1 where page.contains("/meetings/"):
            return try replaceLine(page, key: "status", with: "status: \(rng.pick(GeneratedBoard.statuses))")
        case 1, 2:
            let field = page.contains("/newsletters/") ? "date" : page.contains("/bulletins/") ? "month" : "title"
            let value = field == "date" ? GeneratedBoard.date(rng.int(80), spacing: 13)
                : field == "month" ? "\"\(GeneratedBoard.month(rng.int(80)))\"" : "\"Moved \(rng.int(100))\""
            return try replaceLine(page, key: field, with: "\(field): \(value)")
        case 3:
            var board = GeneratedBoard(seed: rng.next())
            return try replaceLine(page, key: "tags", with: "tags: [\(board.tags())]")
        case 4:
            return try replaceLine(page, key: "summary", with: "summary: \"New summary \(rng.int(1000)).\"")
        case 5, 6:
            let text = try site.read(page)
            let marker = "Edited \(rng.int(100_000))."
            // Half the time the first paragraph, which lists show when there is no summary.
            let edited = rng.chance(0.5) ? text.replacingOccurrences(of: "\n---\n\n", with: "\n---\n\n\(marker) ", options: [], range: nil)
                : text + "\n\(marker)\n"
            return Edit(description: "body of \(page)", paths: [try site.write(page, edited)])
        case 7, 8:
            let name = rng.pick(Self.templates)
            let path = "theme/\(name).mustache"
            let text = try site.read(path)
            return Edit(description: "template \(name)", paths: [try site.write(path, text + "<!-- edit \(rng.int(1000)) -->\n")])
        case 9:
            let text = try site.read("content/members.yaml")
            let old = rng.pick(GeneratedBoard.memberNames.filter { text.contains("name: \($0)\n") } + ["Sally Halls"])
            let new = old.hasSuffix("e") ? String(old.dropLast()) : old + "e"
            let edited = text.replacingOccurrences(of: "name: \(old)\n", with: "name: \(new)\n")
            return Edit(description: "member \(old) renamed", paths: [try site.write("content/members.yaml", edited)])
        case 10:
            added += 1
            let path = "content/newsletters/2019-0\(1 + added % 9)-\(10 + added)-added.md"
            let text = "---\ntitle: Added \(added)\ndate: 2019-0\(1 + added % 9)-\(10 + added % 18)\ntags: [neglect]\n---\n\nAn added page.\n"
            return Edit(description: "page \(path) added", paths: [try site.write(path, text)])
        default:
            let removable = pages.filter { $0.contains("/newsletters/") || ($0.contains("/bulletins/") && !$0.hasSuffix("_index.md")) }
            guard let victim = removable.isEmpty ? nil : rng.pick(removable) else { return try replaceLine(page, key: "title", with: "title: Kept") }
            return Edit(description: "\(victim) removed", paths: [try site.remove(victim)])
        }
    }

    /// Replaces the front matter line `key: ...` of `path` (adding it when the page has none).
    mutating func replaceLine(_ path: String, key: String, with line: String) throws -> Edit {
        var lines = try site.read(path).components(separatedBy: "\n")
        let end = lines.dropFirst().firstIndex(of: "---") ?? 1
        if let index = lines[1..<end].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = line
        } else if key != "status" && key != "date" && key != "month" {
            lines.insert(line, at: end)
        }
        return Edit(description: "\(line) in \(path)", paths: [try site.write(path, lines.joined(separator: "\n"))])
    }

    func contentPages() throws -> [String] {
        let root = site.source.appendingPathComponent("content")
        let all = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".md") }.map { "content/" + $0 }.sorted()
    }
}
