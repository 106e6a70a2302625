/// Keeps spreadsheets from running cell text as formulas (OWASP "CSV injection"), reversibly.
///
/// On export, a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'`
/// in front, so a spreadsheet shows it as text instead of evaluating it. A cell that starts with `'`
/// gets one too, so that import can reverse the rule exactly: it removes a leading `'` only when the
/// next character is one of those that export protects, `'` included. Plain numbers such as `-2`
/// or `+1.5` cannot run anything and are left alone, so numeric columns stay numeric.
///
/// With formulas kept (``JourneyCSVFormat/neutralizesFormulas`` off), export writes formulas as they
/// are and puts a `'` only in front of a text that import would otherwise shorten (`'=x` is written
/// `''=x`). So import always applies the same rule, and undoes exactly what either export added: a
/// file reads back the same whatever the setting it was written with.
enum FormulaNeutralization {
    /// The first bytes that make a spreadsheet treat a cell as a formula, and the quote itself.
    static func isProtected(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
            UInt8(ascii: "\r"), UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// Whether export puts a `'` in front of this text: when neutralizing, in front of formula-like
    /// texts and texts starting with `'`; when keeping formulas, only in front of a text that import
    /// would otherwise shorten.
    static func needsPrefix(_ text: String, neutralizing: Bool = true) -> Bool {
        guard neutralizing else { return restore(text) != text }
        guard let first = text.utf8.first, isProtected(first) else { return false }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { return !isPlainNumber(text) }
        return true
    }

    /// The text as export writes it.
    static func neutralize(_ text: String, neutralizing: Bool = true) -> String {
        needsPrefix(text, neutralizing: neutralizing) ? "'" + text : text
    }

    /// The text export was given, from what it wrote with either setting.
    static func restore(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "'") else { return text }
        let second = bytes.dropFirst().first
        guard let second, isProtected(second) else { return text }
        return String(text.dropFirst())
    }

    /// Whether the text is a decimal number with an optional sign and exponent, and nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integer.count)
        var digits = integer.count
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let fraction = bytes.prefix(while: isDigit)
            bytes = bytes.dropFirst(fraction.count)
            digits += fraction.count
        }
        guard digits > 0 else { return false }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix(while: isDigit)
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
        }
        return bytes.isEmpty
    }
}
