/// Turns Mustache source into `TemplateNode`s.
///
/// It follows the Mustache spec as swift-mustache 2.1.1 reads it, rule for rule, so that a theme written
/// for it renders to the same bytes: which tag lines are standalone (and removed), how the whitespace
/// before a standalone partial or block becomes indentation, how lines inside a `{{$block}}` override
/// lose the indentation of its first line. It works on Characters, as swift-mustache does, so `\r\n` is
/// one line break and a combining mark after `{` is not a tag.
struct TemplateParser {
    private let characters: [Character]
    private var position = 0
    /// Where the last opening delimiter started, for error locations.
    private var tagStart = 0

    /// Parses `source`; throws the first syntax error with its line and column.
    static func parse(_ source: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(characters: Array(source))
        do {
            return try parser.parseBody(State()).nodes
        } catch {
            throw error.located(in: parser.characters)
        }
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    // MARK: State

    /// A section being parsed: what closes it, and where it opened.
    private struct OpenSection {
        let name: String
        /// The opening tag as written, e.g. `{{#items}}`, for messages.
        let tag: String
        let offset: Int
    }

    /// The parser state swift-mustache threads through its recursive parse.
    private struct State {
        var section: OpenSection?
        /// At the start of a line, or only spaces and tabs since it: a tag here may be standalone.
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`, at any depth.
        var inParent = false
        /// Directly inside `{{<parent}}`, where `{{$name}}` defines an override rather than a block.
        var atParentTop = false
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        /// Width of the first line's indentation inside an override; later lines lose that many characters.
        var overrideIndent: Int?

        func entering(_ section: OpenSection, newLine: Bool) -> State {
            var state = self
            state.section = section
            state.atParentTop = false
            if !newLine { state.newLine = false }
            return state
        }

        func enteringParent(_ section: OpenSection) -> State {
            var state = self
            state.section = section
            state.newLine = true
            state.inParent = true
            state.atParentTop = true
            return state
        }
    }

    /// What one nesting level parsed.
    private struct Body {
        var nodes: [TemplateNode] = []
        /// `{{$name}}` overrides, when this level is the inside of a `{{<parent}}`.
        var overrides: [(String, [TemplateNode])] = []
        /// The first tag that gave something other than text: not allowed directly inside `{{<parent}}`.
        var firstTag: (offset: Int, tag: String)?
        /// Text not yet in `nodes`: adjacent text becomes one node, so a run of static lines is one append.
        private var text = ""
        private var indentAt: [Int] = []

        mutating func append(text characters: [Character]) {
            // swift-mustache indents a piece when the output before it ends with a "\n" Character. A lone
            // "\n" stays a node of its own: what was written before it may end with "\r", making "\r\n".
            if text == "\n" { flushText() }
            if text.last == "\n" { indentAt.append(text.utf8.count) }
            text.append(contentsOf: characters)
        }

        mutating func append(_ node: TemplateNode, tag: String, at offset: Int) {
            if firstTag == nil { firstTag = (offset, tag) }
            flushText()
            nodes.append(node)
        }

        /// Ends the level: pending text becomes its last node.
        mutating func finish() -> Body {
            flushText()
            return self
        }

        private mutating func flushText() {
            guard !text.isEmpty else { return }
            nodes.append(indentAt.isEmpty ? .text(text) : .lines(TemplateNode.Lines(text, indentAt: indentAt)))
            text = ""
            indentAt = []
        }
    }

    // MARK: Parsing

    private mutating func parseBody(_ initial: State) throws(TemplateParseProblem) -> Body {
        var body = Body()
        var state = initial
        var whitespaceBefore: [Character] = []
        while !atEnd {
            if state.newLine {
                let whitespace = read(while: Self.spaceOrTab)
                if state.inParent && !state.atParentTop {
                    if let indent = state.overrideIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent))
                    } else {
                        state.overrideIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = Array(whitespace)
                }
            }
            let text = readText(state)
            if current.isNewline {
                body.append(text: whitespaceBefore + text + [current])
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                body.append(text: whitespaceBefore + text)
                whitespaceBefore = []
                state.newLine = false
            }
            if atEnd { break }

            let tag = tagStart
            var standalone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try parseName(state)
                if isStandalone(state) {
                    standalone = true
                } else if !whitespaceBefore.isEmpty {
                    body.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                let written = "{{\(inverted ? "^" : "#")\(name)}}"
                let inner = try parseBody(state.entering(OpenSection(name: name, tag: written, offset: tag), newLine: standalone))
                let path = VariablePath(name)
                let section = TemplateNode.Section(path, inner.nodes)
                body.append(inverted ? .invertedSection(section) : .section(section), tag: written, at: tag)

            case "/":
                position += 1
                let name = try parseName(state)
                guard let section = state.section, section.name == name else {
                    throw closingProblem(name, open: state.section, at: tag)
                }
                if !isStandalone(state), !whitespaceBefore.isEmpty {
                    body.append(text: whitespaceBefore)
                }
                return body.finish()

            case "!":
                position += 1
                try skipComment(state)
                standalone = isStandalone(state)

            case "{":
                if !whitespaceBefore.isEmpty {
                    body.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                position += 1
                let name = try parseName(state)
                guard !atEnd, current == "}" else {
                    throw TemplateParseProblem(message: "{{{\(name)}} is missing its third closing brace", hint: "write {{{\(name)}}}", offset: tag)
                }
                position += 1
                body.append(.variable(VariablePath(name), escaped: false), tag: "{{{\(name)}}}", at: tag)

            case "&":
                if !whitespaceBefore.isEmpty {
                    body.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                position += 1
                let name = try parseName(state)
                body.append(.variable(VariablePath(name), escaped: false), tag: "{{&\(name)}}", at: tag)

            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                var dynamic = false
                if current == "*" {
                    position += 1
                    dynamic = true
                }
                let name = try parsePartialName(state)
                if !whitespaceBefore.isEmpty { body.append(text: whitespaceBefore) }
                var indentation: String?
                if isStandalone(state) {
                    standalone = true
                    indentation = String(whitespaceBefore)
                }
                let reference = PartialReference(name: dynamic ? .dynamic(VariablePath(name)) : .fixed(name),
                                                 indentation: indentation, overrides: nil)
                body.append(.partial(reference), tag: "{{>\(name)}}", at: tag)
                whitespaceBefore = []

            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let sectionName = try parsePartialName(state)
                if !whitespaceBefore.isEmpty { body.append(text: whitespaceBefore) }
                if isStandalone(state) { standalone = true }
                let written = "{{<\(sectionName)}}"
                let inner = try parseBody(state.enteringParent(OpenSection(name: sectionName, tag: written, offset: tag)))
                if let illegal = inner.firstTag {
                    throw TemplateParseProblem(
                        message: "\(illegal.tag) is inside \(written) but outside any {{$block}}",
                        hint: "directly inside \(written) only {{$name}}…{{/name}} overrides count; move \(illegal.tag) into one",
                        offset: illegal.offset)
                }
                var overrides: [String: [TemplateNode]] = [:]
                for (name, nodes) in inner.overrides { overrides[name] = nodes }
                let name: PartialReference.Name = sectionName.first == "*"
                    ? .dynamic(VariablePath(String(sectionName.dropFirst()))) : .fixed(sectionName)
                let reference = PartialReference(name: name, indentation: String(whitespaceBefore), overrides: overrides)
                body.append(.partial(reference), tag: written, at: tag)
                whitespaceBefore = []

            case "$":
                position += 1
                let name = try parseName(state)
                let written = "{{$\(name)}}"
                if state.atParentTop {
                    if isStandalone(state) { standalone = true }
                    let inner = try parseBody(state.entering(OpenSection(name: name, tag: written, offset: tag), newLine: standalone))
                    body.overrides.append((name, inner.nodes))
                } else {
                    if !whitespaceBefore.isEmpty { body.append(text: whitespaceBefore) }
                    if isStandalone(state) { standalone = true }
                    let inner = try parseBody(state.entering(OpenSection(name: name, tag: written, offset: tag), newLine: standalone))
                    let block = TemplateNode.Block(name: name, defaultNodes: inner.nodes, indentation: String(whitespaceBefore))
                    body.append(.block(block), tag: written, at: tag)
                    whitespaceBefore = []
                }

            case "=":
                position += 1
                state = try setDelimiters(state)
                standalone = isStandalone(state)

            case "%":
                position += 1
                let escaping = try readPragma(state)
                body.append(.setEscaping(escaping), tag: "{{%CONTENT_TYPE}}", at: tag)
                standalone = isStandalone(state)

            default:
                if !whitespaceBefore.isEmpty {
                    body.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                let name = try parseName(state)
                body.append(.variable(VariablePath(name), escaped: true), tag: "{{\(name)}}", at: tag)
            }
            state.newLine = standalone
        }
        if let section = state.section {
            throw TemplateParseProblem(message: "\(section.tag) is never closed",
                                       hint: "add {{/\(section.name)}} where the section ends", offset: section.offset)
        }
        return body.finish()
    }

    /// Text up to the next line break (left unread) or opening delimiter (read, so the tag follows).
    private mutating func readText(_ state: State) -> [Character] {
        guard let first = state.open.first else { return [] }
        var text: [Character] = []
        while !atEnd {
            while !atEnd {
                let character = characters[position]
                if character == "\n" || character == "\r\n" || character == first { break }
                text.append(character)
                position += 1
            }
            if current.isNewline { break }
            if !atEnd, current == first {
                let start = position
                if read(string: state.open) {
                    tagStart = start
                    break
                }
                // swift-mustache keeps the delimiter's own character, not the one in the source.
                text.append(first)
                position += 1
            }
        }
        return text
    }

    /// A tag's name and its closing delimiter.
    private mutating func parseName(_ state: State) throws(TemplateParseProblem) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: Self.nameCharacters))
        _ = read(while: \.isWhitespace)
        guard read(string: state.close) else { throw unfinishedTag(name, state) }
        if name.contains("(") || name.contains(")") {
            throw TemplateParseProblem(message: "\(String(state.open))\(name)\(String(state.close)) calls a transform, which Quorum does not support",
                                       hint: "give the template the value it needs in its context instead", offset: tagStart)
        }
        return name
    }

    /// A partial's name (which may hold `/`) and the closing delimiter.
    private mutating func parsePartialName(_ state: State) throws(TemplateParseProblem) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: Self.partialNameCharacters))
        _ = read(while: \.isWhitespace)
        guard read(string: state.close) else { throw unfinishedTag(name, state) }
        return name
    }

    /// Skips to the end of a comment; matches the closing delimiter the simple way swift-mustache does.
    private mutating func skipComment(_ state: State) throws(TemplateParseProblem) {
        let close = state.close
        guard !close.isEmpty else { return }
        var matched = 0
        while !atEnd {
            if characters[position] == close[matched] {
                matched += 1
                if matched == close.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw TemplateParseProblem(message: "a {{! comment }} is never closed", hint: "end the comment with \(String(close))",
                                   offset: tagStart)
    }

    /// `{{=<% %>=}}`: new delimiters for the rest of this section.
    private mutating func setDelimiters(_ state: State) throws(TemplateParseProblem) -> State {
        let problem = TemplateParseProblem(message: "the set-delimiter tag is malformed",
                                           hint: "write it as {{=<% %>=}}: two delimiters without spaces inside, separated by a space",
                                           offset: tagStart)
        _ = read(while: \.isWhitespace)
        guard let open = read(until: \.isWhitespace) else { throw problem }
        _ = read(while: \.isWhitespace)
        guard let close = read(until: { $0 == "=" || $0.isWhitespace }) else { throw problem }
        _ = read(while: \.isWhitespace)
        guard !atEnd, current == "=" else { throw problem }
        position += 1
        guard read(string: state.close), !open.isEmpty, !close.isEmpty else { throw problem }
        var state = state
        state.open = Array(open)
        state.close = Array(close)
        state.atParentTop = false
        return state
    }

    /// `{{%CONTENT_TYPE: HTML}}` or `TEXT`; returns whether values are escaped from here on.
    private mutating func readPragma(_ state: State) throws(TemplateParseProblem) -> Bool {
        let problem = TemplateParseProblem(message: "unknown pragma", hint: "the only pragma is {{%CONTENT_TYPE: HTML}} or {{%CONTENT_TYPE: TEXT}}",
                                           offset: tagStart)
        _ = read(while: \.isWhitespace)
        let variable = String(read(while: Self.pragmaCharacters))
        _ = read(while: \.isWhitespace)
        guard !atEnd, current == ":" else { throw problem }
        position += 1
        _ = read(while: \.isWhitespace)
        let value = String(read(while: Self.pragmaCharacters))
        _ = read(while: \.isWhitespace)
        guard read(string: state.close), variable == "CONTENT_TYPE" else { throw problem }
        switch value {
        case "HTML": return true
        case "TEXT": return false
        default: throw problem
        }
    }

    /// A tag alone on its line: skips the rest of the line (spaces, tabs, the line break) when it is.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var index = position
        while index < characters.count, Self.spaceOrTab.contains(characters[index]) { index += 1 }
        guard index < characters.count, characters[index].isNewline else { return false }
        position = index + 1
        return true
    }

    private func unfinishedTag(_ name: String, _ state: State) -> TemplateParseProblem {
        let close = String(state.close)
        let found = atEnd ? "the end of the template" : "\"\(current)\""
        return TemplateParseProblem(
            message: "unfinished tag: expected \(close) after \"\(name)\" but found \(found)",
            hint: "a name may hold letters, digits and . - _ ? * (a partial's also /); check for a missing \(close)",
            offset: tagStart)
    }

    private func closingProblem(_ name: String, open: OpenSection?, at offset: Int) -> TemplateParseProblem {
        guard let open else {
            return TemplateParseProblem(message: "{{/\(name)}} closes a section that is not open",
                                        hint: "remove it, or add the {{#\(name)}} it closes", offset: offset)
        }
        return TemplateParseProblem(message: "{{/\(name)}} does not match the open section \(open.tag)",
                                    hint: "close \(open.tag) with {{/\(open.name)}} first; sections close in the reverse order they open",
                                    offset: offset)
    }

    // MARK: Reading

    private var atEnd: Bool { position == characters.count }

    /// The current character, or NUL at the end (as swift-mustache's parser gives).
    private var current: Character { position < characters.count ? characters[position] : "\0" }

    private mutating func read(while belongs: (Character) -> Bool) -> ArraySlice<Character> {
        let start = position
        while position < characters.count, belongs(characters[position]) { position += 1 }
        return characters[start..<position]
    }

    private mutating func read(while set: Set<Character>) -> ArraySlice<Character> {
        read { set.contains($0) }
    }

    /// Reads up to the first character `ends` accepts; nil (and nothing read) when there is none.
    private mutating func read(until ends: (Character) -> Bool) -> ArraySlice<Character>? {
        let start = position
        while position < characters.count {
            if ends(characters[position]) { return characters[start..<position] }
            position += 1
        }
        position = start
        return nil
    }

    /// Reads `string` when it comes next.
    private mutating func read(string: [Character]) -> Bool {
        guard characters.count - position >= string.count else { return false }
        for (offset, character) in string.enumerated() where characters[position + offset] != character {
            return false
        }
        position += string.count
        return true
    }

    // Character sets as swift-mustache defines them (Set membership also matches canonical equivalents).
    private static let spaceOrTab: Set<Character> = [" ", "\t"]
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    private static let pragmaCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
}
