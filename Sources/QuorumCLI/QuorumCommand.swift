import ArgumentParser
import QuorumVersion

/// `quorum`: builds, checks and previews a board's website.
public struct QuorumCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quorum",
        abstract: "Build the website of a public board from Markdown and data files.",
        version: QuorumVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, ThemeCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}

    /// Parses the command line and runs the command; `serve` needs the asynchronous entry point.
    public static func start() async {
        await main(nil)
    }
}
