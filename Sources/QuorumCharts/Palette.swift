/// Colours for marks: the Analysis Function categorical palette, each at least 3:1 against white.
///
/// Order matters: adjacent colours are also at least 3:1 against each other (WCAG 1.4.11), so
/// touching stacked segments and pie slices stay distinct. Two series use dark blue and orange.
public enum Palette {
    /// Dark blue, turquoise, dark pink, orange, dark grey, light purple (Analysis Function "main" + extension).
    public static let standard: [String] = ["#12436d", "#28a197", "#801650", "#f46a25", "#3d3d3d", "#a285d1"]
    /// The Analysis Function pair for two series: dark blue and orange.
    public static let two: [String] = ["#12436d", "#f46a25"]
    /// The lighter blue for categories that are not highlighted: 3.2:1 against white and against dark blue.
    public static let muted = "#6f93b8"
    /// The page background the marks are drawn on.
    public static let background = "#ffffff"
    /// Text colour: GOV.UK black, 19:1 against white.
    public static let text = "#0b0c0c"
    /// Gridlines: light grey, deliberately quiet (they are not needed to read labelled values).
    public static let grid = "#dddddd"

    /// The default colours for `count` series.
    public static func colours(forSeries count: Int) -> [String] {
        count == 2 ? two : standard
    }

    /// WCAG contrast ratio of two "#rrggbb" colours (1 to 21); 1 when either does not parse.
    public static func contrastRatio(_ a: String, _ b: String) -> Double {
        guard let first = RGBColour(hex: a), let second = RGBColour(hex: b) else { return 1 }
        return first.contrast(with: second)
    }

    /// The text colour that reads best on `fill`: white or GOV.UK black.
    static func labelColour(on fill: String) -> String {
        contrastRatio(fill, background) >= 4.5 ? background : text
    }
}
