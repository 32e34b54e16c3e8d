import QuorumContent

/// A multi-chapter report: its index page and its chapters and appendices in reading order.
public struct ReportStructure: Sendable {
    public var index: Int
    public var chapters: [Int]
    public var appendices: [Int]

    /// Chapters then appendices: the order of the previous/next links.
    public var readingOrder: [Int] { chapters + appendices }
}
