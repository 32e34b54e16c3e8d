import Foundation
import QuorumBuild
import QuorumDiagnostics

/// Prints a build's diagnostics and summary to standard error, and decides the exit code.
struct DiagnosticReporter {
    let source: URL
    let json: Bool
    let strict: Bool

    /// Prints everything; returns true when the build must fail.
    func report(_ build: BuildReport) -> Bool {
        let root = source
        let printer = DiagnosticPrinter(format: json ? .json : .text, sourceText: { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            return (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
        })
        var diagnostics = build.diagnostics
        if strict {
            diagnostics = diagnostics.map { var d = $0; d.severity = .error; return d }
        }
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((printer.render(diagnostic) + "\n").utf8))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        if !json && !diagnostics.isEmpty {
            FileHandle.standardError.write(Data((printer.summary(diagnostics) + "\n").utf8))
        }
        return failed
    }

    /// Prints the diagnostics of a command that failed before any build (new, theme export) to standard error.
    static func printErrors(_ error: DiagnosticError, json: Bool) {
        let printer = DiagnosticPrinter(format: json ? .json : .text)
        for diagnostic in error.diagnostics {
            FileHandle.standardError.write(Data((printer.render(diagnostic) + "\n").utf8))
        }
    }
}
