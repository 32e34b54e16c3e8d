import Foundation
import Testing
@testable import QuorumCharts

@Suite("Golden SVG files, one for each chart kind")
struct SnapshotTests {
    @Test("each kind renders the same bytes as its golden file", arguments: ChartKind.allCases)
    func golden(kind: ChartKind) throws {
        let svg = try SampleCharts.chart(kind).render()
        assertSnapshot(svg, named: kind.rawValue)
    }

    @Test("each golden file is well-formed XML with role=img, a title and a desc", arguments: ChartKind.allCases)
    func structure(kind: ChartKind) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(kind.rawValue + ".svg").path))
        let document = SVGDocument(String(decoding: data, as: UTF8.self))
        #expect(document.parseError == nil, "\(document.parseError ?? "")")
        let root = try #require(document.elements.first)
        let id = "chart-" + kind.rawValue
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        #expect(root.attributes["viewBox"] != nil)
        #expect(root.attributes["class"]?.hasPrefix("chart chart-\(kind.rawValue)") == true)
        #expect(document.elements.count > 2)
        #expect(document.elements[1].name == "title" && document.elements[1].attributes["id"] == "\(id)-title")
        #expect(document.elements[2].name == "desc" && document.elements[2].attributes["id"] == "\(id)-desc")
        #expect(!document.elements[2].text.isEmpty)
        let ids = document.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(ids.allSatisfy { $0.hasPrefix(id + "-") })
    }

    @Test("text is at least 12 units high and coordinates have at most 2 decimals and no -0", arguments: ChartKind.allCases)
    func numbers(kind: ChartKind) throws {
        let svg = try SampleCharts.chart(kind).render()
        #expect(!svg.contains("\"-0\""))
        #expect(!svg.contains(" -0 ") && !svg.contains("M-0 ") && !svg.contains("L-0 "))
        for element in SVGDocument(svg).elements {
            if let size = element.attributes["font-size"], let value = Double(size) { #expect(value >= 12) }
            for key in ["x", "y", "width", "height", "cx", "cy", "r", "x1", "x2", "y1", "y2"] {
                guard let value = element.attributes[key] else { continue }
                let decimals = value.split(separator: ".").dropFirst().first?.count ?? 0
                #expect(decimals <= 2, "\(key)=\(value)")
            }
        }
    }
}
