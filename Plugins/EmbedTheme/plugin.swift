import Foundation
import PackagePlugin

/// Compiles the package's `templates/` folder (the default theme) into the target as generated Swift, so the
/// `quorum` program carries its theme. Every file is an input: an edited, added or removed template rebuilds it.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        return [.buildCommand(displayName: "Embedding the default theme from templates/",
                              executable: try context.tool(named: "embed-theme").url,
                              arguments: [templates.path, output.path],
                              inputFiles: [templates] + files(under: templates),
                              outputFiles: [output])]
    }

    /// Every file and folder under `root` (folders too, so an added or removed file changes an input).
    private func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
