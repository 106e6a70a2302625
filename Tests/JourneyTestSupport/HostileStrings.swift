/// Texts that break careless writers and readers.
public enum HostileStrings {
    /// Markup, quotes, white space at the edges, line breaks of every kind, emoji, right-to-left text.
    public static let all: [String] = [
        "<script>alert(1)</script>",
        "\"quoted\" & 'single' <tag attr=\"x\">",
        "]]> <![CDATA[ x ]]>",
        "&amp; &lt; &#x41; &unknown;",
        "  leading and trailing spaces  ",
        "tab\tinside",
        "line one\nline two",
        "windows\r\nline ends",
        "old mac\rline end",
        "emoji 😀👍🏽👨‍👩‍👧",
        "עברית and العربية mixed with English",
        "Tagalog: Magandang araw · CJK: 顧客の旅 · accents: Ça déjà vu",
        "=cmd|' /C calc'!A0",
        "+1 call, -2 score, @mention",
        "javascript:alert(document.title)",
        "</journeyMap>",
        "",
        " ",
        "\u{00A0}non-breaking\u{2028}separator",
        String(repeating: "long ", count: 200),
    ]
}

/// A small deterministic random number generator, so generated tests repeat exactly.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
