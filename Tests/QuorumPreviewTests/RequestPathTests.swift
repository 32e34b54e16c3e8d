import Testing
@testable import QuorumPreview

/// Request paths are plain names or nothing: `..`, encoded slashes and backslashes never reach a file lookup.
@Suite struct RequestPathTests {
    @Test("plain paths give their file in the output folder", arguments: [
        ("/", "index.html"),
        ("/meetings/", "meetings/index.html"),
        ("/meetings", "meetings"),
        ("/assets/quorum.css", "assets/quorum.css"),
        ("/tags/county%20lines/", "tags/county lines/index.html"),
        ("/pages/caf%C3%A9/", "pages/café/index.html"),
    ])
    func plain(raw: String, file: String) {
        #expect(RequestPath(raw: raw)?.file == file)
    }

    @Test("paths that could climb out of the site or hide a separator are refused", arguments: [
        "/../etc/passwd", "/meetings/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2e/etc/passwd", "/.%2e/etc/passwd",
        "/meetings%2f..%2f..%2fetc%2fpasswd", "/a%2Fb", "/a%5cb", "/a\\b", "//etc/passwd", "/a//b", "/./index.html",
        "/.", "/..", "/%00", "/index.html%00.css", "/%", "/%zz", "etc/passwd", "",
    ])
    func refused(raw: String) {
        #expect(RequestPath(raw: raw) == nil)
    }

    @Test("a path under the base path is taken relative to it; others are outside")
    func basePath() {
        #expect(RequestPath(raw: "/board/meetings/")?.relative(to: ["board"])?.file == "meetings/index.html")
        #expect(RequestPath(raw: "/board")?.relative(to: ["board"])?.file == "index.html")
        #expect(RequestPath(raw: "/meetings/")?.relative(to: ["board"]) == nil)
    }
}
