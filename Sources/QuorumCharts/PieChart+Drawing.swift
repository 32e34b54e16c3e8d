import Foundation

/// Writing a laid-out pie or donut: slices, the donut's total, leader lines and labels or the key.
extension PieChart {
    private static let donutHole = 0.58

    func draw(_ layout: PieLayout) -> String {
        var w = ChartFrame.open(chart, width: chart.width, height: layout.height)
        let keyed = layout.legend != nil
        if keyed {
            HatchPattern.writeDefinitions(&w, chart: chart, colours: chart.categories.indices.map(colour))
        }
        drawSlices(&w, layout, hatched: keyed)
        if chart.kind == .donut { drawTotal(&w, layout) }
        if let legend = layout.legend {
            legend.draw(&w, x: layout.legendOrigin.x, y: layout.legendOrigin.y)
        } else {
            drawLabels(&w, layout)
        }
        return ChartFrame.close(&w)
    }

    private func drawSlices(_ w: inout SVGWriter, _ layout: PieLayout, hatched: Bool) {
        let (cx, cy) = layout.centre
        let r = layout.radius
        let inner = chart.kind == .donut ? r * Self.donutHole : 0
        w.group(["class": "marks"])
        for slice in slices {
            let colour = colour(slice.category)
            w.start("path")
            w.attribute("class", "mark series-0 category-\(slice.category)" + (chart.highlightCategory == slice.category ? " highlight" : ""))
            w.attribute("d", Self.arcPath(cx: cx, cy: cy, outer: r, inner: inner, start: slice.start, end: slice.end))
            if slices.count == 1 && inner > 0 { w.attribute("fill-rule", "evenodd") }
            w.attribute("fill", hatched ? HatchPattern.fill(chart: chart, index: slice.category, colour: colour) : colour)
            // White seams keep touching slices apart; the palette's neighbours are also 3:1 apart.
            w.attribute("stroke", "#ffffff")
            w.attribute("stroke-width", 2)
            w.attribute("stroke-linejoin", "round")
            w.close()
        }
        w.finish("g")
    }

    /// A ring or pie sector path; a full turn is drawn as two half arcs (one arc cannot close a circle).
    static func arcPath(cx: Double, cy: Double, outer: Double, inner: Double, start: Double, end: Double) -> String {
        var d = ""
        func point(_ angle: Double, _ radius: Double) {
            SVGWriter.appendNumber(cx + sin(angle) * radius, to: &d)
            d += " "
            SVGWriter.appendNumber(cy - cos(angle) * radius, to: &d)
        }
        func arc(_ radius: Double, to angle: Double, large: Bool, clockwise: Bool) {
            d += "A"
            SVGWriter.appendNumber(radius, to: &d)
            d += " "
            SVGWriter.appendNumber(radius, to: &d)
            d += large ? " 0 1 " : " 0 0 "
            d += clockwise ? "1 " : "0 "
            point(angle, radius)
        }
        if end - start >= 2 * Double.pi - 1e-9 {
            for radius in inner > 0 ? [outer, inner] : [outer] {
                d += "M"
                point(0, radius)
                arc(radius, to: Double.pi, large: false, clockwise: true)
                arc(radius, to: 2 * Double.pi, large: false, clockwise: true)
                d += "Z"
            }
            return d
        }
        let large = end - start > Double.pi
        d += "M"
        point(start, outer)
        arc(outer, to: end, large: large, clockwise: true)
        if inner > 0 {
            d += "L"
            point(end, inner)
            arc(inner, to: start, large: large, clockwise: false)
        } else {
            d += "L"
            SVGWriter.appendNumber(cx, to: &d)
            d += " "
            SVGWriter.appendNumber(cy, to: &d)
        }
        return d + "Z"
    }

    private func drawTotal(_ w: inout SVGWriter, _ layout: PieLayout) {
        let (cx, cy) = layout.centre
        w.group(["class": "total", "text-anchor": "middle"])
        w.textBlock([chart.format.string(total)], x: cx, y: cy + 4, lineHeight: ChartStyle.lineHeight, bold: true, fontSize: 26)
        w.textBlock(["Total"], x: cx, y: cy + 24, lineHeight: ChartStyle.lineHeight)
        w.finish("g")
    }

    private func drawLabels(_ w: inout SVGWriter, _ layout: PieLayout) {
        let lh = ChartStyle.lineHeight, fs = ChartStyle.fontSize
        var d = ""
        for label in layout.labels {
            d += "M"
            SVGWriter.appendNumber(label.rim.x, to: &d)
            d += " "
            SVGWriter.appendNumber(label.rim.y, to: &d)
            d += "L"
            SVGWriter.appendNumber(label.elbow.x, to: &d)
            d += " "
            SVGWriter.appendNumber(label.elbow.y, to: &d)
            d += "L"
            SVGWriter.appendNumber(label.x + (label.right ? -4 : 4), to: &d)
            d += " "
            SVGWriter.appendNumber(label.y, to: &d)
        }
        if !d.isEmpty {
            w.start("path")
            w.attribute("class", "leaders")
            w.attribute("d", d)
            w.attribute("fill", "none")
            w.attribute("stroke", "#505a5f")
            w.attribute("stroke-width", 1)
            w.close()
        }
        w.group(["class": "labels"])
        for label in layout.labels {
            let first = label.y - Double(label.lines.count - 1) * lh / 2 + fs * 0.35
            w.textBlock(label.lines, x: label.x, y: first, lineHeight: lh, anchor: label.right ? .start : .end, bold: label.bold)
        }
        w.finish("g")
    }
}
