import Foundation

/// UK number formatting for chart labels, descriptions and table cells: 1,420; 19.6; 51.5%; £19,600; (£2,300).
///
/// Rounding is half away from zero on the number as written (1.005 to 2 places is 1.01), negative
/// zero never appears, and the minus sign is the ASCII hyphen-minus, which survives CSV and copy-paste.
public struct NumberFormat: Sendable, Equatable {
    /// What the number is; `nil` decimals means "as few as needed", up to 1 (2 for pence).
    public enum Style: Sendable, Equatable {
        /// A whole number: 1,420.
        case integer
        /// A number with a fixed count of decimals: 19.60.
        case number(decimals: Int)
        /// A percentage written 0 to 100: 51.5 is "51.5%".
        case percent(decimals: Int?)
        /// Pounds sterling: £19,600; automatic decimals show pence only when there are any (£19.50).
        case currency(decimals: Int?)
        /// A rate: 37.7 per 10,000 is "37.7 per 10,000".
        case rate(per: Int, decimals: Int?)
    }

    /// How negative numbers are written.
    public enum Negative: Sendable, Equatable {
        /// With a leading hyphen-minus: -2,300, -£2,300.
        case minus
        /// In brackets, as accounts do: (2,300), (£2,300).
        case brackets
    }

    /// What the number is.
    public var style: Style
    /// How negative numbers are written.
    public var negative: Negative

    /// Creates a format from a style and a way of writing negatives.
    public init(_ style: Style = .integer, negative: Negative = .minus) {
        self.style = style
        self.negative = negative
    }

    /// The value in full, unit included: "£19,600", "51.5%", "37.7 per 10,000".
    public func string(_ value: Double) -> String {
        compose(value, decimals: nil, withRateUnit: true)
    }

    /// The value without a rate's "per N" (for labels beside an axis that names the unit); otherwise as `string`.
    public func shortString(_ value: Double) -> String {
        compose(value, decimals: nil, withRateUnit: false)
    }

    /// An axis tick label: the style's symbol with as many decimals as the tick step needs (d3 `precisionFixed`).
    public func tickString(_ value: Double, step: Double) -> String {
        let decimals = step.isFinite && step != 0 ? max(0, -Int((log10(abs(step))).rounded(.down))) : 0
        return compose(value, decimals: decimals, withRateUnit: false)
    }

    /// The unit an axis title can name when the tick labels do not carry it ("per 10,000"), or nil.
    public var axisUnit: String? {
        if case .rate(let per, _) = style { return "per " + NumberFormat(.integer).string(Double(per)) }
        return nil
    }

    /// A format that suits the values: whole numbers as `.integer`, others with up to 2 decimals.
    public static func fitting(_ values: [Double?]) -> NumberFormat {
        var decimals = 0
        for case let value? in values where value.isFinite {
            decimals = max(decimals, min(2, DecimalDigits(magnitudeOf: value).significantDecimals))
            if decimals == 2 { break }
        }
        return decimals == 0 ? NumberFormat(.integer) : NumberFormat(.number(decimals: decimals))
    }

    private func compose(_ value: Double, decimals fixed: Int?, withRateUnit: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        var digits = DecimalDigits(magnitudeOf: value)
        let places = fixed ?? places(for: &digits)
        digits.round(toDecimals: places)
        var body = digits.groupedIntegerPart
        if places > 0 {
            body += "." + digits.fractionPart(decimals: places)
        }
        let isNegative = value < 0 && !digits.isZero
        switch style {
        case .integer, .number: break
        case .percent: body += "%"
        case .currency: body = "£" + body
        case .rate(let per, _):
            if withRateUnit { body += " per " + NumberFormat(.integer).string(Double(per)) }
        }
        guard isNegative else { return body }
        return negative == .brackets ? "(" + body + ")" : "-" + body
    }

    /// The decimals the style asks for; automatic styles round first to see what is needed.
    private func places(for digits: inout DecimalDigits) -> Int {
        switch style {
        case .integer:
            return 0
        case .number(let decimals):
            return max(0, decimals)
        case .percent(let decimals?), .currency(let decimals?), .rate(_, let decimals?):
            return max(0, decimals)
        case .currency(nil):
            digits.round(toDecimals: 2)
            return digits.significantDecimals == 0 ? 0 : 2
        case .percent(nil), .rate(_, nil):
            digits.round(toDecimals: 1)
            return digits.significantDecimals
        }
    }
}
