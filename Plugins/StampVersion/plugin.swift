import Foundation
import PackagePlugin

/// Writes the commit the program is built from into the target (`quorum --version`). It runs before every
/// build, as a commit is not a file a build command could name as its input, and rewrites the file only
/// when the commit changed, so an unchanged checkout compiles and links nothing again.
@main
struct StampVersion: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let script = context.package.directoryURL.appending(path: "scripts/stamp-version")
        return [.prebuildCommand(displayName: "Stamping the commit into quorum --version",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: [script.path, context.package.directoryURL.path, output.path],
                                 outputFilesDirectory: output)]
    }
}
