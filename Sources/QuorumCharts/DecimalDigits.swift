/// A non-negative decimal number as digits, rounded as written rather than as stored in binary.
///
/// Rounding the shortest round-trip digits (Swift's `description`) means 1.005 rounds to 1.01, as a
/// reader of the CSV expects, where `(1.005 * 100).rounded()` gives 1.00.
struct DecimalDigits {
    /// Significant digits, most significant first, each 0...9.
    private(set) var digits: [UInt8]
    /// How many of `digits` stand before the decimal point (may be negative or exceed the count).
    private(set) var pointIndex: Int

    /// The digits of `abs(value)`; `value` must be finite.
    init(magnitudeOf value: Double) {
        var digits: [UInt8] = []
        var pointIndex = 0
        var exponent = 0
        var seenPoint = false
        var readingExponent = false
        var exponentSign = 1
        for byte in abs(value).description.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where readingExponent:
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte - UInt8(ascii: "0"))
                if !seenPoint { pointIndex += 1 }
            case UInt8(ascii: "."):
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                readingExponent = true
            case UInt8(ascii: "-") where readingExponent:
                exponentSign = -1
            default:
                break
            }
        }
        self.digits = digits
        self.pointIndex = pointIndex + exponentSign * exponent
        trimLeadingZeros()
    }

    /// Whether every digit is zero.
    var isZero: Bool { digits.allSatisfy { $0 == 0 } }

    /// Rounds half away from zero to `decimals` places after the point.
    mutating func round(toDecimals decimals: Int) {
        let keep = pointIndex + decimals
        guard keep < digits.count else { return }
        guard keep >= 0 else {
            digits = [0]
            pointIndex = 1
            return
        }
        let roundUp = digits[keep] >= 5
        digits.removeSubrange(keep...)
        if roundUp {
            var index = keep - 1
            while index >= 0 {
                if digits[index] == 9 {
                    digits[index] = 0
                    index -= 1
                } else {
                    digits[index] += 1
                    break
                }
            }
            if index < 0 {
                digits.insert(1, at: 0)
                pointIndex += 1
            }
        }
        if digits.isEmpty {
            digits = [0]
            pointIndex = max(pointIndex, 1)
        }
    }

    /// The digits before the point, at least "0", grouped in threes with commas.
    var groupedIntegerPart: String {
        var integer: [UInt8] = []
        for position in 0..<max(pointIndex, 0) {
            integer.append(position < digits.count ? digits[position] : 0)
        }
        while integer.count > 1 && integer[0] == 0 { integer.removeFirst() }
        if integer.isEmpty { integer = [0] }
        var text = ""
        text.reserveCapacity(integer.count + integer.count / 3)
        for (position, digit) in integer.enumerated() {
            if position > 0 && (integer.count - position) % 3 == 0 { text.append(",") }
            text.append(Character(Unicode.Scalar(digit + UInt8(ascii: "0"))))
        }
        return text
    }

    /// Exactly `decimals` digits after the point (zero-padded).
    func fractionPart(decimals: Int) -> String {
        var text = ""
        for place in 0..<max(decimals, 0) {
            let position = pointIndex + place
            let digit: UInt8 = position >= 0 && position < digits.count ? digits[position] : 0
            text.append(Character(Unicode.Scalar(digit + UInt8(ascii: "0"))))
        }
        return text
    }

    /// How many digits after the point are needed, trailing zeros dropped.
    var significantDecimals: Int {
        var last = digits.count - 1
        while last >= 0 && digits[last] == 0 { last -= 1 }
        return max(0, last + 1 - pointIndex)
    }

    private mutating func trimLeadingZeros() {
        while digits.count > 1 && digits[0] == 0 {
            digits.removeFirst()
            pointIndex -= 1
        }
    }
}
