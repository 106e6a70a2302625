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

    /// The first word of a text, lowercased: `"Source: 12 interviews"` → `"source"`.
    ///
    /// `""` when it has none. Reads ASCII text byte by byte, without making the other words.
    public static func first(of text: String) -> String {
        var text = text
        let ascii = text.withUTF8 { bytes -> String? in
            var start = -1
            var end = bytes.count
            var hasUppercase = false
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isWordByte = (byte >= 0x30 && byte <= 0x39) || isUpper || (byte >= 0x61 && byte <= 0x7A)
                if isWordByte {
                    if start < 0 { start = index }
                    hasUppercase = hasUppercase || isUpper
                } else if start >= 0 {
                    end = index
                    break
                }
            }
            // What follows the first word does not change it, whatever script it is in.
            guard start >= 0 else { return "" }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard hasUppercase else { return String(decoding: word, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: word.count) { buffer in
                for (index, byte) in word.enumerated() {
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return word.count
            }
        }
        if let ascii { return ascii }
        let start = text.drop { !($0.isLetter || $0.isNumber) }
        return start.prefix { $0.isLetter || $0.isNumber }.lowercased()
    }

    /// Whether `words` hold `phrase` as consecutive words: `["calls", "the", "hotline"]` holds
    /// `["the", "hotline"]`.
    public static func contain(_ words: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
    }
}
