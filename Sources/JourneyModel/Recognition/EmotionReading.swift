import Foundation

/// What an emotion's label says: its score and the label without the score's notation.
public struct EmotionReading: Hashable, Sendable {
    /// Where the score came from.
    public enum Source: String, Hashable, Sendable {
        /// A number written in the label (`+2`, `(-1)`, `−0.5`).
        case number
        /// A face (`😊`), scored by the vocabulary's emoji.
        case emoji
        /// An emotion word (`frustrated`, `Nalilito`, `不安`), scored by the vocabulary.
        case word
    }

    /// The score on −2…+2.
    public var score: Double
    /// Where the score came from.
    public var source: Source
    /// The label without numbers, faces and the brackets around them: `Proud 😃 (+1)` → `Proud`.
    public var label: String
}

extension VocabularyMatcher {
    /// The emotion a label states, or `nil` when it states none.
    ///
    /// An explicit number wins over a face, and a face over a word: `😊 +2` is +2, `Proud 😃 (+1)`
    /// +1, `🙂` +1, `frustriert` −1. A number counts when it is signed, in brackets or alone on its
    /// line, and only within −2…+2 (`2 weeks` is no score). Lines are read together, so a face on
    /// one line and a word on the next (`🙂 +1` / `Curious`) are one emotion labelled `Curious`.
    public func emotion(in text: String) -> EmotionReading? {
        var text = text
        switch text.withUTF8(asciiEmotion) {
        case .read(let reading): return reading
        case .notASCII: return emotionReadingEveryCharacter(in: text)
        }
    }

    /// ``emotion(in:)`` read character by character: the reference the ASCII path is tested against.
    func emotionReadingEveryCharacter(in text: String) -> EmotionReading? {
        var numbers: [Double] = []
        var faces: [Double] = []
        var labelLines: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            var kept: [Substring] = []
            let tokens = line.split { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }
            for token in tokens {
                var rest = Substring(token)
                // Faces stand alone or touch the word ("😊Happy").
                while let face = rest.first, let score = emoji[face] {
                    faces.append(score)
                    rest = rest.dropFirst()
                }
                while let face = rest.last, let score = emoji[face] {
                    faces.append(score)
                    rest = rest.dropLast()
                }
                let trimmed = rest.trimmingCharacters(in: Self.punctuation)
                // Unsigned numbers count alone on their line (faces aside) or in brackets: "😐 (0)".
                let bracketed = line[..<token.startIndex].last.map { "([".contains($0) } ?? false
                let alone = bracketed || tokens.filter { !$0.allSatisfy { emoji[$0] != nil } }.count == 1
                if let value = Self.number(trimmed[...], alone: alone) {
                    numbers.append(value)
                    continue
                }
                if !trimmed.isEmpty { kept.append(rest) }
            }
            let lineLabel = kept.joined(separator: " ").trimmingCharacters(in: Self.labelEdges)
            if !lineLabel.isEmpty { labelLines.append(lineLabel) }
        }
        let label = labelLines.joined(separator: "\n")
        if numbers.count == 1, let value = numbers.first {
            return EmotionReading(score: value, source: .number, label: label)
        }
        if numbers.isEmpty, let face = faces.first {
            return EmotionReading(score: face, source: .emoji, label: label)
        }
        guard numbers.isEmpty, let word = emotionWordScore(in: label) else { return nil }
        return EmotionReading(score: word, source: .word, label: label)
    }

    /// What the byte-by-byte reading found.
    private enum ASCIIReading {
        /// The text is ASCII, and states this emotion, or none.
        case read(EmotionReading?)
        /// The text is not ASCII: the general reading applies.
        case notASCII
    }

    /// What an ASCII text says, read byte by byte.
    ///
    /// The same reading as ``emotionReadingEveryCharacter(in:)``: ASCII holds no faces, and most
    /// labels are ASCII.
    private func asciiEmotion(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIReading {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return .notASCII }
        func isNewline(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }
        func isTokenSeparator(_ byte: UInt8) -> Bool {
            (byte >= 0x09 && byte <= 0x0D) || byte == 0x20 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
        }
        func isPunctuation(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "|")
        }
        func isLabelEdge(_ byte: UInt8) -> Bool { isPunctuation(byte) || byte == UInt8(ascii: "-") || byte == 0x20 }
        var numbers = 0
        var value = 0.0
        var labelLines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        for lineEnd in 0...bytes.count where lineEnd == bytes.count || isNewline(bytes[lineEnd]) {
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            var tokens: [Range<Int>] = []
            var tokenStart = -1
            for index in lineStart...lineEnd {
                if index < lineEnd && !isTokenSeparator(bytes[index]) {
                    if tokenStart < 0 { tokenStart = index }
                } else if tokenStart >= 0 {
                    tokens.append(tokenStart..<index)
                    tokenStart = -1
                }
            }
            var kept: [UInt8] = []
            for token in tokens {
                // ASCII holds no faces: alone means the only token, or in brackets.
                let bracketed =
                    token.lowerBound > lineStart
                    && (bytes[token.lowerBound - 1] == UInt8(ascii: "(")
                        || bytes[token.lowerBound - 1] == UInt8(ascii: "["))
                var start = token.lowerBound
                var end = token.upperBound
                while start < end && isPunctuation(bytes[start]) { start += 1 }
                while end > start && isPunctuation(bytes[end - 1]) { end -= 1 }
                // Only a token starting with a sign or a digit can be a number.
                if start < end,
                    bytes[start] == UInt8(ascii: "+") || bytes[start] == UInt8(ascii: "-")
                        || (bytes[start] >= 0x30 && bytes[start] <= 0x39),
                    let number = Self.number(
                        Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)),
                        alone: tokens.count == 1 || bracketed)
                {
                    numbers += 1
                    value = number
                    continue
                }
                guard start < end else { continue }
                if !kept.isEmpty { kept.append(0x20) }
                kept.append(contentsOf: bytes[token])
            }
            var first = kept.startIndex
            var last = kept.endIndex
            while first < last && isLabelEdge(kept[first]) { first += 1 }
            while last > first && isLabelEdge(kept[last - 1]) { last -= 1 }
            if first < last { labelLines.append(kept[first..<last]) }
        }
        var labelBytes: [UInt8] = []
        for (index, line) in labelLines.enumerated() {
            if index > 0 { labelBytes.append(0x0A) }
            labelBytes.append(contentsOf: line)
        }
        let label = String(decoding: labelBytes, as: UTF8.self)
        if numbers == 1 { return .read(EmotionReading(score: value, source: .number, label: label)) }
        guard numbers == 0, let word = emotionWordScore(in: label) else { return .read(nil) }
        return .read(EmotionReading(score: word, source: .word, label: label))
    }

    /// The score of the first emotion word in a text (of the longest, in scripts without spaces).
    func emotionWordScore(in text: String) -> Double? {
        let words = TitleWords.of(text)
        guard !words.isEmpty, words.count <= 12 else { return nil }
        // Two-word phrases first ("very happy" may be listed), then single words.
        for index in words.indices.dropLast() {
            if let score = emotionWords[words[index] + " " + words[index + 1]] { return score }
        }
        for word in words {
            if let score = emotionWords[word] { return score }
        }
        if Self.isUnspaced(text) {
            for (word, score) in unspacedEmotionWords where text.contains(word) { return score }
        }
        return nil
    }

    private static let punctuation = CharacterSet(charactersIn: ":,;/|")
    private static let labelEdges = CharacterSet(charactersIn: ":,;/|–—- ")

    /// A score written as a number, within −2…+2.
    ///
    /// Signed (`+1`, `-2`, `−1`), or unsigned when alone on its line (faces aside) or in brackets
    /// (`Curious (1)`). A decimal comma is read as a point.
    static func number(_ token: Substring, alone: Bool) -> Double? {
        guard let first = token.first else { return nil }
        var digits = token
        var sign = 1.0
        switch first {
        case "+":
            digits = token.dropFirst()
        case "-", "−", "–":
            digits = token.dropFirst()
            sign = -1
        default:
            guard alone else { return nil }
        }
        guard !digits.isEmpty, digits.first?.isASCII == true, digits.first!.isNumber,
            digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }),
            let value = Double(String(digits).replacingOccurrences(of: ",", with: ".")), value.isFinite
        else { return nil }
        let score = sign * value
        return EmotionScore.range.contains(score) ? score : nil
    }
}
