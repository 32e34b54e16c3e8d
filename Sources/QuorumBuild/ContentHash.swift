/// A 128-bit FNV-1a digest of text, as 32 hex digits: enough to tell whether a PDF's input changed between
/// builds (not a defence against anyone forging input), and the PDF's file identifier.
enum ContentHash {
    static func hex(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for part in parts {
            for byte in part.utf8 {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 ^ (b >> 29)
            }
            // A separator, so ["ab", "c"] and ["a", "bc"] differ.
            a = (a ^ 0xff) &* 0x0000_0100_0000_01b3
            b = (b ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        return hexDigits(a) + hexDigits(b)
    }

    private static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
