import Foundation

/// The release `quorum` (scripts/test builds it with the Swift runtime linked in and names it in
/// $QUORUM_RELEASE_PROGRAM), copied and run as a user who installed it would run it.
enum ReleaseProgram {
    /// The release program; nil when it has not been built.
    static var url: URL? {
        let path = ProcessInfo.processInfo.environment["QUORUM_RELEASE_PROGRAM"]
            ?? SampleSite.repository.appendingPathComponent(".build/release/quorum").path
        return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
    }

    static let missing = "the release quorum is not built: run swift build -c release --product quorum --static-swift-stdlib (scripts/test does)"

    /// What a run printed and how it ended.
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `program` with `arguments` in `folder`, with a bare environment: no Swift on the PATH, no
    /// $QUORUM_THEME unless given, and HOME inside the test's folder so the theme unpacks there.
    static func run(_ program: URL, _ arguments: [String], in folder: URL, home: URL,
                    environment extra: [String: String] = [:]) throws -> Run {
        // A child that another test forked while the copy was open for writing holds that descriptor until it
        // execs, and the kernel refuses to run a file open for writing (ETXTBSY): wait for it to let go.
        for attempt in 1... {
            let process = Process()
            process.executableURL = program
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8"].merging(extra) { $1 }
            do {
                return try collect(process)
            } catch let error as NSError where attempt < 50 && ReleaseProgram.isTextFileBusy(error) {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        fatalError("unreachable")
    }

    /// Whether `error` (from `Process.run`) is ETXTBSY.
    static func isTextFileBusy(_ error: NSError) -> Bool {
        if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
        return (error.userInfo[NSUnderlyingErrorKey] as? NSError).map(isTextFileBusy) ?? false
    }

    /// Runs `process` to its end; its streams go to files, which cannot fill up and stall it as pipes can.
    static func collect(_ process: Process) throws -> Run {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("quorum-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("out"), errorsURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL), errors = try FileHandle(forWritingTo: errorsURL)
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Run(status: process.terminationStatus, output: SampleSite.read(outputURL), errors: SampleSite.read(errorsURL))
    }

    /// A temporary folder outside the checkout holding `bin/quorum`, a copy of the release program, and `home/`.
    static func install() throws -> (root: URL, program: URL, home: URL) {
        guard let url else { throw ReleaseProgramMissing() }
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("quorum-release-\(UUID().uuidString)")
        let bin = root.appendingPathComponent("bin"), home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let program = bin.appendingPathComponent("quorum")
        try copyClosingOnExec(url, to: program)
        return (root, program, home)
    }

    /// Copies the program with a descriptor that no child of another test inherits: Foundation's copy leaves its
    /// descriptor open across fork, and while a child holds it the kernel will not run the copy (ETXTBSY).
    static func copyClosingOnExec(_ source: URL, to destination: URL) throws {
        let bytes = try Data(contentsOf: source)
        let fd = open(destination.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path]) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path]) }
                offset += written
            }
        }
    }
}

struct ReleaseProgramMissing: Error, CustomStringConvertible {
    var description: String { ReleaseProgram.missing }
}
