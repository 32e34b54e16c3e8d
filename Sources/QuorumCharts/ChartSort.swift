/// How to order categories by the first series' values (bars and pies only; time keeps its order).
public enum ChartSort: String, Sendable, CaseIterable {
    /// Keep the data order.
    case none
    /// Smallest first; missing values last.
    case ascending
    /// Largest first; missing values last.
    case descending
}
