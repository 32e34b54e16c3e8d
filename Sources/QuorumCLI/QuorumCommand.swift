import ArgumentParser

/// `quorum`: builds and checks a board's website.
public struct QuorumCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quorum",
        abstract: "Build the website of a public board from Markdown and data files.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}
}
