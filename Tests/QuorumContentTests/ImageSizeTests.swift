import Testing
import QuorumContent

/// Image headers built byte by byte, as each format's specification lays them out.
@Suite struct ImageSizeTests {
    static func big32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
    static func little(_ v: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(v >> (8 * $0) & 255) } }

    static func png(_ w: Int, _ h: Int) -> [UInt8] {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8)
        bytes += big32(w)
        bytes += big32(h)
        bytes += [8, 6, 0, 0, 0]
        return bytes
    }

    static func jpeg(_ w: Int, _ h: Int) -> [UInt8] {
        // SOI, an APP0 (JFIF) segment and an APP1 to skip, then the baseline frame header SOF0.
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]
        bytes += Array("JFIF".utf8)
        bytes += [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xE1, 0, 6, 1, 2, 3, 4]
        bytes += [0xFF, 0xC0, 0, 17, 8]
        bytes += [UInt8(h >> 8), UInt8(h & 255), UInt8(w >> 8), UInt8(w & 255)]
        bytes += [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return bytes
    }

    @Test("PNG, GIF and JPEG sizes come from the IHDR chunk, the logical screen and the frame header")
    func rasterFormats() {
        #expect(ImageSize(header: Self.png(640, 480), fileExtension: "png") == ImageSize(width: 640, height: 480))
        let gif: [UInt8] = Array("GIF89a".utf8) + Self.little(300, 2) + Self.little(200, 2)
        #expect(ImageSize(header: gif + [0, 0, 0], fileExtension: "gif") == ImageSize(width: 300, height: 200))
        #expect(ImageSize(header: Self.jpeg(1024, 768), fileExtension: "jpg") == ImageSize(width: 1024, height: 768))
    }

    @Test("WebP sizes come from the VP8, VP8L or VP8X chunk")
    func webp() {
        func riff(_ chunk: String, _ data: [UInt8]) -> [UInt8] {
            var bytes: [UInt8] = Array("RIFF".utf8)
            bytes += Self.little(4 + 8 + data.count, 4)
            bytes += Array("WEBP".utf8)
            bytes += Array(chunk.utf8)
            bytes += Self.little(data.count, 4)
            return bytes + data
        }
        let frame: [UInt8] = [0x9D, 0x01, 0x2A, 0x9D, 0x01, 0x2A] + Self.little(400, 2) + Self.little(300, 2)
        let lossy = riff("VP8 ", frame + [0, 0])
        #expect(ImageSize(header: lossy, fileExtension: "webp") == ImageSize(width: 400, height: 300))
        let bits = (400 - 1) | (300 - 1) << 14
        let lossless = riff("VP8L", [0x2F] + Self.little(bits, 4) + [0, 0, 0, 0, 0])
        #expect(ImageSize(header: lossless, fileExtension: "webp") == ImageSize(width: 400, height: 300))
        let extended = riff("VP8X", [0, 0, 0, 0] + Self.little(4000 - 1, 3) + Self.little(3000 - 1, 3))
        #expect(ImageSize(header: extended, fileExtension: "webp") == ImageSize(width: 4000, height: 3000))
    }

    @Test("an SVG's size is its width and height in pixels, else its viewBox")
    func svg() {
        func size(_ text: String) -> ImageSize? { ImageSize(header: Array(text.utf8), fileExtension: "svg") }
        #expect(size("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height='40px'>") == ImageSize(width: 120, height: 40))
        #expect(size("<svg viewBox=\"0 0 300 150\" xmlns=\"http://www.w3.org/2000/svg\">") == ImageSize(width: 300, height: 150))
        #expect(size("<svg width=\"100%\" stroke-width=\"2\" viewBox=\"0,0,64.4,32\">") == ImageSize(width: 64, height: 32))
        #expect(size("<svg width=\"10em\" height=\"5em\">") == nil)
    }

    @Test("bytes that are not an image, or an image cut short, have no size")
    func unreadable() {
        #expect(ImageSize(header: Array("%PDF-1.7".utf8), fileExtension: "png") == nil)
        #expect(ImageSize(header: Array(Self.png(640, 480).prefix(20)), fileExtension: "png") == nil)
        #expect(ImageSize(header: Array(Self.jpeg(10, 10).prefix(30)), fileExtension: "jpeg") == nil)
        #expect(ImageSize(header: Self.png(0, 480), fileExtension: "png") == nil)
        #expect(ImageSize(header: [], fileExtension: "gif") == nil)
    }

    @Test("file sizes read as GOV.UK attachments show them")
    func describedSizes() {
        #expect(AssetFile.describe(bytes: 1) == "1 byte")
        #expect(AssetFile.describe(bytes: 1023) == "1023 bytes")
        #expect(AssetFile.describe(bytes: 38 * 1024 + 100) == "38 KB")
        #expect(AssetFile.describe(bytes: 1_258_291) == "1.2 MB")
        #expect(AssetFile(url: "/p/a.pdf", bytes: 1_258_291, imageSize: nil, fileExtension: "pdf").typeAndSize == "PDF, 1.2 MB")
    }
}
