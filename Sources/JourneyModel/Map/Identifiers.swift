/// Rules and helpers for the identifiers of a map's elements.
///
/// An identifier is non-empty and holds no white space in the XML sense (space, tab, line feed,
/// carriage return), so lists of identifiers can be written space-separated.
public enum Identifiers {
    /// Whether `id` is a valid identifier.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && !id.unicodeScalars.contains(where: isWhiteSpace)
    }

    /// Whether a character is white space as XML counts it: space, tab, line feed, carriage return.
    public static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Splits a space-separated list of identifiers, as XML lists are split.
    public static func split(_ list: String) -> [String] {
        list.unicodeScalars.split(whereSeparator: isWhiteSpace).map { String(String.UnicodeScalarView($0)) }
    }

    /// Whether `tag` looks like a BCP 47 language tag (`en`, `de-CH`, `zh-Hant-TW`), as XML
    /// Schema's `xs:language` accepts it.
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// Makes an identifier from a name: lowercased letters and digits joined by hyphens
    /// (`"Buying a Car!"` → `buying-a-car`), or `fallback` when the name has none.
    public static func slug(_ name: String, fallback: String) -> String {
        let joined = TitleWords.of(name).joined(separator: "-")
        return joined.isEmpty ? fallback : joined
    }
}
