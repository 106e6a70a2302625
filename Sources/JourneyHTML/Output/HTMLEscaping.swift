/// Escapes text for the places it can appear in an HTML page.
///
/// Each context gets its own function, because what is safe differs: element text needs `&`, `<`
/// and `>` escaped, a double-quoted attribute value also both quotes. Characters HTML does not
/// allow in a document (controls other than tab, line feed, form feed and carriage return, and
/// Unicode noncharacters) become U+FFFD, so the page stays valid; the embedded source keeps the
/// original text. Line breaks (CR LF, CR, U+2028, U+2029) become line feeds, as a parser would read
/// them.
enum HTMLEscaping {
    /// Text for the content of an ordinary element (`<p>`, `<li>`, `<title>`, `<option>`).
    static func text(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// Text for a double-quoted attribute value; both quote characters are escaped too, so the value
    /// is also safe if someone changes the quoting.
    static func attribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// Whether HTML allows a character in a document: not a control other than tab, line feed, form
    /// feed or carriage return, and not a noncharacter (U+FDD0…U+FDEF, U+xFFFE, U+xFFFF).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0xFDD0...0xFDEF: return false
        default: return value & 0xFFFE != 0xFFFE
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "'" where quotes: result += "&#39;"
            case "\r", "\u{2028}", "\u{2029}": result += "\n"
            case "\n":
                // CR LF is one line break, already written for the CR.
                if !previousWasCarriageReturn { result += "\n" }
            default:
                result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
