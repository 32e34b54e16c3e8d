#if canImport(Glibc)
import Glibc
#endif

/// Literal search on UTF-8 bytes with `memchr` and `memcmp`: the standard library's generic `firstRange(of:)` looks up
/// generic metadata at every step, and scanning every bulletin for a chart with it took a fifth of a
/// 10,000-page build.
extension Substring {
    /// The first range of `pattern` (non-empty), matched byte for byte.
    func byteRange(of pattern: String) -> Range<Index>? {
        guard !pattern.isEmpty else { return nil }
        var pattern = pattern
        let offset: Int? = pattern.withUTF8 { needle in
            let search = { (haystack: UnsafeBufferPointer<UInt8>) -> Int? in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress, let first = needle.first else { return nil }
                var from = 0
                while from + needle.count <= haystack.count {
                    guard let hit = memchr(base + from, Int32(first), haystack.count - needle.count - from + 1) else { return nil }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, needle.count) == 0 { return at }
                    from = at + 1
                }
                return nil
            }
            return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.utf8.count)
    }
}

extension String {
    /// Whether `pattern` (non-empty) occurs in the text, matched byte for byte.
    func containsBytes(_ pattern: String) -> Bool {
        Substring(self).byteRange(of: pattern) != nil
    }
}
