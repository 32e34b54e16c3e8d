/// The folders of `content/` that hold pages; the folder gives the publication type.
public enum Section: String, Sendable, CaseIterable, Hashable {
    case meetings, bulletins, newsletters, reports, pages

    /// The heading of the section's list page.
    public var title: String {
        switch self {
        case .meetings: return "Meetings"
        case .bulletins: return "Bulletins"
        case .newsletters: return "Newsletters"
        case .reports: return "Reports"
        case .pages: return "Pages"
        }
    }

    /// A one-word label for a single item, as lists and the home page show it.
    public var singular: String {
        switch self {
        case .meetings: return "Meeting"
        case .bulletins: return "Bulletin"
        case .newsletters: return "Newsletter"
        case .reports: return "Report"
        case .pages: return "Page"
        }
    }
}

/// What a page is, which decides its front matter and its template.
public enum PageKind: String, Sendable, Hashable {
    case page, meeting, bulletin, newsletter, report, chapter, coverReport = "cover-report", sectionIndex = "section"
}
