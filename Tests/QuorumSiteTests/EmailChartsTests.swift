import Testing
@testable import QuorumSite

@Suite("Email editions show charts as images, or as words and a link")
struct EmailChartsTests {
    static let figure = """
        <p>Intro</p>
        <figure class="chart" id="chart-1" aria-labelledby="chart-1-caption">
        <figcaption id="chart-1-caption">Plans</figcaption>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="chart-1-title chart-1-desc" class="chart chart-bar">
        <title id="chart-1-title">Plans &amp; reviews</title><desc id="chart-1-desc">Bar chart: Neglect is the largest at 224.</desc>
        <rect x="1" y="2" width="3" height="4"/>
        </svg>
        <details class="chart-data">
        <summary>Show the data for this chart</summary>
        <table><tr><th>Neglect</th><td>224</td></tr></table>
        </details>
        </figure>

        """

    @Test("each chart becomes a PNG at its display size with title and description as alt, then a link to the web chart")
    func images() {
        let charts = EmailCharts(Self.figure, folder: "bulletins/b", folderURL: "https://x.org/bulletins/b/",
                                 pageURL: "https://x.org/bulletins/b/", images: true)
        #expect(!charts.html.contains("<svg"))
        #expect(charts.html.contains("<img src=\"https://x.org/bulletins/b/email-chart-1.png\" width=\"592\" height=\"278\" alt=\"Plans &amp; reviews. Bar chart: Neglect is the largest at 224.\""))
        #expect(charts.html.contains("See this chart and its data on the website</a></p>\n<details class=\"chart-data\">"))
        #expect(charts.sources.map(\.path) == ["bulletins/b/email-chart-1.svg"])
        #expect(charts.sources.first?.svg.contains("viewBox=\"0 0 640 300\" width=\"640\" height=\"300\" preserveAspectRatio=\"xMidYMid meet\" class=") == true)
    }

    @Test("without a rasteriser the chart is its description and a link, never inline SVG")
    func fallback() {
        let charts = EmailCharts(Self.figure, folder: "bulletins/b", folderURL: "https://x.org/bulletins/b/",
                                 pageURL: "https://x.org/bulletins/b/", images: false)
        #expect(!charts.html.contains("<svg") && !charts.html.contains("<img"))
        #expect(charts.sources.isEmpty)
        #expect(charts.html.contains("<p style=\"margin:0 0 12px;\">Bar chart: Neglect is the largest at 224.</p>"))
        #expect(charts.html.contains("<a href=\"https://x.org/bulletins/b/#chart-1\""))
    }

    @Test("the text edition underlines headings, lists items, joins table cells and writes links out")
    func text() {
        let html = "<h2>Allegations</h2><p>Read <a href=\"https://x.org/r/\">the report</a> &amp; act.</p><ul><li>One</li><li>Two</li></ul><table><tr><th>A</th><td>1</td></tr></table>"
        #expect(EmailText.text(html) == "Allegations\n-----------\n\nRead the report (https://x.org/r/) & act.\n\n- One\n- Two\n\nA | 1\n")
    }
}
