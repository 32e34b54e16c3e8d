import QuorumDiagnostics
import Yams

/// Parses YAML text into Yams nodes, turning Yams' errors into located diagnostics.
enum YAMLDocument {
    /// The root node of `text`, which starts on line `firstLine` of `file`; nil for an empty document.
    static func parse(_ text: String, file: String, firstLine: Int = 1) throws(DiagnosticError) -> Node? {
        if let unreadable = EncodingCheck.diagnostic(in: text, file: file, firstLine: firstLine) { throw DiagnosticError(unreadable) }
        do {
            // The basic resolver tags every scalar as text: Quorum reads values by what the field expects,
            // so YAML 1.1 surprises (`no` as false, 11:00 as 660) cannot happen, and no regex runs per value.
            // UTF-8 named outright: Yams' default encoding reads the process environment on every parse.
            let root = try Yams.compose(yaml: text, .basic, .default, .utf8)
            // Without aliases a document holds fewer values than it has bytes, so only expansion can pass this.
            let limit = max(100_000, text.utf8.count)
            // An alias needs a `*`, and without one even `[?,?]` makes under three values a byte: most front matter
            // needs no walk over its tree (8% of loading).
            if let root, text.utf8.count * 3 + 3 > limit || text.utf8.contains(UInt8(ascii: "*")) {
                try checkAliases(root, limit: limit, file: file, firstLine: firstLine)
            }
            return root
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            throw DiagnosticError(.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: firstLine)))
        }
    }

    static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let quoteHint = "quote values that contain a colon, a '#' or start with a special character, e.g. time: \"11:00\""
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column)
            // libyaml's own guard against nesting deep enough to exhaust the stack; its message names a C function.
            if problem.hasPrefix("Maximum nesting level reached") {
                return .error("YAML is nested more than 1,000 levels deep", at: location,
                              hint: "front matter and data need a few levels at most: write the values out flat")
            }
            return .error("invalid YAML: \(problem)", at: location, hint: quoteHint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = SourceLocation(file: file, line: context.mark.line + firstLine - 1, column: context.mark.column)
            return .error("the key `\(duplicates.first ?? "")` is written twice", at: location,
                          hint: "keep one of them: YAML keys must be unique")
        case .reader(let problem, _, _, _):
            return .error("cannot read YAML: \(problem)", at: SourceLocation(file: file, line: firstLine),
                          hint: "save the file as UTF-8")
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(file: file, line: firstLine))
        }
    }

    /// `1234567` as `1,234,567`.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    // Aliases can make a few lines expand into billions of nodes ("billion laughs"); authors never need them.
    private static func checkAliases(_ node: Node, limit: Int, file: String, firstLine: Int) throws(DiagnosticError) {
        var budget = limit
        var stack = [node]
        while let next = stack.popLast() {
            budget -= 1
            if budget < 0 {
                let mark = node.mark
                throw DiagnosticError(.error(
                    "YAML expands to more than \(grouped(limit)) values",
                    at: SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 0),
                    hint: "remove anchors (&name) and aliases (*name) and write the values out"))
            }
            switch next {
            case .mapping(let mapping):
                for index in mapping.indices {
                    let (key, value) = mapping[index]
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
    }
}
