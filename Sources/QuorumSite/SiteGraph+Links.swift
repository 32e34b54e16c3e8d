import QuorumBlocks
import QuorumContent

extension SiteGraph {
    /// Resolves a relative link written in a page's front matter (`paper:`, `closed_at:`) to a page.
    public func resolvePage(_ relative: String, from sourcePath: String) -> Int? {
        guard ContentPath.isRelative(relative), let target = ContentPath.resolve(relative, from: sourcePath) else { return nil }
        return pageIndex(sourcePath: target)
    }

    /// Resolves a relative link written in front matter to a file beside the pages (`paper: papers/budget.pdf`).
    public func resolveAsset(_ relative: String, from sourcePath: String) -> AssetFile? {
        guard ContentPath.isRelative(relative), let target = ContentPath.resolve(relative, from: sourcePath) else { return nil }
        return assets[target]
    }

    /// Whether front matter text reads as a link to a file (`../papers/budget-2018.pdf`) rather than a description
    /// ("Paper 3.1, to follow"): no spaces, and a name that ends in a dot and letters.
    static func looksLikeFileLink(_ text: String) -> Bool {
        guard !text.contains(" "), let name = text.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return false }
        let fileExtension = name[name.index(after: dot)...]
        return dot != name.startIndex && !fileExtension.isEmpty && fileExtension.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
