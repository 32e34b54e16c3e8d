import Foundation

/// An sRGB colour parsed from "#rrggbb", with WCAG relative luminance.
struct RGBColour: Sendable, Equatable {
    var red, green, blue: UInt8

    /// Parses "#rrggbb" (either case); nil for anything else, including "#rgb" and names.
    init?(hex: String) {
        let bytes = Array(hex.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#") else { return nil }
        var channels: [UInt8] = []
        for pair in stride(from: 1, to: 7, by: 2) {
            guard let high = Self.nibble(bytes[pair]), let low = Self.nibble(bytes[pair + 1]) else { return nil }
            channels.append(high << 4 | low)
        }
        (red, green, blue) = (channels[0], channels[1], channels[2])
    }

    /// "#rrggbb" in lower case, the form written into the SVG.
    var hex: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [red, green, blue] {
            text.append(digits[Int(channel >> 4)])
            text.append(digits[Int(channel & 0x0f)])
        }
        return text
    }

    /// WCAG 2 relative luminance: 0.2126 R + 0.7152 G + 0.0722 B on linearised sRGB.
    var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG contrast ratio (lighter + 0.05) / (darker + 0.05), from 1 to 21.
    func contrast(with other: RGBColour) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
