import Foundation
import QuorumBuild

/// `--timings`: how long each stage of the build took, for finding what is slow.
enum StageTimings {
    static func print(_ report: BuildReport) {
        var text = "stage timings:\n"
        for stage in report.stages {
            text += "  \(stage.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", stage.seconds * 1000)) ms\n"
        }
        if let parts = report.searchParts {
            text += "  search parts: \(parts.indexed) of \(parts.total) indexed, \(parts.total - parts.indexed) unchanged from the cache\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
