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
        let source = text
        var text = text
        let budget = max(maximum - spaceWidth - Self.margin, size)
        return text.withUTF8 { bytes -> (lines: [Substring], spaceAfter: [Bool]) in
            var wrapper = Wrapper(style: self, budget: budget, bytes: bytes, source: source)
            let end = bytes.count
            var lineStart = 0
            var index = 0
            while index < end {
                let byte = bytes[index]
                var breakLength = 0
                if byte == 0x0A {
                    breakLength = 1
                } else if byte == 0x0D {
                    breakLength = index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
                } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
                {
                    // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
                    breakLength = 3
                }
                if breakLength > 0 {
                    wrapper.wrapLine(lineStart..<index)
                    index += breakLength
                    lineStart = index
                } else {
                    index += 1
                }
            }
            wrapper.wrapLine(lineStart..<end)
            return (wrapper.lines, wrapper.spaceAfter)
        }
    }

    /// The greedy line filler behind ``wrap(_:width:)``, working on UTF-8 offsets.
    private struct Wrapper {
        let style: TextStyle
        let budget: Double
        let bytes: UnsafeBufferPointer<UInt8>
        let source: String
        let spaceWidth: Double
        let scale: Double
        var lines: [Substring] = []
        /// Whether each line ended at white space (or a line break) rather than inside a word.
        var spaceAfter: [Bool] = []
        private var current: Range<Int>?
        private var currentWidth = 0.0
        /// Whether the current line holds a tab or spaces in a row, which SVG shows as one space.
        private var currentCollapses = false

        init(style: TextStyle, budget: Double, bytes: UnsafeBufferPointer<UInt8>, source: String) {
            self.style = style
            self.budget = budget
            self.bytes = bytes
            self.source = source
            spaceWidth = style.spaceWidth
            scale = style.size * TextStyle.slack
        }

        /// Wraps one line of text without line breaks.
        mutating func wrapLine(_ range: Range<Int>) {
            current = nil
            currentWidth = 0
            var wordStart = -1
            var isASCII = true
            var pendingSpace = false
            var index = range.lowerBound
            var spaces = 0
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    if wordStart >= 0 {
                        placeWord(wordStart..<index, isASCII: isASCII, afterSpace: pendingSpace, spaces: spaces)
                        wordStart = -1
                        spaces = 0
                    }
                    spaces += byte == 0x09 ? 2 : 1
                    pendingSpace = current != nil
                } else {
                    if wordStart < 0 {
                        wordStart = index
                        isASCII = true
                    }
                    if byte >= 0x80 { isASCII = false }
                }
                index += 1
            }
            if wordStart >= 0 {
                placeWord(wordStart..<range.upperBound, isASCII: isASCII, afterSpace: pendingSpace, spaces: spaces)
            }
            flush()
        }

        /// The characters of a range of the text, with their UTF-8 offsets.
        private func characters(_ range: Range<Int>) -> [(character: Character, start: Int, end: Int)] {
            let utf8 = source.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            let slice = source[lower..<upper]
            var result: [(character: Character, start: Int, end: Int)] = []
            var index = slice.startIndex
            var offset = range.lowerBound
            while index < slice.endIndex {
                let next = slice.index(after: index)
                let length = utf8.distance(from: index, to: next)
                result.append((slice[index], offset, offset + length))
                offset += length
                index = next
            }
            return result
        }

        /// Places a word (text between spaces), breaking it after hyphens and slashes and where
        /// ``LineBreakClass`` allows a break next to CJK characters and emoji.
        private mutating func placeWord(_ word: Range<Int>, isASCII: Bool, afterSpace: Bool, spaces: Int) {
            var afterSpace = afterSpace
            // More than one space (or a tab) before the word: the line collapses them if it joins.
            let collapsesBefore = afterSpace && spaces > 1
            var unitStart = word.lowerBound
            var ems = 0.0
            if isASCII {
                let metrics = style.metrics
                for index in word {
                    let byte = bytes[index]
                    ems += metrics.asciiAdvance(byte)
                    // A break after a hyphen or slash, but not inside "//" or "--".
                    if byte == 0x2D || byte == 0x2F, index + 1 < word.upperBound, bytes[index + 1] != 0x2D,
                        bytes[index + 1] != 0x2F
                    {
                        place(
                            unitStart..<(index + 1), width: ems * scale, afterSpace: afterSpace, isASCII: true,
                            collapses: afterSpace && collapsesBefore)
                        afterSpace = false
                        unitStart = index + 1
                        ems = 0
                    }
                }
                if unitStart < word.upperBound {
                    place(
                        unitStart..<word.upperBound, width: ems * scale, afterSpace: afterSpace, isASCII: true,
                        collapses: afterSpace && collapsesBefore)
                }
                return
            }
            var previous: (character: Character, lineBreak: LineBreakClass)?
            for (character, start, _) in characters(word) {
                let lineBreak = LineBreakClass(character)
                if let previous, TextStyle.allowsBreak(after: previous, before: (character, lineBreak)) {
                    place(
                        unitStart..<start, width: ems * scale, afterSpace: afterSpace, isASCII: false,
                        collapses: afterSpace && collapsesBefore)
                    afterSpace = false
                    unitStart = start
                    ems = 0
                }
                ems += style.emWidth(character)
                previous = (character, lineBreak)
            }
            if unitStart < word.upperBound {
                place(
                    unitStart..<word.upperBound, width: ems * scale, afterSpace: afterSpace, isASCII: false,
                    collapses: afterSpace && collapsesBefore)
            }
        }

        private mutating func flush(spaceAfter space: Bool = true) {
            if let current {
                spaceAfter.append(space)
                let utf8 = source.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: current.lowerBound)
                let upper = utf8.index(utf8.startIndex, offsetBy: current.upperBound)
                let line = source[lower..<upper]
                lines.append(currentCollapses ? TextStyle.collapsingSpaces(line) : line)
            }
            current = nil
            currentWidth = 0
            currentCollapses = false
        }

        private mutating func place(
            _ unit: Range<Int>, width unitWidth: Double, afterSpace: Bool, isASCII: Bool, collapses: Bool = false
        ) {
            let gap = afterSpace ? spaceWidth : 0
            if let range = current, currentWidth + gap + unitWidth <= budget {
                current = range.lowerBound..<unit.upperBound
                currentWidth += gap + unitWidth
                if collapses { currentCollapses = true }
                return
            }
            flush(spaceAfter: afterSpace)
            if unitWidth <= budget {
                current = unit
                currentWidth = unitWidth
                return
            }
            // Too long for any line: break between characters, but not before one that may not start
            // a line ("。", "ー") when the character before it fits beside it on the next.
            let pieces: [(width: Double, start: Int, mayStartLine: Bool)] =
                isASCII
                ? unit.map { (style.metrics.asciiAdvance(bytes[$0]) * scale, $0, true) }
                : characters(unit).map {
                    (style.emWidth($0.character) * scale, $0.start, LineBreakClass($0.character).mayStartLine)
                }
            var first = 0
            var pieceWidth = 0.0
            var index = 0
            while index < pieces.count {
                if pieceWidth + pieces[index].width > budget, index > first {
                    var cut = index
                    if !pieces[cut].mayStartLine, cut - 1 > first,
                        pieces[cut - 1].width + pieces[cut].width <= budget
                    {
                        cut -= 1
                    }
                    current = pieces[first].start..<pieces[cut].start
                    flush(spaceAfter: false)
                    first = cut
                    pieceWidth = 0
                    index = cut
                }
                pieceWidth += pieces[index].width
                index += 1
            }
            current = pieces[first].start..<unit.upperBound
            currentWidth = pieceWidth
        }
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
