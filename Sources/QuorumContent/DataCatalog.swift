import Foundation
import QuorumDiagnostics

/// Every data set in `content/data/`, by file name, with its sidecar applied.
public struct DataCatalog: Sendable {
    public var tables: [String: DataTable]

    /// Creates a catalog from tables by name.
    public init(tables: [String: DataTable]) {
        self.tables = tables
    }

    /// Loads `content/data/*.csv|yaml|yml|json` under `root` and their `.meta.yaml` sidecars.
    public static func load(root: URL, files: [String], log: DiagnosticLog) -> DataCatalog {
        let sidecars = Set(files.filter { $0.hasSuffix(".meta.yaml") })
        let dataFiles = files.filter { path in
            !sidecars.contains(path) && [".csv", ".yaml", ".yml", ".json"].contains { path.hasSuffix($0) }
        }
        for path in files where !sidecars.contains(path) && !dataFiles.contains(path) {
            log.add(.warning("\(path) is not a data file Quorum reads", at: SourceLocation(file: path),
                             hint: "data files end in .csv, .yaml or .json; a sidecar ends in .meta.yaml"))
        }
        for sidecar in sidecars {
            let stem = String(sidecar.dropLast(".meta.yaml".count))
            if ![".csv", ".yaml", ".yml", ".json"].contains(where: { dataFiles.contains(stem + $0) }) {
                log.add(.warning("this sidecar has no data file beside it", at: SourceLocation(file: sidecar, line: 1),
                                 hint: "name it after its data file: \(stem.split(separator: "/").last ?? "").csv has \(stem.split(separator: "/").last ?? "").meta.yaml"))
            }
        }
        let loaded = ConcurrentMap.map(dataFiles) { path -> (String, DataTable?, [Diagnostic]) in
            let (table, diagnostics) = loadOne(root: root, path: path, sidecars: sidecars)
            return (path, table, diagnostics)
        }
        var tables: [String: DataTable] = [:]
        for (path, table, diagnostics) in loaded {
            log.add(contentsOf: diagnostics)
            if let table, !diagnostics.contains(where: { $0.severity == .error }) {
                tables[String(path.dropFirst("content/data/".count))] = table
            }
        }
        return DataCatalog(tables: tables)
    }

    private static func loadOne(root: URL, path: String, sidecars: Set<String>) -> (DataTable?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            return (nil, [.error("cannot read this file", at: SourceLocation(file: path))])
        }
        let stem = path.hasSuffix(".csv") || path.hasSuffix(".yml") ? String(path.dropLast(4)) : String(path.dropLast(5))
        let sidecarPath = stem + ".meta.yaml"
        var sidecar = DataSidecar()
        var diagnostics: [Diagnostic] = []
        if sidecars.contains(sidecarPath), let sidecarData = FileManager.default.contents(atPath: root.appendingPathComponent(sidecarPath).path) {
            let reader = YAMLReader(file: sidecarPath, firstLine: 1)
            do {
                if let node = try YAMLDocument.parse(FrontMatterSplitter.normalise(sidecarData), file: sidecarPath),
                   let map = reader.map(node, "a data sidecar") {
                    map.warnUnknownKeys(DataSidecar.keys, in: "a data sidecar")
                    sidecar = DataSidecar.read(map, reader: reader)
                }
            } catch {
                diagnostics += error.diagnostics
            }
            diagnostics += reader.diagnostics
        }
        var result: (DataTable?, [Diagnostic])
        if path.hasSuffix(".csv") {
            result = DataTableReader.csv(FrontMatterSplitter.normalise(data), file: path)
        } else if path.hasSuffix(".json") {
            result = DataTableReader.json(data, file: path, order: sidecar.columnOrder)
        } else {
            result = DataTableReader.yaml(FrontMatterSplitter.normalise(data), file: path)
        }
        diagnostics += result.1
        guard var table = result.0 else { return (nil, diagnostics) }
        diagnostics += DataTableReader.apply(sidecar, to: &table, sidecarFile: sidecarPath)
        return (table, diagnostics)
    }
}
