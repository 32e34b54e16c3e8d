import Foundation
import QuorumContent

extension SiteGraph {
    /// The absolute URL of a site path.
    public func absoluteURL(_ url: String) -> String {
        SiteGraph.absolute(config.baseURL, url)
    }

    /// Publications for feeds: newest first, by date, then path.
    func feedEntries(_ section: Section?) -> [Int] {
        let chosen = section.map { sections[$0] ?? [] } ?? listedPages.filter { pages[$0].page.section != .pages }
        return chosen.filter { pages[$0].page.date != nil }
            .sorted { SiteGraph.listOrder(.meetings, pages[$0].page, pages[$1].page) }
            .prefix(50).map { $0 }
    }

    /// The Atom and JSON feed of one section, or of the whole site for nil.
    func feedFiles(for section: Section?, entries: [Int]? = nil) -> [SiteFile] {
        let entries = entries ?? feedEntries(section)
        let folder = section.map { "\($0.rawValue)/" } ?? ""
        let title = section.map { "\($0.title) – \(config.title)" } ?? config.title
        return [SiteFile(path: folder + "atom.xml", text: atomFeed(entries, title: title, path: "/" + folder)),
                SiteFile(path: folder + "feed.json", text: jsonFeed(entries, title: title, path: "/" + folder))]
    }

    /// RFC 3339 time at midnight UTC for a day: feeds need a time, content only has dates.
    static func timestamp(_ date: DayDate) -> String { "\(date.iso)T00:00:00Z" }

    func atomFeed(_ entries: [Int], title: String, path: String) -> String {
        let feedURL = absoluteURL(path + "atom.xml")
        let updated = entries.compactMap { pages[$0].page.date }.max().map(SiteGraph.timestamp) ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(config.language))">
            <title>\(XMLText.escape(title))</title>
            <id>\(XMLText.escape(feedURL))</id>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(feedURL))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(absoluteURL(path)))"/>
            <updated>\(updated)</updated>
            <author><name>\(XMLText.escape(config.title))</name></author>

            """
        for index in entries {
            let rendered = pages[index]
            let url = absoluteURL(rendered.page.url)
            let date = rendered.page.date.map(SiteGraph.timestamp) ?? updated
            xml += """
                <entry>
                <title>\(XMLText.escape(rendered.page.title))</title>
                <id>\(XMLText.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
                <published>\(date)</published>
                <updated>\(date)</updated>
                <summary>\(XMLText.escape(rendered.summary))</summary>
                <content type="html">\(XMLText.escape(absolutised(rendered.html)))</content>
                \(rendered.page.tags.map { "<category term=\"\(XMLText.escape($0))\"/>" }.joined())
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    func jsonFeed(_ entries: [Int], title: String, path: String) -> String {
        let items: [[String: Any]] = entries.map { index in
            let rendered = pages[index]
            var item: [String: Any] = [
                "id": absoluteURL(rendered.page.url), "url": absoluteURL(rendered.page.url), "title": rendered.page.title,
                "summary": rendered.summary, "content_html": absolutised(rendered.html),
            ]
            if let date = rendered.page.date { item["date_published"] = SiteGraph.timestamp(date) }
            if !rendered.page.tags.isEmpty { item["tags"] = rendered.page.tags }
            return item
        }
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1", "title": title, "language": config.language,
            "home_page_url": absoluteURL(path), "feed_url": absoluteURL(path + "feed.json"), "items": items,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: feed, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Site-root links in rendered HTML made absolute, for feeds and email.
    public func absolutised(_ html: String) -> String {
        guard config.baseURL.contains("://") else { return html }
        var base = config.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        let origin = basePath.isEmpty ? base : String(base.dropLast(basePath.count))
        return TextReplacement.replacing(html, [("href=\"/", "href=\"\(origin)/"), ("src=\"/", "src=\"\(origin)/")])
    }

    /// `sitemap.xml`: every HTML page but the 404 page.
    func sitemap() -> SiteFile {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for output in outputs where output.url != "/404.html" {
            xml += "<url><loc>\(XMLText.escape(absoluteURL(output.url)))</loc>"
            if case .page(let index) = output.content, let date = pages[index].page.date { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        return SiteFile(path: "sitemap.xml", text: xml + "</urlset>\n")
    }

    func robots() -> SiteFile {
        SiteFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(absoluteURL("/sitemap.xml"))\n")
    }

    /// The pieces of work that make every generated file that is not a template page (feeds, sitemap, robots.txt,
    /// the calendar, email editions), small enough to share out between cores.
    public var siteFileJobs: [SiteFileJob] {
        let feedScopes = Section.allCases.filter { $0 != .pages && !(self.sections[$0] ?? []).isEmpty }
        return [.feeds(nil)] + feedScopes.map { .feeds($0) } + [.sitemap, .robots, .calendar]
            + ((sections[.bulletins] ?? []) + (sections[.newsletters] ?? [])).map { .email($0) }
    }

    /// The files one job makes.
    public func siteFiles(for job: SiteFileJob) -> [SiteFile] {
        switch job {
        case .feeds(let section): return feedFiles(for: section)
        case .sitemap: return [sitemap()]
        case .robots: return [robots()]
        case .calendar: return [meetingCalendar()]
        case .email(let index): return emailFiles(index)
        }
    }
}

/// One piece of the site's non-template files: a scope's feeds, the sitemap, robots.txt, the calendar, an email edition.
public enum SiteFileJob: Sendable {
    case feeds(Section?)
    case sitemap, robots, calendar
    case email(Int)
}
