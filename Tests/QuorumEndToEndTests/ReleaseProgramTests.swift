import Foundation
import Testing

/// The release `quorum` copied out of the checkout, as a board that installed it would use it.
@Suite(.serialized) struct ReleaseProgramTests {
    static let today = "2026-12-03"

    /// A copied program and a new site made by it in `board/`, placeholders filled when `filled`.
    func newSite(filled: Bool) throws -> (root: URL, program: URL, home: URL, site: URL) {
        let (root, program, home) = try ReleaseProgram.install()
        let made = try ReleaseProgram.run(program, ["new", "site", "board", "--today", Self.today], in: root, home: home)
        #expect(made.status == 0, "\(made.errors)")
        let site = root.appendingPathComponent("board")
        if filled {
            let config = site.appendingPathComponent("content/site.yaml")
            let text = SampleSite.read(config).replacingOccurrences(of: "your-board.invalid", with: "board.example.org")
            try Data(text.utf8).write(to: config)
        }
        return (root, program, home, site)
    }

    @Test("a copied release quorum starts a site anywhere and builds it with --strict once the placeholders are filled")
    func newSiteBuilds() throws {
        let (root, program, home, site) = try newSite(filled: false)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!root.path.hasPrefix(SampleSite.repository.path))

        let first = try ReleaseProgram.run(program, ["build", "--source", "board", "--today", Self.today], in: root, home: home)
        #expect(first.status == 0, "\(first.errors)")
        let warnings = first.errors.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings == [
            "content/site.yaml:4:11: warning: base_url is still the placeholder https://your-board.invalid/",
            "content/site.yaml:14:10: warning: the contact email is still the placeholder office@your-board.invalid",
        ], "\(first.errors)")
        #expect(first.errors.contains("0 errors, 2 warnings"))

        let config = site.appendingPathComponent("content/site.yaml")
        let text = SampleSite.read(config).replacingOccurrences(of: "your-board.invalid", with: "board.example.org")
        try Data(text.utf8).write(to: config)
        let strict = try ReleaseProgram.run(program, ["build", "--source", "board", "--strict", "--today", Self.today], in: root, home: home)
        #expect(strict.status == 0, "\(strict.errors)")
        #expect(!strict.errors.contains("warning"), "\(strict.errors)")

        let output = site.appendingPathComponent("public")
        for page in ["index.html", "404.html", "meetings/index.html", "meetings/2026-12-03-b/index.html", "bulletins/index.html",
                     "bulletins/2026-12-bulletin-1/index.html", "bulletins/2026-12-bulletin-1/email.html", "pages/about/index.html",
                     "pages/accessibility/index.html", "members/index.html", "glossary/index.html",
                     "atom.xml", "feed.json", "meetings/atom.xml", "bulletins/atom.xml", "meetings/meetings.ics", "sitemap.xml", "robots.txt"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "no \(page)")
        }
        let bulletin = SampleSite.read(output.appendingPathComponent("bulletins/2026-12-bulletin-1/index.html"))
        #expect(bulletin.contains("<svg"), "the bulletin's chart was not drawn")
        #expect(SampleSite.read(output.appendingPathComponent("atom.xml")).contains("https://board.example.org/"))
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("assets/quorum.css").path)
                == FileManager.default.contents(atPath: SampleSite.theme.appendingPathComponent("assets/quorum.css").path))
        #expect(SampleSite.read(site.appendingPathComponent(".gitignore")).contains("/public/\n/.public.build-state.json\n/.public.spare/\n/.public.cache/\n"))
    }

    @Test("the release program links no Swift library and runs with the Swift toolchain hidden")
    func staticRuntime() throws {
        let program = try #require(ReleaseProgram.url, "\(ReleaseProgram.missing)")
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [program.path]
        let linked = try ReleaseProgram.collect(ldd)
        #expect(linked.status == 0, "\(linked.errors)")
        #expect(linked.output.contains("libc.so"), "\(linked.output)")
        let swiftLibraries = linked.output.split(separator: "\n").filter {
            $0.contains("swift") || $0.contains("Foundation") || $0.contains("dispatch") || $0.contains("BlocksRuntime") || $0.contains("not found")
        }
        #expect(swiftLibraries.isEmpty, "\(linked.output)")

        // As root (CI, this machine) hide the toolchain behind an empty tmpfs in a private mount namespace and
        // start a site there; without root, `ldd` above is the proof.
        guard getuid() == 0 else { return }
        let swiftFolder = try #require(Self.swiftToolchain(), "cannot find the Swift toolchain")
        let (root, copy, home) = try ReleaseProgram.install()
        defer { try? FileManager.default.removeItem(at: root) }
        let script = """
            mount -t tmpfs none "$1" && ! ls "$1"/usr >/dev/null 2>&1 && cd "$2" \
            && "$3" new site board && "$3" build --source board --no-search && "$3" --version
            """
        var hidden = ReleaseProgram.Run(status: 126, output: "", errors: "")
        // 126, the shell could not run the copy: a child another test forked may still hold it open (ETXTBSY).
        for _ in 1...20 where hidden.status == 126 {
            hidden = try ReleaseProgram.run(URL(fileURLWithPath: "/usr/bin/unshare"),
                                            ["--mount", "--propagation", "private", "/bin/sh", "-c", script, "sh",
                                             swiftFolder.path, root.path, copy.path], in: root, home: home)
            if hidden.status == 126 { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(hidden.status == 0, "\(hidden.output)\n\(hidden.errors)")
        #expect(hidden.output.contains("quorum "), "\(hidden.output)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("board/public/index.html").path))
    }

    /// The folder of the Swift toolchain that built the tests: the one holding libswiftCore.so.
    static func swiftToolchain() -> URL? {
        for candidate in ["/opt/swift", "/usr/share/swift"] where FileManager.default.fileExists(atPath: candidate + "/usr/lib/swift/linux/libswiftCore.so") {
            return URL(fileURLWithPath: candidate)
        }
        return nil
    }

    @Test("theme export writes the built-in theme byte for byte as templates/ has it, and never overwrites")
    func themeExport() throws {
        let (root, program, home) = try ReleaseProgram.install()
        defer { try? FileManager.default.removeItem(at: root) }
        let export = try ReleaseProgram.run(program, ["theme", "export", "mytheme"], in: root, home: home)
        #expect(export.status == 0, "\(export.errors)")
        let exported = SampleSite.snapshot(root.appendingPathComponent("mytheme"))
        let checkout = SampleSite.snapshot(SampleSite.theme).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        #expect(exported.keys.sorted() == checkout.keys.sorted(), "the release quorum's theme is older than templates/: rebuild it")
        #expect(exported == checkout)

        let again = try ReleaseProgram.run(program, ["theme", "export", "mytheme"], in: root, home: home)
        #expect(again.status == 1)
        #expect(again.errors.hasPrefix("mytheme/404.mustache: error: 404.mustache already exists; nothing was written\n"), "\(again.errors)")
    }

    @Test("the site's templates/ beat --theme, which beats $QUORUM_THEME, which beats the built-in theme")
    func overrideOrder() throws {
        let (root, program, home, site) = try newSite(filled: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["theme-env", "theme-option"] {
            #expect(try ReleaseProgram.run(program, ["theme", "export", name], in: root, home: home).status == 0)
            let base = root.appendingPathComponent("\(name)/base.mustache")
            try Data(SampleSite.read(base).replacingOccurrences(of: "</body>", with: "<!-- \(name) --></body>").utf8).write(to: base)
        }
        func built(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
            let run = try ReleaseProgram.run(program, ["build", "--source", "board", "--strict", "--force"] + arguments,
                                             in: root, home: home, environment: environment)
            #expect(run.status == 0, "\(run.errors)")
            return SampleSite.read(site.appendingPathComponent("public/index.html"))
        }
        let env = ["QUORUM_THEME": root.appendingPathComponent("theme-env").path]
        #expect(try !built([]).contains("<!-- theme-"))
        #expect(try built([], environment: env).contains("<!-- theme-env -->"))
        let both = try built(["--theme", "theme-option"], environment: env)
        #expect(both.contains("<!-- theme-option -->") && !both.contains("<!-- theme-env -->"))

        let own = site.appendingPathComponent("templates/base.mustache")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        let base = SampleSite.read(root.appendingPathComponent("theme-option/base.mustache"))
        try Data(base.replacingOccurrences(of: "<!-- theme-option -->", with: "<!-- the site's own -->").utf8).write(to: own)
        let siteOwn = try built(["--theme", "theme-option"], environment: env)
        #expect(siteOwn.contains("<!-- the site's own -->") && !siteOwn.contains("<!-- theme-"))
    }

    @Test("new site refuses a folder that holds a site, or any file it would write, and writes nothing")
    func refusesSite() throws {
        let (root, program, home, _) = try newSite(filled: false)
        defer { try? FileManager.default.removeItem(at: root) }
        let again = try ReleaseProgram.run(program, ["new", "site", "board"], in: root, home: home)
        #expect(again.status == 1)
        #expect(again.errors.hasPrefix("board/content/site.yaml: error: this folder already holds a site; nothing was written\n"),
                "\(again.errors)")

        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: other.appendingPathComponent(".gitignore"))
        let clash = try ReleaseProgram.run(program, ["new", "site", "other"], in: root, home: home)
        #expect(clash.status == 1)
        #expect(clash.errors.hasPrefix("other/.gitignore: error: .gitignore already exists; nothing was written\n"), "\(clash.errors)")
        #expect(!FileManager.default.fileExists(atPath: other.appendingPathComponent("content").path))
        #expect(SampleSite.read(other.appendingPathComponent(".gitignore")) == "mine\n")
    }

    @Test("--version prints the version and the commit the program was built from")
    func version() throws {
        let (root, program, home) = try ReleaseProgram.install()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try ReleaseProgram.run(program, ["--version"], in: root, home: home)
        #expect(run.status == 0)
        let match = try #require(run.output.wholeMatch(of: /quorum (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12})(\+changes)?\)\n/), "\(run.output)")
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", SampleSite.repository.path, "rev-parse", "--short=12", "HEAD"]
        let head = try ReleaseProgram.collect(git)
        #expect(head.status == 0, "\(head.errors)")
        #expect(String(match.2) == head.output.trimmingCharacters(in: .whitespacesAndNewlines),
                "the release quorum was built from another commit: rebuild it")
    }
}
