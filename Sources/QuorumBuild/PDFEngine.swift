import Foundation

/// One PDF to make: its print HTML (a file in the work folder), where the PDF goes, and what fixes its bytes.
struct PDFJob: Codable, Sendable {
    var html: String
    var pdf: String
    /// The content's date as seconds since 1970: the PDF's creation and modification dates.
    var epoch: Int
    /// 32 hex digits: the PDF's file identifier, from its input, so the same input gives the same bytes.
    var identifier: String
    /// Report the page of every anchor whose name starts with this (the agenda pack's papers).
    var anchors: String?
}

/// What the driver made of one job.
struct PDFResult: Codable, Sendable {
    var pdf: String
    var pages: Int?
    var anchors: [String: Int]?
    var error: String?
}

/// WeasyPrint, run through `PDFDriver.script` as child processes, one a core, each with a share of the jobs.
struct PDFEngine {
    /// The work folder: the driver, the print HTML and the job and result files. Removed by `finish()`.
    let work: URL
    /// WeasyPrint's version, part of each PDF's input hash: a new engine renders every PDF again.
    let version: String

    /// Where WeasyPrint is installed and its version. Python finds it once; later builds recognise it by the stamps
    /// of the files it was found in, so a build whose PDFs are all cached starts no Python at all.
    struct Installation: Codable, Equatable, Sendable {
        var version: String
        /// Size and modification time of python3 (on PATH and the interpreter it runs), WeasyPrint's `__init__.py` and its
        /// package metadata folder, by path.
        var stamps: [String: String]
        /// The variables that decide where Python looks for packages.
        var environment: String
    }

    /// WeasyPrint as installed now: `known` when none of its files or Python's variables changed, else asked of
    /// Python (a second, without importing WeasyPrint). Nil when Python or WeasyPrint is not installed.
    static func installation(known: Installation?) -> Installation? {
        guard let python = executable("python3") else { return nil }
        let environment = ["PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "PYTHONNOUSERSITE", "VIRTUAL_ENV", "PYENV_VERSION"]
            .map { "\($0)=\(ProcessInfo.processInfo.environment[$0] ?? "")" }.joined(separator: " ")
        if let known, known.environment == environment, known.stamps[python] != nil,
           known.stamps.allSatisfy({ BuildState.fileStamp($0.key) == $0.value }) {
            return known
        }
        let answer = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json")
        defer { try? FileManager.default.removeItem(at: answer) }
        guard TiedProcess.run(python, ["-c", PDFEngine.probe, answer.path]) == 0,
              let data = FileManager.default.contents(atPath: answer.path),
              let found = try? JSONDecoder().decode([String: [String]].self, from: data),
              let version = found["version"]?.first, let files = found["files"] else { return nil }
        var stamps: [String: String] = [:]
        for file in [python] + files { stamps[file] = BuildState.fileStamp(file) ?? "missing" }
        return Installation(version: version, stamps: stamps, environment: environment)
    }

    /// Asks for WeasyPrint's version and files from its package metadata: importing it (and Pango) takes a second.
    private static let probe = """
        import importlib.metadata, importlib.util, json, os, sys
        dist = importlib.metadata.distribution("weasyprint")
        spec = importlib.util.find_spec("weasyprint")
        files = [os.path.realpath(p) for p in (sys.executable, spec and spec.origin, getattr(dist, "_path", None)) if p]
        json.dump({"version": [dist.version], "files": files}, open(sys.argv[1], "w"))
        """

    /// The first `name` on PATH that can be run, links resolved; nil when there is none.
    static func executable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if access(path, X_OK) == 0 { return URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        }
        return nil
    }

    /// A new work folder with the driver in it; nil when it cannot be made.
    static func workFolder() -> URL? {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(PDFDriver.script.utf8).write(to: work.appendingPathComponent("quorum-pdf.py"))
        } catch {
            try? FileManager.default.removeItem(at: work)
            return nil
        }
        return work
    }

    /// Renders `jobs` on `workers` processes; `roots` maps URL prefixes to the folders their files are in.
    /// Returns one result a job, in order; a driver that dies gives each of its jobs an error.
    func render(_ jobs: [PDFJob], costs: [Int], roots: [(String, [String])], workers: Int) -> [PDFResult] {
        guard !jobs.isEmpty else { return [] }
        let count = max(1, min(workers, jobs.count))
        // Longest first onto the least loaded worker, so one big report does not finish last on a busy core.
        var shares = Array(repeating: [Int](), count: count), loads = Array(repeating: 0, count: count)
        for job in jobs.indices.sorted(by: { (costs[$0], $1) > (costs[$1], $0) }) {
            let worker = loads.indices.min { (loads[$0], $0) < (loads[$1], $1) } ?? 0
            shares[worker].append(job)
            loads[worker] += costs[job]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var running: [(TiedProcess?, URL, [Int])] = []
        for (worker, share) in shares.enumerated() where !share.isEmpty {
            let spec = work.appendingPathComponent("jobs-\(worker).json"), results = work.appendingPathComponent("results-\(worker).json")
            let file = JobFile(roots: roots.map { [$0.0] + $0.1 }, jobs: share.map { jobs[$0] }, results: results.path)
            let process = (try? encoder.encode(file)).flatMap { data -> TiedProcess? in
                guard (try? data.write(to: spec)) != nil else { return nil }
                return TiedProcess("python3", [work.appendingPathComponent("quorum-pdf.py").path, spec.path])
            }
            running.append((process, results, share))
        }
        var results = jobs.map { PDFResult(pdf: $0.pdf, error: "the PDF driver did not report on it") }
        for (process, file, share) in running {
            let status = process?.wait() ?? -1
            guard let data = FileManager.default.contents(atPath: file.path),
                  let reported = try? JSONDecoder().decode([PDFResult].self, from: data), reported.count == share.count else {
                for job in share { results[job].error = "the PDF driver stopped with status \(status)" }
                continue
            }
            for (job, result) in zip(share, reported) { results[job] = result }
        }
        return results
    }

    /// Removes the work folder, unless `QUORUM_PDF_KEEP` is set (to look at the print HTML behind a PDF).
    func finish() {
        guard ProcessInfo.processInfo.environment["QUORUM_PDF_KEEP"] == nil else { return }
        try? FileManager.default.removeItem(at: work)
    }

    /// A worker's job file, as the driver reads it; each root is its URL prefix then its folders.
    private struct JobFile: Encodable {
        var roots: [[String]]
        var jobs: [PDFJob]
        var results: String
    }
}
