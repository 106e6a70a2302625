import Foundation
import JourneyModel

/// The canonical XML of the map, carried inside the page so that the page can be read back.
///
/// The XML is base64-encoded in a data block, `<script type="application/vnd.journeykit.map+xml"
/// data-encoding="base64">`: browsers never run a script of that type, and base64 has no `<`, so
/// no text of the map can end the block early, whatever it holds (`</script>`, `<!--`, `]]>`).
/// Reading also accepts a block without `data-encoding` holding the XML itself, for pages made by
/// hand.
enum EmbeddedSource {
    /// The type of the data block.
    static let mediaType = "application/vnd.journeykit.map+xml"
    /// The identifier of the data block in the page.
    static let elementID = "journeykit-source"

    /// The data block for a map's canonical XML, base64 in lines of 76 characters.
    static func block(xml: Data) -> String {
        let encoded = xml.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        return "<script type=\"\(mediaType)\" id=\"\(elementID)\" data-encoding=\"base64\">\n" + encoded
            + "\n</script>"
    }

    /// A data block found in a page.
    struct Block {
        /// The attributes of the `<script>` start tag, names lowercased.
        var attributes: [String: String]
        /// The bytes between the start tag and `</script>`.
        var content: ArraySlice<UInt8>
        /// Where the content starts in the page, 1-based.
        var line: Int
        var column: Int
        /// Whether `</script>` was found.
        var isTerminated: Bool
    }

    /// Every `<script>` element of the map's media type in a page, in order.
    static func blocks(in page: [UInt8]) -> [Block] {
        var found: [Block] = []
        var index = 0
        while let start = search(page, for: Array("<script".utf8), from: index) {
            var cursor = start + 7
            guard cursor < page.count, isSpace(page[cursor]) || page[cursor] == UInt8(ascii: ">") else {
                index = cursor
                continue
            }
            let (attributes, tagEnd) = parseAttributes(page, from: &cursor)
            guard let contentStart = tagEnd else { break }
            let end = search(page, for: Array("</script".utf8), from: contentStart)
            let contentEnd = end ?? page.count
            let type = attributes["type"]?.trimmingCharacters(in: .whitespaces).lowercased()
            if type == mediaType {
                let (line, column) = position(of: contentStart, in: page)
                found.append(
                    Block(
                        attributes: attributes, content: page[contentStart..<contentEnd], line: line, column: column,
                        isTerminated: end != nil))
            }
            index = contentEnd
        }
        return found
    }

    /// Finds `needle` (ASCII, lower case) in `page` from `start`, ignoring ASCII case.
    static func search(_ page: [UInt8], for needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, page.count >= needle.count, start <= page.count - needle.count else { return nil }
        var index = start
        let first = needle[0]
        while index <= page.count - needle.count {
            if lowercase(page[index]) == first {
                var matches = true
                for offset in 1..<needle.count where lowercase(page[index + offset]) != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    /// Reads the attributes of a start tag up to its `>`; returns them and the index after `>`, or
    /// `nil` when the tag does not end.
    private static func parseAttributes(_ page: [UInt8], from cursor: inout Int) -> ([String: String], Int?) {
        var attributes: [String: String] = [:]
        while cursor < page.count {
            while cursor < page.count, isSpace(page[cursor]) || page[cursor] == UInt8(ascii: "/") { cursor += 1 }
            guard cursor < page.count else { break }
            if page[cursor] == UInt8(ascii: ">") { return (attributes, cursor + 1) }
            let nameStart = cursor
            while cursor < page.count, !isSpace(page[cursor]),
                ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(page[cursor])
            {
                cursor += 1
            }
            let name = String(decoding: page[nameStart..<cursor], as: UTF8.self).lowercased()
            while cursor < page.count, isSpace(page[cursor]) { cursor += 1 }
            var value = ""
            if cursor < page.count, page[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < page.count, isSpace(page[cursor]) { cursor += 1 }
                if cursor < page.count, page[cursor] == UInt8(ascii: "\"") || page[cursor] == UInt8(ascii: "'") {
                    let quote = page[cursor]
                    let valueStart = cursor + 1
                    cursor = valueStart
                    while cursor < page.count, page[cursor] != quote { cursor += 1 }
                    value = String(decoding: page[valueStart..<min(cursor, page.count)], as: UTF8.self)
                    cursor += 1
                } else {
                    let valueStart = cursor
                    while cursor < page.count, !isSpace(page[cursor]), page[cursor] != UInt8(ascii: ">") {
                        cursor += 1
                    }
                    value = String(decoding: page[valueStart..<cursor], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = decodeReferences(value) }
        }
        return (attributes, nil)
    }

    /// Decodes the character references an attribute value of this module's pages may hold.
    static func decodeReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
        var result = ""
        var rest = Substring(value)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            var decoded: String?
            if let text = named[String(name)] {
                decoded = text
            } else if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    /// The 1-based line and column (in bytes) of an offset.
    static func position(of offset: Int, in page: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, page.count) where page[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
