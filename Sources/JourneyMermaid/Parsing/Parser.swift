import Foundation
import JourneyModel

/// A journey as Mermaid's grammar gives it, before it becomes a map: the statements with their
/// places, as written.
struct ParsedJourney: Sendable {
    /// A statement's text and where it starts.
    struct Located: Sendable {
        var text: String
        var line: Int
        var column: Int
    }

    /// A task: its name and its data (`: score: actors`), as written.
    struct Task: Sendable {
        var name: Located
        var data: Located
        /// The index of its section; `nil` before the first section.
        var section: Int?
    }

    var titles: [Located] = []
    var accessibleTitles: [Located] = []
    /// The descriptions, and whether each was written as a `{ … }` block.
    var accessibleDescriptions: [(value: Located, isBlock: Bool)] = []
    var sections: [Located] = []
    var tasks: [Task] = []
    /// Comments the lexer skipped (`#`, `%%` within a line, lines of only `%%`).
    var comments: [PreprocessedJourney.Comment] = []
}

/// Mermaid 11's journey grammar over the lexer's tokens.
///
/// The grammar:
///
/// ```
/// start     : journey document EOF
/// document  : (line)*
/// line      : statement | NEWLINE
/// statement : title | acc_title acc_title_value | acc_descr acc_descr_value
///           | acc_descr_multiline_value | section | taskName taskData
/// ```
///
/// Line feeds separate nothing the grammar needs: statements are told apart by the lexer.
struct Parser {
    private var lexer: Lexer
    private let file: String?

    init(_ text: SourceText, file: String?) {
        lexer = Lexer(text)
        self.file = file
    }

    private func error(_ message: String, at token: Token) -> ReadError {
        ReadError(message, at: SourceLocation(file: file, line: token.line, column: token.column), kind: .malformed)
    }

    private static func quoted(_ token: Token) -> String {
        token.kind == .end ? "the end of the diagram" : "“\(token.text.prefix(40))”"
    }

    /// Parses the whole diagram, or throws the first place Mermaid's parser would refuse.
    mutating func parse() throws -> ParsedJourney {
        var journey = ParsedJourney()
        let first = lexer.next()
        guard first.kind == .journey, first.text == "journey" else {
            if first.text.lowercased().hasPrefix("journey") {
                throw error(
                    "Mermaid recognizes a journey only by the lowercase keyword `journey`, found \(Self.quoted(first))",
                    at: first)
            }
            throw error("expected `journey` at the start of the diagram, found \(Self.quoted(first))", at: first)
        }
        while true {
            let token = lexer.next()
            func located(_ text: String? = nil) -> ParsedJourney.Located {
                .init(text: text ?? token.text, line: token.line, column: token.column)
            }
            switch token.kind {
            case .end:
                journey.comments = lexer.comments
                return journey
            case .newline:
                continue
            case .title:
                journey.titles.append(located())
            case .accessibleTitle:
                journey.accessibleTitles.append(located())
            case .accessibleDescription:
                journey.accessibleDescriptions.append((located(), false))
            case .multilineDescription:
                journey.accessibleDescriptions.append((located(), true))
            case .section:
                journey.sections.append(located())
            case .taskName:
                let data = lexer.next()
                if data.kind == .colon { throw error("expected a score after `:`", at: data) }
                guard data.kind == .taskData else {
                    throw error(
                        "expected `:` and a score after the task name “\(token.text.trimmingJavaScriptWhiteSpace)”, found "
                            + Self.quoted(data), at: data)
                }
                let section = journey.sections.isEmpty ? nil : journey.sections.count - 1
                journey.tasks.append(
                    .init(
                        name: located(), data: .init(text: data.text, line: data.line, column: data.column),
                        section: section))
            case .taskData:
                throw error("a task needs a name before `:`", at: token)
            case .colon:
                throw error("expected a score after `:`", at: token)
            case .journey:
                throw error(
                    "`journey` starts the diagram and cannot appear again; a task name cannot begin with the word "
                        + "journey (write its first letter as an entity code, such as `#106;ourney`)", at: token)
            case .invalid:
                let hint = token.text == ";" ? " (write `#59;` for a semicolon in text)" : ""
                throw error(
                    "unexpected \(Self.quoted(token)): Mermaid's journey grammar does not allow it here\(hint)",
                    at: token)
            }
        }
    }
}

/// Numbers as JavaScript's `Number(text)` reads them, which is how Mermaid reads a task's score.
enum JavaScriptNumber {
    /// The value: white space around is ignored, an empty text is 0, `0x`, `0o` and `0b` prefixes,
    /// `Infinity` and decimal literals with an exponent are numbers, anything else is NaN.
    static func value(of text: String) -> Double {
        let trimmed = text.trimmingJavaScriptWhiteSpace
        if trimmed.isEmpty { return 0 }
        let lower = trimmed.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            let digits = lower.dropFirst(2)
            guard !digits.isEmpty,
                digits.allSatisfy({ $0.isASCII && $0.isHexDigit && Int(String($0), radix: 16)! < radix })
            else { return .nan }
            return digits.reduce(0.0) { $0 * Double(radix) + Double(Int(String($1), radix: radix)!) }
        }
        switch trimmed {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        let decimal = #"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"#
        guard trimmed.range(of: decimal, options: .regularExpression) != nil, let value = Double(trimmed) else {
            return .nan
        }
        return value
    }
}
