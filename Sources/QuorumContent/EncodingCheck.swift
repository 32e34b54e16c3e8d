import Foundation
import QuorumDiagnostics

/// Finds text that was not UTF-8 when it was read, so a file saved as Windows-1252 is an error, not a page of �.
enum EncodingCheck {
    // Files are decoded with invalid bytes replaced by U+FFFD, so a U+FFFD in the text is where reading failed
    // (or the trace of an earlier bad conversion, which is as wrong on the published page).
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// An error at the first U+FFFD in `text`, which starts on line `firstLine` of `file`; nil when there is none.
    static func diagnostic(in text: String, file: String, firstLine: Int = 1) -> Diagnostic? {
        var text = text
        guard let offset = text.withUTF8({ firstReplacement(in: $0) }) else { return nil }
        var line = firstLine
        var column = 1
        for scalar in text.utf8.prefix(offset) where scalar & 0xC0 != 0x80 {
            if scalar == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return .error("this file is not UTF-8: a character here could not be read (shown as \u{FFFD})",
                      at: SourceLocation(file: file, line: line, column: column),
                      hint: "save the file as UTF-8 (Excel: CSV UTF-8; Word and Notepad: encoding UTF-8); "
                          + "a £ or a curly quote saved as Windows-1252 cannot be read")
    }

    // memchr keeps a 50 MB file quick even in a debug build.
    private static func firstReplacement(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, 0xEF, bytes.count - offset) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 2 < bytes.count, bytes[index + 1] == replacement[1], bytes[index + 2] == replacement[2] { return index }
            offset = index + 1
        }
        return nil
    }
}
