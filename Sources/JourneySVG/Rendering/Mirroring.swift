import JourneyModel

/// A drawing mirrored left to right, for languages written from right to left.
///
/// Layout works left to right whatever the language; mirroring is a pass over the geometry as it
/// is written (``SVGOutput/mirror``): every horizontal position `x` of something `width` wide
/// becomes `drawingWidth − x − width`, path data is mirrored point by point, and text, anchored
/// at its start, runs right to left from the mirrored left edge of its box, so it ends up
/// right-aligned in the same box. Stages then run from the right, lane titles stand at the right,
/// the emotion curve and the arrows of transitions point the other way. Shapes in `<defs>` are
/// drawn in their own coordinates and are left alone. See decision 0061.
struct HorizontalMirror: Equatable, Sendable {
    /// The width of the drawing, the axis being its middle.
    let width: Double

    /// A mirror for a drawing in a language, or `nil` when the language is written left to right.
    init?(language: String?, width: Double) {
        guard WritingDirection(language: language) == .rightToLeft else { return nil }
        self.init(width: width)
    }

    init(width: Double) { self.width = width }

    /// The mirrored left edge of something `extent` wide whose left edge was at `x`.
    func x(_ x: Double, extent: Double = 0) -> Double { width - x - extent }

    /// Whether lines of text read from right to left: whether their first strong character (a
    /// letter) is Hebrew, Arabic or of another right-to-left script, as HTML's `dir="auto"` decides.
    ///
    /// Text without letters (a score, a number) and text that starts in a left-to-right script
    /// (the English chrome words, a Latin name) read from left to right and are anchored at their
    /// end, so they stay right-aligned in a mirrored drawing.
    static func readsRightToLeft(_ lines: [Substring]) -> Bool {
        for line in lines {
            for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
                return isRightToLeft(scalar.value)
            }
        }
        return false
    }

    /// Whether a letter belongs to a script written from right to left: Hebrew, Arabic, Syriac,
    /// Thaana, N'Ko and the other blocks Unicode gives bidirectional class R or AL.
    static func isRightToLeft(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// A line of right-to-left text with its horizontal arrows turned.
    ///
    /// "Decision → Consideration" reads from the right, so its arrow points left. Unicode does not
    /// mirror arrows as it does brackets.
    static func turningArrows(_ line: Substring) -> Substring {
        guard line.unicodeScalars.contains(where: { $0 == "\u{2192}" || $0 == "\u{2190}" }) else { return line }
        var result = ""
        result.unicodeScalars.append(
            contentsOf: line.unicodeScalars.map { $0 == "\u{2192}" ? "\u{2190}" : $0 == "\u{2190}" ? "\u{2192}" : $0 })
        return Substring(result)
    }

    /// Path data with every horizontal coordinate mirrored.
    ///
    /// Absolute x becomes `width − x`, relative x changes sign, and arcs turn the other way. Data
    /// it cannot read is returned as it is.
    func path(_ data: String) -> String {
        var scanner = PathScanner(data)
        var result = ""
        result.reserveCapacity(data.utf8.count + 8)
        var command: Character = "M"
        var index = 0
        while let token = scanner.next() {
            switch token {
            case .command(let letter):
                command = letter
                index = 0
                result.append(letter)
            case .number(let value):
                let mirrored = mirror(value, command: command, index: index)
                if let last = result.last, last.isNumber || last == "." { result.append(" ") }
                result.append(SVGNumber.format(mirrored))
                index += 1
            case .invalid:
                return data
            }
        }
        return result
    }

    /// One number of a path command, by its position among the command's arguments.
    private func mirror(_ value: Double, command: Character, index: Int) -> Double {
        let isRelative = command.isLowercase
        let isX: Bool
        switch command.uppercased() {
        case "H": isX = true
        case "V": return value
        case "M", "L", "T": isX = index % 2 == 0
        case "C": isX = index % 2 == 0
        case "S", "Q": isX = index % 2 == 0
        case "A":
            switch index % 7 {
            case 2: return -value  // the ellipse's rotation
            case 4: return value == 0 ? 1 : 0  // the sweep flag
            case 5: isX = true
            default: return value
            }
        default: return value
        }
        guard isX else { return value }
        return isRelative ? -value : width - value
    }
}

/// Reads SVG path data as commands and numbers, as JourneySVG writes it and as SVG allows it.
private struct PathScanner {
    enum Token {
        case command(Character)
        case number(Double)
        case invalid
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ data: String) { scalars = Array(data.unicodeScalars) }

    mutating func next() -> Token? {
        while position < scalars.count,
            scalars[position] == " " || scalars[position] == ","
                || scalars[position] == "\n" || scalars[position] == "\t"
        {
            position += 1
        }
        guard position < scalars.count else { return nil }
        let scalar = scalars[position]
        if "MmLlHhVvCcSsQqTtAaZz".unicodeScalars.contains(scalar) {
            position += 1
            return .command(Character(scalar))
        }
        let start = position
        if scalar == "-" || scalar == "+" { position += 1 }
        var seenDot = false
        var seenExponent = false
        while position < scalars.count {
            let current = scalars[position]
            if ("0"..."9").contains(current) {
                position += 1
            } else if current == ".", !seenDot, !seenExponent {
                seenDot = true
                position += 1
            } else if current == "e" || current == "E", !seenExponent, position > start {
                seenExponent = true
                position += 1
                if position < scalars.count, scalars[position] == "-" || scalars[position] == "+" { position += 1 }
            } else {
                break
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<position])
        guard position > start, let value = Double(text) else { return .invalid }
        return .number(value)
    }
}
