import Foundation

/// What Mermaid does to a diagram's text before its grammar sees it, keeping each scalar's place.
///
/// In Mermaid's order: YAML front matter is taken off the top, `%%{…}%%` directives are removed, whole
/// comment lines are removed, leading white space is dropped, and entity codes (`#35;`) are hidden
/// from the grammar so that their `#` and `;` are text. JourneyKit keeps what Mermaid drops (front
/// matter, directives, comments) for the map's extension data.
struct PreprocessedJourney: Sendable {
    /// A comment and the line it was on.
    struct Comment: Sendable, Equatable {
        var text: String
        var line: Int
    }

    /// The front matter's lines between the `---` fences, as written.
    var frontMatter: String?
    /// The front matter's `title:`, which Mermaid uses when the diagram has no `title` line.
    var frontMatterTitle: String?
    /// The `%%{…}%%` directives, as written.
    var directives: [String] = []
    /// Whole-line `%%` comments.
    var comments: [Comment] = []
    /// The text the grammar reads.
    var body: SourceText

    /// The scalar standing for the `#` of an entity code, which the grammar reads as text.
    static let entityStart: Unicode.Scalar = "\u{E000}"
    /// The scalar standing for the `;` of an entity code.
    static let entityEnd: Unicode.Scalar = "\u{E001}"

    init(lines: [SourceLine]) {
        var lines = lines
        if let (raw, closing) = Self.frontMatter(in: lines) {
            frontMatter = raw
            frontMatterTitle = FrontMatter.title(in: raw)
            lines.removeFirst(closing + 1)
        }
        var text = SourceText(lines: lines)
        directives = Self.removeDirectives(from: &text.scalars)
        comments = Self.removeCommentLines(from: &text.scalars)
        text.scalars = Array(text.scalars.drop { $0.scalar.isJavaScriptWhiteSpace })
        Self.hideEntityCodes(in: &text.scalars)
        body = text
    }

    /// The front matter and the index of its closing fence: `---` on the first line, at least one
    /// line, and `---` on a line followed by more.
    private static func frontMatter(in lines: [SourceLine]) -> (String, Int)? {
        func isFence(_ line: SourceLine) -> Bool {
            line.text.hasPrefix("---") && line.text.dropFirst(3).unicodeScalars.allSatisfy(\.isJavaScriptWhiteSpace)
        }
        guard let first = lines.first, isFence(first), lines.count > 3 else {
            return nil
        }
        guard let closing = lines.indices.dropFirst(2).first(where: { isFence(lines[$0]) }),
            closing < lines.count - 1
        else { return nil }
        return (lines[1..<closing].map { String($0.text) }.joined(separator: "\n"), closing)
    }

    /// Removes `%%{ word … }%%` and returns them as written; an unclosed one runs to the end, as in
    /// Mermaid.
    private static func removeDirectives(from scalars: inout [LocatedScalar]) -> [String] {
        var directives: [String] = []
        var index = 0
        while index + 2 < scalars.count {
            guard scalars[index].scalar == "%", scalars[index + 1].scalar == "%", scalars[index + 2].scalar == "{",
                let word = scalars[(index + 3)...].first(where: { !$0.scalar.isJavaScriptWhiteSpace }),
                word.scalar.isJavaScriptWordCharacter
            else {
                index += 1
                continue
            }
            var end = scalars.count
            var search = index + 3
            while search + 2 < scalars.count {
                if scalars[search].scalar == "}", scalars[search + 1].scalar == "%", scalars[search + 2].scalar == "%" {
                    end = search + 3
                    break
                }
                search += 1
            }
            directives.append(String(String.UnicodeScalarView(scalars[index..<end].map(\.scalar))))
            // Blank it, keeping line feeds, so that what follows keeps its place.
            for position in index..<end where scalars[position].scalar != "\n" { scalars[position].scalar = " " }
            index = end
        }
        return directives
    }

    /// Removes lines that hold only a `%%` comment (with text after `%%`, not `%%{`).
    private static func removeCommentLines(from scalars: inout [LocatedScalar]) -> [Comment] {
        var comments: [Comment] = []
        var kept: [LocatedScalar] = []
        kept.reserveCapacity(scalars.count)
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end].scalar != "\n" { end += 1 }
            let line = scalars[start..<end]
            let content = line.drop { $0.scalar.isJavaScriptWhiteSpace }
            let text = content.map(\.scalar)
            if text.count > 2, text[0] == "%", text[1] == "%", text[2] != "{" {
                comments.append(
                    Comment(text: String(String.UnicodeScalarView(text.dropFirst(2))), line: content.first!.line))
            } else {
                kept.append(contentsOf: scalars[start..<min(end + 1, scalars.count)])
            }
            start = end + 1
        }
        scalars = kept
        return comments
    }

    /// Marks `#word;` entity codes, as Mermaid's `encodeEntities` does before parsing; first drops the
    /// last `;` of a line that holds `style…:…#…;` or `classDef…:…#…;` as it does.
    private static func hideEntityCodes(in scalars: inout [LocatedScalar]) {
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end].scalar != "\n" { end += 1 }
            let line = String(String.UnicodeScalarView(scalars[start..<end].map(\.scalar)))
            if line.range(of: #"(style|classDef).*:\S*#.*;"#, options: .regularExpression) != nil,
                let last = scalars[start..<end].lastIndex(where: { $0.scalar == ";" })
            {
                scalars.remove(at: last)
                end -= 1
            }
            var index = start
            while index < end {
                if scalars[index].scalar == "#" {
                    var close = index + 1
                    while close < end, scalars[close].scalar.isJavaScriptWordCharacter { close += 1 }
                    if close > index + 1, close < end, scalars[close].scalar == ";" {
                        scalars[index].scalar = entityStart
                        scalars[close].scalar = entityEnd
                        index = close
                    }
                }
                index += 1
            }
            start = end + 1
        }
    }
}

/// The little of YAML front matter that JourneyKit reads: the top-level `title:`.
enum FrontMatter {
    /// The top-level `title:` as a string, unquoted; `nil` when absent, empty or null.
    static func title(in yaml: String) -> String? {
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("title:") else { continue }
            var value = line.dropFirst(6).trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
                    .replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
            } else if value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
            } else {
                if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
                value = value.trimmingCharacters(in: .whitespaces)
                if value == "null" || value == "~" { return nil }
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
