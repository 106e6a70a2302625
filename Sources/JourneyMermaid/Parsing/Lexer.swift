/// A token of Mermaid's journey grammar.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case journey, newline, title, accessibleTitle, accessibleDescription, multilineDescription
        case section, taskName, taskData, colon, invalid, end
    }

    var kind: Kind
    /// The token's text; for the accessibility tokens, the value after `:` or `{`.
    var text: String
    var line: Int
    var column: Int
}

/// Cuts the preprocessed text into tokens with the rules of Mermaid 11's `journey.jison`, in its
/// order, the first rule that matches winning (Jison's default, not the longest match).
///
/// The rules, case-insensitive: `%%` comments (not `%%{`), a character and a `%%` comment, line
/// feeds, other white space, `#` comments, `journey` as a word, `title` + one space + text up to `#`,
/// line feed or `;`, `accTitle:` and `accDescr:` with the rest of the line, `accDescr {` up to `}`,
/// `section` + one space + text up to `#`, `:`, line feed or `;`, a task name (text up to `#`, `:`,
/// line feed or `;`), task data (`:` and text up to `#`, line feed or `;`), a lone `:`, and any
/// other character, which the grammar refuses.
struct Lexer {
    private let scalars: [LocatedScalar]
    private let end: (line: Int, column: Int)
    private var position = 0
    /// The comments skipped, with their lines: JourneyKit keeps them.
    private(set) var comments: [PreprocessedJourney.Comment] = []

    init(_ text: SourceText) {
        scalars = text.scalars
        end = text.end
    }

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset].scalar : nil
    }

    private func matches(_ word: String, at offset: Int = 0) -> Bool {
        for (index, expected) in word.unicodeScalars.enumerated() {
            guard let scalar = scalar(at: offset + index),
                scalar.properties.lowercaseMapping == expected.properties.lowercaseMapping
            else { return false }
        }
        return true
    }

    /// How many scalars from `offset` on satisfy `predicate`.
    private func run(from offset: Int, while predicate: (Unicode.Scalar) -> Bool) -> Int {
        var count = 0
        while let scalar = scalar(at: offset + count), predicate(scalar) { count += 1 }
        return count
    }

    private func text(_ range: Range<Int>) -> String {
        String(
            String.UnicodeScalarView(
                scalars[(position + range.lowerBound)..<(position + range.upperBound)].map(\.scalar)))
    }

    private mutating func token(_ kind: Token.Kind, length: Int, text value: String? = nil) -> Token {
        let start = scalars[position]
        let token = Token(kind: kind, text: value ?? text(0..<length), line: start.line, column: start.column)
        position += length
        return token
    }

    private mutating func skipComment(from offset: Int) {
        let start = position + offset
        let length = offset + run(from: offset) { $0 != "\n" }
        let comment = text(offset..<length)
        comments.append(
            .init(
                text: String(comment.unicodeScalars.dropFirst(comment.hasPrefix("#") ? 1 : 2)),
                line: scalars[start].line))
        position += length
    }

    private static func notTitleEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "#" && scalar != "\n" && scalar != ";"
    }
    private static func notNameEnd(_ scalar: Unicode.Scalar) -> Bool { notTitleEnd(scalar) && scalar != ":" }

    /// The next token.
    mutating func next() -> Token {
        while position < scalars.count {
            let first = scalars[position].scalar
            if first == "%", scalar(at: 1) == "%", scalar(at: 2) != "{" {
                skipComment(from: 0)
            } else if first != "}", scalar(at: 1) == "%", scalar(at: 2) == "%" {
                skipComment(from: 1)
            } else if first == "\n" {
                return token(.newline, length: run(from: 0) { $0 == "\n" })
            } else if first.isJavaScriptWhiteSpace {
                position += run(from: 0) { $0.isJavaScriptWhiteSpace }
            } else if first == "#" {
                skipComment(from: 0)
            } else {
                return significantToken()
            }
        }
        return Token(kind: .end, text: "", line: end.line, column: end.column)
    }

    private mutating func significantToken() -> Token {
        if matches("journey"), !(scalar(at: 7)?.isJavaScriptWordCharacter ?? false) {
            return token(.journey, length: 7)
        }
        if matches("title"), scalar(at: 5)?.isJavaScriptWhiteSpace == true {
            let length = run(from: 6, while: Self.notTitleEnd)
            if length > 0 { return token(.title, length: 6 + length, text: text(6..<(6 + length))) }
        }
        for (keyword, kind) in [("accTitle", Token.Kind.accessibleTitle), ("accDescr", .accessibleDescription)] {
            guard matches(keyword) else { continue }
            let spaces = run(from: 8) { $0.isJavaScriptWhiteSpace }
            if scalar(at: 8 + spaces) == ":" {
                let after = 9 + spaces + run(from: 9 + spaces) { $0.isJavaScriptWhiteSpace }
                let length = run(from: after) { $0 != "\n" }
                return token(kind, length: after + length, text: text(after..<(after + length)))
            }
            if kind == .accessibleDescription, scalar(at: 8 + spaces) == "{" {
                let after = 9 + spaces + run(from: 9 + spaces) { $0.isJavaScriptWhiteSpace }
                let length = run(from: after) { $0 != "}" }
                let closed = scalar(at: after + length) == "}" ? 1 : 0
                return token(
                    .multilineDescription, length: after + length + closed, text: text(after..<(after + length)))
            }
        }
        if matches("section"), scalar(at: 7)?.isJavaScriptWhiteSpace == true {
            let length = run(from: 8, while: Self.notNameEnd)
            if length > 0 { return token(.section, length: 8 + length, text: text(8..<(8 + length))) }
        }
        let name = run(from: 0, while: Self.notNameEnd)
        if name > 0 { return token(.taskName, length: name) }
        if scalars[position].scalar == ":" {
            let data = run(from: 1, while: Self.notTitleEnd)
            return token(data > 0 ? .taskData : .colon, length: 1 + data)
        }
        return token(.invalid, length: 1)
    }
}
