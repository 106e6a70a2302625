import Foundation

/// Text as Mermaid's journey grammar holds it: entity codes (`#58;`), `<br>` line breaks, and the
/// characters each place cannot hold.
enum MermaidText {
    /// The named entity codes JourneyKit turns back into characters; others stay as written.
    static let namedEntities: [String: Character] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{A0}",
    ]

    /// What a name reads as: white space around it dropped, `<br>`, `<br/>` and `<br />` (any case)
    /// as line breaks when `lineBreaks`, entity codes as their characters.
    static func decode(_ raw: String, lineBreaks: Bool) -> String {
        var text = raw.trimmingJavaScriptWhiteSpace
        if lineBreaks {
            text = text.replacingOccurrences(
                of: #"<br\s*/?>"#, with: "\n", options: [.regularExpression, .caseInsensitive])
        }
        return decodeEntities(text)
    }

    /// A text as written in the file: the marks of entity codes back to `#` and `;`, white space
    /// around dropped unless `trimming` is false.
    static func source(_ text: String, trimming: Bool = true) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case PreprocessedJourney.entityStart: scalars.append("#")
            case PreprocessedJourney.entityEnd: scalars.append(";")
            default: scalars.append(scalar)
            }
        }
        return trimming ? String(scalars).trimmingJavaScriptWhiteSpace : String(scalars)
    }

    /// A text as written with its entity codes marked, as the preprocessing marks them.
    static func marked(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#" {
                var close = index + 1
                while close < scalars.count, scalars[close].isJavaScriptWordCharacter { close += 1 }
                if close > index + 1, close < scalars.count, scalars[close] == ";" {
                    scalars[index] = PreprocessedJourney.entityStart
                    scalars[close] = PreprocessedJourney.entityEnd
                    index = close
                }
            }
            index += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Entity codes marked by the preprocessing (`#35;` → `#`); unknown names stay as written.
    static func decodeEntities(_ text: String) -> String {
        let start = PreprocessedJourney.entityStart
        let end = PreprocessedJourney.entityEnd
        guard text.unicodeScalars.contains(start) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let open = scalars.firstIndex(of: start) {
            result.append(contentsOf: scalars[..<open])
            let afterOpen = scalars.index(after: open)
            guard let close = scalars[afterOpen...].firstIndex(of: end) else {
                scalars = scalars[afterOpen...]
                result.append("#")
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[afterOpen..<close]))
            if name.allSatisfy(\.isASCII), name.allSatisfy(\.isNumber), let code = UInt32(name),
                let scalar = Unicode.Scalar(code)
            {
                result.append(scalar)
            } else if let character = namedEntities[name] {
                result.append(contentsOf: character.unicodeScalars)
            } else {
                result.append(contentsOf: "#\(name);".unicodeScalars)
            }
            scalars = scalars[scalars.index(after: close)...]
        }
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Where a text is written; each place forbids other characters.
    enum Place {
        /// `title …`: no `#`, `;` or line break.
        case title
        /// `section …`: no `#`, `:`, `;`; line breaks as `<br>`.
        case section
        /// A task's name: as a section, and it must not start like a keyword or a comment.
        case task
        /// An actor: as a section, no `,`, no line break, no white space around.
        case actor
        /// `accTitle:` and `accDescr:`: no `#` starting an entity code, no line break.
        case accessibilityLine
        /// `accDescr { … }`: no `}`, no line starting with `%%`.
        case accessibilityBlock
    }

    /// The text written for a place, and the characters replaced by entity codes or line breaks
    /// replaced by spaces.
    static func encode(_ text: String, for place: Place) -> (text: String, replaced: [Character]) {
        var replaced: [Character] = []
        var output = ""
        let characters = Array(text)
        let guardsColons = place == .title && (text.contains("style") || text.contains("classDef"))
        for (index, character) in characters.enumerated() {
            let atEdge = index == 0 || index == characters.count - 1
            if character == "\n" || character == "\r\n" || character == "\r" {
                switch place {
                case .section, .task: output += "<br>"
                case .accessibilityBlock: output += "\n"
                default:
                    output += " "
                    replaced.append(character)
                }
                continue
            }
            if mustEncode(character, at: index, in: characters, for: place, atEdge: atEdge, guardsColons: guardsColons)
            {
                output += character.unicodeScalars.map { "#\($0.value);" }.joined()
                replaced.append(character)
            } else {
                output.append(character)
            }
        }
        return (output, replaced)
    }

    private static func mustEncode(
        _ character: Character, at index: Int, in characters: [Character], for place: Place, atEdge: Bool,
        guardsColons: Bool
    ) -> Bool {
        if character.unicodeScalars.contains(where: {
            $0 == PreprocessedJourney.entityStart || $0 == PreprocessedJourney.entityEnd
        }) {
            return true
        }
        switch place {
        case .accessibilityLine:
            return character == "#"
        case .accessibilityBlock:
            if character == "#" || character == "}" { return true }
            let lineStart = characters[..<index].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            return character == "%" && characters[lineStart..<index].allSatisfy(\.isWhitespace)
        case .title:
            return character == "#" || character == ";" || (guardsColons && character == ":")
                || (index == 0 && character.isWhitespace)
        case .section, .task, .actor:
            if "#:;".contains(character) { return true }
            if place == .actor, character == "," { return true }
            if atEdge, character.isWhitespace { return true }
            if character == "<",
                String(characters[index...].prefix(8)).range(
                    of: #"^<br\s*/?>"#, options: [.regularExpression, .caseInsensitive]) != nil
            {
                return true
            }
            guard place == .task, index <= 1 else { return false }
            let text = String(characters)
            if character == "%", characters.count > index + 1, characters[index + 1] == "%" { return true }
            if index == 0 { return startsLikeKeyword(text) }
            return false
        }
    }

    /// Whether a task name would be read as a keyword or a comment: `journey` as a word, `title ` or
    /// `section ` with text, `accDescr {`, or a character and `%%`.
    private static func startsLikeKeyword(_ text: String) -> Bool {
        let lower = text.lowercased()
        let scalars = Array(text.unicodeScalars)
        if lower.hasPrefix("journey"), scalars.count == 7 || !scalars[7].isJavaScriptWordCharacter { return true }
        for keyword in ["title", "section"] where lower.hasPrefix(keyword) && scalars.count > keyword.count {
            if scalars[keyword.count].isJavaScriptWhiteSpace { return true }
        }
        if lower.hasPrefix("accdescr"), lower.dropFirst(8).drop(while: \.isWhitespace).hasPrefix("{") { return true }
        if lower.hasPrefix("acctitle") || lower.hasPrefix("accdescr") {
            return lower.dropFirst(8).drop(while: \.isWhitespace).hasPrefix(":")
        }
        return scalars.count > 2 && scalars[0] != "}" && scalars[1] == "%" && scalars[2] == "%"
    }
}
