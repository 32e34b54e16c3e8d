/// Moves labels along one axis so none overlap, each staying as near its ideal place as it can.
enum LabelDodger {
    /// Centres for labels of the given `heights` wanting to sit at `ideal` centres, kept within
    /// `low...high` where there is room; nil when they cannot all fit.
    static func place(ideal: [Double], heights: [Double], low: Double, high: Double, gap: Double = 2) -> [Double]? {
        let total = heights.reduce(0, +) + gap * Double(max(heights.count - 1, 0))
        guard total <= high - low else { return nil }
        let order = ideal.indices.sorted { ideal[$0] != ideal[$1] ? ideal[$0] < ideal[$1] : $0 < $1 }
        var placed = ideal
        // Push down from the top so each label clears the one above it.
        var floor = low
        for index in order {
            let half = heights[index] / 2
            placed[index] = max(ideal[index], floor + half)
            floor = placed[index] + half + gap
        }
        // Then push up from the bottom where the first pass ran past the end.
        var ceiling = high
        for index in order.reversed() {
            let half = heights[index] / 2
            placed[index] = min(placed[index], ceiling - half)
            ceiling = placed[index] - half - gap
        }
        return placed
    }
}
