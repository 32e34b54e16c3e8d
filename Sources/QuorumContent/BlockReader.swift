import QuorumDiagnostics
import Yams

/// Reads the body of a ```table, ```chart or ```figures block: YAML options, then optionally `---` and inline CSV.
public struct BlockReader: Sendable {
    public let catalog: DataCatalog

    /// The block names Quorum expands; other fenced code stays code.
    public static let names: Set<String> = ["table", "chart", "figures"]

    static let tableKeys: Set<String> = ["caption", "data", "columns", "notes", "source", "title", "units"]
    static let chartKeys: Set<String> = ["type", "title", "data", "x", "y", "colours", "sort", "highlight", "notes",
                                         "columns", "source", "units", "other_after"]

    /// The `data:` file a block body names, read without parsing the YAML (for usage tracking).
    public static func dataName(_ body: String) -> String? {
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---") { return nil }
            guard line.hasPrefix("data:") else { continue }
            var value = line.dropFirst(5).trimmingCharacters(in: " ")
            if value.count >= 2, let first = value.first, (first == "\"" || first == "'"), value.last == first {
                value = value.dropFirst().dropLast()
            }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    /// Creates a reader that resolves `data:` in `catalog`.
    public init(catalog: DataCatalog) {
        self.catalog = catalog
    }

    /// Reads a block whose fence is on `fenceLine` of `file`.
    public func read(name: String, body: String, file: String, fenceLine: Int) -> (Block?, [Diagnostic]) {
        let location = SourceLocation(file: file, line: fenceLine, column: 1)
        var optionsText = body
        var csvText: String?
        var csvFirstLine = 0
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if let separator = lines.firstIndex(where: { $0.trimmingCharacters(in: " ") == "---" }) {
            optionsText = lines[..<separator].joined(separator: "\n")
            csvText = lines[(separator + 1)...].joined(separator: "\n")
            csvFirstLine = fenceLine + 1 + separator + 1
        }
        let reader = YAMLReader(file: file, firstLine: fenceLine + 1)
        let root: Node?
        do { root = try YAMLDocument.parse(optionsText, file: file, firstLine: fenceLine + 1) } catch { return (nil, error.diagnostics) }

        if name == "figures" {
            guard let root else {
                return (nil, [.error("the figures block is empty", at: location, hint: "list figures as `- value: 428` with `label:` and `source:`")])
            }
            let figures = KeyFigure.readAll(root, reader: reader, what: "a figures block")
            return (.figures(figures), reader.diagnostics)
        }
        guard let root, let map = reader.map(root, "the \(name) block's options") else {
            return (nil, [.error("the \(name) block has no options", at: location,
                                 hint: name == "chart" ? "give at least type, title, data, x and y" : "give at least caption and data")])
        }
        map.warnUnknownKeysAsErrors(name == "chart" ? BlockReader.chartKeys : BlockReader.tableKeys, in: "a \(name) block")
        guard var table = data(map, csvText: csvText, csvFirstLine: csvFirstLine, file: file, location: location, reader: reader) else {
            return (nil, reader.diagnostics)
        }
        if csvText != nil {
            // Inline data takes its labels and formats from the block's own options.
            for diagnostic in DataTableReader.apply(DataSidecar.read(map, reader: reader), to: &table, sidecarFile: file) {
                reader.add(diagnostic)
            }
        }
        if name == "table" {
            let block = TableBlock(caption: map.string("caption") ?? map.string("title") ?? table.title, data: table, location: location)
            if block.caption == nil {
                reader.error("a table needs a caption", at: map.node, hint: "add `caption: ...`, or a title in the data file's sidecar")
            }
            return (.table(block), reader.diagnostics)
        }
        return (chart(map, table: table, location: location, reader: reader), reader.diagnostics)
    }

    private func data(_ map: YAMLMap, csvText: String?, csvFirstLine: Int, file: String, location: SourceLocation,
                      reader: YAMLReader) -> DataTable? {
        if let name = map.string("data") {
            if csvText != nil {
                reader.error("the block has both `data:` and inline CSV", at: map["data"], hint: "use one or the other")
                return nil
            }
            guard let table = catalog.tables[name] else {
                let hint = Suggestion.nearest(to: name, in: catalog.tables.keys).map { "did you mean \($0)?" }
                    ?? "put the file in content/data/ and name it here, e.g. data: agency-contributions-2017-18.csv"
                reader.error("no data file \"\(name)\" in content/data/", at: map["data"], hint: hint)
                return nil
            }
            return table
        }
        guard let csvText else {
            reader.error("the block has no data", at: map.node,
                         hint: "add `data: NAME.csv` (a file in content/data/), or a line --- followed by CSV")
            return nil
        }
        let (table, diagnostics) = DataTableReader.csv(csvText, file: file, firstLine: csvFirstLine)
        for diagnostic in diagnostics { reader.add(diagnostic) }
        return table
    }

    private func chart(_ map: YAMLMap, table: DataTable, location: SourceLocation, reader: YAMLReader) -> Block? {
        guard let type = map.requiredString("type", "a chart") else { return nil }
        let columnHint = "the columns are: \(table.columns.map(\.key).joined(separator: ", "))"
        func column(_ key: String, node: Node?) -> Int? {
            if let index = table.columnIndex(key) { return index }
            let hint = Suggestion.nearest(to: key, in: table.columns.map(\.key)).map { "did you mean \"\($0)\"? " } ?? ""
            reader.error("no column \"\(key)\" in \(table.source)", at: node, hint: hint + columnHint)
            return nil
        }
        guard let xName = map.requiredString("x", "a chart"), let x = column(xName, node: map["x"]) else { return nil }
        let yNodes = map.list("y")
        if yNodes.isEmpty, !map.has("y") { reader.error("a chart needs `y`", at: map.node, hint: "name the value column(s): y: [Somerset, England]") }
        var y: [Int] = []
        for node in yNodes {
            guard let name = reader.string(node, "y"), let index = column(name, node: node) else { continue }
            if !table.columns[index].isNumeric {
                reader.error("column \"\(name)\" does not hold numbers, so it cannot be charted", at: node,
                             hint: "y names columns of numbers (suppression markers such as [c] are allowed)")
                continue
            }
            y.append(index)
        }
        guard !y.isEmpty else { return nil }
        if let sort = map.string("sort"), !["ascending", "descending", "none"].contains(sort) {
            reader.error("sort must be ascending, descending or none", at: map["sort"])
        }
        var otherAfter: Int?
        var groupingOff = false
        if let node = map["other_after"] {
            // `none` (or false) turns grouping off; otherwise a count of slices or series to keep.
            if case .scalar(let scalar) = node, ["none", "false", "off"].contains(scalar.string.lowercased()) {
                groupingOff = true
            } else if case .scalar(let scalar) = node, let count = Int(scalar.string), count >= 1 {
                otherAfter = count
            } else {
                reader.error("other_after must be a whole number of 1 or more, or none", at: node,
                             hint: "other_after: 5 keeps the 5 largest slices or series and groups the rest as Other; none turns grouping off")
            }
        }
        var block = ChartBlock(
            type: type, title: map.string("title") ?? table.title, data: table, x: x, y: y,
            colours: map.has("colours") ? map.stringList("colours") : nil, sort: map.string("sort"),
            highlight: map.string("highlight"), location: location, typeLocation: map.location("type"),
            highlightLocation: map.has("highlight") ? map.location("highlight") : nil,
            coloursLocation: map.has("colours") ? map.location("colours") : nil)
        block.otherAfter = otherAfter
        block.groupingOff = groupingOff
        return .chart(block)
    }
}

extension YAMLMap {
    /// Block options are few and fixed, so an unknown one is an error, not a warning.
    func warnUnknownKeysAsErrors(_ known: Set<String>, in what: String) {
        for entry in entries where !known.contains(entry.key) {
            var hint = "\(what) takes: \(known.sorted().joined(separator: ", "))"
            if let suggestion = Suggestion.nearest(to: entry.key, in: known) { hint = "did you mean `\(suggestion)`? " + hint }
            reader.error("unknown option `\(entry.key)` in \(what)", at: entry.keyNode, hint: hint)
        }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
