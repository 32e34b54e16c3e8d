/// How a line series is told apart without colour: its dash pattern and its marker shape.
struct LineSeriesStyle {
    enum Marker { case circle, square, triangle, diamond, triangleDown, plus }

    let marker: Marker
    /// An SVG `stroke-dasharray`, or nil for a solid line.
    let dash: String?

    init(index: Int) {
        let markers: [Marker] = [.circle, .square, .triangle, .diamond, .triangleDown, .plus]
        let dashes: [String?] = [nil, "8 4", "2 3", "12 4 2 4", "4 4", "16 4"]
        marker = markers[index % markers.count]
        dash = dashes[index % dashes.count]
    }

    /// Writes the marker centred on (x, y); `size` is about the marker's radius.
    func drawMarker(_ w: inout SVGWriter, x: Double, y: Double, size: Double, fill: String, className: String? = nil) {
        if marker == .circle {
            w.start("circle")
            if let className { w.attribute("class", className) }
            w.attribute("cx", x)
            w.attribute("cy", y)
            w.attribute("r", size)
        } else {
            w.start("path")
            if let className { w.attribute("class", className) }
            w.attribute("d", path(x: x, y: y, size: size))
        }
        w.attribute("fill", fill)
        w.attribute("stroke", "#ffffff")
        w.attribute("stroke-width", 1)
        w.close()
    }

    private func path(x: Double, y: Double, size s: Double) -> String {
        let points: [(Double, Double)]
        switch marker {
        case .circle, .square:
            let h = s * 0.9
            points = [(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)]
        case .triangle:
            let h = s * 1.2
            points = [(x, y - h), (x + h, y + h * 0.75), (x - h, y + h * 0.75)]
        case .triangleDown:
            let h = s * 1.2
            points = [(x, y + h), (x + h, y - h * 0.75), (x - h, y - h * 0.75)]
        case .diamond:
            let h = s * 1.25
            points = [(x, y - h), (x + h, y), (x, y + h), (x - h, y)]
        case .plus:
            let a = s * 1.2, b = s * 0.4
            points = [(x - b, y - a), (x + b, y - a), (x + b, y - b), (x + a, y - b), (x + a, y + b), (x + b, y + b),
                      (x + b, y + a), (x - b, y + a), (x - b, y + b), (x - a, y + b), (x - a, y - b), (x - b, y - b)]
        }
        var d = ""
        for (index, point) in points.enumerated() {
            d += index == 0 ? "M" : "L"
            SVGWriter.appendNumber(point.0, to: &d)
            d += " "
            SVGWriter.appendNumber(point.1, to: &d)
        }
        return d + "Z"
    }
}
