import QuorumDiagnostics

/// A data set: columns, rows of cells, and what the sidecar says about it.
public struct DataTable: Sendable {
    /// Where it came from: a data file's path, or the Markdown file of an inline block.
    public var source: String
    public var title: String?
    /// Where the figures come from ("SSCB annual report 2017/18, appendix A").
    public var sourceNote: String?
    public var units: String?
    public var notes: [String]
    public var columns: [DataColumn]
    public var rows: [[DataCell]]
    /// The file line of each row, for errors about a value.
    public var rowLines: [Int]

    /// The index of the column with this key.
    public func columnIndex(_ key: String) -> Int? {
        columns.firstIndex { $0.key == key }
    }

    /// The cells of one column.
    public func values(_ column: Int) -> [DataCell] {
        rows.map { column < $0.count ? $0[column] : .empty }
    }

    /// The suppression markers that appear anywhere in the table, in a fixed order.
    public var markersUsed: [SuppressionMarker] {
        let used = Set(rows.flatMap { $0 }.compactMap { cell -> SuppressionMarker? in
            if case .suppressed(let marker) = cell { return marker }
            return nil
        })
        return SuppressionMarker.allCases.filter(used.contains)
    }
}
