import Foundation
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

/// Rewrites links between content files (`../meetings/2018-10-18-sscb.md#actions`) to site URLs, and reports broken ones.
public final class LinkRewriter: @unchecked Sendable {
    /// Page URLs by source path (`content/meetings/x.md` → `/meetings/x/`).
    public let pageURLs: [String: String]
    /// Files beside the pages by source path (`content/reports/a/chart.png`, with URL `/reports/a/chart.png`).
    public let assets: [String: AssetFile]
    /// Images larger than this many kilobytes are warned about.
    public let imageWarnKB: Int
    private let lock = NSLock()
    private var diagnostics: [Diagnostic] = []
    private var anchors: [AnchorCheck] = []

    private let sourcePath: String
    private let lineOffset: Int

    /// Creates a rewriter for one page; `lineOffset` turns body lines into file lines.
    public init(sourcePath: String, lineOffset: Int, pageURLs: [String: String], assets: [String: AssetFile],
                imageWarnKB: Int = 500) {
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
        self.pageURLs = pageURLs
        self.assets = assets
        self.imageWarnKB = imageWarnKB
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

    /// The image hook for Markdown rendering: the width and height of an image beside the pages, read from its file;
    /// warns about one too large to download quickly and one whose size cannot be read.
    public func imageSize(_ image: LinkReference) -> (width: Int, height: Int)? {
        guard ContentPath.isRelative(image.url), let target = ContentPath.resolve(image.url, from: sourcePath),
              let asset = assets[target] else { return nil }
        let location = SourceLocation(file: sourcePath, line: image.line + lineOffset - 1, column: image.column)
        if asset.bytes > imageWarnKB * 1024 {
            fail(.warning("this image is \(AssetFile.describe(bytes: asset.bytes)), more than image_warn_kb (\(imageWarnKB) KB) allows",
                          at: location, hint: "make it smaller (a photo at most 1,600 pixels wide, saved as JPEG or WebP, is usually under 300 KB), or raise image_warn_kb in site.yaml"))
        }
        guard let size = asset.imageSize else {
            fail(.warning("the width and height of this image cannot be read from \(target)", at: location,
                          hint: asset.isImage ? "check the file opens: it should be a PNG, JPEG, GIF, WebP or SVG (with width and height or a viewBox)"
                                              : "show a PNG, JPEG, GIF, WebP or SVG file as an image, and link to other files: [the paper](\(image.url))"))
            return nil
        }
        return (size.width, size.height)
    }

    /// Resolves a relative link against this page's folder.
    public func resolve(_ relative: String) -> LinkTarget? {
        resolve(relative, anchor: ContentPath.fragment(relative))
    }

    /// `resolve` with the fragment already found, so a link's is looked for once.
    private func resolve(_ relative: String, anchor: String?) -> LinkTarget? {
        guard let target = ContentPath.resolve(relative, from: sourcePath) else { return nil }
        if let url = pageURLs[target] { return .page(sourcePath: target, url: url, anchor: anchor) }
        if let asset = assets[target] { return .asset(url: asset.url) }
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
