import Foundation

// One binary serves every target (so one build instruments everything once); QUORUM_FUZZ_TARGET picks
// the driver, and scripts/fuzz runs it once per target with that target's own corpus folder.
private let driver: @Sendable ([UInt8]) -> String = {
    let name = ProcessInfo.processInfo.environment["QUORUM_FUZZ_TARGET"] ?? ""
    guard let driver = FuzzDrivers.targets[name] else {
        fatalError("set QUORUM_FUZZ_TARGET to one of: \(FuzzDrivers.targets.keys.sorted().joined(separator: ", "))")
    }
    return driver
}()

/// libFuzzer's entry point: one input through the chosen driver; unescaped output is a crash like any other.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let html = driver(Array(UnsafeBufferPointer(start: data, count: size)))
    let problems = HTMLInvariants.violations(in: html)
    if !problems.isEmpty {
        fatalError("unescaped output: \(problems.prefix(3).joined(separator: "; "))")
    }
    return 0
}
