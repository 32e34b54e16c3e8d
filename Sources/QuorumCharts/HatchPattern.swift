/// Fill patterns that tell series apart without colour: series 0 is solid, later ones hatched or dotted.
///
/// Each pattern is the series colour with lighter (white, half-opaque) stripes or dots on it; marks also
/// get a solid outline in the series colour, so their edge keeps the colour's 3:1 contrast.
enum HatchPattern {
    /// The fill for series `index`: the plain colour for 0, else a reference to its pattern.
    static func fill(chart: PreparedChart, index: Int, colour: String) -> String {
        index % 6 == 0 ? colour : "url(#" + patternID(chart: chart, index: index) + ")"
    }

    /// Writes `<defs>` with one pattern for each of `colours` after the first.
    static func writeDefinitions(_ w: inout SVGWriter, chart: PreparedChart, colours: [String]) {
        guard colours.count > 1 else { return }
        w.start("defs")
        w.end()
        for (index, colour) in colours.enumerated() where index % 6 != 0 {
            w.start("pattern")
            w.attribute("id", patternID(chart: chart, index: index))
            w.attribute("width", 8)
            w.attribute("height", 8)
            w.attribute("patternUnits", "userSpaceOnUse")
            let rotation = [0, 45, 0, -45, 0, 45][index % 6]
            if rotation != 0 { w.attribute("patternTransform", "rotate(\(rotation))") }
            w.end()
            w.start("rect")
            w.attribute("width", 8)
            w.attribute("height", 8)
            w.attribute("fill", colour)
            w.close()
            switch index % 6 {
            case 2:
                dot(&w, x: 2, y: 2)
                dot(&w, x: 6, y: 6)
            case 4:
                stripe(&w, x: 0, y: 0, width: 8, height: 3)
            case 5:
                stripe(&w, x: 0, y: 0, width: 2.5, height: 8)
                stripe(&w, x: 0, y: 0, width: 8, height: 2.5)
            default:
                stripe(&w, x: 0, y: 0, width: 3, height: 8)
            }
            w.finish("pattern")
        }
        w.finish("defs")
    }

    private static func patternID(chart: PreparedChart, index: Int) -> String {
        chart.elementID("pattern-\(index)")
    }

    private static func stripe(_ w: inout SVGWriter, x: Double, y: Double, width: Double, height: Double) {
        w.start("rect")
        if x != 0 { w.attribute("x", x) }
        if y != 0 { w.attribute("y", y) }
        w.attribute("width", width)
        w.attribute("height", height)
        w.attribute("fill", "#ffffff")
        w.attribute("fill-opacity", 0.5)
        w.close()
    }

    private static func dot(_ w: inout SVGWriter, x: Double, y: Double) {
        w.start("circle")
        w.attribute("cx", x)
        w.attribute("cy", y)
        w.attribute("r", 1.6)
        w.attribute("fill", "#ffffff")
        w.attribute("fill-opacity", 0.6)
        w.close()
    }
}
