import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import QuorumCharts

/// Every line of text in an SVG as the box `TextMetrics` measures for it, with the viewport it must stay in
/// (the root viewBox, or a nested panel's), following inherited `text-anchor`, `font-size` and `font-weight`.
final class TextBoxes: NSObject, XMLParserDelegate {
    struct Box {
        let text: String
        let minX, maxX, minY, maxY: Double
        let viewport: (minX: Double, minY: Double, maxX: Double, maxY: Double)

        /// Whether the box lies inside its viewport (a hundredth of a unit of rounding allowed).
        var inside: Bool {
            minX >= viewport.minX - 0.01 && maxX <= viewport.maxX + 0.01 && minY >= viewport.minY - 0.01 && maxY <= viewport.maxY + 0.01
        }
    }

    private struct Frame {
        var name: String
        var anchor = "start"
        var fontSize = 14.0
        var bold = false
        var offset = (x: 0.0, y: 0.0)
        var viewport = (minX: 0.0, minY: 0.0, maxX: 0.0, maxY: 0.0)
    }

    private struct Line {
        var x, y: Double
        var text = ""
    }

    private(set) var boxes: [Box] = []
    private var stack: [Frame] = []
    private var lines: [Line] = []

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes a: [String: String] = [:]) {
        var frame = stack.last ?? Frame(name: name)
        frame.name = name
        if let anchor = a["text-anchor"] { frame.anchor = anchor }
        if let size = a["font-size"].flatMap(Double.init) { frame.fontSize = size }
        if let weight = a["font-weight"] { frame.bold = weight == "bold" }
        if name == "svg" {
            let x = frame.offset.x + (a["x"].flatMap(Double.init) ?? 0), y = frame.offset.y + (a["y"].flatMap(Double.init) ?? 0)
            let box = (a["viewBox"] ?? "0 0 0 0").split(separator: " ").compactMap { Double($0) }
            frame.offset = (x, y)
            frame.viewport = (x, y, x + (box.count == 4 ? box[2] : 0), y + (box.count == 4 ? box[3] : 0))
        }
        let x = a["x"].flatMap(Double.init), y = a["y"].flatMap(Double.init)
        if name == "text" {
            lines = [Line(x: x ?? 0, y: y ?? 0)]
        } else if name == "tspan", let previous = lines.last {
            lines.append(Line(x: x ?? previous.x, y: previous.y + (a["dy"].flatMap(Double.init) ?? 0)))
        }
        stack.append(frame)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let frame = stack.popLast() else { return }
        guard name == "text" else { return }
        for line in lines where !line.text.isEmpty {
            let width = TextMetrics.width(line.text, fontSize: frame.fontSize, bold: frame.bold)
            let left = switch frame.anchor {
            case "middle": line.x - width / 2
            case "end": line.x - width
            default: line.x
            }
            // Arial's ascender and descender: 0.72 and 0.21 of the font size.
            boxes.append(Box(text: line.text, minX: frame.offset.x + left, maxX: frame.offset.x + left + width,
                             minY: frame.offset.y + line.y - 0.72 * frame.fontSize,
                             maxY: frame.offset.y + line.y + 0.21 * frame.fontSize, viewport: frame.viewport))
        }
        lines = []
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let name = stack.last?.name, name == "text" || name == "tspan", !lines.isEmpty else { return }
        lines[lines.count - 1].text += string
    }
}
