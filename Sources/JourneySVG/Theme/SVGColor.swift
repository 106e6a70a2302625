import Foundation

/// An opaque sRGB colour, written as `#rrggbb`.
public struct SVGColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit value: `SVGColor(0x1F2328)`.
    public init(_ hex: UInt32) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
    }

    /// The colour as `#rrggbb`, in lower case.
    public var description: String {
        // Seven ASCII bytes, written in place: colours are written thousands of times per drawing.
        String(unsafeUninitializedCapacity: 7) { buffer in
            let digits: StaticString = "0123456789abcdef"
            let hex = digits.utf8Start
            buffer[0] = UInt8(ascii: "#")
            buffer[1] = hex[Int(red >> 4)]
            buffer[2] = hex[Int(red & 0xF)]
            buffer[3] = hex[Int(green >> 4)]
            buffer[4] = hex[Int(green & 0xF)]
            buffer[5] = hex[Int(blue >> 4)]
            buffer[6] = hex[Int(blue & 0xF)]
            return 7
        }
    }

    /// The relative luminance, as WCAG 2 defines it: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        func linear(_ component: UInt8) -> Double {
            let value = Double(component) / 255
            return value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2 contrast ratio between this colour and another, from 1 (none) to 21.
    public func contrastRatio(with other: SVGColor) -> Double {
        let first = relativeLuminance
        let second = other.relativeLuminance
        return (max(first, second) + 0.05) / (min(first, second) + 0.05)
    }

    /// Whether the colour is a shade of grey.
    public var isGray: Bool { red == green && green == blue }
}
