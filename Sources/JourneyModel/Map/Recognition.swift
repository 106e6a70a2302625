import Foundation

extension LaneKind {
    /// Common English lane titles and the lane kinds they stand for.
    ///
    /// These are the titles spreadsheets and diagrams use. Matching ignores case, punctuation and a
    /// plural `s`.
    public static let commonTitles: [(words: [String], kind: LaneKind)] = [
        (["actions", "action", "doing", "does", "activities", "customer actions", "what they do", "steps"], .actions),
        (
            [
                "thoughts", "thought", "thinking", "thinks", "questions", "question", "thoughts questions",
                "thoughts and questions",
                "what they think", "mindset",
            ], .thoughts
        ),
        (
            [
                "emotions", "emotion", "feelings", "feeling", "feels", "emotional journey", "experience", "mood",
                "sentiment",
                "emotion curve", "what they feel",
            ], .emotions
        ),
        (
            [
                "touchpoints", "touchpoint", "touch points", "touch point", "channels", "channel",
                "touchpoints channels",
                "touchpoints and channels", "interactions",
            ], .touchpoints
        ),
        (
            [
                "pain points", "pain point", "painpoints", "pains", "pain", "friction", "frictions", "friction points",
                "problems", "barriers", "obstacles", "challenges",
            ], .painPoints
        ),
        (
            [
                "opportunities", "opportunity", "ideas", "idea", "key moments", "moments of truth", "moment of truth",
                "improvements", "gains", "opportunities ideas",
            ], .opportunities
        ),
        (
            ["measures", "measure", "actions to take", "initiatives", "planned measures", "solutions", "next steps"],
            .measures
        ),
        (["kpis", "kpi", "metrics", "metric", "key performance indicators", "kpis metrics", "measurements"], .kpis),
        (["content", "contents", "content pieces", "assets", "materials", "marketing content"], .content),
        (
            [
                "backstage", "back stage", "backstage processes", "behind the scenes", "owners", "owner",
                "internal processes",
                "support processes", "backstage owners",
            ], .backstage
        ),
    ]

    /// The lane kind a title names (`"Pain points"` → ``painPoints``), or `nil` for a title that
    /// names none of the usual lanes.
    public static func recognizing(title: String) -> LaneKind? {
        let key = normalizedTitle(title)
        guard !key.isEmpty else { return nil }
        for entry in commonTitles where entry.words.contains(key) || entry.words.contains(key + "s") {
            return entry.kind
        }
        // "Customer emotions", "Pain points (top 3)": a known title as a leading or trailing phrase.
        for entry in commonTitles {
            for word in entry.words where word.count >= 4 && (key.hasPrefix(word + " ") || key.hasSuffix(" " + word)) {
                return entry.kind
            }
        }
        return nil
    }

    /// Lowercased letters and digits, words separated by one space, "and" left out.
    static func normalizedTitle(_ title: String) -> String {
        TitleWords.of(title).filter { $0 != "and" }.joined(separator: " ")
    }
}

/// Splits titles and labels into words for matching.
public enum TitleWords {
    /// The lowercased runs of letters and digits of a text: `"Pain points (top 3)"` →
    /// `["pain", "points", "top", "3"]`.
    public static func of(_ text: String) -> [String] {
        if let words = asciiWords(text) { return words }
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The words of an ASCII text, without the Unicode machinery; `nil` for other text.
    private static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = -1
            var lowered: [UInt8] = []
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 { return nil }
                let isWordByte =
                    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                if isWordByte {
                    if start < 0 {
                        start = index
                        lowered.removeAll(keepingCapacity: true)
                    }
                    lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                } else if start >= 0 {
                    words.append(String(decoding: lowered, as: UTF8.self))
                    start = -1
                }
            }
            return words
        }
    }
}

extension Stage {
    /// Whether a name is one of the usual stage names (awareness, consideration, …), for telling
    /// stage headers from other text.
    public static func isCommonName(_ name: String) -> Bool {
        let key = LaneKind.normalizedTitle(name)
        return commonNames.contains(key) || commonNames.contains { key.hasPrefix($0 + " ") }
    }

    /// Usual stage names, lowercased.
    public static let commonNames: Set<String> = [
        "awareness", "aware", "discover", "discovery", "research", "interest", "consideration", "consider",
        "evaluation",
        "evaluate", "comparison", "compare", "decision", "decide", "intent", "purchase", "buy", "buying", "acquisition",
        "onboarding", "use", "usage", "service", "support", "retention", "loyalty", "advocacy", "advocate", "renewal",
        "expansion", "delivery", "experience", "engagement", "need", "need recognition", "search", "selection",
        "approval", "negotiation", "implementation", "adoption", "trigger", "post purchase", "after purchase",
    ]
}

extension EmotionScore {
    /// Faces and the canonical scores they stand for.
    public static let faces: [Character: Double] = [
        "😍": 2, "🤩": 2, "😄": 2, "😁": 2, "😃": 2, "🥰": 2,
        "😊": 1, "🙂": 1, "😀": 1, "👍": 1, "☺": 1, "☺️": 1,
        "😐": 0, "😶": 0, "🤔": 0, "😑": 0,
        "🙁": -1, "😕": -1, "😟": -1, "☹": -1, "☹️": -1, "👎": -1, "😒": -1,
        "😞": -2, "😠": -2, "😡": -2, "😢": -2, "😭": -2, "😩": -2, "😫": -2,
    ]

    /// The score a short text states, or `nil` when it states none.
    ///
    /// Reads a signed or unsigned number on the canonical scale (`+2`, `-1`, `0.5`, `−1` with a
    /// minus sign), optionally followed or preceded by a word (`+1 curious`), or a face emoji
    /// (`😊`, `😞`). Numbers outside −2…+2 are not taken as scores.
    public init?(recognizing text: String) {
        switch Self.readASCII(text) {
        case .score(let value):
            self.init(value)
            return
        case .none:
            return nil
        case .notASCII:
            break
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        // Faces are outside ASCII; plain ASCII text needs no look-up.
        for character in trimmed where !character.isASCII {
            if let score = Self.faces[character] {
                self.init(score)
                return
            }
        }
        let normalized = String(trimmed.map { $0 == "−" || $0 == "–" ? "-" : $0 })
        let tokens = normalized.split(whereSeparator: {
            $0.isWhitespace || $0 == ":" || $0 == "(" || $0 == ")" || $0 == ","
        })
        func number(_ token: Substring) -> Double? {
            let candidate = token.hasPrefix("+") ? token.dropFirst() : token[...]
            guard candidate.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }), let value = Double(candidate),
                value.isFinite
            else { return nil }
            return value
        }
        // One number, first or last, within the scale: "+1", "+1 curious", "Annoyed -2".
        let numbers = tokens.compactMap(number)
        guard numbers.count == 1,
            let token = [tokens.first, tokens.last].compactMap({ $0 }).first(where: { number($0) != nil }),
            let value = number(token), Self.range.contains(value)
        else { return nil }
        self.init(value)
    }
}

extension EmotionScore {
    /// What an ASCII text states.
    private enum ASCIIReading {
        case score(Double)
        case none
        case notASCII
    }

    /// What ``init(recognizing:)`` finds in an ASCII text, which holds no faces and no typographic
    /// minus signs: the same rules, read byte by byte.
    private static func readASCII(_ text: String) -> ASCIIReading {
        var text = text
        return text.withUTF8 { bytes -> ASCIIReading in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return .notASCII }
            // Tokens are separated by white space, colons, parentheses and commas.
            func isSeparator(_ byte: UInt8) -> Bool {
                switch byte {
                case 0x09...0x0D, 0x20, UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","):
                    return true
                default: return false
                }
            }
            func number(_ token: Range<Int>) -> Double? {
                var start = token.lowerBound
                if bytes[start] == UInt8(ascii: "+") { start += 1 }
                let candidate = bytes[start..<token.upperBound]
                guard
                    candidate.allSatisfy({
                        ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                    }),
                    let value = Double(String(decoding: candidate, as: UTF8.self)), value.isFinite
                else { return nil }
                return value
            }
            var numbers = 0
            var first: Range<Int>?
            var last: Range<Int>?
            var start = -1
            for index in 0...bytes.count {
                if index < bytes.count && !isSeparator(bytes[index]) {
                    if start < 0 { start = index }
                    continue
                }
                guard start >= 0 else { continue }
                let token = start..<index
                if first == nil { first = token }
                last = token
                if number(token) != nil { numbers += 1 }
                start = -1
            }
            // One number, first or last, within the scale: "+1", "+1 curious", "Annoyed -2".
            guard numbers == 1, let first, let last, let value = number(first) ?? number(last), range.contains(value)
            else { return .none }
            return .score(value)
        }
    }
}
