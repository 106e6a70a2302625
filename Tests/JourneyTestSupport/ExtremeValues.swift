/// Numbers and texts at the edges of what a `Double` and a Swift `String` can hold, for property tests
/// of writers and readers.
public enum ExtremeValues {
    /// Numbers at the edges of `Double`: the largest and smallest magnitudes, negative zero,
    /// subnormals, integers beyond `Int64` and beyond exact `Double` integers, and the non-finite ones.
    public static let numbers: [Double] = [
        1e308, -1e300, 1e19, -1e19, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .greatestFiniteMagnitude,
        -.greatestFiniteMagnitude,
        .leastNormalMagnitude, 1e15, 999_999_999_999_999.9, 9_007_199_254_740_994, 9.223372036854775807e18,
        0.1 + 0.2, 2, -2, 2.000_000_000_000_000_4, .nan, .infinity, -.infinity,
    ]

    /// Texts that are long, hold every C0 control character, noncharacters, bidirectional controls,
    /// stacks of combining marks or right-to-left script.
    public static let texts: [String] = [
        String(repeating: "x", count: 10_000),
        String(repeating: "word ", count: 2_000),
        String(repeating: "مرحبا بالعالم ", count: 715),
        String(String.UnicodeScalarView((0...0x1F).compactMap(Unicode.Scalar.init))),
        "\u{0}", "nul\u{0}inside", "bell \u{7}", "\u{1B}[31mred\u{1B}[0m", "form\u{C}feed and\u{B}vertical tab",
        "\u{FFFE}", "\u{FFFF}", noncharacters,
        "\u{202E}gnp.exe\u{202C}", "\u{2066}isolate\u{2069} \u{2067}rtl\u{2069} \u{2068}first\u{2069}",
        "\u{200F}rtl mark\u{200E} \u{061C}arabic mark", "\u{202A}embed\u{202B}\u{202D}\u{202C}",
        "e" + String(repeating: "\u{0301}\u{0302}\u{0303}\u{0308}", count: 25), "\u{0301}leading combining mark",
        "Z\u{0337}\u{0322}\u{0348}a\u{0338}l\u{0336}g\u{0335}o", "שלום עולם", "مرحبا ١٢٣ بالعالم",
        "\u{FEFF}byte-order mark", "zero\u{200B}width\u{200D}joiner\u{2060}", "next line\u{85}C1 \u{80}\u{9F}",
        "\u{2028}\u{2029}", "\r\n", "\r", "\u{D7FF}\u{E000}\u{F8FF}", "tag \u{E0041}\u{E007F} selector \u{FE0F}",
        "nan", "-inf", "1e308", "-0", "=1+1", "\t=cmd",
    ]

    /// The scalar, or U+FFFD when XML 1.0 cannot carry it (a C0 control other than tab, LF and CR;
    /// U+FFFE; U+FFFF).
    public static func representable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x9, 0xA, 0xD: scalar
        case 0x0..<0x20, 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: scalar
        }
    }

    /// Noncharacters other than U+FFFE and U+FFFF, which Swift string literals do not all accept.
    private static let noncharacters = String(
        String.UnicodeScalarView([0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF].compactMap(Unicode.Scalar.init)))

    /// Unicode scalar ranges that random extreme texts draw from.
    public static let scalarRanges: [ClosedRange<UInt32>] = [
        0x0...0x1F, 0x20...0x7E, 0x7F...0x9F, 0x300...0x36F, 0x590...0x6FF, 0x200B...0x200F, 0x202A...0x202E,
        0x2066...0x2069, 0xFDD0...0xFDEF, 0xFFF0...0xFFFF, 0x1F300...0x1F6FF, 0x10FFFE...0x10FFFF,
    ]
}
