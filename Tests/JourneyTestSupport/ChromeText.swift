import Foundation
import JourneyModel

/// The words of a written SVG or HTML document that a person reads, and the chrome phrases to
/// look for in them.
public enum ChromeText {
    /// The text of a document without its markup, styles, scripts and code (a command is not
    /// chrome), its white space collapsed.
    public static func readable(_ document: String) -> String {
        var text = document
        for pattern in [
            "<style[\\s\\S]*?</style>", "<script[\\s\\S]*?</script>", "<code[\\s\\S]*?</code>", "<[^>]*>",
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&#x27;", "'"),
            ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether a phrase is in a text, as well when a line break split it.
    public static func text(_ text: String, contains phrase: String) -> Bool {
        squeezed(text).contains(squeezed(phrase))
    }

    /// The English fragments ``englishFragments(replacedBy:)`` finds in `text` as whole words.
    public static func english(in text: String, replacedBy chrome: Chrome) -> [String] {
        englishFragments(replacedBy: chrome).filter { fragment in
            let escaped = NSRegularExpression.escapedPattern(for: fragment)
            return text.range(of: "(?<!\\p{L})" + escaped + "(?!\\p{L})", options: .regularExpression) != nil
        }.sorted()
    }

    /// A phrase without white space.
    public static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Every phrase of a table, by property (a dictionary's entries by property and key).
    public static func phrases(_ chrome: Chrome) -> [String: String] {
        var result: [String: String] = [:]
        for child in Mirror(reflecting: chrome).children {
            guard let label = child.label, label != "code" else { continue }
            if let text = child.value as? String {
                result[label] = text
            } else if let table = child.value as? [AnyHashable: String] {
                for (key, text) in table { result[label + "." + String(describing: key)] = text }
            }
        }
        return result
    }

    /// The English words left where `chrome` says something else: the fixed parts of each English
    /// phrase that the language words differently.
    public static func englishFragments(replacedBy chrome: Chrome) -> Set<String> {
        let english = phrases(.english)
        let other = phrases(chrome)
        var fragments: Set<String> = []
        for (key, text) in english where other[key] != text {
            let marked = text.replacingOccurrences(of: "\\{[0-9]*\\}", with: "\u{0}", options: .regularExpression)
            for part in marked.split(separator: "\u{0}") {
                let trimmed = part.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if trimmed.count >= 3, trimmed.contains(where: \.isLetter) { fragments.insert(trimmed) }
            }
        }
        return fragments
    }
}
