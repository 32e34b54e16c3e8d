/// Layout constants shared by every chart kind: a 640-wide canvas, 14-unit text, quiet gridlines.
enum ChartStyle {
    static let width = 640.0
    static let fontSize = 14.0
    static let lineHeight = 17.0
    /// Arial metrics are what `TextMetrics` measures; a site stylesheet may still override the family.
    static let fontFamily = "Arial, Helvetica, sans-serif"
    /// Space between the canvas edge and anything drawn.
    static let edge = 8.0
    /// Gap between a label and what it labels.
    static let gap = 6.0
    /// Height of the plotting area of vertical bar, line and area charts.
    static let plotHeight = 240.0
    /// Tick count asked of d3's algorithm for value axes (it returns about this many).
    static let tickCount = 5
    static let baselineColour = "#0b0c0c"
}
