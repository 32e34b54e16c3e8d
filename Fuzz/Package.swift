// swift-tools-version: 6.0
// libFuzzer targets for Quorum's readers. Build and run them with scripts/fuzz (see docs/reliability.md).
//
// The Quorum modules under Sources/ are symlinks to ../Sources, compiled again here so that
// `swift build --sanitize fuzzer` instruments them (and Yams, CSV.swift) for coverage; the drivers
// are symlinks to Tests/QuorumHostileInputTests, which replays the corpus through the same code.
// Dependencies are pinned to the versions in ../Package.resolved.
import PackageDescription

let package = Package(
    name: "QuorumFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "QuorumDiagnostics"),
        .target(name: "QuorumMarkdown", dependencies: ["CMark"]),
        .target(name: "QuorumCharts"),
        .target(name: "QuorumContent", dependencies: ["QuorumDiagnostics", "Yams", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "QuorumBlocks", dependencies: ["QuorumDiagnostics", "QuorumMarkdown", "QuorumCharts", "QuorumContent"]),
        // The fuzzer: libFuzzer supplies main; QUORUM_FUZZ_TARGET picks front-matter, data-table, blocks or markdown.
        .executableTarget(
            name: "quorum-fuzz",
            dependencies: ["QuorumDiagnostics", "QuorumContent", "QuorumMarkdown", "QuorumBlocks"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
