import Foundation
#if canImport(Glibc)
import Glibc
#endif
import QuorumPreview
import Testing

/// How editors really save, through the inotify watcher and the live server: each save is one rebuild, the page
/// shows the new text, and no rebuild ever sees a half-written or briefly missing file (which would flash the
/// error panel: other pages link to the one being saved).
@Suite struct EditorSaveTests {
    static let page = "content/bulletins/2018-11-tusk-42.md"
    static let url = "/bulletins/2018-11-tusk-42/"
    static let sentence = "Schools have a part to play."

    /// Waits for `text` on the page, lets any later rebuild happen, and checks there was exactly one and it passed.
    static func expectOneRebuild(_ server: PreviewHarness, showing text: String, on url: String = url,
                                 _ comment: Comment) async throws {
        let shown = try await server.eventually { try await server.text(url).contains(text) }
        #expect(shown, comment)
        // Long enough for a second batch (the watcher's longest wait for a small save is 100 ms).
        try await Task.sleep(for: .milliseconds(400))
        let rebuilds = server.rebuilds.all
        #expect(rebuilds.count == 1, "\(comment): \(rebuilds)")
        #expect(!rebuilds.contains { $0.failed }, "\(comment): \(rebuilds)")
    }

    @Test("each editor's way of saving gives one rebuild and the new text, with no error and no scratch file published",
          arguments: EditorSave.allCases)
    func editorSave(_ style: EditorSave) async throws {
        try await PreviewHarness.run { server in
            let path = server.site.url(Self.page).path
            let text = try server.site.read(Self.page).replacingOccurrences(of: Self.sentence, with: "Schools saved by \(style).")
            try style.save(text, to: path)
            try await Self.expectOneRebuild(server, showing: "Schools saved by \(style).", "\(style)")
            for scratch in ["4913", "2018-11-tusk-42.md~", "2018-11-tusk-42.md___jb_old___", "2018-11-tusk-42.md.vsctmp"] {
                #expect(try await server.get("/bulletins/\(scratch)").status == .notFound, "\(scratch)")
            }
        }
    }

    @Test("a file truncated and written in two parts 150 ms apart is rebuilt once, after it is closed, never half-written")
    func halfWritten() async throws {
        try await PreviewHarness.run { server in
            let path = server.site.url(Self.page).path
            let text = try server.site.read(Self.page).replacingOccurrences(of: Self.sentence, with: "Schools wrote in two parts.")
            // The first half ends inside the front matter: read alone, it is an error.
            let half = text.utf8.count / 4
            let file = try Disk.open(path)
            try Disk.write(String(decoding: Array(text.utf8).prefix(half), as: UTF8.self), into: file)
            try await Task.sleep(for: .milliseconds(150))
            #expect(server.rebuilds.value == 0, "a rebuild started while the file was half-written")
            try Disk.write(String(decoding: Array(text.utf8).dropFirst(half), as: UTF8.self), into: file)
            close(file)
            try await Self.expectOneRebuild(server, showing: "Schools wrote in two parts.", "truncate and write")
        }
    }

    @Test("two saves 3 ms apart are one rebuild showing the second")
    func twoQuickSaves() async throws {
        // A quiet time of 100 ms, so a busy test machine cannot stretch 3 ms past it.
        try await PreviewHarness.run(debounce: .milliseconds(100)) { server in
            let path = server.site.url(Self.page).path
            let original = try server.site.read(Self.page)
            try Disk.write(original.replacingOccurrences(of: Self.sentence, with: "First save."), to: path, sync: false)
            let first = ContinuousClock.now
            try await Task.sleep(for: .milliseconds(3))
            try Disk.write(original.replacingOccurrences(of: Self.sentence, with: "Second save."), to: path, sync: false)
            let gap = first.duration(to: .now)
            #expect(try await server.eventually { try await server.text(Self.url).contains("Second save.") })
            try await Task.sleep(for: .milliseconds(400))
            let rebuilds = server.rebuilds.all
            // Unless the machine was so busy that the 3 ms sleep outlasted the quiet time itself.
            #expect(gap >= .milliseconds(100) || rebuilds.count == 1, "gap \(gap): \(rebuilds)")
            #expect(!rebuilds.contains { $0.failed }, "\(rebuilds)")
        }
    }

    @Test("a git checkout that changes 500 pages is one rebuild, and every page shows its new text")
    func gitCheckout() async throws {
        let pages = (1...500).map { String(format: "content/pages/note-%03d.md", $0) }
        try await PreviewHarness.run(prepare: { site in
            for (index, page) in pages.enumerated() { try site.write(page, "---\ntitle: Note \(index + 1)\n---\n\nOld text \(index + 1).\n") }
            try Git.run(["init", "-q", "-b", "main"], in: site.source)
            try Git.run(["add", "-A"], in: site.source)
            try Git.run(["commit", "-q", "-m", "old"], in: site.source)
            try Git.run(["checkout", "-q", "-b", "new"], in: site.source)
            for (index, page) in pages.enumerated() { try site.write(page, "---\ntitle: Note \(index + 1)\n---\n\nNew text \(index + 1).\n") }
            try Git.run(["commit", "-q", "-a", "-m", "new"], in: site.source)
            try Git.run(["checkout", "-q", "main"], in: site.source)
        }) { server in
            #expect(try await server.text("/pages/note-250/").contains("Old text 250."))
            try Git.run(["checkout", "-q", "new"], in: server.site.source)
            try await Self.expectOneRebuild(server, showing: "New text 500.", on: "/pages/note-500/", "git checkout")
            #expect(server.rebuilds.all.first?.paths.filter { $0.hasSuffix(".md") }.count == 500)
            for number in [1, 2, 250, 499] {
                #expect(try await server.text("/pages/note-\(String(format: "%03d", number))/").contains("New text \(number)."))
            }
        }
    }

    @Test("saves that arrive while a rebuild runs are not lost: they are rebuilt together once it ends")
    func savesDuringRebuild() async throws {
        try await PreviewHarness.run { server in
            let pages = [("content/bulletins/2018-11-tusk-42.md", "/bulletins/2018-11-tusk-42/", Self.sentence),
                         ("content/bulletins/2018-12-tusk-43.md", "/bulletins/2018-12-tusk-43/", nil),
                         ("content/pages/about.md", "/pages/about/", nil)]
            // site.yaml: everything is read and rendered again, the slowest rebuild there is.
            try server.site.edit("content/site.yaml", replacing: "title: ", with: "title: The ")
            try await Task.sleep(for: .milliseconds(40))
            for (index, (page, _, sentence)) in pages.enumerated() {
                let text = try server.site.read(page)
                let new = sentence.map { text.replacingOccurrences(of: $0, with: "Saved during a rebuild 0.") }
                    ?? text + "\nSaved during a rebuild \(index).\n"
                try Disk.write(new, to: server.site.url(page).path, sync: false)
                try await Task.sleep(for: .milliseconds(30))
            }
            for (index, (_, url, _)) in pages.enumerated() {
                let shown = try await server.eventually { try await server.text(url).contains("Saved during a rebuild \(index).") }
                #expect(shown, "\(url)")
            }
            try await Task.sleep(for: .milliseconds(400))
            let rebuilds = server.rebuilds.all
            #expect(!rebuilds.contains { $0.failed }, "\(rebuilds)")
            // The site.yaml rebuild, then at most one for each save (fewer when they came during a rebuild).
            #expect((1...4).contains(rebuilds.count), "\(rebuilds)")
        }
    }

    @Test("a change to scratch files alone (vim's swap file and probe, a backup) rebuilds nothing")
    func scratchOnly() async throws {
        try await PreviewHarness.run { server in
            let folder = server.site.url("content/bulletins").path
            try Disk.write("swap", to: folder + "/.2018-11-tusk-42.md.swp", sync: false)
            try Disk.probe(beside: folder + "/x")
            try Disk.write("backup", to: folder + "/2018-11-tusk-42.md~", sync: false)
            try await Task.sleep(for: .milliseconds(500))
            #expect(server.rebuilds.value == 0, "\(server.rebuilds.all)")
        }
    }
}

/// Runs git in a folder, with a fixed author so no configuration is needed.
enum Git {
    static func run(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Quorum Tests", "-c", "user.email=tests@example.org",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Disk.Failure(description: "git \(arguments.joined(separator: " ")): \(message)")
        }
    }
}
