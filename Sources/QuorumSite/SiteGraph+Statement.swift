import QuorumContent

/// The accessibility statement in the form the 2018 regulations prescribe, filled from site.yaml.
extension SiteGraph {
    func accessibilityStatementContext() -> [String: Any] {
        let a = config.accessibility
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
            "compliance": compliance,
            "is_fully_compliant": a.compliance == "full",
            "non_accessible": a.nonAccessible.map { ["text": $0] },
            "has_non_accessible": !a.nonAccessible.isEmpty,
            "out_of_scope": a.outOfScope.map { ["text": $0] },
            "has_out_of_scope": !a.outOfScope.isEmpty,
            "method": a.method ?? "",
            "email": config.contact.email ?? "",
            "phone": config.contact.phone ?? "",
        ]
        if let prepared = a.prepared { context["prepared"] = prepared.long }
        if let reviewed = a.reviewed { context["reviewed"] = reviewed.long }
        if let contact = indexBySource["content/pages/contact.md"] { context["contact_url"] = link(pages[contact].page.url) }
        return context
    }
}
