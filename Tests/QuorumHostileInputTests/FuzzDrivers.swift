import Foundation
import QuorumBlocks
import QuorumContent
import QuorumDiagnostics
import QuorumMarkdown

// The fuzz targets in Fuzz/ compile this file too (a symlink), so a crash the fuzzer finds is replayed
// by CorpusReplayTests through exactly the code that found it. It may import only the modules the
// fuzz package builds: QuorumDiagnostics, QuorumContent, QuorumMarkdown, QuorumCharts, QuorumBlocks.

/// What each fuzz target does with one input; every driver returns the HTML it produced, if any.
enum FuzzDrivers {
    /// The fuzz targets, by the name `scripts/fuzz` and the corpus folders use.
    static let targets: [String: @Sendable ([UInt8]) -> String] = [
        "front-matter": frontMatter,
        "data-table": dataTable,
        "blocks": blocks,
        "markdown": markdown,
    ]

    static let pagePaths = [
        "content/meetings/2018-10-18-sscb.md", "content/bulletins/2018-11-tusk-42.md", "content/reports/ar/index.md",
        "content/reports/ar/01-intro.md", "content/reports/cover.md", "content/pages/about.md",
        "content/newsletters/_index.md", "content/newsletters/spring.md",
    ]

    /// A content file: the first byte picks the section (and so the front matter rules), the rest is the file.
    static func frontMatter(_ input: [UInt8]) -> String {
        guard let first = input.first else { return "" }
        let path = pagePaths[Int(first) % pagePaths.count]
        let (page, diagnostics) = ContentLoader.readPage(path: path, bytes: Array(input.dropFirst()))
        _ = diagnostics.map(printer.render)
        guard let page else { return "" }
        _ = (page.date?.long, page.date?.longWithWeekday, page.publish?.iso, page.url)
        return ""
    }

    /// A data file: the first byte picks CSV, YAML or JSON; the table is then rendered as the site shows it.
    static func dataTable(_ input: [UInt8]) -> String {
        guard let first = input.first else { return "" }
        let rest = Array(input.dropFirst())
        let result: (DataTable?, [Diagnostic])
        switch first % 3 {
        case 0: result = DataTableReader.csv(FrontMatterSplitter.normalise(rest), file: "content/data/d.csv")
        case 1: result = DataTableReader.yaml(FrontMatterSplitter.normalise(rest), file: "content/data/d.yaml")
        default: result = DataTableReader.json(Data(rest), file: "content/data/d.json", order: ["year"])
        }
        _ = result.1.map(printer.render)
        guard let table = result.0 else { return "" }
        return DataTableHTML.render(table, caption: "Fuzzed", id: "table-1")
    }

    /// A block body: the first byte picks table, chart or figures; the body may name the catalogue's data sets.
    static func blocks(_ input: [UInt8]) -> String {
        guard let first = input.first else { return "" }
        let name = ["table", "chart", "figures"][Int(first) % 3]
        let expander = BlockExpander(catalog: catalog, sourcePath: "content/pages/p.md", lineOffset: 4)
        let body = FrontMatterSplitter.normalise(Array(input.dropFirst()))
        // A tilde fence longer than any run of tildes in the body, so the whole body is the block's.
        var longest = 0, run = 0
        for c in body.utf8 { run = c == UInt8(ascii: "~") ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "~", count: max(3, longest + 1))
        let source = "\(fence)\(name)\n\(body)\n\(fence)\n"
        let html = Markdown.render(source, hooks: MarkdownHooks(codeBlock: { expander.expand($0) })).html
        _ = expander.problems.map(printer.render)
        return html
    }

    /// A page body through Markdown with the hooks a build uses: blocks, links and abbreviations.
    static func markdown(_ input: [UInt8]) -> String {
        let source = FrontMatterSplitter.normalise(input)
        let path = "content/reports/ar/01-intro.md"
        let blocks = BlockExpander(catalog: catalog, sourcePath: path, lineOffset: 5)
        let links = LinkRewriter(sourcePath: path, lineOffset: 5, pageURLs: pageURLs, assets: assets)
        let abbreviations = AbbreviationMarker(glossary: glossary)
        let hooks = MarkdownHooks(
            codeBlock: { blocks.expand($0) },
            link: { reference in links.rewrite(reference).map { $0.hasPrefix("/") ? "/board" + $0 : $0 } },
            text: { abbreviations.segments($0) },
            imageSize: { links.imageSize($0) })
        let rendered = Markdown.render(source, options: MarkdownOptions(), hooks: hooks)
        _ = (blocks.problems + links.problems).map(printer.render)
        return rendered.html
    }

    static let printer = DiagnosticPrinter(format: .text, sourceText: { _ in "line one\nline two\n\tline three" })


    static let glossary = ["LADO": "Local Authority Designated Officer", "EHA": "early help assessment",
                           "A&E": "accident & emergency", "SSCB": "Somerset Safeguarding Children Board"]

    static let pageURLs = [
        "content/reports/ar/index.md": "/reports/ar/", "content/reports/ar/01-intro.md": "/reports/ar/01-intro/",
        "content/meetings/2018-10-18-sscb.md": "/meetings/2018-10-18-sscb/", "content/pages/about.md": "/pages/about/",
    ]
    static let assets = ["content/reports/ar/chart.png": AssetFile(url: "/reports/ar/chart.png", bytes: 4096,
                                                                   imageSize: ImageSize(width: 800, height: 600), fileExtension: "png")]

    /// Two small data sets, so `data:` in a fuzzed block can find something to draw.
    static let catalog: DataCatalog = {
        var tables: [String: DataTable] = [:]
        let files = [
            "rates.csv": "year,Somerset,England\n2015,41.2,43.1\n2016,37.7,43.3\n2017,[c],45.3\n2018,-3.5,\n",
            "agencies.csv": "agency,amount,variance\nPolice,19600,-200\nHealth,\"42,000\",[x]\n\"A, B\",0,1e3\n",
        ]
        for (name, text) in files {
            if let table = DataTableReader.csv(text, file: "content/data/\(name)").0 { tables[name] = table }
        }
        return DataCatalog(tables: tables)
    }()
}
