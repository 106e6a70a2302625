/// Where a line may break inside a run of text without spaces: the part of Unicode's line breaking
/// algorithm (UAX #14) that CJK text needs.
///
/// Each character gets a line-break class from one table (``LineBreakClass/table``). Text that
/// uses spaces between words (Latin, Cyrillic, Arabic, Korean) still breaks only at spaces and
/// after hyphens; East Asian characters — ideographs, kana, fullwidth forms, CJK punctuation —
/// and emoji allow a break on either side, except where the table forbids one: never before
/// closing punctuation, small kana or the prolonged sound mark, never after an opening bracket.
/// See decision 0060.
struct LineBreakClass: Equatable, Sendable {
    /// The classes of UAX #14 the wrapper tells apart.
    enum Kind: Equatable, Sendable {
        /// AL and everything not listed: letters, digits, symbols. No break between two of them.
        case alphabetic
        /// ID: ideographs, kana, fullwidth letters, emoji. A break may come before and after.
        case ideographic
        /// OP: opening brackets and quotation marks. Never at the end of a line.
        case opening
        /// CL and CP: closing brackets, quotation marks and CJK commas and full stops. Never at
        /// the start of a line.
        case closing
        /// NS: small kana, the prolonged sound mark, iteration marks. Never at the start of a line.
        case nonStarter
        /// EX: exclamation and question marks. Never at the start of a line.
        case exclamation
        /// IS: commas, full stops, colons and semicolons between numbers and words. Never at the
        /// start of a line.
        case infixSeparator
        /// QU: straight quotation marks, which may open or close: no break on either side.
        case quotation
    }

    let kind: Kind
    /// Whether the character is East Asian (wide): a break may come next to it.
    let isEastAsian: Bool

    /// The class of a user-perceived character, by its first scalar; emoji are ideographic.
    init(_ character: Character) {
        guard let first = character.unicodeScalars.first else {
            self.init(kind: .alphabetic, isEastAsian: false)
            return
        }
        let value = first.value
        if let kind = Self.table[value] {
            self.init(kind: kind, isEastAsian: Self.isEastAsian(value))
        } else if Self.isIdeographic(value) || (value >= 0x2000 && TextStyle.isEmoji(character)) {
            self.init(kind: .ideographic, isEastAsian: true)
        } else {
            self.init(kind: .alphabetic, isEastAsian: false)
        }
    }

    init(kind: Kind, isEastAsian: Bool) {
        self.kind = kind
        self.isEastAsian = isEastAsian
    }

    /// Whether a line may start with this character.
    var mayStartLine: Bool {
        switch kind {
        case .closing, .nonStarter, .exclamation, .infixSeparator, .quotation: false
        default: true
        }
    }

    /// Whether a line may end with this character.
    var mayEndLine: Bool { kind != .opening && kind != .quotation }

    /// Whether a line may break between two adjacent characters with no space between them: only
    /// next to an East Asian character or emoji, and never where a line would end with an opening
    /// bracket or start with closing punctuation.
    static func allowsBreak(between before: LineBreakClass, and after: LineBreakClass) -> Bool {
        (before.isEastAsian || after.isEastAsian) && before.mayEndLine && after.mayStartLine
    }

    /// Whether a scalar is an ideograph, kana, bopomofo, a CJK symbol or a fullwidth form.
    ///
    /// Their characters break on either side unless the table says otherwise. Hangul is not among
    /// them: Korean separates words with spaces and keeps them whole.
    static func isIdeographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3200...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// Whether a scalar is East Asian punctuation or an ideograph, as opposed to a Latin mark
    /// with the same class ("." versus "。").
    static func isEastAsian(_ value: UInt32) -> Bool {
        isIdeographic(value) || (0xFE10...0xFE1F).contains(value) || (0xFE50...0xFE6F).contains(value)
            || (0xFF61...0xFF9F).contains(value)
    }

    /// The classes of the characters that are not alphabetic or ideographic, from UAX #14's
    /// `LineBreak.txt`; curly quotation marks, QU there, open or close as CJK text uses them.
    static let table: [UInt32: Kind] = {
        var table: [UInt32: Kind] = [:]
        func add(_ kind: Kind, _ scalars: String) {
            for scalar in scalars.unicodeScalars { table[scalar.value] = kind }
        }
        func add(_ kind: Kind, _ range: ClosedRange<UInt32>) {
            for value in range { table[value] = kind }
        }
        add(.opening, "([{\u{00A1}\u{00BF}\u{2018}\u{201C}\u{00AB}\u{2039}")
        add(.opening, "〈《「『【〔〖〘〚〝（［｛｟｢﹙﹛﹝︵︷︹︻︽︿﹁﹃﹇")
        add(.closing, ")]}\u{2019}\u{201D}\u{00BB}\u{203A}")
        add(.closing, "、。〉》」』】〕〗〙〛〞〟，．）］｝｠｣｡､﹐﹒﹚﹜﹞︐︑︒︶︸︺︼︾﹀﹂﹄﹈")
        add(.nonStarter, "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々〻゛゜・゠〜〳〴〵")
        add(.nonStarter, 0x31F0...0x31FF)  // Katakana Phonetic Extensions: small kana for Ainu.
        add(.nonStarter, 0xFF67...0xFF70)  // Halfwidth small katakana and prolonged sound mark.
        add(.nonStarter, "ﾞﾟ：；‼⁇⁈⁉")
        add(.exclamation, "!?！？︕︖﹖﹗")
        add(.infixSeparator, ",.:;︓︔﹔﹕")
        add(.quotation, "\"'")
        return table
    }()
}
