import QuorumContent

/// The accessibility statement in the form the 2018 regulations prescribe (the UK model statement), filled from site.yaml.
extension SiteGraph {
    /// Where Quorum writes the statement when no page holds it.
    static let statementURL = "/accessibility/"

    /// The page that holds the statement: one with `layout: accessibility-statement` (the first by path), else
    /// `content/pages/accessibility.md`. Found once, when the graph is assembled: every page's footer links to it.
    static func statementPage(in pages: [RenderedPage], indexBySource: [String: Int]) -> Int? {
        let withLayout = pages.indices.filter { pages[$0].page.layout == "accessibility-statement" }
        return withLayout.min { pages[$0].page.sourcePath < pages[$1].page.sourcePath } ?? indexBySource["content/pages/accessibility.md"]
    }

    /// The statement's template context; `intro` when a page's own text replaces the model's opening paragraphs.
    func accessibilityStatementContext(intro: Bool) -> [String: Any] {
        let a = config.accessibility ?? AccessibilityInfo()
        let compliance: String
        switch a.compliance {
        case "full":
            compliance = "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard."
        case "none":
            compliance = "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below."
        default:
            compliance = "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances and exemptions listed below."
        }
        var context: [String: Any] = [
            "website": config.title,
            "scope": absoluteURL("/"),
            "has_intro": intro,
            "compliance": compliance,
            "is_fully_compliant": a.compliance == "full",
            "non_accessible": a.nonAccessible.map { ["text": $0] },
            "has_non_accessible": !a.nonAccessible.isEmpty,
            "disproportionate_burden": a.disproportionateBurden.map { ["text": $0] },
            "has_burden": !a.disproportionateBurden.isEmpty,
            "out_of_scope": a.outOfScope.map { ["text": $0] },
            "has_out_of_scope": !a.outOfScope.isEmpty,
            "alternative_formats": a.alternativeFormats,
            "response_time": a.responseDays == 1 ? "1 working day" : "\(a.responseDays) working days",
            "improvements": a.improvements.map { improvement -> [String: Any] in
                var item: [String: Any] = ["text": improvement.fix]
                if let by = improvement.by { item["by_iso"] = by.iso; item["by_long"] = by.long }
                return item
            },
            "has_improvements": !a.improvements.isEmpty,
            "northern_ireland": a.enforcement == .ecni,
            "method": a.method ?? "",
            "email": a.contact.email ?? config.contact.email ?? "",
            "phone": a.contact.phone ?? config.contact.phone ?? "",
        ]
        if let prepared = a.prepared { context["prepared"] = prepared.long }
        if let reviewed = a.reviewed { context["reviewed"] = reviewed.long }
        if let tested = a.tested { context["tested"] = tested.long }
        if let contact = indexBySource["content/pages/contact.md"] { context["contact_url"] = link(pages[contact].page.url) }
        return context
    }
}
