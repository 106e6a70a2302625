/// A font at a size: measures text and wraps it to a width.
///
/// Widths come from the named font's advance widths (``FontMetrics``). Characters the font lacks
/// are drawn by a fallback font the renderer picks; they are measured conservatively so wrapped
/// text never runs wider than measured: one em for each character (CJK ideographs, kana and hangul
/// are one em wide in every common CJK font) and 1.25 em for each emoji, including sequences joined
/// with zero-width joiners or modified by skin tones (Noto Color Emoji advances 1.245 em).
struct TextStyle: Sendable {
    /// The font's advance widths.
    let metrics: FontMetrics
    /// The font size in pixels.
    let size: Double
    /// The distance between baselines in pixels.
    let lineHeight: Double
    /// The width of a space in pixels.
    let spaceWidth: Double

    /// The width of a character the named font lacks, in em.
    static let fallbackWidth = 1.0
    /// The width of an emoji, in em.
    static let emojiWidth = 1.25
    /// A safety factor on every measured width, for renderers that round glyph advances.
    static let slack = 1.01
    /// Room left free at the end of every wrapped line, in pixels, for the same reason.
    static let margin = 2.0

    init(metrics: FontMetrics, size: Double, lineHeight: Double? = nil) {
        self.metrics = metrics
        self.size = size
        self.lineHeight = lineHeight ?? (size * 1.4).rounded(toPlaces: 2)
        spaceWidth = metrics.asciiAdvance(0x20) * size * Self.slack
    }

    /// How far the first baseline sits below the top of a text block.
    var firstBaseline: Double { (size * metrics.ascent + (lineHeight - size * (metrics.ascent + metrics.descent)) / 2) }

    /// The height of `lines` lines of text.
    func height(lines: Int) -> Double { Double(lines) * lineHeight }

    /// The width of a text on one line, in pixels.
    func width<S: StringProtocol>(_ text: S) -> Double {
        var ems = 0.0
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for byte in text.utf8 { ems += metrics.asciiAdvance(byte) }
        } else {
            for character in text { ems += emWidth(character) }
        }
        return ems * size * Self.slack
    }

    /// The width of one user-perceived character (a grapheme cluster), in em.
    func emWidth(_ character: Character) -> Double {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        if first.isASCII, iterator.next() == nil { return metrics.asciiAdvance(UInt8(first.value)) }
        if Self.isEmoji(character) { return max(Self.emojiWidth, metrics.advance(first) ?? 0) }
        var ems = 0.0
        for scalar in scalars {
            if let width = metrics.advance(scalar) {
                ems += width
            } else if !Self.isZeroWidth(scalar) {
                ems += Self.fallbackWidth
            }
        }
        return ems
    }

    /// Whether a grapheme cluster is drawn as an emoji (in colour, by an emoji font).
    static func isEmoji(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            switch scalar.value {
            case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
            default: if scalar.properties.isEmojiPresentation { return true }
            }
        }
        return false
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: true
        default: false
        }
    }

    /// Wraps a text to a width, keeping its line breaks.
    ///
    /// Lines break at spaces, after hyphens and slashes, between CJK characters and around emoji
    /// as Unicode's line breaking rules allow (``LineBreakClass``), and inside words too long for a
    /// line.
    ///
    /// Runs of spaces and tabs collapse to one space, as SVG renders them. Each line leaves room for
    /// one space after it, because the renderer draws the space that separates line elements there.
    func wrap(_ text: String, width maximum: Double) -> [Substring] {
        wrapLines(text, width: maximum).lines
    }

    /// Wraps a text to a width, as ``wrap(_:width:)`` does, and tells for each line whether the
    /// text broke at white space after it (and so reads on with a space) or inside a word.
    func wrapLines(_ text: String, width maximum: Double) -> (lines: [Substring], spaceAfter: [Bool]) {
        MeasuredText(text, style: self).wrappedLines(width: maximum)
    }

    /// The text with every run of spaces and tabs replaced by one space.
    static func collapsingSpaces(_ text: Substring) -> Substring {
        var previousWasSpace = false
        var needsWork = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09
            if byte == 0x09 || (isSpace && previousWasSpace) {
                needsWork = true
                break
            }
            previousWasSpace = isSpace
        }
        guard needsWork else { return text }
        var result = ""
        previousWasSpace = false
        for character in text {
            let isSpace = character == " " || character == "\t"
            if isSpace {
                if !previousWasSpace { result.append(" ") }
            } else {
                result.append(character)
            }
            previousWasSpace = isSpace
        }
        return Substring(result)
    }

    /// Whether a line may break between two characters with no space between them: by their
    /// line-break classes (CJK text), or after a hyphen or slash that is not doubled ("--", "//").
    static func allowsBreak(
        after previous: (character: Character, lineBreak: LineBreakClass),
        before next: (character: Character, lineBreak: LineBreakClass)
    ) -> Bool {
        if LineBreakClass.allowsBreak(between: previous.lineBreak, and: next.lineBreak) { return true }
        let breaksAfter = previous.character == "-" || previous.character == "/"
        return breaksAfter && next.character != "-" && next.character != "/" && next.lineBreak.mayStartLine
    }
}

extension Double {
    /// The value rounded to a number of decimal places.
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
