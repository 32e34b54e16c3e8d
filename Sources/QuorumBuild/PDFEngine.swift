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

    /// Writes the driver into a new work folder and asks it for WeasyPrint's version; nil when WeasyPrint
    /// (or Python) is not installed.
    static func start() -> PDFEngine? {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("quorum-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            try Data(PDFDriver.script.utf8).write(to: work.appendingPathComponent("quorum-pdf.py"))
        } catch {
            return nil
        }
        let versionFile = work.appendingPathComponent("version")
        guard TiedProcess.run("python3", [work.appendingPathComponent("quorum-pdf.py").path, "--version", versionFile.path]) == 0,
              let version = try? String(contentsOf: versionFile, encoding: .utf8) else {
            try? FileManager.default.removeItem(at: work)
            return nil
        }
        return PDFEngine(work: work, version: version)
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
