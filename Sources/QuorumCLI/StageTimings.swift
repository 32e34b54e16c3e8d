import Foundation
import QuorumBuild

/// `--timings`: how long each stage of the build took, for finding what is slow.
enum StageTimings {
    static func print(_ report: BuildReport) {
        var text = "stage timings:\n"
        for stage in report.stages {
            text += "  \(stage.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", stage.seconds * 1000)) ms\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
