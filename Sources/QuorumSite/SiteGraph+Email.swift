import Foundation
import QuorumContent
import QuorumMarkdown

/// Each bulletin and newsletter as one self-contained, email-ready HTML file: inline styles, charts as PNG
/// images, absolute links and no scripts, because mail clients drop stylesheets, SVG and scripts.
extension SiteGraph {
    /// The email edition of bulletin or newsletter `index`: `email.html`, its plain-text part `email.txt`
    /// and, when chart images are on, each chart's SVG for the build to draw as a PNG beside them.
    func emailFiles(_ index: Int) -> [SiteFile] {
        let folder = pages[index].page.url.split(separator: "/").joined(separator: "/")
        let charts = emailCharts(index)
        return [SiteFile(path: folder + "/email.html", text: emailEdition(index, charts: charts)),
                SiteFile(path: folder + "/email.txt", text: emailText(index, charts: charts))]
            + charts.sources.map { SiteFile(path: $0.path, text: $0.svg) }
    }

    /// The SVG files of every email edition's charts, each to be drawn as the PNG of the same name.
    public var emailChartSVGs: [String] {
        ((sections[.bulletins] ?? []) + (sections[.newsletters] ?? [])).flatMap { emailCharts($0).sources.map(\.path) }
    }

    /// Whether any email edition holds a chart.
    public var emailsHaveCharts: Bool {
        ((sections[.bulletins] ?? []) + (sections[.newsletters] ?? [])).contains { pages[$0].html.containsBytes("<figure class=\"chart\"") }
    }

    private func emailCharts(_ index: Int) -> EmailCharts {
        let page = pages[index].page
        let folder = page.url.split(separator: "/").joined(separator: "/")
        return EmailCharts(absolutised(pages[index].html), folder: folder, folderURL: absoluteURL(page.url),
                           pageURL: absoluteURL(page.url), images: chartImages)
    }

    /// The plain-text edition: the same words and links as `email.html`, for the text part of a multipart message.
    func emailText(_ index: Int, charts: EmailCharts) -> String {
        let page = pages[index].page
        var text = config.title + "\n\n" + emailKicker(page) + "\n\n"
        text += page.title + "\n" + String(repeating: "=", count: min(page.title.count, 72)) + "\n\n"
        text += EmailText.text(charts.html)
        text += "\n---\nRead this online at \(absoluteURL(page.url))\n"
        if let email = config.contact.email { text += "Contact us at \(email)\n" }
        return text
    }

    private func emailKicker(_ page: Page) -> String {
        var kicker = page.section.singular
        if let bulletin = page.bulletin { kicker = "Things You Should Know · Issue \(bulletin.issue) · \(bulletin.monthLabel)" }
        else if let date = page.date { kicker += " · \(date.long)" }
        return kicker
    }

    /// The URL of a page's email edition.
    public func emailURL(_ page: Page) -> String { page.url + "email.html" }

    func emailEdition(_ index: Int, charts: EmailCharts) -> String {
        let page = pages[index].page
        let escape = HTMLEscaping.escape
        let kicker = emailKicker(page)
        let body = EmailStyles.inline(charts.html)
        return """
            <!DOCTYPE html>
            <html lang="\(escape(config.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(page.title)) – \(escape(config.title))</title>
            </head>
            <body style="\(EmailStyles.body)">
            <div style="\(EmailStyles.frame)">
            <header style="\(EmailStyles.header)">
            <p style="margin:0;font-size:18px;font-weight:700;"><a href="\(escape(absoluteURL("/")))" style="color:#ffffff;text-decoration:none;">\(escape(config.title))</a></p>
            </header>
            <main style="\(EmailStyles.main)">
            <p style="\(EmailStyles.kicker)">\(escape(kicker))</p>
            <h1 style="\(EmailStyles.h1)">\(escape(page.title))</h1>
            \(body)
            </main>
            <footer style="\(EmailStyles.footer)">
            <p style="margin:0 0 8px;">Read this online at <a href="\(escape(absoluteURL(page.url)))" style="color:#1d70b8;">\(escape(absoluteURL(page.url)))</a></p>
            \(config.contact.email.map { "<p style=\"margin:0;\">Contact us at <a href=\"mailto:\(escape($0))\" style=\"color:#1d70b8;\">\(escape($0))</a></p>" } ?? "")
            </footer>
            </div>
            </body>
            </html>

            """
    }
}

/// The inline styles of the email edition, one place for each element's look.
enum EmailStyles {
    static let font = "font-family:Arial,Helvetica,sans-serif;"
    static let body = "margin:0;padding:16px 0;background:#f3f2f1;color:#0b0c0c;\(font)font-size:16px;line-height:1.5;"
    static let frame = "max-width:640px;margin:0 auto;background:#ffffff;"
    static let header = "background:#1d3c6e;padding:16px 24px;border-bottom:6px solid #5694ca;"
    static let main = "display:block;padding:8px 24px 24px;"
    static let kicker = "margin:16px 0 0;color:#505a5f;font-size:16px;"
    static let h1 = "margin:8px 0 16px;font-size:28px;line-height:1.2;"
    static let footer = "padding:16px 24px;border-top:1px solid #b1b4b6;font-size:14px;color:#505a5f;"

    /// Styles added to the opening tags of rendered Markdown and blocks.
    static let tags: [(String, String)] = [
        ("h2", "margin:24px 0 8px;font-size:22px;line-height:1.25;"),
        ("h3", "margin:20px 0 8px;font-size:18px;"),
        ("p", "margin:0 0 12px;"),
        ("ul", "margin:0 0 12px;padding-left:20px;"),
        ("ol", "margin:0 0 12px;padding-left:20px;"),
        ("li", "margin:0 0 4px;"),
        ("a", "color:#1d70b8;text-decoration:underline;"),
        ("blockquote", "margin:0 0 12px;padding:8px 12px;border-left:6px solid #b1b4b6;"),
        ("table", "border-collapse:collapse;width:100%;font-size:14px;margin:0 0 8px;"),
        ("caption", "text-align:left;font-weight:700;padding:0 0 6px;"),
        ("th", "text-align:left;padding:6px 8px 6px 0;border-bottom:1px solid #b1b4b6;vertical-align:top;"),
        ("td", "padding:6px 8px 6px 0;border-bottom:1px solid #b1b4b6;vertical-align:top;"),
        ("figure", "margin:0 0 16px;"),
        ("figcaption", "font-weight:700;margin:0 0 6px;"),
        ("pre", "white-space:pre-wrap;background:#f3f2f1;padding:8px;font-size:14px;"),
    ]

    /// Adds the element styles; `<details>` becomes an always-open block, as most mail clients cannot open one.
    static func inline(_ html: String) -> String {
        let out = TextReplacement.replacing(html, [
            ("<details class=\"chart-data\">", "<div class=\"chart-data\">"),
            ("</details>", "</div>"),
            ("<summary>Show the data for this chart</summary>", "<p style=\"font-weight:700;margin:8px 0 4px;\">The data for this chart</p>"),
            ("<td class=\"num\">", "<td class=\"num\" style=\"text-align:right;padding:6px 0 6px 8px;border-bottom:1px solid #b1b4b6;\">"),
        ])
        return styled(out)
    }

    /// Styles by tag name, as UTF-8, for the byte scan of `styled`.
    private static let stylesByName: [[UInt8]: [UInt8]] = Dictionary(uniqueKeysWithValues: tags.map {
        (Array($0.0.utf8), Array(" style=\"\($0.1)\"".utf8))
    })

    /// Puts each element's style on its opening tags in one pass over the bytes, so no tag gets two style attributes.
    static func styled(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        let marker = Array("style=\"".utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            out.append(byte)
            index += 1
            guard byte == UInt8(ascii: "<") else { continue }
            var end = index
            while end < bytes.count, isAlphanumeric(bytes[end]) { end += 1 }
            guard end > index, end < bytes.count, bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: " "),
                  let style = stylesByName[Array(bytes[index..<end])] else { continue }
            // A tag that already has a style keeps it.
            var close = end
            while close < bytes.count, bytes[close] != UInt8(ascii: ">") { close += 1 }
            guard close < bytes.count, !contains(bytes[end..<close], marker) else { continue }
            out.append(contentsOf: bytes[index..<end])
            out.append(contentsOf: style)
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
