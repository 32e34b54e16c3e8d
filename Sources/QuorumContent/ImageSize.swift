/// An image's width and height in CSS pixels, read from its file's header so a page can reserve the space.
///
///     ImageSize(header: pngBytes, fileExtension: "png")   // ImageSize(width: 640, height: 480)
public struct ImageSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The extensions (lower case) of the image formats whose size can be read.
    public static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    /// Reads PNG, JPEG, GIF, WebP and SVG headers; nil when the bytes are not an image of a known size.
    public init?(header bytes: [UInt8], fileExtension: String) {
        let found: ImageSize?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            found = ImageSize.png(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            found = ImageSize.jpeg(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            found = ImageSize(width: ImageSize.little16(bytes, 6), height: ImageSize.little16(bytes, 8))
        } else if bytes.count >= 16, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            found = ImageSize.webp(bytes)
        } else if fileExtension.lowercased() == "svg" {
            found = SVGSize.read(bytes)
        } else {
            found = nil
        }
        guard let found, found.width > 0, found.height > 0 else { return nil }
        self = found
    }

    // IHDR is always the first chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    private static func png(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return ImageSize(width: big32(b, 16), height: big32(b, 20))
    }

    // The frame header (SOF0 to SOF15 but DHT, JPG and DAC) holds the size; segments before it are skipped by length.
    private static func jpeg(_ b: [UInt8]) -> ImageSize? {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            let length = big16(b, i + 2)
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: big16(b, i + 7), height: big16(b, i + 5))
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 30 else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":  // lossy: 14-bit sizes after the key frame's start code
            return ImageSize(width: little16(b, 26) & 0x3FFF, height: little16(b, 28) & 0x3FFF)
        case "VP8L":  // lossless: 14-bit width minus one, then height minus one, packed from byte 21
            let bits = UInt32(b[21]) | UInt32(b[22]) << 8 | UInt32(b[23]) << 16 | UInt32(b[24]) << 24
            return ImageSize(width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":  // extended: 24-bit canvas width minus one and height minus one at bytes 24 and 27
            return ImageSize(width: little24(b, 24) + 1, height: little24(b, 27) + 1)
        default:
            return nil
        }
    }

    private static func big16(_ b: [UInt8], _ i: Int) -> Int { i + 1 < b.count ? Int(b[i]) << 8 | Int(b[i + 1]) : 0 }
    private static func big32(_ b: [UInt8], _ i: Int) -> Int { i + 3 < b.count ? big16(b, i) << 16 | big16(b, i + 2) : 0 }
    private static func little16(_ b: [UInt8], _ i: Int) -> Int { i + 1 < b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : 0 }
    private static func little24(_ b: [UInt8], _ i: Int) -> Int { i + 2 < b.count ? little16(b, i) | Int(b[i + 2]) << 16 : 0 }
}
