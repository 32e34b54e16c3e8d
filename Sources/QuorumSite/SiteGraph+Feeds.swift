import Foundation
import QuorumContent
import QuorumMarkdown

extension SiteGraph {
    /// The absolute URL of a site path.
    public func absoluteURL(_ url: String) -> String {
        SiteGraph.absolute(config.baseURL, url)
    }

    /// Publications for feeds, and for the site's and meetings' feeds the approval of minutes: newest first,
    /// by date, then path.
    func feedEntries(_ section: Section?) -> [FeedEntry] {
        // Chosen by fields that only change through assembly, so the feed records only the pages it shows.
        let chosen = section.map { sections[$0] ?? [] } ?? listedPages.filter { pages.section(of: $0) != .pages }
        var entries = chosen.compactMap { index in pages.date(of: index).map { FeedEntry(page: index, date: $0) } }
        if section == nil || section == .meetings {
            for (approved, approver) in board.approvals {
                guard let date = pages.date(of: approver) else { continue }
                entries.append(FeedEntry(page: approved, date: date, approvedAt: approver))
            }
        }
        return entries.sorted { a, b in
            if a.date != b.date { return a.date > b.date }
            if a.approvedAt != b.approvedAt { return a.approvedAt != nil }
            return pages.sourcePath(of: a.page) < pages.sourcePath(of: b.page)
        }.prefix(50).map { $0 }
    }

    /// The title, summary and HTML content of a feed entry for the approval of minutes.
    func approvalText(_ entry: FeedEntry) -> (title: String, summary: String, html: String)? {
        guard let approver = entry.approvedAt else { return nil }
        let page = pages[entry.page].page, at = pages[approver].page
        let held = page.date?.long ?? page.title, on = at.date?.long ?? at.title
        let summary = "The minutes of the meeting held on \(held) were approved at the meeting on \(on)."
        var html = "<p>The minutes of the <a href=\"\(link(page.url))\">meeting held on \(HTMLEscaping.escape(held))</a> were approved at the "
            + "<a href=\"\(link(at.url))\">meeting on \(HTMLEscaping.escape(on))</a>.</p>"
        let corrections = page.meeting?.corrections ?? []
        if !corrections.isEmpty {
            html += "<ul>" + corrections.map { "<li>\($0.date.map { "\($0.long): " } ?? "")\(HTMLEscaping.escape($0.text))</li>" }.joined() + "</ul>"
        }
        return ("Minutes approved: \(page.title)", summary, html)
    }

    /// The Atom and JSON feed of one section, or of the whole site for nil.
    func feedFiles(for section: Section?, entries: [FeedEntry]? = nil) -> [SiteFile] {
        let entries = entries ?? feedEntries(section)
        let folder = section.map { "\($0.rawValue)/" } ?? ""
        let title = section.map { "\($0.title) – \(config.title)" } ?? config.title
        return [SiteFile(path: folder + "atom.xml", text: atomFeed(entries, title: title, path: "/" + folder)),
                SiteFile(path: folder + "feed.json", text: jsonFeed(entries, title: title, path: "/" + folder))]
    }

    /// RFC 3339 time at midnight UTC for a day: feeds need a time, content only has dates.
    static func timestamp(_ date: DayDate) -> String { "\(date.iso)T00:00:00Z" }

    func atomFeed(_ entries: [FeedEntry], title: String, path: String) -> String {
        let feedURL = absoluteURL(path + "atom.xml")
        let updated = entries.map(\.date).max().map(SiteGraph.timestamp) ?? "1970-01-01T00:00:00Z"
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
        for entry in entries {
            let rendered = pages[entry.page]
            let url = absoluteURL(rendered.page.url)
            let date = SiteGraph.timestamp(entry.date)
            if let approval = approvalText(entry) {
                xml += """
                    <entry>
                    <title>\(XMLText.escape(approval.title))</title>
                    <id>\(XMLText.escape(url + "#minutes-history"))</id>
                    <link rel="alternate" type="text/html" href="\(XMLText.escape(url + "#minutes-history"))"/>
                    <published>\(date)</published>
                    <updated>\(date)</updated>
                    <summary>\(XMLText.escape(approval.summary))</summary>
                    <content type="html">\(XMLText.escape(absolutised(approval.html)))</content>
                    </entry>

                    """
                continue
            }
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

    func jsonFeed(_ entries: [FeedEntry], title: String, path: String) -> String {
        let items: [[String: Any]] = entries.map { entry in
            let rendered = pages[entry.page]
            if let approval = approvalText(entry) {
                let url = absoluteURL(rendered.page.url) + "#minutes-history"
                return ["id": url, "url": url, "title": approval.title, "summary": approval.summary,
                        "content_html": absolutised(approval.html), "date_published": SiteGraph.timestamp(entry.date)]
            }
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
        return SiteGraph.jsonText(feed)
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
            if case .page(let index) = output.content, let date = pages.date(of: index) { xml += "<lastmod>\(date.iso)</lastmod>" }
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
            + (board.meetings.isEmpty && members.isEmpty ? [] : OpenDataFile.allCases.map { .openData($0) })
            + pages.indices.filter { !pages[$0].downloads.isEmpty }.map { .downloads($0) }
    }

    /// The jobs of `siteFileJobs` that make page `index`'s own files: its email edition, its CSV downloads.
    public func jobs(ofPage index: Int) -> [SiteFileJob] {
        let section = pages[index].page.section
        let email = (section == .bulletins || section == .newsletters) && (sections[section] ?? []).contains(index)
        return (email ? [.email(index)] : []) + (pages[index].downloads.isEmpty ? [] : [.downloads(index)])
    }

    /// A name for `job` that stays when pages are added or removed (their indexes shift): a per-page job is
    /// named by its page's source path.
    public func key(of job: SiteFileJob) -> String {
        switch job {
        case .feeds(let section): return "feeds " + (section?.rawValue ?? "")
        case .sitemap: return "sitemap"
        case .robots: return "robots"
        case .calendar: return "calendar"
        case .email(let index): return "email " + pages[index].page.sourcePath
        case .openData(let kind): return "open data \(kind)"
        case .downloads(let index): return "downloads " + pages[index].page.sourcePath
        }
    }

    /// The files one job makes.
    public func siteFiles(for job: SiteFileJob) -> [SiteFile] {
        switch job {
        case .feeds(let section): return feedFiles(for: section)
        case .sitemap: return [sitemap()]
        case .robots: return [robots()]
        case .calendar: return [meetingCalendar()]
        case .email(let index): return emailFiles(index)
        case .openData(let kind): return openDataFiles(kind)
        case .downloads(let index): return pages[index].downloads
        }
    }
}

/// One piece of the site's non-template files: a scope's feeds, the sitemap, robots.txt, the calendar, an email edition.
public enum SiteFileJob: Sendable {
    case feeds(Section?)
    case sitemap, robots, calendar
    case email(Int)
    case openData(OpenDataFile)
    /// The CSV files of a page's data tables.
    case downloads(Int)

    /// The page whose files a per-page job makes (an email edition, a page's CSV files): they read that page
    /// and the site's settings only.
    public var page: Int? {
        switch self {
        case .email(let index), .downloads(let index): return index
        case .feeds, .sitemap, .robots, .calendar, .openData: return nil
        }
    }

    /// Whether the job reads only the meetings, the members and the settings, and of any other page only its
    /// URL (an agenda paper's link): the open data files and the calendar. `MeetingReads` tells when they stand.
    public var readsMeetingsOnly: Bool {
        switch self {
        case .calendar, .openData: return true
        case .feeds, .sitemap, .robots, .email, .downloads: return false
        }
    }
}

/// One entry of a feed: a publication, or the approval of a meeting's minutes at a later meeting.
struct FeedEntry: Sendable {
    var page: Int
    var date: DayDate
    var approvedAt: Int?
}
