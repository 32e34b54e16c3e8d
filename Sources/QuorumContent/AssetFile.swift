import Foundation

/// A file beside the pages that is copied to the site as it is (an image, a PDF): what pages need to know of it.
public struct AssetFile: Sendable, Hashable {
    /// Its URL path in the site: `content/reports/a/logo.png` is `/reports/a/logo.png`.
    public var url: String
    /// Its size in bytes.
    public var bytes: Int
    /// An image's width and height from its header; nil for other files and for images whose header is unreadable.
    public var imageSize: ImageSize?
    /// The extension in lower case (`pdf`, `png`).
    public var fileExtension: String

    public init(url: String, bytes: Int, imageSize: ImageSize?, fileExtension: String) {
        self.url = url
        self.bytes = bytes
        self.imageSize = imageSize
        self.fileExtension = fileExtension
    }

    /// Reads the size of the file at `file` and, for an image, its header; `path` is its path from the site root.
    public static func read(_ file: URL, path: String) -> AssetFile {
        let name = path.split(separator: "/").last ?? ""
        let fileExtension = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.intValue ?? 0
        var size: ImageSize?
        if ImageSize.extensions.contains(fileExtension), let handle = try? FileHandle(forReadingFrom: file) {
            defer { try? handle.close() }
            // A JPEG's frame header can follow a large Exif block: read on until it is found.
            var header: [UInt8] = []
            while size == nil, header.count < bytes, let chunk = try? handle.read(upToCount: 65_536), !chunk.isEmpty {
                header += chunk
                size = ImageSize(header: header, fileExtension: fileExtension)
                if fileExtension == "svg" || header.count >= 4 << 20 { break }
            }
        }
        return AssetFile(url: "/" + path.dropFirst("content/".count), bytes: bytes, imageSize: size, fileExtension: fileExtension)
    }

    /// Whether the file is an image a Markdown image can show.
    public var isImage: Bool { ImageSize.extensions.contains(fileExtension) }

    /// The type and size a link to the file shows, as GOV.UK attachments do: `PDF, 1.2 MB`.
    public var typeAndSize: String {
        "\(fileExtension.uppercased()), \(AssetFile.describe(bytes: bytes))"
    }

    /// `512 bytes`, `38 KB`, `1.2 MB` (1 KB is 1,024 bytes).
    public static func describe(bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1023.5 { return "\(Int(kilobytes.rounded())) KB" }
        let megabytes = kilobytes / 1024
        let tenths = Int((megabytes * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
