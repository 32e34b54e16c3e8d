import Foundation
import QuorumDiagnostics

/// A content file cut into its YAML front matter and Markdown body, with the line each starts on.
public struct FrontMatterSplit: Sendable {
    public var yaml: String
    public var yamlFirstLine: Int
    public var body: String
    public var bodyFirstLine: Int
}

/// Finds the front matter between the first two `---` lines of a content file.
public enum FrontMatterSplitter {
    /// Splits `text` (already without a BOM and with `\n` line ends).
    public static func split(_ text: String, file: String) throws(DiagnosticError) -> FrontMatterSplit {
        let hint = "start the file with a line `---`, then `title: ...` and the other fields, then a line `---`"
        // Every delimiter is ASCII and `\n` always ends a Character, so scanning bytes finds the same lines
        // as scanning Characters, without grapheme breaking over the whole file.
        var text = text
        let found = text.withUTF8 { closingLine(in: $0) }
        switch found {
        case .missing:
            throw DiagnosticError(.error("missing front matter", at: SourceLocation(file: file, line: 1, column: 1), hint: hint))
        case .unclosed:
            throw DiagnosticError(.error("front matter is not closed", at: SourceLocation(file: file, line: 1, column: 1),
                                         hint: "add a line `---` after the last front matter field"))
        case .closed(let yamlStart, let yamlEnd, let bodyStart, let bodyFirstLine):
            // The offsets all follow a `\n` (or are the ends), so they fall on Character boundaries.
            let utf8 = text.utf8
            let start = utf8.startIndex
            return FrontMatterSplit(
                yaml: String(text[utf8.index(start, offsetBy: yamlStart)..<utf8.index(start, offsetBy: yamlEnd)]),
                yamlFirstLine: 2,
                body: String(text[utf8.index(start, offsetBy: bodyStart)...]), bodyFirstLine: bodyFirstLine)
        }
    }

    private enum Found {
        case missing, unclosed
        /// Byte offsets of the YAML and the body, and the file line the body starts on.
        case closed(yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyFirstLine: Int)
    }

    private static let dash = UInt8(ascii: "-"), space = UInt8(ascii: " "), dot = UInt8(ascii: "."), newline = UInt8(ascii: "\n")

    private static func closingLine(in bytes: UnsafeBufferPointer<UInt8>) -> Found {
        let count = bytes.count
        // The opening line is `---`, `--- `, or the whole file is `---`.
        let opens = count >= 3 && bytes[0] == dash && bytes[1] == dash && bytes[2] == dash
            && (count == 3 || bytes[3] == newline || (count >= 5 && bytes[3] == space && bytes[4] == newline))
        guard opens else { return .missing }
        guard var index = nextLine(after: 0, in: bytes) else { return .unclosed }
        let yamlStart = index
        var lineNumber = 1
        while index < count {
            lineNumber += 1
            let lineEnd = nextNewline(from: index, in: bytes) ?? count
            if isClosing(bytes, index, lineEnd) {
                return .closed(yamlStart: yamlStart, yamlEnd: index, bodyStart: min(lineEnd + 1, count), bodyFirstLine: lineNumber + 1)
            }
            index = lineEnd + 1
        }
        return .unclosed
    }

    /// `---`, `...`, or `--- ` followed by only hyphens and spaces.
    private static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 3 {
            let a = bytes[start], b = bytes[start + 1], c = bytes[start + 2]
            return (a == dash && b == dash && c == dash) || (a == dot && b == dot && c == dot)
        }
        guard length >= 4, bytes[start] == dash, bytes[start + 1] == dash, bytes[start + 2] == dash,
              bytes[start + 3] == space else { return false }
        for i in (start + 4)..<end where bytes[i] != dash && bytes[i] != space { return false }
        return true
    }

    private static func nextNewline(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, Int32(newline), bytes.count - index) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func nextLine(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        nextNewline(from: index, in: bytes).map { $0 + 1 }
    }

    /// The text of a file as the loader works with it: UTF-8, no byte order mark, `\n` line ends.
    public static func normalise(_ data: [UInt8]) -> String {
        data.withUnsafeBufferPointer { normalise(bytes: $0) }
    }

    /// `normalise` for bytes read straight from a file, without copying them into an array first.
    public static func normalise(_ data: Data) -> String {
        data.withUnsafeBytes { normalise(bytes: $0.bindMemory(to: UInt8.self)) }
    }

    static func normalise(bytes all: UnsafeBufferPointer<UInt8>) -> String {
        var bytes = UnsafeBufferPointer(rebasing: all[...])
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        // CR is ASCII, so it is never part of a multi-byte sequence and decoding stops a broken one before it:
        // fixing line ends in the bytes gives the same text as decoding first, in one pass and without Foundation.
        guard let base = bytes.baseAddress, memchr(base, 13, bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 {
                out.append(newline)
                if index + 1 < bytes.count, bytes[index + 1] == newline { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
