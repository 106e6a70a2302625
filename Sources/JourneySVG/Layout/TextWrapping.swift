/// A text cut into the pieces a line may break between, each measured once: the half of wrapping
/// that does not depend on the width.
///
/// Wrapping is split in two phases, as a layout search needs: ``init(_:style:)`` finds the units
/// (words, or parts of words after a hyphen or between CJK characters) and their widths;
/// ``lines(width:)`` fills lines greedily at one width. Searching layouts measures a text once and
/// fills it at every width tried; ``TextStyle/wrapLines(_:width:)`` runs both phases.
struct MeasuredText: Sendable {
    /// A piece of text placed whole when it fits on the line.
    struct Unit: Sendable {
        /// UTF-8 offsets into the text.
        var range: Range<Int>
        var width: Double
        /// Whether a space comes before it on its line (it joins the line with a space).
        var afterSpace: Bool
        var isASCII: Bool
        /// Whether it follows more than one space or a tab, which SVG shows as one space.
        var collapses: Bool
    }

    /// A wrapped line as UTF-8 offsets into the text.
    struct Line {
        var range: Range<Int>
        /// Whether the text reads on with a space after the line, rather than inside a word.
        var spaceAfter: Bool
        /// Whether the line holds spaces in a row or a tab, to be shown as one space.
        var collapses: Bool
    }

    let text: String
    let style: TextStyle
    private(set) var units: [Unit]
    /// Where each of the text's own lines ends, as an index into ``units``.
    private(set) var hardLineEnds: [Int]

    init(_ text: String, style: TextStyle) {
        self.text = text
        self.style = style
        var source = text
        (units, hardLineEnds) = source.withUTF8 { bytes in
            var segmenter = Segmenter(style: style, bytes: bytes, source: text)
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
                    segmenter.segmentLine(lineStart..<index)
                    index += breakLength
                    lineStart = index
                } else {
                    index += 1
                }
            }
            segmenter.segmentLine(lineStart..<end)
            return (segmenter.units, segmenter.hardLineEnds)
        }
    }

    /// The widest line allowed for a box of `width`: room is left for one space after each line,
    /// which the renderer draws there, and for rounding.
    static func budget(width: Double, style: TextStyle) -> Double {
        max(width - style.spaceWidth - TextStyle.margin, style.size)
    }

    /// The lines the text fills at a width.
    func lines(width: Double) -> [Line] { fill(width: width, keepsLines: true).lines }

    /// The lines the text fills at a width, as text, and whether each reads on with a space after
    /// it (``TextStyle/wrapLines(_:width:)``).
    func wrappedLines(width: Double) -> (lines: [Substring], spaceAfter: [Bool]) {
        let found = lines(width: width)
        var lines: [Substring] = []
        var spaceAfter: [Bool] = []
        lines.reserveCapacity(found.count)
        spaceAfter.reserveCapacity(found.count)
        let utf8 = text.utf8
        for line in found {
            let lower = utf8.index(utf8.startIndex, offsetBy: line.range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: line.range.upperBound)
            lines.append(line.collapses ? TextStyle.collapsingSpaces(text[lower..<upper]) : text[lower..<upper])
            spaceAfter.append(line.spaceAfter)
        }
        return (lines, spaceAfter)
    }

    /// How many lines the text fills at a width, found without keeping them.
    func lineCount(width: Double) -> Int { fill(width: width, keepsLines: false).count }

    private func fill(width: Double, keepsLines: Bool) -> Filler {
        var filler = Filler(
            budget: Self.budget(width: width, style: style), spaceWidth: style.spaceWidth, keepsLines: keepsLines)
        var start = 0
        for end in hardLineEnds {
            for unit in units[start..<end] { filler.place(unit, of: self) }
            filler.flush(spaceAfter: true)
            start = end
        }
        return filler
    }

    /// The characters of a range of the text, with their UTF-8 offsets.
    static func characters(
        of source: String, in range: Range<Int>
    ) -> [(character: Character, start: Int, end: Int)] {
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
}

extension MeasuredText {
    /// The first phase: cuts each line of the text into measured units.
    private struct Segmenter {
        let style: TextStyle
        let bytes: UnsafeBufferPointer<UInt8>
        let source: String
        let scale: Double
        var units: [Unit] = []
        var hardLineEnds: [Int] = []

        init(style: TextStyle, bytes: UnsafeBufferPointer<UInt8>, source: String) {
            self.style = style
            self.bytes = bytes
            self.source = source
            scale = style.size * TextStyle.slack
        }

        /// Cuts one line of text without line breaks into words at spaces and tabs.
        mutating func segmentLine(_ range: Range<Int>) {
            let lineStart = units.count
            var wordStart = -1
            var isASCII = true
            var pendingSpace = false
            var index = range.lowerBound
            var spaces = 0
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    if wordStart >= 0 {
                        segmentWord(wordStart..<index, isASCII: isASCII, afterSpace: pendingSpace, spaces: spaces)
                        wordStart = -1
                        spaces = 0
                    }
                    spaces += byte == 0x09 ? 2 : 1
                    // Spaces before the line's first word are not drawn.
                    pendingSpace = units.count > lineStart
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
                segmentWord(wordStart..<range.upperBound, isASCII: isASCII, afterSpace: pendingSpace, spaces: spaces)
            }
            hardLineEnds.append(units.count)
        }

        /// Cuts a word (text between spaces) after hyphens and slashes and where ``LineBreakClass``
        /// allows a break next to CJK characters and emoji.
        private mutating func segmentWord(_ word: Range<Int>, isASCII: Bool, afterSpace: Bool, spaces: Int) {
            var afterSpace = afterSpace
            // More than one space (or a tab) before the word: the line collapses them if it joins.
            let collapsesBefore = afterSpace && spaces > 1
            var unitStart = word.lowerBound
            var ems = 0.0
            func add(_ end: Int) {
                units.append(
                    Unit(
                        range: unitStart..<end, width: ems * scale, afterSpace: afterSpace, isASCII: isASCII,
                        collapses: afterSpace && collapsesBefore))
                afterSpace = false
                unitStart = end
                ems = 0
            }
            if isASCII {
                let metrics = style.metrics
                for index in word {
                    let byte = bytes[index]
                    ems += metrics.asciiAdvance(byte)
                    // A break after a hyphen or slash, but not inside "//" or "--".
                    if byte == 0x2D || byte == 0x2F, index + 1 < word.upperBound, bytes[index + 1] != 0x2D,
                        bytes[index + 1] != 0x2F
                    {
                        add(index + 1)
                    }
                }
            } else {
                var previous: (character: Character, lineBreak: LineBreakClass)?
                for (character, start, _) in MeasuredText.characters(of: source, in: word) {
                    let lineBreak = LineBreakClass(character)
                    if let previous, TextStyle.allowsBreak(after: previous, before: (character, lineBreak)) {
                        add(start)
                    }
                    ems += style.emWidth(character)
                    previous = (character, lineBreak)
                }
            }
            if unitStart < word.upperBound { add(word.upperBound) }
        }
    }

    /// The second phase: fills lines greedily with the units, at one width.
    ///
    /// It holds no copy of the text (which a layout search would retain and release for every text
    /// at every width); the few units too long for a line read it from the caller.
    private struct Filler {
        let budget: Double
        let spaceWidth: Double
        /// Whether the lines are kept, or only counted.
        let keepsLines: Bool
        var lines: [Line] = []
        var count = 0
        private var current: Range<Int>?
        private var currentWidth = 0.0
        private var currentCollapses = false

        init(budget: Double, spaceWidth: Double, keepsLines: Bool) {
            self.budget = budget
            self.spaceWidth = spaceWidth
            self.keepsLines = keepsLines
        }

        mutating func flush(spaceAfter space: Bool) {
            if let current {
                count += 1
                if keepsLines { lines.append(Line(range: current, spaceAfter: space, collapses: currentCollapses)) }
            }
            current = nil
            currentWidth = 0
            currentCollapses = false
        }

        mutating func place(_ unit: Unit, of text: borrowing MeasuredText) {
            let gap = unit.afterSpace ? spaceWidth : 0
            if let range = current, currentWidth + gap + unit.width <= budget {
                current = range.lowerBound..<unit.range.upperBound
                currentWidth += gap + unit.width
                if unit.collapses { currentCollapses = true }
                return
            }
            flush(spaceAfter: unit.afterSpace)
            if unit.width <= budget {
                current = unit.range
                currentWidth = unit.width
                return
            }
            breakInside(unit, of: text)
        }

        /// A unit too long for any line: broken between characters, but not before one that may not
        /// start a line ("。", "ー") when the character before it fits beside it on the next.
        private mutating func breakInside(_ unit: Unit, of text: borrowing MeasuredText) {
            let style = text.style
            let scale = style.size * TextStyle.slack
            let pieces: [(width: Double, start: Int, mayStartLine: Bool)]
            if unit.isASCII {
                let utf8 = text.text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: unit.range.lowerBound)
                pieces = zip(unit.range, utf8[lower...]).map { offset, byte in
                    (style.metrics.asciiAdvance(byte) * scale, offset, true)
                }
            } else {
                pieces = MeasuredText.characters(of: text.text, in: unit.range).map {
                    (style.emWidth($0.character) * scale, $0.start, LineBreakClass($0.character).mayStartLine)
                }
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
            current = pieces[first].start..<unit.range.upperBound
            currentWidth = pieceWidth
        }
    }
}
