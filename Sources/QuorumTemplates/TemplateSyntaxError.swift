/// A template that cannot be parsed: what is wrong, where (1-based line and column), and how to fix it.
struct TemplateSyntaxError: Error, Sendable, Equatable {
    let message: String
    let hint: String
    let line: Int
    let column: Int
}

/// What the parser found wrong, before the offset is turned into a line and column.
struct TemplateParseProblem: Error {
    let message: String
    let hint: String
    /// Character offset of the tag at fault.
    let offset: Int

    /// Line and column of `offset` in `characters`: `\n` and `\r\n` end lines, as the diagnostic printer splits them.
    func located(in characters: [Character]) -> TemplateSyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, characters.count) where characters[index] == "\n" || characters[index] == "\r\n" {
            line += 1
            lineStart = index + 1
        }
        return TemplateSyntaxError(message: message, hint: hint, line: line, column: offset - lineStart + 1)
    }
}
