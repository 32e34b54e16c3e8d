import QuorumContent

/// What the jobs that read meetings only (`SiteFileJob.readsMeetingsOnly`) read of the pages an edit touched:
/// equal before and after an edit, with no meeting among them, means those files come out the same.
public struct MeetingReads: Equatable, Sendable {
    enum Touched: Equatable, Sendable { case missing, meeting, page(url: String) }

    /// Every page's source path, in the graph's order: a page that appeared or went can change a paper's link.
    let sources: [String]
    let touched: [String: Touched]

    /// The reads of `graph` for the pages at `sourcePaths`.
    public init(_ graph: SiteGraph, touching sourcePaths: some Sequence<String>) {
        sources = graph.pages.map(\.page.sourcePath)
        var touched: [String: Touched] = [:]
        for path in sourcePaths {
            guard let index = graph.pageIndex(sourcePath: path) else { touched[path] = .missing; continue }
            let page = graph.pages[index].page
            touched[path] = page.section == .meetings || page.meeting != nil ? .meeting : .page(url: page.url)
        }
        self.touched = touched
    }

    /// Whether the meetings-only files made from a graph with `other`'s reads would be the same as from this one's.
    public func sameFiles(as other: MeetingReads) -> Bool {
        self == other && !touched.values.contains(.meeting)
    }
}
