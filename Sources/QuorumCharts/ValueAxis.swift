import Foundation

/// The value axis: a nice domain (d3 `nice`), its ticks (d3 `ticks`), their labels, gridlines and zero line.
struct ValueAxis {
    /// The niced domain, low to high.
    let domain: (Double, Double)
    let ticks: [Double]
    let labels: [String]
    /// The widest tick label.
    let labelWidth: Double

    /// An axis covering `low...high` (the caller includes zero where bars need it), with about `count` ticks.
    init(low: Double, high: Double, format: NumberFormat, count: Int = ChartStyle.tickCount) {
        var low = low, high = high
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        var count = count
        var domain = NiceTicks.nice(low, high, count: count)
        // Counts cannot be fractions: an integer axis never steps by less than 1.
        if format.style == .integer, NiceTicks.tickStep(domain.0, domain.1, count: count) < 1 {
            count = max(1, Int((domain.1 - domain.0).rounded(.up)))
            domain = NiceTicks.nice(low, high, count: count)
        }
        let ticks = NiceTicks.ticks(domain.0, domain.1, count: count)
        let step = NiceTicks.tickStep(domain.0, domain.1, count: count)
        self.domain = domain
        self.ticks = ticks
        self.labels = ticks.map { format.tickString($0, step: step) }
        self.labelWidth = TextMetrics.widest(labels, fontSize: ChartStyle.fontSize)
    }

    /// The scale from the domain onto `range` (first value for the domain's low end).
    func scale(_ range: (Double, Double)) -> LinearScale {
        LinearScale(domain: domain, range: range)
    }

    /// Whether tick labels laid along a horizontal axis of this scale keep clear of each other.
    func horizontalLabelsFit(_ scale: LinearScale) -> Bool {
        for index in ticks.indices.dropFirst() {
            let distance = abs(scale(ticks[index]) - scale(ticks[index - 1]))
            let needed = (TextMetrics.width(labels[index], fontSize: ChartStyle.fontSize)
                + TextMetrics.width(labels[index - 1], fontSize: ChartStyle.fontSize)) / 2 + 8
            if distance < needed { return false }
        }
        return true
    }

    /// Horizontal gridlines across `plot` and tick labels to its left (values run up the y axis).
    func drawVertical(_ w: inout SVGWriter, scale: LinearScale, plot: PlotArea) {
        var d = ""
        for tick in ticks where tick != 0 {
            d += "M"
            SVGWriter.appendNumber(plot.minX, to: &d)
            d += " "
            SVGWriter.appendNumber(scale(tick), to: &d)
            d += "H"
            SVGWriter.appendNumber(plot.maxX, to: &d)
        }
        Self.drawGrid(&w, d)
        w.group(["class": "axis axis-value", "text-anchor": "end"])
        for (tick, label) in zip(ticks, labels) {
            w.textBlock([label], x: plot.minX - ChartStyle.gap, y: scale(tick) + ChartStyle.fontSize * 0.35,
                        lineHeight: ChartStyle.lineHeight)
        }
        w.finish("g")
    }

    /// Vertical gridlines down `plot` and tick labels below it (values run along the x axis).
    func drawHorizontal(_ w: inout SVGWriter, scale: LinearScale, plot: PlotArea) {
        var d = ""
        for tick in ticks where tick != 0 {
            d += "M"
            SVGWriter.appendNumber(scale(tick), to: &d)
            d += " "
            SVGWriter.appendNumber(plot.minY, to: &d)
            d += "V"
            SVGWriter.appendNumber(plot.maxY, to: &d)
        }
        Self.drawGrid(&w, d)
        w.group(["class": "axis axis-value", "text-anchor": "middle"])
        for (tick, label) in zip(ticks, labels) {
            w.textBlock([label], x: scale(tick), y: plot.maxY + ChartStyle.gap + ChartStyle.fontSize * 0.8,
                        lineHeight: ChartStyle.lineHeight)
        }
        w.finish("g")
    }

    /// The dark zero line, drawn over the marks.
    static func drawBaseline(_ w: inout SVGWriter, x1: Double, y1: Double, x2: Double, y2: Double) {
        w.start("line")
        w.attribute("class", "baseline")
        w.attribute("x1", x1)
        w.attribute("y1", y1)
        w.attribute("x2", x2)
        w.attribute("y2", y2)
        w.attribute("stroke", ChartStyle.baselineColour)
        w.attribute("stroke-width", 1)
        w.close()
    }

    /// All gridlines as one light path: quiet, and cheap in bytes.
    private static func drawGrid(_ w: inout SVGWriter, _ d: String) {
        guard !d.isEmpty else { return }
        w.start("path")
        w.attribute("class", "grid")
        w.attribute("d", d)
        w.attribute("fill", "none")
        w.attribute("stroke", Palette.grid)
        w.attribute("stroke-width", 1)
        w.close()
    }
}
