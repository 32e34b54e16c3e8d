import QuorumBlocks
import QuorumContent

extension SiteGraph {
    /// Resolves a relative link written in a page's front matter (`paper:`, `closed_at:`) to a page.
    public func resolvePage(_ relative: String, from sourcePath: String) -> Int? {
        guard ContentPath.isRelative(relative), let target = ContentPath.resolve(relative, from: sourcePath) else { return nil }
        return pageIndex(sourcePath: target)
    }
}
