// swift-tools-version: 6.0
// Quorum: a static site generator for the publications of public boards.
// Targets are listed in pipeline order; dependencies only point up this list.
import PackageDescription

let package = Package(
    name: "Quorum",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "quorum", targets: ["quorum"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // libcmark from the system (Debian's libcmark-dev); only QuorumMarkdown imports it.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Source locations, diagnostics and their printers (text, JSON).
        .target(name: "QuorumDiagnostics"),
        // CommonMark through libcmark: parse, walk and transform the AST, render HTML.
        .target(name: "QuorumMarkdown", dependencies: ["CMark"]),
        // Pure-Swift charts: scales, nice ticks, UK number formats, SVG. Imports nothing of ours.
        .target(name: "QuorumCharts"),
        // Files, front matter (Yams), registries, publication types, data tables.
        .target(
            name: "QuorumContent",
            dependencies: ["QuorumDiagnostics", "Yams", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Fenced blocks (table, chart, figures), abbreviations, link rewriting and checks.
        .target(
            name: "QuorumBlocks",
            dependencies: ["QuorumDiagnostics", "QuorumMarkdown", "QuorumCharts", "QuorumContent"]
        ),
        // The site graph: sections, lists, archives, navigation, page contexts for templates.
        .target(
            name: "QuorumSite",
            dependencies: ["QuorumDiagnostics", "QuorumContent", "QuorumMarkdown", "QuorumBlocks"]
        ),
        // Our Mustache engine (parser, renderer) with the default theme and per-site overrides.
        .target(
            name: "QuorumTemplates",
            dependencies: ["QuorumDiagnostics"]
        ),
        // One system call Swift's Glibc module does not expose: exchanging two folders atomically.
        .target(name: "CAtomicSwap"),
        .target(name: "CChildProcess"),
        .target(name: "CMemory"),
        // Writes the site into a temporary folder, then swaps it into place.
        .target(name: "QuorumOutput", dependencies: ["QuorumDiagnostics", "CAtomicSwap"]),
        // One build, stage by stage: load, parse, expand, assemble, render, write.
        .target(
            name: "QuorumBuild",
            dependencies: [
                "QuorumDiagnostics", "QuorumContent", "QuorumMarkdown", "QuorumBlocks",
                "QuorumSite", "QuorumTemplates", "QuorumOutput", "CChildProcess",
            ]
        ),
        // The preview server: builds in memory, watches files (inotify), serves with live reload.
        .target(
            name: "QuorumPreview",
            dependencies: [
                "QuorumBuild", "QuorumContent", "QuorumDiagnostics", "QuorumOutput", "CMemory",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Generates Swift from templates/ at build time (the EmbedTheme plugin runs it).
        .executableTarget(name: "embed-theme"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        // The default theme compiled into the program, so a copied `quorum` needs no checkout.
        .target(name: "QuorumDefaultTheme", dependencies: ["QuorumDiagnostics"], plugins: ["EmbedTheme"]),
        // The version and the commit the program was built from (the StampVersion plugin writes the commit).
        .plugin(name: "StampVersion", capability: .buildTool()),
        .target(name: "QuorumVersion", plugins: ["StampVersion"]),
        // The commands: build, serve, new, check, theme.
        .target(
            name: "QuorumCLI",
            dependencies: [
                "QuorumBuild", "QuorumDiagnostics", "QuorumPreview", "QuorumDefaultTheme", "QuorumVersion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "quorum", dependencies: ["QuorumCLI"]),
        // Renders many charts and prints charts per second (scripts/bench-charts).
        .executableTarget(name: "bench-charts", dependencies: ["QuorumCharts"]),

        .testTarget(name: "QuorumDiagnosticsTests", dependencies: ["QuorumDiagnostics"]),
        .testTarget(name: "QuorumMarkdownTests", dependencies: ["QuorumMarkdown"], exclude: ["Fixtures"]),
        .testTarget(name: "QuorumChartsTests", dependencies: ["QuorumCharts"], exclude: ["Snapshots"]),
        .testTarget(name: "QuorumContentTests", dependencies: ["QuorumContent"]),
        .testTarget(name: "QuorumBlocksTests", dependencies: ["QuorumBlocks"]),
        .testTarget(name: "QuorumSiteTests", dependencies: ["QuorumSite"]),
        // swift-mustache only here: the differential tests render with both engines and compare bytes.
        .testTarget(
            name: "QuorumTemplatesTests",
            dependencies: ["QuorumTemplates", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "QuorumOutputTests", dependencies: ["QuorumOutput"]),
        .testTarget(
            name: "QuorumPreviewTests",
            dependencies: ["QuorumPreview", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "QuorumEndToEndTests",
            dependencies: ["QuorumBuild", "QuorumCLI", "QuorumSite", "QuorumTemplates",
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Hostile input: huge, malformed and malicious files, each a clear error or a correct page in bounded time.
        .testTarget(
            name: "QuorumHostileInputTests",
            dependencies: ["QuorumBuild", "QuorumContent", "QuorumMarkdown", "QuorumBlocks"],
            exclude: ["Corpus"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
