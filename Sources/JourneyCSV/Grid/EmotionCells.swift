import Foundation
import JourneyModel

/// Emotion scores as people write them in grid cells: `+2`, `-1`, `0`, a face, or a label with a
/// score in parentheses.
enum EmotionCells {
    /// Faces and their scores on the canonical −2…+2 scale, from the recognition vocabulary the
    /// importers use.
    static let faces: [Character: Double] = Dictionary(
        RecognitionVocabulary.standard.emoji.compactMap { $0.key.count == 1 ? (Character($0.key), $0.value) : nil },
        uniquingKeysWith: { first, _ in first })

    /// A line of an emotion cell: its score, if it has one, and the text without the score.
    ///
    /// Recognized: a leading number (`+2 Excited`, `-1: worried`, `0`), a trailing signed number
    /// (`Worried -1`), a leading or trailing face (`😊 Curious`, `Curious 😊`) and a trailing score in
    /// parentheses (`Curious (+1)`). Numbers may use a decimal comma and the minus sign `−`; numbers
    /// outside −2…+2 are text.
    static func parse(_ line: String) -> (score: Double?, text: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, let score = faces[first] {
            return (score, label(trimmed.dropFirst()))
        }
        if let last = trimmed.last, let score = faces[last] {
            return (score, label(trimmed.dropLast()))
        }
        if let (score, rest) = leadingNumber(trimmed[...]), rest.isEmpty || rest.first.map(isSeparator) == true {
            return (score, label(rest))
        }
        if let space = trimmed.lastIndex(where: \.isWhitespace),
            let sign = trimmed[trimmed.index(after: space)...].first, sign == "+" || sign == "-" || sign == "−",
            let (score, rest) = leadingNumber(trimmed[trimmed.index(after: space)...]), rest.isEmpty
        {
            return (score, label(trimmed[..<space]))
        }
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
                .trimmingCharacters(in: .whitespaces)
            if let face = inside.first, inside.count == 1, let score = faces[face] {
                return (score, label(trimmed[..<open]))
            }
            if let (score, rest) = leadingNumber(inside[...]), rest.isEmpty {
                return (score, label(trimmed[..<open]))
            }
        }
        return (nil, trimmed)
    }

    /// A score as grid cells show it: with a sign (`+1`, `-0.5`, `0`).
    static func format(_ score: Double) -> String {
        let text = NumberText.format(score)
        return score > 0 ? "+" + text : text
    }

    /// The line a grid cell shows for an emotion: `Curious (+1)`, `+1`, or the text alone.
    static func line(score: Double?, text: String) -> String {
        guard let score, score.isFinite else { return text }
        return text.isEmpty ? format(score) : "\(text) (\(format(score)))"
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == ":" || character == "–" || character == "—" || character == "-"
            || character == "|"
    }

    private static func label(_ text: Substring) -> String {
        String(text.drop(while: isSeparator).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// A number at the start of `text` and what follows it.
    private static func leadingNumber(_ text: Substring) -> (Double, Substring)? {
        var rest = text
        var number = ""
        if let sign = rest.first, sign == "+" || sign == "-" || sign == "−" {
            if sign != "+" { number.append("-") }
            rest = rest.dropFirst()
        }
        let integer = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard !integer.isEmpty else { return nil }
        number += integer
        rest = rest.dropFirst(integer.count)
        if let mark = rest.first, mark == "." || mark == "," {
            let fraction = rest.dropFirst().prefix(while: { $0.isASCII && $0.isNumber })
            if !fraction.isEmpty {
                number += "." + fraction
                rest = rest.dropFirst(1 + fraction.count)
            }
        }
        // Numbers outside the scale are text ("2024 plan"), as the importers read them.
        guard let value = Double(number), EmotionScore.range.contains(value) else { return nil }
        return (value, rest)
    }
}
