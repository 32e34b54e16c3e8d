import QuorumMarkdown

/// Escaping for XML text and attributes: HTML's escaping, minus the control characters XML 1.0 forbids.
enum XMLText {
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            && !text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
        guard !allowed else { return HTMLEscaping.escape(text) }
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where (scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r") && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
            clean.append(scalar)
        }
        return HTMLEscaping.escape(String(clean))
    }
}
