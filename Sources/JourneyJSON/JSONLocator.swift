import Foundation

/// Finds where a value named by a decoding path starts in a JSON text, so that an error about
/// `map.stages[1].items[2].score` can name its line and column.
///
/// A light scanner over the bytes: it follows the path through objects and arrays and skips every
/// other value without building it. The text has already been parsed by `JSONDecoder`; what the
/// scanner cannot follow gives `nil`, never a wrong place.
struct JSONLocator {
    private let bytes: [UInt8]
    private var index = 0

    private init(_ data: Data) { bytes = [UInt8](data) }

    /// The byte offset where the value at `path` starts; for a path into an object that lacks the
    /// key, where that object starts.
    static func offset(of path: [any CodingKey], in data: Data) -> Int? {
        var locator = JSONLocator(data)
        return locator.find(path[...])
    }

    private mutating func find(_ path: ArraySlice<any CodingKey>) -> Int? {
        skipWhitespace()
        let start = index
        guard let key = path.first else { return start }
        if let wanted = key.intValue {
            guard take(UInt8(ascii: "[")) else { return nil }
            for position in 0... {
                skipWhitespace()
                if peek == UInt8(ascii: "]") { return nil }
                if position == wanted { return find(path.dropFirst()) }
                guard skipValue() else { return nil }
                skipWhitespace()
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }
        guard take(UInt8(ascii: "{")) else { return nil }
        while true {
            skipWhitespace()
            if peek == UInt8(ascii: "}") { return start }
            guard let name = readString() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            if name == key.stringValue { return find(path.dropFirst()) }
            guard skipValue() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ",")) else { return start }
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// Reads a string, unescaping what keys use; `nil` when there is none here.
    private mutating func readString() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var raw: [UInt8] = []
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return Self.unescaped(raw)
            case UInt8(ascii: "\\"):
                guard let next = peek else { return nil }
                raw += [byte, next]
                index += 1
            default:
                raw.append(byte)
            }
        }
        return nil
    }

    /// A string's content with its escapes resolved, as JSONSerialization resolves them.
    private static func unescaped(_ raw: [UInt8]) -> String? {
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        let quoted = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
        return try? JSONSerialization.jsonObject(with: quoted, options: [.fragmentsAllowed]) as? String
    }

    /// Skips one value of any kind, containers by counting brackets outside strings.
    private mutating func skipValue() -> Bool {
        var depth = 0
        repeat {
            skipWhitespace()
            guard let byte = peek else { return false }
            switch byte {
            case UInt8(ascii: "\""):
                guard readString() != nil else { return false }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
            default:
                index += 1
                // A number or literal ends at a delimiter; inside a container, punctuation is skipped.
                while depth == 0, let next = peek, !Self.delimiters.contains(next) { index += 1 }
            }
        } while depth > 0
        return depth == 0
    }

    private static let delimiters: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09,
    ]
}
