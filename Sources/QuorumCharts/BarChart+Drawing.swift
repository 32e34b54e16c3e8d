/// Writing a laid-out bar chart: key, axis, bars, zero line, value labels, category labels.
extension BarChart {
    func draw(_ layout: BarLayout) -> String {
        let extra = layout.horizontal && chart.kind != .hbar ? "chart-horizontal" : nil
        var w = ChartFrame.open(chart, width: chart.width, height: layout.height, extraClass: extra)
        if chart.series.count > 1 {
            HatchPattern.writeDefinitions(&w, chart: chart, colours: Array(chart.colours.prefix(chart.series.count)))
        }
        layout.legend?.draw(&w, x: ChartStyle.edge, y: layout.legendY)
        drawTitles(&w, layout)
        if layout.horizontal {
            layout.axis.drawHorizontal(&w, scale: layout.value, plot: layout.plot)
        } else {
            layout.axis.drawVertical(&w, scale: layout.value, plot: layout.plot)
        }
        drawHighlightBand(&w, layout)
        drawBars(&w, layout)
        let zero = layout.value(0)
        if layout.horizontal {
            ValueAxis.drawBaseline(&w, x1: zero, y1: layout.plot.minY, x2: zero, y2: layout.plot.maxY)
        } else {
            ValueAxis.drawBaseline(&w, x1: layout.plot.minX, y1: zero, x2: layout.plot.maxX, y2: zero)
        }
        drawInsideLabels(&w, layout)
        if layout.showEndLabels { drawEndLabels(&w, layout) }
        drawCategoryLabels(&w, layout)
        return ChartFrame.close(&w)
    }

    /// The rectangle of a segment: (x, y, width, height).
    private func rect(_ segment: BarSegment, _ layout: BarLayout) -> (Double, Double, Double, Double) {
        let start = layout.bands.position(segment.category) + (layout.slotBands?.position(segment.slot) ?? 0)
        let thickness = layout.slotBands?.bandwidth ?? layout.bands.bandwidth
        let a = layout.value(segment.from), b = layout.value(segment.to)
        return layout.horizontal
            ? (min(a, b), start, abs(b - a), thickness)
            : (start, min(a, b), thickness, abs(b - a))
    }

    private func drawBars(_ w: inout SVGWriter, _ layout: BarLayout) {
        w.group(["class": "marks"])
        for segment in segments {
            let (x, y, width, height) = rect(segment, layout)
            w.start("rect")
            var className = "mark series-\(segment.series)"
            if chart.highlightCategory == segment.category || chart.highlightSeries == segment.series {
                className += " highlight"
            }
            w.attribute("class", className)
            w.attribute("x", x)
            w.attribute("y", y)
            w.attribute("width", width)
            w.attribute("height", height)
            w.attribute("fill", fill(segment))
            if mode == .stacked || mode == .percent {
                w.attribute("stroke", "#ffffff")
                w.attribute("stroke-width", 1)
            } else if chart.highlightSeries == segment.series {
                w.attribute("stroke", Palette.text)
                w.attribute("stroke-width", 2)
            } else if segment.series % 6 != 0 {
                w.attribute("stroke", chart.colours[segment.series])
                w.attribute("stroke-width", 1)
            }
            w.close()
        }
        w.finish("g")
    }

    /// A light band behind the highlighted category when several series share it.
    private func drawHighlightBand(_ w: inout SVGWriter, _ layout: BarLayout) {
        guard mode != .single, let category = chart.highlightCategory else { return }
        let pad = (layout.bands.step - layout.bands.bandwidth) / 2
        let start = layout.bands.position(category) - pad
        w.start("rect")
        w.attribute("class", "highlight-band")
        if layout.horizontal {
            w.attribute("x", layout.plot.minX)
            w.attribute("y", start)
            w.attribute("width", layout.plot.width)
            w.attribute("height", layout.bands.step)
        } else {
            w.attribute("x", start)
            w.attribute("y", layout.plot.minY)
            w.attribute("width", layout.bands.step)
            w.attribute("height", layout.plot.height)
        }
        w.attribute("fill", "#f3f2f1")
        w.close()
    }

    /// Values at the outer ends of bars, or stack totals.
    private func drawEndLabels(_ w: inout SVGWriter, _ layout: BarLayout) {
        // Stack totals are bold so they read as totals, not as another piece.
        w.start("g")
        w.attribute("class", mode == .stacked ? "labels totals" : "labels")
        w.attribute("text-anchor", layout.horizontal ? "start" : "middle")
        if mode == .stacked { w.attribute("font-weight", "bold") }
        w.end()
        let fs = ChartStyle.fontSize
        for label in endLabels {
            let (x, y, width, height) = rect(label, layout)
            if layout.horizontal {
                let middle = y + height / 2 + fs * 0.35
                if label.to < 0 {
                    w.textBlock([label.label], x: x - ChartStyle.gap, y: middle, lineHeight: ChartStyle.lineHeight, anchor: .end)
                } else {
                    w.textBlock([label.label], x: x + width + ChartStyle.gap, y: middle, lineHeight: ChartStyle.lineHeight)
                }
            } else {
                let centre = x + width / 2
                let baseline = label.to < 0 ? y + height + fs + 2 : y - 5
                w.textBlock([label.label], x: centre, y: baseline, lineHeight: ChartStyle.lineHeight)
            }
        }
        w.finish("g")
    }

    /// Values inside stacked pieces that are big enough to hold them.
    private func drawInsideLabels(_ w: inout SVGWriter, _ layout: BarLayout) {
        guard mode == .stacked || mode == .percent else { return }
        let fs = ChartStyle.fontSize
        var started = false
        for segment in segments {
            let (x, y, width, height) = rect(segment, layout)
            let textWidth = TextMetrics.width(segment.label, fontSize: fs)
            guard width >= textWidth + 8, height >= fs + 6 else { continue }
            if !started {
                w.group(["class": "labels labels-inside", "text-anchor": "middle"])
                started = true
            }
            let colour = chart.colours[segment.series]
            var textFill = Palette.labelColour(on: colour)
            if segment.series % 6 != 0 {
                // Hatching behind text hurts legibility: sit the label on a white tab.
                w.start("rect")
                w.attribute("x", x + width / 2 - textWidth / 2 - 3)
                w.attribute("y", y + height / 2 - fs / 2 - 3)
                w.attribute("width", textWidth + 6)
                w.attribute("height", fs + 6)
                w.attribute("rx", 2)
                w.attribute("fill", "#ffffff")
                w.close()
                textFill = Palette.text
            }
            w.textBlock([segment.label], x: x + width / 2, y: y + height / 2 + fs * 0.35,
                        lineHeight: ChartStyle.lineHeight, fill: textFill == Palette.text ? nil : textFill)
        }
        if started { w.finish("g") }
    }

    private func drawCategoryLabels(_ w: inout SVGWriter, _ layout: BarLayout) {
        let fs = ChartStyle.fontSize, lh = ChartStyle.lineHeight
        w.group(["class": "axis axis-category", "text-anchor": layout.horizontal ? "end" : "middle"])
        for (index, lines) in layout.categoryLines.enumerated() {
            let bold = chart.highlightCategory == index
            if layout.horizontal {
                let middle = layout.bands.centre(index)
                let first = middle - Double(lines.count - 1) * lh / 2 + fs * 0.35
                w.textBlock(lines, x: layout.categoryLabelX, y: first, lineHeight: lh, bold: bold,
                            fullText: layout.categoryTruncated[index] ? chart.categories[index] : nil)
            } else {
                w.textBlock(lines, x: layout.bands.centre(index), y: layout.categoryLabelY, lineHeight: lh, bold: bold)
            }
        }
        w.finish("g")
    }

    private func drawTitles(_ w: inout SVGWriter, _ layout: BarLayout) {
        if let title = chart.xLabel, let place = layout.categoryTitle {
            w.textBlock([title], x: place.x, y: place.y, lineHeight: ChartStyle.lineHeight, anchor: place.anchor,
                        bold: true, className: "axis-title")
        }
        if let title = chart.yLabel, let place = layout.valueTitle {
            w.textBlock([title], x: place.x, y: place.y, lineHeight: ChartStyle.lineHeight, anchor: place.anchor,
                        bold: true, className: "axis-title")
        }
    }
}
