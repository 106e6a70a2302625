/// The plain text of label HTML that only formats text, worked out without a parser: most labels in
/// diagram files are `<div>`s and `<span>`s, `<b>` or `<font>` around text, `<br>` between lines and
/// a few entities, which libxml2's parser turns into text in a way that is plain to see.
///
/// Anything else — a `<p>` or list item the parser would close or imply by its own rules, scripts,
/// comments, tables, unknown entities, stray end tags, odd characters — is left to libxml2: ``text``
/// is `nil` for it. The tests run both on generated labels and expect the same text.
struct PlainLabelHTML {
    /// What an element does to the text.
    private enum Role {
        case inline, block, lineBreak
    }

    /// The elements handled here, in lowercase: those libxml2 neither closes nor implies by itself
    /// when they nest inside each other (`<div>` closes only `<p>` and `<head>`).
    private static let roles: [String: Role] = [
        "div": .block, "br": .lineBreak, "span": .inline, "b": .inline, "i": .inline, "u": .inline, "s": .inline,
        "strike": .inline, "strong": .inline, "em": .inline, "font": .inline, "sub": .inline, "sup": .inline,
        "small": .inline, "big": .inline, "code": .inline, "tt": .inline, "mark": .inline,
    ]

    /// Entities by name, as libxml2's HTML parser knows them.
    private static let entities: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "nbsp": 0xA0]

    /// The text of `html`, or `nil` when it needs the real parser.
    static func text(of html: UnsafeBufferPointer<UInt8>) -> String? {
        var lines = PlainTextLines(capacity: html.count)
        var open: [String] = []
        var textStart = 0
        var index = 0
        let count = html.count

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            lines.append(UnsafeBufferPointer(rebasing: html[textStart..<end]))
        }
        func breakLine(force: Bool) { lines.breakLine(force: force) }
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }

        while index < count {
            let byte = html[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return nil }
            if byte == 0xEF, index + 2 < count, html[index + 1] == 0xBF, html[index + 2] >= 0xBE { return nil }
            if byte == UInt8(ascii: "&") {
                flushText(upTo: index)
                guard let (scalar, end) = entity(in: html, at: index) else { return nil }
                var encoded: [UInt8] = []
                encoded.append(contentsOf: String(Character(scalar)).utf8)
                encoded.withUnsafeBufferPointer {
                    lines.append($0)
                }
                index = end
                textStart = end
                continue
            }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            // A start or end tag of a known element.
            var cursor = index + 1
            let closing = cursor < count && html[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < count && isNameByte(html[cursor]) { cursor += 1 }
            guard cursor > nameStart, nameStart < count, !(html[nameStart] >= 0x30 && html[nameStart] <= 0x39) else {
                return nil
            }
            let name = String(decoding: html[nameStart..<cursor], as: UTF8.self).lowercased()
            guard let role = roles[name] else { return nil }
            var selfClosing = false
            if closing {
                while cursor < count && isSpace(html[cursor]) { cursor += 1 }
                guard cursor < count, html[cursor] == UInt8(ascii: ">") else { return nil }
            } else {
                guard let (end, closes) = attributesEnd(in: html, from: cursor) else { return nil }
                cursor = end
                selfClosing = closes
            }
            cursor += 1
            if closing {
                // Only the innermost open element may end; libxml2 would repair anything else.
                guard role != .lineBreak, open.last == name else { return nil }
                open.removeLast()
                if role == .block { breakLine(force: false) }
            } else {
                switch role {
                case .lineBreak: breakLine(force: true)
                case .block: breakLine(force: false)
                case .inline: break
                }
                if role != .lineBreak {
                    if selfClosing {
                        if role == .block { breakLine(force: false) }
                    } else {
                        open.append(name)
                    }
                }
            }
            index = cursor
            textStart = cursor
        }
        flushText(upTo: count)
        return lines.text()
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The end (the `>`) of a start tag's attributes, and whether the tag closes itself (`/>`);
    /// `nil` for attributes written in any but the plainest way.
    private static func attributesEnd(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)? {
        var cursor = start
        let count = html.count
        while cursor < count {
            let byte = html[cursor]
            if byte == UInt8(ascii: ">") { return (cursor, false) }
            if byte == UInt8(ascii: "/") {
                guard cursor + 1 < count, html[cursor + 1] == UInt8(ascii: ">") else { return nil }
                return (cursor + 1, true)
            }
            guard isSpace(byte) else { return nil }
            while cursor < count && isSpace(html[cursor]) { cursor += 1 }
            guard cursor < count else { return nil }
            if html[cursor] == UInt8(ascii: ">") || html[cursor] == UInt8(ascii: "/") { continue }
            // name="value" or name='value'
            let nameStart = cursor
            while cursor < count, isAttributeNameByte(html[cursor]) { cursor += 1 }
            guard cursor > nameStart, cursor < count, html[cursor] == UInt8(ascii: "=") else { return nil }
            cursor += 1
            guard cursor < count, html[cursor] == UInt8(ascii: "\"") || html[cursor] == UInt8(ascii: "'") else {
                return nil
            }
            let quote = html[cursor]
            cursor += 1
            while cursor < count && html[cursor] != quote {
                // Values hold no markup that matters, but entities in them are the parser's business.
                if html[cursor] == UInt8(ascii: "&") || html[cursor] == UInt8(ascii: "<") { return nil }
                cursor += 1
            }
            guard cursor < count else { return nil }
            cursor += 1
            guard cursor < count,
                isSpace(html[cursor]) || html[cursor] == UInt8(ascii: ">")
                    || html[cursor] == UInt8(ascii: "/")
            else { return nil }
        }
        return nil
    }

    private static func isAttributeNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The character an entity or character reference at `start` stands for, and where it ends;
    /// `nil` for references libxml2 would treat in its own way.
    private static func entity(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var cursor = start + 1
        let count = html.count
        guard cursor < count else { return nil }
        var value: UInt32 = 0
        if html[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < count && (html[cursor] == UInt8(ascii: "x") || html[cursor] == UInt8(ascii: "X"))
            if hex { cursor += 1 }
            let digitsStart = cursor
            while cursor < count, cursor - digitsStart < 7 {
                let byte = html[cursor]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
                case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
                default: digit = 99
                }
                if digit == 99 { break }
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < count, html[cursor] == UInt8(ascii: ";") else { return nil }
            // Characters XML allows, without the white space and controls libxml2 treats apart.
            guard
                (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
                    || (0x10000...0x10FFFF).contains(value)
            else { return nil }
        } else {
            let nameStart = cursor
            while cursor < count, cursor - nameStart < 8,
                (html[cursor] >= 0x61 && html[cursor] <= 0x7A) || (html[cursor] >= 0x41 && html[cursor] <= 0x5A)
            {
                cursor += 1
            }
            guard cursor > nameStart, cursor < count, html[cursor] == UInt8(ascii: ";"),
                let known = entities[String(decoding: html[nameStart..<cursor], as: UTF8.self)]
            else { return nil }
            value = known
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1)
    }
}
