import QuorumMarkdown

/// The charts of an email edition as images: Gmail and Outlook drop inline SVG, so each chart's SVG is
/// written beside the edition for the build to draw as a PNG (at 2x for sharp screens), and the email
/// shows that PNG by absolute URL with the chart's title and description as alt text, then a link to
/// the chart and its data table on the web page. Without a rasteriser the link and description stand alone.
struct EmailCharts {
    /// A chart's SVG, to be drawn as the PNG of the same name.
    struct Source: Sendable {
        /// Output path of the SVG, e.g. "bulletins/2018-11-tusk-42/email-chart-1.svg".
        let path: String
        /// The SVG with a fixed width and height, so the rasteriser knows its size.
        let svg: String
    }

    /// The body with every `<svg>` replaced.
    private(set) var html = ""
    private(set) var sources: [Source] = []

    /// Widest image the 640-pixel email frame holds inside its padding.
    static let frameWidth = 592.0

    /// Rewrites `html`; `folder` is the edition's output folder, `folderURL` its absolute URL (ending "/"),
    /// `pageURL` the web page's absolute URL.
    init(_ html: String, folder: String, folderURL: String, pageURL: String, images: Bool) {
        var rest = Substring(html)
        var out = ""
        while let start = rest.byteRange(of: "<figure class=\"chart\" id=\""), let end = rest[start.upperBound...].byteRange(of: "</figure>") {
            out += rest[..<start.lowerBound]
            let figure = rest[start.lowerBound..<end.upperBound]
            let id = figure[start.upperBound...].prefix { $0 != "\"" }
            out += rewrite(figure, id: String(id), folder: folder, folderURL: folderURL, pageURL: pageURL, images: images)
            rest = rest[end.upperBound...]
        }
        out += rest
        self.html = out
    }

    private mutating func rewrite(_ figure: Substring, id: String, folder: String, folderURL: String, pageURL: String,
                                  images: Bool) -> String {
        var rest = figure
        var out = ""
        var descriptions: [String] = []
        while let open = rest.byteRange(of: "<svg"), let close = rest[open.lowerBound...].byteRange(of: "</svg>") {
            out += rest[..<open.lowerBound]
            let svg = rest[open.lowerBound..<close.upperBound]
            rest = rest[close.upperBound...]
            let root = svg.prefix { $0 != ">" }
            let box = Self.attribute("viewBox", in: root).split(separator: " ").compactMap { Double($0) }
            let labels = Self.attribute("aria-labelledby", in: root).split(separator: " ")
            guard box.count == 4, box[2] > 0, let chartID = labels.first.map({ String($0.dropLast("-title".count)) }) else { continue }
            let title = Self.element("title", in: svg), desc = Self.element("desc", in: svg)
            descriptions.append(desc)
            guard images else { continue }
            let width = min(Self.frameWidth, (box[2] * Self.frameWidth / 640).rounded())
            let height = (box[3] * width / box[2]).rounded()
            let name = "email-" + chartID
            // The file only feeds the rasteriser: a fixed size, and no ARIA (the PNG's alt text carries it).
            let sized = svg.replacingFirst(" width=\"100%\"", with: " width=\"\(Self.number(box[2]))\" height=\"\(Self.number(box[3]))\"")
                .replacingFirst(" role=\"img\"", with: "")
                .replacingFirst(" aria-labelledby=\"\(Self.attribute("aria-labelledby", in: root))\"", with: "")
            sources.append(Source(path: folder + "/" + name + ".svg", svg: sized + "\n"))
            out += "<img src=\"\(folderURL)\(name).png\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
                + " alt=\"\(title). \(desc)\" style=\"display:inline-block;max-width:100%;height:auto;border:0;margin:0 0 8px;vertical-align:top;\">"
        }
        let link = "<p style=\"margin:0 0 12px;\"><a href=\"\(HTMLEscaping.escape(pageURL))#\(id)\" style=\"color:#1d70b8;text-decoration:underline;\">"
            + "See this chart and its data on the website</a></p>\n"
        let text = images ? "" : descriptions.map { "<p style=\"margin:0 0 12px;\">\($0)</p>\n" }.joined()
        // The link goes after the chart, before its data table.
        if let details = rest.byteRange(of: "<details class=\"chart-data\">") {
            return out + rest[..<details.lowerBound] + text + link + rest[details.lowerBound...]
        }
        return out + text + link + rest
    }

    /// An attribute's value in a start tag (already escaped as written).
    private static func attribute(_ name: String, in tag: Substring) -> Substring {
        guard let start = tag.byteRange(of: " " + name + "=\"") else { return "" }
        return tag[start.upperBound...].prefix { $0 != "\"" }
    }

    /// The escaped text of the first `<name ...>` element.
    private static func element(_ name: String, in svg: Substring) -> String {
        guard let open = svg.byteRange(of: "<" + name), let gt = svg[open.upperBound...].firstIndex(of: ">"),
              let close = svg[gt...].byteRange(of: "</" + name + ">") else { return "" }
        return String(svg[svg.index(after: gt)..<close.lowerBound])
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

private extension Substring {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = byteRange(of: target) else { return String(self) }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        Substring(self).replacingFirst(target, with: replacement)
    }
}
