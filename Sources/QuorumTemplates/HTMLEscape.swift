/// HTML escaping of `& < > " '` over UTF-8 bytes: a scan (eight bytes at a time) finds whether a text
/// needs any; most needs none and is appended whole, the rest is escaped byte by byte.
///
/// swift-mustache escapes Character by Character, so an `&` that a combining mark joins (or a prepend
/// character precedes) is one Character, not `&`, and stays as it is. When a special byte has a non-ASCII
/// neighbour the text is escaped that slow way instead, so the bytes always match.
enum HTMLEscape {
    /// Appends `text` to `output`, escaped.
    static func append(_ text: String, to output: inout String) {
        var text = text
        if !text.isContiguousUTF8 { text.makeContiguousUTF8() }
        // Text with nothing to escape (most of it) is appended whole: a copy, and no UTF-8 validation.
        let scan = text.utf8.withContiguousStorageIfAvailable { scanForSpecials($0) } ?? .graphemes
        switch scan {
        case .none:
            output.append(text)
        case .bytes:
            var escaped: [UInt8] = []
            text.utf8.withContiguousStorageIfAvailable { escape($0, into: &escaped) }
            output.append(String(decoding: escaped, as: UTF8.self))
        case .graphemes:
            appendByCharacter(text, to: &output)
        }
    }

    private enum Scan {
        /// Nothing to escape.
        case none
        /// Special bytes, each an ASCII character with ASCII neighbours: escape byte by byte.
        case bytes
        /// A special byte beside a non-ASCII one, which may join it into a larger Character.
        case graphemes
    }

    private static func scanForSpecials(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan.none
        let count = bytes.count
        var index = 0
        // Eight bytes at a time up to the first word that holds a special byte; byte by byte from there.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count, !mayHoldSpecial(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            // Every special byte is at most `>` (0x3E); most text is above that.
            if byte <= 0x3E, isSpecial(byte) {
                if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < count && bytes[index + 1] >= 0x80) { return .graphemes }
                result = .bytes
            }
            index += 1
        }
        return result
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into escaped: inout [UInt8]) {
        escaped.reserveCapacity(bytes.count + 16)
        var runStart = 0
        for index in 0..<bytes.count where bytes[index] <= 0x3E && isSpecial(bytes[index]) {
            if runStart < index { escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            escaped.append(contentsOf: entity(bytes[index]).utf8)
            runStart = index + 1
        }
        if runStart < bytes.count { escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// swift-mustache's own loop, for text where grapheme clusters decide what is a special character.
    private static func appendByCharacter(_ text: String, to output: inout String) {
        for character in text {
            switch character {
            case "<": output.append(entity(0x3C))
            case ">": output.append(entity(0x3E))
            case "&": output.append(entity(0x26))
            case "\"": output.append(entity(0x22))
            case "'": output.append(entity(0x27))
            default: output.append(character)
            }
        }
    }

    /// Whether any byte of `word` is `"`, `&`, `'`, `<` or `>`. Setting bit 0 makes `&` and `'` both 0x27,
    /// setting bit 1 makes `<` and `>` both 0x3E; then a byte equal to the target XORs to zero, which
    /// `(x - 0x01…) & ~x & 0x80…` detects in every byte at once.
    @inline(__always)
    private static func mayHoldSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & (ones &* 0x80) }
        return (zeroByte(word ^ (ones &* 0x22)) | zeroByte((word | ones) ^ (ones &* 0x27))
            | zeroByte((word | (ones &* 0x02)) ^ (ones &* 0x3E))) != 0
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x22: return "&quot;"
        default: return "&#39;"
        }
    }
}
