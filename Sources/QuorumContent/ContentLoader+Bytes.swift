import QuorumDiagnostics

extension ContentLoader {
    /// Reads one content file's bytes into a page as `load` does (BOM, line ends, front matter, fields), without the disk.
    ///
    /// For tests and fuzzing: `path` (`content/meetings/x.md`) decides the section and URL, as it would on disk.
    public static func readPage(path: String, bytes: [UInt8], config: SiteConfig = SiteConfig()) -> (Page?, [Diagnostic]) {
        PageReader(config: config).read(path: path, text: FrontMatterSplitter.normalise(bytes))
    }
}
