import CMark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The only file that touches libcmark. Node pointers never leave it.

/// A parsed cmark tree; frees itself when released.
///
/// The tree, its text and the rendered HTML live in the document's arena (see `CmarkArena`), so every cmark
/// call that may allocate runs inside `arena.whileCurrent`, and nothing of it is freed one by one.
final class CmarkDocument {
    private let root: OpaquePointer
    private let options: Int32
    private let arena = CmarkArena()

    init(_ text: String, options: MarkdownOptions) {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }
        self.options = flags
        var text = text
        root = arena.whileCurrent {
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // What cmark_parse_document does, with the arena's allocator; it only fails when out of memory.
                    let parser = cmark_parser_new_with_mem(flags, CmarkArena.memory)
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                    let document = cmark_parser_finish(parser)
                    cmark_parser_free(parser)
                    return document!
                }
            }
        }
    }

    /// Applies the hooks and heading ids, then renders HTML.
    func render(hooks: MarkdownHooks, headingIDs: Bool) -> RenderedMarkdown {
        arena.whileCurrent { renderInArena(hooks: hooks, headingIDs: headingIDs) }
    }

    private func renderInArena(hooks: MarkdownHooks, headingIDs: Bool) -> RenderedMarkdown {
        let found = collect(wantText: hooks.text != nil)
        if let textHook = hooks.text {
            for node in found.texts { transformText(node, textHook) }
        }
        if hooks.link != nil || hooks.imageSize != nil {
            var images: [(OpaquePointer, LinkReference)] = []
            for node in found.links {
                let reference = rewriteLink(node, hooks.link)
                if reference.isImage && !isInsideImage(node) { images.append((node, reference)) }
            }
            // After every link is rewritten: sizing replaces the image node, and no sized image holds another.
            if let sizeHook = hooks.imageSize {
                for (node, reference) in images {
                    if let size = sizeHook(reference) { addSize(size, toImage: node) }
                }
            }
        }
        if let blockHook = hooks.codeBlock {
            for node in found.codeBlocks { replaceCodeBlock(node, blockHook) }
        }
        var headings: [Heading] = []
        var slugger = HeadingSlugger()
        for node in found.headings {
            let text = plainText(node)
            let id = slugger.id(for: text)
            let level = Int(cmark_node_get_heading_level(node))
            headings.append(Heading(level: level, text: text, id: id, line: Int(cmark_node_get_start_line(node))))
            if headingIDs { addID(id, toHeading: node, level: level) }
        }
        return RenderedMarkdown(
            html: html(of: root),
            headings: headings,
            firstParagraph: found.firstParagraph.map(plainText) ?? "",
            wordCount: found.wordCount)
    }

    private struct Found {
        var headings: [OpaquePointer] = []
        var codeBlocks: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var texts: [OpaquePointer] = []
        var firstParagraph: OpaquePointer?
        var wordCount = 0
    }

    // Nodes may only change after the walk, so the walk only gathers them.
    private func collect(wantText: Bool) -> Found {
        var found = Found()
        guard let iter = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iter) }
        var headingDepth = 0
        var linkDepth = 0
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headingDepth += entering ? 1 : -1
                if !entering { found.headings.append(node) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                linkDepth += entering ? 1 : -1
                if entering { found.links.append(node) }
            case CMARK_NODE_CODE_BLOCK:
                found.codeBlocks.append(node)
            case CMARK_NODE_PARAGRAPH:
                if entering, found.firstParagraph == nil,
                   cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT {
                    found.firstParagraph = node
                }
            case CMARK_NODE_TEXT:
                if let literal = cmark_node_get_literal(node) {
                    found.wordCount += countWords(literal)
                }
                if wantText && headingDepth == 0 && linkDepth == 0 { found.texts.append(node) }
            default:
                break
            }
        }
        return found
    }

    // Every text byte of every page passes through here, so the loop has no branch on the text: a word starts
    // wherever a space (space, tab, CR or LF) is followed by anything else.
    private func countWords(_ literal: UnsafePointer<CChar>) -> Int {
        let length = strlen(literal)
        return literal.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
            CmarkDocument.spaceBytes.withUnsafeBufferPointer { spaces in
                var count = 0
                var afterSpace = 1
                for index in 0..<length {
                    let space = Int(spaces[Int(bytes[index])])
                    count &+= afterSpace & (1 &- space)
                    afterSpace = space
                }
                return count
            }
        }
    }

    /// 1 for the bytes that separate words, 0 for the rest.
    private static let spaceBytes: [UInt8] = (0...255).map { [32, 9, 10, 13].contains($0) ? 1 : 0 }

    private func transformText(_ node: OpaquePointer, _ hook: (String) -> [InlineSegment]?) {
        guard let literal = cmark_node_get_literal(node) else { return }
        guard let segments = hook(String(cString: literal)), !segments.isEmpty else { return }
        for segment in segments {
            switch segment {
            case .text(let text):
                guard let piece = newNode(CMARK_NODE_TEXT) else { continue }
                cmark_node_set_literal(piece, text)
                cmark_node_insert_before(node, piece)
            case .wrapped(let text, let open, let close):
                guard let wrapper = newNode(CMARK_NODE_CUSTOM_INLINE),
                      let inner = newNode(CMARK_NODE_TEXT) else { continue }
                cmark_node_set_on_enter(wrapper, open)
                cmark_node_set_on_exit(wrapper, close)
                cmark_node_set_literal(inner, text)
                cmark_node_append_child(wrapper, inner)
                cmark_node_insert_before(node, wrapper)
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    @discardableResult
    private func rewriteLink(_ node: OpaquePointer, _ hook: ((LinkReference) -> String?)?) -> LinkReference {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let reference = LinkReference(
            url: url,
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)),
            isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
            text: plainText(node))
        if let replacement = hook?(reference) {
            cmark_node_set_url(node, replacement)
        }
        return reference
    }

    // An image in another image's alt text is shown as text, so it is left alone.
    private func isInsideImage(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    // cmark's own `<img>` (so the src, alt and title are escaped as always) with width and height added,
    // put in place of the image as a custom inline.
    private func addSize(_ size: (width: Int, height: Int), toImage node: OpaquePointer) {
        let tag = html(of: node)
        guard tag.hasPrefix("<img "), tag.hasSuffix(" />"), let custom = newNode(CMARK_NODE_CUSTOM_INLINE) else { return }
        cmark_node_set_on_enter(custom, String(tag.dropLast(3)) + " width=\"\(size.width)\" height=\"\(size.height)\" />")
        cmark_node_set_on_exit(custom, "")
        cmark_node_insert_before(node, custom)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private func replaceCodeBlock(_ node: OpaquePointer, _ hook: (CodeBlock) -> String?) {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        guard !info.isEmpty else { return }
        let block = CodeBlock(
            info: info,
            literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
            line: Int(cmark_node_get_start_line(node)))
        guard let html = hook(block) else { return }
        replace(node, withLiteralHTML: html)
    }

    // A custom block prints its text as it is, whatever the safe option says: ours, not the author's.
    private func replace(_ node: OpaquePointer, withLiteralHTML html: String) {
        guard let custom = newNode(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(custom, html)
        cmark_node_set_on_exit(custom, "")
        cmark_node_insert_before(node, custom)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    // The heading's inlines move into a custom inline that prints the tags, inside an empty custom block that
    // gives the line breaks a heading gets: the same HTML as rendering the heading on its own and editing its
    // open tag, without that render and the string work for every heading.
    private func addID(_ id: String, toHeading node: OpaquePointer, level: Int) {
        guard let block = newNode(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let tags = newNode(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        cmark_node_set_on_enter(tags, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(tags, "</h\(level)>")
        while let child = cmark_node_first_child(node) {
            // A heading holds only inlines, which a custom inline accepts; should cmark refuse one, put the
            // moved ones back and leave the heading without an id rather than lose text.
            guard cmark_node_append_child(tags, child) != 0 else {
                while let moved = cmark_node_last_child(tags), cmark_node_prepend_child(node, moved) != 0 {}
                cmark_node_free(tags)
                cmark_node_free(block)
                return
            }
        }
        cmark_node_append_child(block, tags)
        cmark_node_insert_before(node, block)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private func newNode(_ type: cmark_node_type) -> OpaquePointer? {
        cmark_node_new_with_mem(type, CmarkArena.memory)
    }

    private func html(of node: OpaquePointer) -> String {
        // The buffer is the arena's, like the tree it was rendered from.
        guard let buffer = cmark_render_html(node, options) else { return "" }
        return String(cString: buffer)
    }

    /// The text a reader sees in a node: text, code and line breaks as spaces.
    private func plainText(_ node: OpaquePointer) -> String {
        var out = ""
        guard let iter = cmark_iter_new(node) else { return out }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                break
            }
        }
        return out
    }
}

/// Bump allocation for one document: cmark allocates a node, a string or a buffer growth thousands of times
/// per page, and malloc and free took a quarter of the Markdown stage. Freeing is a no-op; the blocks go
/// when the document does.
///
/// cmark's allocator has no context pointer, so the arena a thread allocates from is a thread-local set by
/// `whileCurrent` (which restores the previous one, so a hook may render another document inside).
final class CmarkArena {
    private static let blockSize = 64 * 1024
    /// Each allocation starts with its size and whether it has a block of its own.
    private static let headerSize = 16

    private var blocks: [UnsafeMutableRawPointer] = []
    /// The unused end of the newest shared block: never handed out, so still zero from calloc.
    private var next: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?

    deinit {
        for block in blocks { free(block) }
    }

    /// Runs `body` with this arena as the thread's allocator for cmark.
    func whileCurrent<R>(_ body: () -> R) -> R {
        let previous = pthread_getspecific(CmarkArena.key)
        pthread_setspecific(CmarkArena.key, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(CmarkArena.key, previous) }
        return body()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The thread's current arena, borrowed (the document that set it holds it) so a call costs no retain.
    private static func withCurrent<R>(_ body: (CmarkArena) -> R, otherwise: () -> R) -> R {
        guard let current = pthread_getspecific(key) else { return otherwise() }
        return Unmanaged<CmarkArena>.fromOpaque(current)._withUnsafeGuaranteedRef(body)
    }

    /// The allocator handed to cmark. Written once here and only read after.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in
                let (total, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow else { return nil }
                // Outside an arena (which `whileCurrent` rules out) fall back to the C heap: a leak, not a crash.
                return CmarkArena.withCurrent({ $0.allocate(total, zeroed: true) }, otherwise: { calloc(count, size) })
            },
            realloc: { pointer, size in
                CmarkArena.withCurrent({ $0.reallocate(pointer, size) }, otherwise: { realloc(pointer, size) })
            },
            free: { _ in }))
        return memory
    }()

    private static func rounded(_ size: Int) -> Int? {
        let (total, overflow) = size.addingReportingOverflow(headerSize + 15)
        return overflow ? nil : total & ~15
    }

    func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        guard size >= 0, let total = CmarkArena.rounded(size) else { return nil }
        let start: UnsafeMutableRawPointer
        var own = false
        if let next, let end, total <= next.distance(to: end) {
            start = next
            self.next = next + total
        } else if total > CmarkArena.blockSize / 8 {
            guard let block = zeroed ? calloc(1, total) : malloc(total) else { return nil }
            blocks.append(block)
            start = block
            own = true
        } else {
            guard let block = calloc(1, CmarkArena.blockSize) else { return nil }
            blocks.append(block)
            start = block
            next = block + total
            end = block + CmarkArena.blockSize
        }
        start.storeBytes(of: size, as: Int.self)
        start.storeBytes(of: own ? 1 : 0, toByteOffset: MemoryLayout<Int>.size, as: Int.self)
        return start + CmarkArena.headerSize
    }

    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size, zeroed: false) }
        let header = pointer - CmarkArena.headerSize
        let oldSize = header.load(as: Int.self)
        if size <= oldSize { return pointer }
        guard let oldTotal = CmarkArena.rounded(oldSize), let newTotal = CmarkArena.rounded(size) else { return nil }
        // The newest allocation in the shared block grows where it is (a buffer being appended to, usually).
        if let next, let end, header + oldTotal == next, newTotal <= header.distance(to: end) {
            self.next = header + newTotal
            header.storeBytes(of: size, as: Int.self)
            return pointer
        }
        // One with a block of its own moves with the C heap's realloc, which can often extend it in place.
        if header.load(fromByteOffset: MemoryLayout<Int>.size, as: Int.self) == 1,
           let index = blocks.lastIndex(of: header) {
            guard let moved = realloc(header, newTotal) else { return nil }
            blocks[index] = moved
            moved.storeBytes(of: size, as: Int.self)
            return moved + CmarkArena.headerSize
        }
        guard let fresh = allocate(size, zeroed: false) else { return nil }
        fresh.copyMemory(from: pointer, byteCount: oldSize)
        return fresh
    }
}
