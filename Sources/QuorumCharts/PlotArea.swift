/// The rectangle that marks are drawn in, in viewBox units.
struct PlotArea {
    var x, y, width, height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }
}
