import Foundation
import Testing
@testable import QuorumSite

/// The open data and JSON-LD are written by `JSONText`, which must give the bytes Foundation's
/// `JSONSerialization` gives (sorted keys, slashes unescaped, pretty or compact) for the keys Quorum writes
/// (ASCII names such as `@type`, `start_date`, `eventStatus`), and the same data for any keys (Foundation sorts
/// other characters by ICU collation, `JSONText` by their bytes).
@Suite struct JSONTextTests {
    /// A seeded generator, so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["", "a", "Ann Bell", "x/y", "\"", "\\", "\n", "\r\t", "\u{08}\u{0C}", "\u{01}\u{1F}\u{7F}", "é", "–",
                         "\u{2028}", "</script>", "<!--", "&amp;", "😀", "https://example.org/meetings/"]

    static func string(_ random: inout Seeded) -> String {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static let keys = ["@context", "@type", "@id", "id", "name", "start_date", "startDate", "eventStatus", "end_date", "person_id",
                       "persons", "url", "items", "content_html", "date_published", "a", "b_c", "bc", "location", "B", "Bc", "b-c", "a1", "a_1"]

    /// A key Quorum might write, or any string.
    static func key(_ random: inout Seeded, anyKey: Bool) -> String {
        anyKey ? string(&random) + "k" : keys.randomElement(using: &random)!
    }

    static func value(_ random: inout Seeded, depth: Int, anyKey: Bool) -> Any {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
        case 0, 1: return string(&random)
        case 2: return Int.random(in: -100_000...100_000, using: &random)
        case 3: return Bool.random(using: &random)
        case 4: return [Double(Int.random(in: -50...50, using: &random)), Double(Int.random(in: 1...999, using: &random)) / 8][Int.random(in: 0...1, using: &random)]
        case 5: return (0..<Int.random(in: 0...4, using: &random)).map { _ in value(&random, depth: depth + 1, anyKey: anyKey) }
        default:
            var map: [String: Any] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &random) { map[key(&random, anyKey: anyKey)] = value(&random, depth: depth + 1, anyKey: anyKey) }
            return map
        }
    }

    @Test("2,000 random documents with Quorum's keys, pretty and compact, give Foundation's bytes; with any keys, its data",
          arguments: [false, true])
    func matchesFoundation(anyKey: Bool) throws {
        var random = Seeded(state: anyKey ? 7 : 42)
        for _ in 0..<2000 {
            var document: [String: Any] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                document[Self.key(&random, anyKey: anyKey)] = Self.value(&random, depth: 0, anyKey: anyKey)
            }
            for pretty in [true, false] {
                var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
                if pretty { options.insert(.prettyPrinted) }
                let expected = try JSONSerialization.data(withJSONObject: document, options: options)
                let written = JSONText.encode(document, pretty: pretty)
                if anyKey {
                    let parsed = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
                    let original = try JSONSerialization.jsonObject(with: expected) as? NSDictionary
                    #expect(parsed != nil && parsed == original, "\(written)")
                    if parsed != original { return }
                } else {
                    #expect(written == String(decoding: expected, as: UTF8.self))
                    if written != String(decoding: expected, as: UTF8.self) { return }
                }
            }
        }
    }

    @Test("keys sort as Foundation sorts ASCII names: _ and @ first, then digits, then letters whatever their case")
    func keyOrder() {
        #expect(JSONText.encode(["b": 1, "a": 2, "Z": 3, "_": 4, "@id": 5, "start_date": 6, "startDate": 7, "B": 8, "a1": 9], pretty: false)
                == #"{"_":4,"@id":5,"a":2,"a1":9,"b":1,"B":8,"start_date":6,"startDate":7,"Z":3}"#)
    }

    @Test("a typed list of rows is written like a list of values")
    func typedArrays() {
        let rows: [[String: Any]] = [["id": "TB 1", "open": true], ["id": "TB 2", "count": 3]]
        #expect(JSONText.encode(["actions": rows, "names": ["a", "b"]], pretty: false)
                == #"{"actions":[{"id":"TB 1","open":true},{"count":3,"id":"TB 2"}],"names":["a","b"]}"#)
    }
}
