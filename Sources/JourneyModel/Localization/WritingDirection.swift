/// Which way a language's text runs, and so which way a drawn map reads.
///
/// Maps in Arabic, Hebrew, Persian, Urdu and the other languages listed in
/// ``rightToLeftLanguages`` are drawn mirrored: stages run from right to left, lane titles stand
/// at the right and text is right-aligned. The language is found by the primary subtag of a
/// BCP 47 tag (`ar-EG` → Arabic), like the chrome's table (``Chrome/for(language:)``).
public enum WritingDirection: String, Sendable, Hashable {
    /// Latin, Cyrillic, Greek, CJK and most other scripts.
    case leftToRight = "ltr"
    /// Arabic, Hebrew and the scripts derived from them.
    case rightToLeft = "rtl"

    /// The primary subtags of the languages written from right to left: Arabic, Hebrew (and its
    /// old code `iw`), Persian, Urdu, Pashto, Sindhi, Uyghur, Central Kurdish, Dhivehi and Yiddish.
    public static let rightToLeftLanguages: Set<String> = [
        "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "ckb", "dv", "yi",
    ]

    /// The script subtags of scripts written from right to left.
    ///
    /// Arabic, Hebrew, Thaana, Syriac, N'Ko and Adlam. A tag's script, when it names one, decides
    /// over its language (`az-Arab` is right to left, `ar-Latn` left to right).
    public static let rightToLeftScripts: Set<String> = ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm"]

    /// The direction of a BCP 47 language tag; left to right for no tag or an unknown language.
    public init(language: String?) {
        let subtags = (language ?? "").split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
        guard let primary = subtags.first else {
            self = .leftToRight
            return
        }
        let script = subtags.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
        let isRightToLeft = script.map(Self.rightToLeftScripts.contains) ?? Self.rightToLeftLanguages.contains(primary)
        self = isRightToLeft ? .rightToLeft : .leftToRight
    }
}
