/// Writing a laid-out line or area chart: axis, areas, lines with gaps, markers, labels.
extension LineChart {
    func draw(_ layout: LineLayout) -> String {
        var w = ChartFrame.open(chart, width: chart.width, height: layout.height)
        if stacked {
            HatchPattern.writeDefinitions(&w, chart: chart, colours: Array(chart.colours.prefix(chart.series.count)))
        }
        layout.legend?.draw(&w, x: ChartStyle.edge, y: ChartStyle.edge + chart.headingHeight)
        if let title = chart.yLabel, let place = layout.valueTitle {
            w.textBlock([title], x: place.x, y: place.y, lineHeight: ChartStyle.lineHeight, bold: true, className: "axis-title")
        }
        if let title = chart.xLabel, let place = layout.categoryTitle {
            w.textBlock([title], x: place.x, y: place.y, lineHeight: ChartStyle.lineHeight, anchor: .middle,
                        bold: true, className: "axis-title")
        }
        layout.axis.drawVertical(&w, scale: layout.value, plot: layout.plot)
        if chart.kind == .area { drawAreas(&w, layout) }
        let zero = layout.value(0)
        ValueAxis.drawBaseline(&w, x1: layout.plot.minX, y1: zero, x2: layout.plot.maxX, y2: zero)
        if !stacked { drawLines(&w, layout) }
        drawEndLabels(&w, layout)
        drawCategoryLabels(&w, layout)
        return ChartFrame.close(&w)
    }

    /// Runs of consecutive present values as index ranges: the pieces between gaps.
    private func runs(_ values: [Double?]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for index in values.indices {
            if values[index] != nil {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first...(index - 1))
                start = nil
            }
        }
        if let first = start { runs.append(first...(values.count - 1)) }
        return runs
    }

    private func point(_ index: Int, _ value: Double, _ layout: LineLayout, into d: inout String, move: Bool) {
        d += move ? "M" : "L"
        SVGWriter.appendNumber(layout.points.centre(index), to: &d)
        d += " "
        SVGWriter.appendNumber(layout.value(value), to: &d)
    }

    private func drawLines(_ w: inout SVGWriter, _ layout: LineLayout) {
        // Draw the highlighted series last so it sits on top.
        var order = Array(chart.series.indices)
        if let highlighted = chart.highlightSeries, let position = order.firstIndex(of: highlighted) {
            order.append(order.remove(at: position))
        }
        let markers = chart.categories.count <= 40
        w.group(["class": "marks"])
        for index in order {
            let values = tops[index]
            let colour = colour(index)
            let style = LineSeriesStyle(index: index)
            var d = ""
            for run in runs(values) where run.count > 1 {
                for position in run {
                    if let value = values[position] { point(position, value, layout, into: &d, move: position == run.lowerBound) }
                }
            }
            let highlighted = chart.highlightSeries == index
            if !d.isEmpty {
                w.start("path")
                w.attribute("class", "mark series-\(index)" + (highlighted ? " highlight" : ""))
                w.attribute("d", d)
                w.attribute("fill", "none")
                w.attribute("stroke", colour)
                w.attribute("stroke-width", highlighted ? 3.5 : 2.5)
                w.attribute("stroke-linejoin", "round")
                if let dash = style.dash { w.attribute("stroke-dasharray", dash) }
                w.close()
            }
            for (position, value) in values.enumerated() {
                guard let value, markers || position == lastPresent(index) else { continue }
                style.drawMarker(&w, x: layout.points.centre(position), y: layout.value(value), size: 4, fill: colour,
                                 className: "marker series-\(index)")
            }
        }
        w.finish("g")
    }

    private func drawAreas(_ w: inout SVGWriter, _ layout: LineLayout) {
        w.group(["class": "marks"])
        for index in chart.series.indices {
            let values = tops[index]
            let colour = colour(index)
            var d = ""
            for run in runs(values) where run.count > 1 {
                for position in run {
                    if let value = values[position] { point(position, value, layout, into: &d, move: position == run.lowerBound) }
                }
                for position in run.reversed() {
                    let below = stacked && index > 0 ? tops[index - 1][position] ?? 0 : 0
                    point(position, below, layout, into: &d, move: false)
                }
                d += "Z"
            }
            guard !d.isEmpty else { continue }
            w.start("path")
            w.attribute("class", "mark series-\(index)")
            w.attribute("d", d)
            if stacked {
                w.attribute("fill", HatchPattern.fill(chart: chart, index: index, colour: colour))
                w.attribute("stroke", "#ffffff")
                w.attribute("stroke-width", 1)
                w.attribute("stroke-linejoin", "round")
            } else {
                // One series: a light wash under a solid line; the line carries the 3:1 contrast.
                w.attribute("fill", colour)
                w.attribute("fill-opacity", 0.2)
            }
            w.close()
        }
        w.finish("g")
    }

    private func drawEndLabels(_ w: inout SVGWriter, _ layout: LineLayout) {
        guard !layout.endLabels.isEmpty else { return }
        let lh = ChartStyle.lineHeight, fs = ChartStyle.fontSize
        w.group(["class": "labels"])
        for (index, label) in layout.endLabels.enumerated() {
            let bold = chart.highlightSeries == index
            var x = layout.endLabelX
            if chart.series.count > 1 {
                // A marker (or swatch) before the name ties it to its line without relying on colour.
                if stacked {
                    w.start("rect")
                    w.attribute("x", x)
                    w.attribute("y", label.y - 6)
                    w.attribute("width", 12)
                    w.attribute("height", 12)
                    w.attribute("fill", HatchPattern.fill(chart: chart, index: index, colour: colour(index)))
                    w.attribute("stroke", colour(index))
                    w.close()
                } else {
                    LineSeriesStyle(index: index).drawMarker(&w, x: x + 5, y: label.y, size: 4, fill: colour(index))
                }
                x += 16
            }
            let first = label.y - Double(label.lines.count - 1) * lh / 2 + fs * 0.35
            w.textBlock(label.lines, x: x, y: first, lineHeight: lh, bold: bold)
        }
        w.finish("g")
    }

    private func drawCategoryLabels(_ w: inout SVGWriter, _ layout: LineLayout) {
        w.group(["class": "axis axis-category", "text-anchor": "middle"])
        for (index, lines) in layout.categoryLines.enumerated() {
            guard let lines else { continue }
            w.textBlock(lines, x: layout.points.centre(index), y: layout.categoryLabelY, lineHeight: ChartStyle.lineHeight)
        }
        w.finish("g")
    }
}
