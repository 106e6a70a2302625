import Foundation

/// Finds markup too long for the XML parser before the parser is given it.
///
/// libxml2 reads a start tag with its attributes, a comment, a processing instruction or a CDATA
/// section whole, and gives up on one longer than ``XMLParseOptions/maximumMarkupLength`` with
/// "Huge input lookup" — after buffering all of it, which for a draw.io page that inflates to tens
/// of megabytes takes seconds and hundreds of megabytes. Jumping from `<` to `>` through the bytes
/// is far cheaper, and lets the error name the line (and the importer the page). Works on UTF-8 (or
/// any ASCII-compatible) bytes.
package enum MarkupScan {
    /// The first piece of markup longer than `limit` bytes: its length (up to the end of the text
    /// when it never ends) and the line it starts on; `nil` when there is none.
    ///
    /// A piece of markup runs from a `<` to the next `>`, or for a comment, CDATA section or
    /// processing instruction to the `>` of its `-->`, `]]>` or `?>`. Inside a tag, a `>` in a quoted
    /// attribute value does not end it. Text between tags is not markup and may be of any length.
    package static func firstMarkup(in bytes: UnsafeRawBufferPointer, longerThan limit: Int) -> (
        length: Int, line: Int
    )? {
        guard let base = bytes.baseAddress, bytes.count > limit else { return nil }
        let count = bytes.count
        /// The position of the next `byte` at or after `start` and before `end`, found by `memchr`.
        func next(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
            let end = end ?? count
            guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
        func starts(with text: StaticString, at position: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard position + length <= count else { return false }
            return memcmp(base + position, text.utf8Start, length) == 0
        }
        var position = 0
        while let start = next(UInt8(ascii: "<"), from: position) {
            let end: Int
            if starts(with: "<!--", at: start) {
                end = endOfSequence("-->", after: start + 4)
            } else if starts(with: "<![CDATA[", at: start) {
                end = endOfSequence("]]>", after: start + 9)
            } else if starts(with: "<?", at: start) {
                end = endOfSequence("?>", after: start + 2)
            } else {
                end = endOfTag(from: start + 1)
            }
            if end - start > limit { return (end - start, line(of: start)) }
            position = end
        }
        return nil

        /// Just after the `>` of a terminator such as `-->`, or the end of the text.
        func endOfSequence(_ terminator: StaticString, after start: Int) -> Int {
            var position = start
            while let greater = next(UInt8(ascii: ">"), from: position) {
                let first = greater + 1 - terminator.utf8CodeUnitCount
                if first >= start, starts(with: terminator, at: first) { return greater + 1 }
                position = greater + 1
            }
            return count
        }

        /// Just after the `>` that ends a tag, quoted values skipped, or the end of the text.
        func endOfTag(from start: Int) -> Int {
            var position = start
            while let greater = next(UInt8(ascii: ">"), from: position) {
                // A quote before the `>` opens a value that may hold `>`: skip to its closing quote.
                let doubleQuote = next(UInt8(ascii: "\""), from: position, before: greater) ?? greater
                let singleQuote = next(UInt8(ascii: "'"), from: position, before: greater) ?? greater
                let quote = min(doubleQuote, singleQuote)
                if quote == greater { return greater + 1 }
                guard let closing = next(bytes[quote], from: quote + 1) else { return count }
                position = closing + 1
            }
            return count
        }

        /// The line of a position, counting line feeds before it.
        func line(of target: Int) -> Int {
            var line = 1
            var position = 0
            while let feed = next(UInt8(ascii: "\n"), from: position), feed < target {
                line += 1
                position = feed + 1
            }
            return line
        }
    }
}
