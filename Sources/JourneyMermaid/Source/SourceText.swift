/// A Unicode scalar of the input and where it was: the line and column in the file.
struct LocatedScalar: Sendable {
    var scalar: Unicode.Scalar
    var line: Int
    var column: Int
}

/// A line of the input with its place in the file; Markdown blocks are lines cut out of a larger file.
struct SourceLine: Sendable {
    var text: Substring
    /// The line number in the file, from 1.
    var number: Int
    /// How many scalars of the file's line come before `text` (a fenced block's indentation).
    var columnOffset: Int = 0
}

/// The text Mermaid's parser sees, one scalar at a time, each with its place in the file.
struct SourceText: Sendable {
    var scalars: [LocatedScalar]
    /// Where the end of the text is, for errors at the end of the input.
    var end: (line: Int, column: Int)

    /// Joins lines with line feeds, as Mermaid does after turning `\r\n` and `\r` into `\n`.
    init(lines: [SourceLine]) {
        var scalars: [LocatedScalar] = []
        for line in lines {
            var column = line.columnOffset + 1
            for scalar in line.text.unicodeScalars {
                scalars.append(LocatedScalar(scalar: scalar, line: line.number, column: column))
                column += 1
            }
            scalars.append(LocatedScalar(scalar: "\n", line: line.number, column: column))
        }
        self.scalars = scalars
        let last = lines.last
        end = (last?.number ?? 1, (last.map { $0.columnOffset + $0.text.unicodeScalars.count } ?? 0) + 1)
    }

    init(scalars: [LocatedScalar], end: (line: Int, column: Int)) {
        self.scalars = scalars
        self.end = end
    }

    /// The lines of a text: `\r\n`, `\r` and `\n` end a line.
    static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var number = 1
        var rest = Substring(text).unicodeScalars[...]
        while let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            lines.append(SourceLine(text: Substring(rest[..<end]), number: number))
            var next = rest.index(after: end)
            if rest[end] == "\r", next < rest.endIndex, rest[next] == "\n" { next = rest.index(after: next) }
            rest = rest[next...]
            number += 1
        }
        if !rest.isEmpty { lines.append(SourceLine(text: Substring(rest), number: number)) }
        return lines
    }
}

extension Unicode.Scalar {
    /// White space as JavaScript's `\s` has it, which Mermaid's grammar uses.
    var isJavaScriptWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// A word character as JavaScript's `\w` and `\b` have it: ASCII letters, digits and `_`.
    var isJavaScriptWordCharacter: Bool {
        isASCII && (properties.isAlphabetic || ("0"..."9").contains(self) || self == "_")
    }
}

extension String {
    /// The text without JavaScript white space at either end, as `String.prototype.trim` gives it.
    var trimmingJavaScriptWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isJavaScriptWhiteSpace }),
            let last = scalars.lastIndex(where: { !$0.isJavaScriptWhiteSpace })
        else { return "" }
        return String(scalars[first...last])
    }
}
