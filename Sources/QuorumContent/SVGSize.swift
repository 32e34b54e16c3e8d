import Foundation

/// The size an SVG file declares on its root element: `width` and `height` in pixels, else its `viewBox`.
enum SVGSize {
    static func read(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(8192), as: UTF8.self)
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = text[open.upperBound..<close]
        if let width = attribute("width", in: tag).flatMap(pixels), let height = attribute("height", in: tag).flatMap(pixels) {
            return ImageSize(width: width, height: height)
        }
        // A size in %, em or mm says nothing about the drawing's proportions; the viewBox does.
        let box = attribute("viewBox", in: tag)?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) } ?? []
        guard box.count == 4, box[2] > 0, box[3] > 0, box[2] < 1e6, box[3] < 1e6 else { return nil }
        return ImageSize(width: Int(box[2].rounded()), height: Int(box[3].rounded()))
    }

    /// The value of `name="…"` (or single quotes) in a start tag's attributes.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        var rest = tag[...]
        while let found = rest.range(of: name) {
            let before = found.lowerBound == tag.startIndex ? " " : tag[tag.index(before: found.lowerBound)]
            var after = found.upperBound
            while after < tag.endIndex, tag[after] == " " { after = tag.index(after: after) }
            if before.isWhitespace, after < tag.endIndex, tag[after] == "=" {
                var start = tag.index(after: after)
                while start < tag.endIndex, tag[start] == " " { start = tag.index(after: start) }
                guard start < tag.endIndex, tag[start] == "\"" || tag[start] == "'" else { return nil }
                let quote = tag[start]
                let valueStart = tag.index(after: start)
                guard let end = tag[valueStart...].firstIndex(of: quote) else { return nil }
                return String(tag[valueStart..<end])
            }
            rest = tag[found.upperBound...]
        }
        return nil
    }

    /// `640`, `640px` or `640.5` as whole pixels; nil for other units.
    private static func pixels(_ value: String) -> Int? {
        let number = value.hasSuffix("px") ? String(value.dropLast(2)) : value
        guard let parsed = Double(number.trimmingSpaces), parsed > 0, parsed < 1e6 else { return nil }
        return Int(parsed.rounded())
    }
}
