/// JSON text laid out as Foundation's `JSONSerialization` lays it out with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted`), without its object trees: at 20,000 pages the
/// open-data files hold 64,000 actions, and bridging them to Foundation doubled the build's peak memory.
/// Keys are sorted as Foundation's ICU collation sorts ASCII names (`_`, `-`, `@` first, then digits, then letters
/// without regard to case), so the files keep their bytes; other characters sort by their bytes after those.
enum JSONText {
    /// `value` (dictionaries with String keys, arrays, String, Int, Bool, Double) as JSON; keys sorted.
    static func encode(_ value: Any, pretty: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out, pretty: pretty, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: Any, into out: inout [UInt8], pretty: Bool, depth: Int) {
        switch value {
        case let string as String: writeString(string, into: &out)
        case let bool as Bool: out += Array((bool ? "true" : "false").utf8)
        case let int as Int: out += Array(String(int).utf8)
        case let double as Double:
            let integral = double.rounded() == double && abs(double) < 1e15
            out += Array((integral ? String(Int(double)) : String(double)).utf8)
        case let dictionary as [String: Any]:
            let keys = dictionary.keys.sorted(by: precedes)
            writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), count: keys.count, into: &out, pretty: pretty, depth: depth) { position, out in
                writeString(keys[position], into: &out)
                out += pretty ? Array(" : ".utf8) : [UInt8(ascii: ":")]
                write(dictionary[keys[position]]!, into: &out, pretty: pretty, depth: depth + 1)
            }
        case let array as [Any]:
            writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), count: array.count, into: &out, pretty: pretty, depth: depth) { position, out in
                write(array[position], into: &out, pretty: pretty, depth: depth + 1)
            }
        default:
            writeString(String(describing: value), into: &out)
        }
    }

    /// Pretty output puts each member on its own line, indented two spaces a level; an empty container
    /// is an open bracket, a blank line and the closing one, as Foundation writes it.
    private static func writeContainer(open: UInt8, close: UInt8, count: Int, into out: inout [UInt8], pretty: Bool, depth: Int,
                                       member: (Int, inout [UInt8]) -> Void) {
        out.append(open)
        if pretty { out.append(UInt8(ascii: "\n")) }
        for position in 0..<count {
            if position > 0 { out += pretty ? [UInt8(ascii: ","), UInt8(ascii: "\n")] : [UInt8(ascii: ",")] }
            if pretty { out += [UInt8](repeating: UInt8(ascii: " "), count: 2 * (depth + 1)) }
            member(position, &out)
        }
        if pretty {
            out.append(UInt8(ascii: "\n"))
            out += [UInt8](repeating: UInt8(ascii: " "), count: 2 * depth)
        }
        out.append(close)
    }

    /// Whether key `a` sorts before key `b`: by collation weight, then lower case before upper, then bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        if a.utf8.lazy.map(weight).elementsEqual(b.utf8.lazy.map(weight)) {
            let lowerFirst = a.utf8.lazy.map { $0 ^ 0x20 }, otherLowerFirst = b.utf8.lazy.map { $0 ^ 0x20 }
            return lowerFirst.lexicographicallyPrecedes(otherLowerFirst)
        }
        return a.utf8.lazy.map(weight).lexicographicallyPrecedes(b.utf8.lazy.map(weight))
    }

    /// ICU's root order for the ASCII characters keys are made of.
    private static func weight(_ byte: UInt8) -> UInt16 {
        switch byte {
        case UInt8(ascii: "_"): return 1
        case UInt8(ascii: "-"): return 2
        case UInt8(ascii: "@"): return 3
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 10 + UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return 30 + UInt16(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 30 + UInt16(byte - UInt8(ascii: "A"))
        default: return 100 + UInt16(byte)
        }
    }

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
