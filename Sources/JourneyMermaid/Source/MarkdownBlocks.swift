import Foundation

/// The fenced `mermaid` blocks of a Markdown document.
///
/// Fences follow CommonMark: three or more backticks or tildes, indented by at most three spaces,
/// an info string whose first word is `mermaid`, closed by a fence of the same character at least as
/// long, or by the end of the document. The block's lines lose the fence's indentation and keep their
/// place in the file.
enum MarkdownBlocks {
    /// The content of each `mermaid` block, in document order.
    static func mermaidBlocks(in lines: [SourceLine]) -> [[SourceLine]] {
        var blocks: [[SourceLine]] = []
        var index = 0
        while index < lines.count {
            guard let fence = Fence(opening: lines[index].text) else {
                index += 1
                continue
            }
            var content: [SourceLine] = []
            index += 1
            while index < lines.count, !fence.isClosed(by: lines[index].text) {
                var line = lines[index]
                let indentation = line.text.prefix(fence.indentation).prefix { $0 == " " }.count
                line.text = line.text.dropFirst(indentation)
                line.columnOffset += indentation
                content.append(line)
                index += 1
            }
            index += 1
            if fence.isMermaid { blocks.append(content) }
        }
        return blocks
    }

    /// Whether a text looks like Markdown holding a Mermaid journey.
    static func holdsJourney(_ text: String) -> Bool {
        mermaidBlocks(in: SourceText.lines(of: text)).contains { JourneyDetection.startsWithJourney($0) }
    }

    private struct Fence {
        var character: Character
        var length: Int
        var indentation: Int
        var isMermaid: Bool

        init?(opening line: Substring) {
            let indentation = line.prefix { $0 == " " }.count
            guard indentation <= 3 else { return nil }
            let rest = line.dropFirst(indentation)
            guard let character = rest.first, character == "`" || character == "~" else { return nil }
            let length = rest.prefix { $0 == character }.count
            guard length >= 3 else { return nil }
            let info = rest.dropFirst(length)
            if character == "`", info.contains("`") { return nil }
            let word = info.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "{" }
            self.character = character
            self.length = length
            self.indentation = indentation
            isMermaid = word.lowercased() == "mermaid"
        }

        func isClosed(by line: Substring) -> Bool {
            let indentation = line.prefix { $0 == " " }.count
            guard indentation <= 3 else { return false }
            let rest = line.dropFirst(indentation)
            let run = rest.prefix { $0 == character }.count
            return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
        }
    }
}

/// Whether a text is a Mermaid journey, told from its first meaningful line.
enum JourneyDetection {
    /// Whether the first line after front matter, directives, comments and blank lines starts with
    /// the word `journey`, in any case (the reader then holds it to Mermaid's lowercase).
    static func startsWithJourney(_ lines: [SourceLine]) -> Bool {
        var index = 0
        if let first = lines.first, first.text.trimmingCharacters(in: .whitespaces) == "---" {
            guard
                let close = lines.dropFirst().firstIndex(where: {
                    $0.text.trimmingCharacters(in: .whitespaces) == "---"
                })
            else { return false }
            index = close + 1
        }
        for line in lines[index...] {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("%%") { continue }
            let word = text.prefix { $0.isLetter }
            return word.lowercased() == "journey"
        }
        return false
    }
}
