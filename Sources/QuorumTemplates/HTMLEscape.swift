/// HTML escaping of `& < > " '` in one pass over UTF-8 bytes, appending to an output buffer.
///
/// swift-mustache escapes Character by Character, so an `&` that a combining mark joins (or a prepend
/// character precedes) is one Character, not `&`, and stays as it is. When a special byte has a non-ASCII
/// neighbour the text is escaped again that slow way, so the bytes always match.
enum HTMLEscape {
    /// Appends `text` to `output`, escaped.
    static func append(_ text: String, to output: inout [UInt8]) {
        let start = output.count
        var text = text
        var escaped = text.utf8.withContiguousStorageIfAvailable { appendBytes($0, to: &output) }
        if escaped == nil {
            text.makeContiguousUTF8()
            escaped = text.utf8.withContiguousStorageIfAvailable { appendBytes($0, to: &output) }
        }
        if escaped != true {
            output.removeSubrange(start...)
            appendByCharacter(text, to: &output)
        }
    }

    /// Appends `text` to `output` unchanged.
    static func appendRaw(_ text: String, to output: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ output.append(contentsOf: $0) }) == nil {
            output.append(contentsOf: Array(text.utf8))
        }
    }

    /// Escapes byte by byte; returns false, part-way, when a special byte sits beside a non-ASCII one.
    private static func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Every special byte is at most `>` (0x3E); most text is above that.
            if byte > 0x3E || !isSpecial(byte) {
                index += 1
                continue
            }
            if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < count && bytes[index + 1] >= 0x80) { return false }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            appendEntity(byte, to: &output)
            index += 1
            runStart = index
        }
        if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        return true
    }

    /// swift-mustache's own loop, for text where grapheme clusters decide what is a special character.
    private static func appendByCharacter(_ text: String, to output: inout [UInt8]) {
        for character in text {
            switch character {
            case "<": appendEntity(0x3C, to: &output)
            case ">": appendEntity(0x3E, to: &output)
            case "&": appendEntity(0x26, to: &output)
            case "\"": appendEntity(0x22, to: &output)
            case "'": appendEntity(0x27, to: &output)
            default: output.append(contentsOf: character.utf8)
            }
        }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&#39;`, byte by byte (no global arrays on the hot path).
    @inline(__always)
    private static func appendEntity(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(0x26)  // &
        switch byte {
        case 0x3C: output.append(0x6C); output.append(0x74)  // lt
        case 0x3E: output.append(0x67); output.append(0x74)  // gt
        case 0x26: output.append(0x61); output.append(0x6D); output.append(0x70)  // amp
        case 0x22: output.append(0x71); output.append(0x75); output.append(0x6F); output.append(0x74)  // quot
        default: output.append(0x23); output.append(0x33); output.append(0x39)  // #39
        }
        output.append(0x3B)  // ;
    }
}
