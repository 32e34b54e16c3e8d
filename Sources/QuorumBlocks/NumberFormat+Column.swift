import QuorumCharts
import QuorumContent

extension NumberFormat {
    /// The chart module's format for a column's format from a sidecar; nil for text or unset formats.
    init?(_ column: ColumnFormat?) {
        guard let column else { return nil }
        let negative: Negative = column.negativeInBrackets ? .brackets : .minus
        switch column.kind {
        case .integer: self.init(.integer, negative: negative)
        case .number: self.init(.number(decimals: column.decimals ?? 1), negative: negative)
        case .percent: self.init(.percent(decimals: column.decimals), negative: negative)
        case .currency: self.init(.currency(decimals: column.decimals), negative: negative)
        case .rate: self.init(.rate(per: column.per ?? 1, decimals: column.decimals), negative: negative)
        case .text: return nil
        }
    }
}
