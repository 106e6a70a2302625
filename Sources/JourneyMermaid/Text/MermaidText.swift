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
    ///
    /// Works on Unicode scalars, as Mermaid's grammar does on code units: a `;` carrying a combining
    /// mark is still a `;` to it.
    static func encode(_ text: String, for place: Place) -> (text: String, replaced: [Character]) {
        var replaced: [Character] = []
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        let guardsColons = place == .title && (text.contains("style") || text.contains("classDef"))
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                switch place {
                case .section, .task: output.append(contentsOf: "<br>".unicodeScalars)
                case .accessibilityBlock: output.append("\n")
                default:
                    output.append(" ")
                    replaced.append("\n")
                }
                continue
            }
            let atEdge = index == 0 || index == scalars.count - 1
            if mustEncode(scalar, at: index, in: scalars, for: place, atEdge: atEdge, guardsColons: guardsColons) {
                output.append(contentsOf: "#\(scalar.value);".unicodeScalars)
                replaced.append(Character(scalar))
            } else {
                output.append(scalar)
            }
        }
        return (String(output), replaced)
    }

    private static func mustEncode(
        _ scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar], for place: Place, atEdge: Bool,
        guardsColons: Bool
    ) -> Bool {
        if scalar == PreprocessedJourney.entityStart || scalar == PreprocessedJourney.entityEnd { return true }
        switch place {
        case .accessibilityLine:
            return scalar == "#"
        case .accessibilityBlock:
            if scalar == "#" || scalar == "}" { return true }
            let lineStart = scalars[..<index].lastIndex(of: "\n").map { $0 + 1 } ?? 0
            return scalar == "%" && scalars[lineStart..<index].allSatisfy(\.isJavaScriptWhiteSpace)
        case .title:
            return scalar == "#" || scalar == ";" || (guardsColons && scalar == ":")
                || (index == 0 && scalar.isJavaScriptWhiteSpace)
        case .section, .task, .actor:
            if scalar == "#" || scalar == ":" || scalar == ";" { return true }
            if place == .actor, scalar == "," { return true }
            if atEdge, scalar.isJavaScriptWhiteSpace || scalar.properties.isWhitespace { return true }
            if scalar == "<",
                String(String.UnicodeScalarView(scalars[index...].prefix(8))).range(
                    of: #"^<br\s*/?>"#, options: [.regularExpression, .caseInsensitive]) != nil
            {
                return true
            }
            guard place == .task, index <= 1 else { return false }
            if scalar == "%", scalars.count > index + 1, scalars[index + 1] == "%" { return true }
            if index == 0 { return startsLikeKeyword(String(String.UnicodeScalarView(scalars))) }
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
