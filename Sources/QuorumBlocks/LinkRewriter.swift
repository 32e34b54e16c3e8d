import Foundation
import QuorumDiagnostics
import QuorumMarkdown

/// Rewrites links between content files (`../meetings/2018-10-18-sscb.md#actions`) to site URLs, and reports broken ones.
public final class LinkRewriter: @unchecked Sendable {
    /// Page URLs by source path (`content/meetings/x.md` → `/meetings/x/`).
    public let pageURLs: [String: String]
    /// Asset URLs by source path (`content/reports/a/chart.png` → `/reports/a/chart.png`).
    public let assetURLs: [String: String]
    private let lock = NSLock()
    private var diagnostics: [Diagnostic] = []
    private var anchors: [AnchorCheck] = []

    private let sourcePath: String
    private let lineOffset: Int

    /// Creates a rewriter for one page; `lineOffset` turns body lines into file lines.
    public init(sourcePath: String, lineOffset: Int, pageURLs: [String: String], assetURLs: [String: String]) {
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
        self.pageURLs = pageURLs
        self.assetURLs = assetURLs
    }

    /// The link hook for Markdown rendering.
    public func rewrite(_ link: LinkReference) -> String? {
        if link.isImage && link.text.allSatisfy(\.isWhitespace) {
            fail(.warning("this image has no alt text", at: SourceLocation(file: sourcePath, line: link.line + lineOffset - 1, column: link.column),
                          hint: "describe what the image shows for people who cannot see it: ![Chart of plans by category](plans.png)"))
        }
        let url = link.url
        guard ContentPath.isRelative(url) else { return nil }
        let fragment = ContentPath.fragment(url)
        let line = link.line + lineOffset - 1
        if url.first == "#" || url.first == "?" {
            // "#anchor" on the same page.
            if let fragment { record(AnchorCheck(fromPath: sourcePath, targetPath: sourcePath, anchor: fragment, line: line, column: link.column)) }
            return nil
        }
        switch resolve(url, anchor: fragment) {
        case .page(let target, let pageURL, _)?:
            if let fragment {
                record(AnchorCheck(fromPath: sourcePath, targetPath: target, anchor: fragment, line: line, column: link.column))
                return pageURL + "#" + fragment
            }
            return pageURL
        case .asset(let assetURL)?:
            return assetURL + (fragment.map { "#" + $0 } ?? "")
        case nil:
            let location = SourceLocation(file: sourcePath, line: line, column: link.column)
            let path = String(url.prefix { $0 != "#" && $0 != "?" })
            let hint = path.hasSuffix(".md")
                ? "link to another content file by its path relative to this file, e.g. ../meetings/2018-10-18-sscb.md"
                : "put the file beside the page in content/, or link to a full https:// address"
            fail(.error("broken link: \"\(url)\" does not point to a file in content/", at: location, hint: hint))
            return nil
        }
    }

    /// Resolves a relative link against this page's folder.
    public func resolve(_ relative: String) -> LinkTarget? {
        resolve(relative, anchor: ContentPath.fragment(relative))
    }

    /// `resolve` with the fragment already found, so a link's is looked for once.
    private func resolve(_ relative: String, anchor: String?) -> LinkTarget? {
        guard let target = ContentPath.resolve(relative, from: sourcePath) else { return nil }
        if let url = pageURLs[target] { return .page(sourcePath: target, url: url, anchor: anchor) }
        if let url = assetURLs[target] { return .asset(url: url) }
        return nil
    }

    /// Broken links found so far.
    public var problems: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return diagnostics
    }

    /// `#anchor` links to check once headings are known.
    public var anchorChecks: [AnchorCheck] {
        lock.lock()
        defer { lock.unlock() }
        return anchors
    }

    private func record(_ check: AnchorCheck) {
        lock.lock()
        anchors.append(check)
        lock.unlock()
    }

    private func fail(_ diagnostic: Diagnostic) {
        lock.lock()
        diagnostics.append(diagnostic)
        lock.unlock()
    }
}
