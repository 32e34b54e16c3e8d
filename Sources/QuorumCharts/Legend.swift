/// A key above the chart, used only where direct labels do not fit: swatches (with patterns) and names.
///
/// Items flow left to right in data order and wrap into rows, as the ONS style asks ("above the chart,
/// in the same order as the data").
struct Legend {
    enum Swatch {
        case box(fill: String, stroke: String)
        case line(colour: String, style: LineSeriesStyle)
    }

    struct Item {
        let label: String
        let swatch: Swatch
        var bold = false
    }

    private struct Placed {
        let item: Item
        let x: Double
        let y: Double
        let lines: [String]
    }

    private static let boxSize = 14.0
    private static let lineSwatch = 30.0
    private static let itemGap = 18.0

    private let placed: [Placed]
    /// The height the key takes, including the space below it.
    let height: Double

    /// Lays out `items` in rows no wider than `width` (or one item a row).
    init(items: [Item], width: Double, oneItemPerRow: Bool = false) {
        var placed: [Placed] = []
        var x = 0.0, y = 0.0, rowHeight = 0.0
        for item in items {
            let swatch = Self.swatchWidth(item.swatch)
            let room = width - swatch - ChartStyle.gap
            let lines = TextMetrics.wrapAlways(item.label, maxWidth: room, fontSize: ChartStyle.fontSize, bold: item.bold)
            let itemWidth = swatch + ChartStyle.gap + TextMetrics.widest(lines, fontSize: ChartStyle.fontSize, bold: item.bold)
            if x > 0 && (oneItemPerRow || x + itemWidth > width) {
                x = 0
                y += rowHeight
                rowHeight = 0
            }
            placed.append(Placed(item: item, x: x, y: y, lines: lines))
            x += itemWidth + Self.itemGap
            rowHeight = max(rowHeight, Double(lines.count) * ChartStyle.lineHeight + 6)
        }
        self.placed = placed
        self.height = placed.isEmpty ? 0 : y + rowHeight + 8
    }

    /// Writes the key with its top-left corner at (x, y).
    func draw(_ w: inout SVGWriter, x: Double, y: Double) {
        guard !placed.isEmpty else { return }
        w.group(["class": "legend"])
        for item in placed {
            let left = x + item.x, top = y + item.y
            let middle = top + ChartStyle.lineHeight / 2
            switch item.item.swatch {
            case .box(let fill, let stroke):
                w.start("rect")
                w.attribute("x", left + 0.5)
                w.attribute("y", middle - Self.boxSize / 2)
                w.attribute("width", Self.boxSize)
                w.attribute("height", Self.boxSize)
                w.attribute("fill", fill)
                w.attribute("stroke", stroke)
                w.attribute("stroke-width", 1)
                w.close()
            case .line(let colour, let style):
                w.start("line")
                w.attribute("x1", left)
                w.attribute("y1", middle)
                w.attribute("x2", left + Self.lineSwatch)
                w.attribute("y2", middle)
                w.attribute("stroke", colour)
                w.attribute("stroke-width", 2.5)
                if let dash = style.dash { w.attribute("stroke-dasharray", dash) }
                w.close()
                style.drawMarker(&w, x: left + Self.lineSwatch / 2, y: middle, size: 4, fill: colour)
            }
            let textX = left + Self.swatchWidth(item.item.swatch) + ChartStyle.gap
            w.textBlock(item.lines, x: textX, y: middle + ChartStyle.fontSize * 0.35,
                        lineHeight: ChartStyle.lineHeight, bold: item.item.bold)
        }
        w.finish("g")
    }

    private static func swatchWidth(_ swatch: Swatch) -> Double {
        if case .line = swatch { return lineSwatch }
        return boxSize + 1
    }
}
