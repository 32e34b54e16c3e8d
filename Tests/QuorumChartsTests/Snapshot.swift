import Foundation
import Testing

/// Compares `svg` with `Snapshots/NAME.svg` byte for byte. With RECORD_SNAPSHOTS=1 it writes the file
/// and fails, so that a new baseline is always looked at before it is trusted.
func assertSnapshot(_ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".svg")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: file)
            Issue.record("Recorded \(file.path); look at it, then run again without RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        Issue.record("No snapshot at \(file.path); run with RECORD_SNAPSHOTS=1 to record one.", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != svg {
        let actual = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".actual.svg")
        try? Data(svg.utf8).write(to: actual)
        Issue.record("\(name).svg differs from the snapshot; the new output is at \(actual.path).", sourceLocation: sourceLocation)
    }
}
