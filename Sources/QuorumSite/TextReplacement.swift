/// Literal find-and-replace on UTF-8 bytes: Foundation's `replacingOccurrences` bridges through
/// NSString and took a tenth of the build time on large sites.
enum TextReplacement {
    /// `text` with every occurrence of each pattern replaced, in one left-to-right pass; earlier pairs win.
    static func replacing(_ text: String, _ pairs: [(String, String)]) -> String {
        let patterns = pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }.filter { !$0.0.isEmpty }
        guard !patterns.isEmpty else { return text }
        // Bytes that can start a pattern: every other byte is skipped with one table lookup, and runs
        // between matches are copied whole, so a 50 MB page in every feed stays quick in a debug build too.
        var starts = [Bool](repeating: false, count: 256)
        for (pattern, _) in patterns { starts[Int(pattern[0])] = true }
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var copied = 0
            var i = 0
            scan: while i < bytes.count {
                guard starts[Int(bytes[i])] else { i += 1; continue }
                for (pattern, replacement) in patterns where i + pattern.count <= bytes.count && matches(pattern, bytes, at: i) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                    out.append(contentsOf: replacement)
                    i += pattern.count
                    copied = i
                    continue scan
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func matches(_ pattern: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for k in 0..<pattern.count where bytes[start + k] != pattern[k] { return false }
        return true
    }
}
