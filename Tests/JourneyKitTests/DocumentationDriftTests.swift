import Foundation
import Testing

/// The DocC articles show only code that the tests compile and run.
///
/// Every Swift block of every page in `Sources/*/Documentation.docc` must appear, line for line and
/// at any indentation, in `DocumentationExampleTests.swift`. A block whose first line is
/// `// Package.swift` is a manifest fragment and is left out; one whose first line names a file under
/// `Examples/` (`// Examples/LibraryClient/Sources/…/main.swift`) must appear in that file, which
/// continuous integration builds and runs.
@Suite("Documentation drift")
struct DocumentationDriftTests {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The fenced code blocks of a Markdown text in a language, each without its fences.
    static func codeBlocks(in markdown: String, language: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```\(language)" {
                current = []
            } else if current != nil, trimmed == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return blocks
    }

    /// Whether `block` appears in `source` as consecutive lines, all with the same added indentation.
    static func source(_ source: [Substring], contains block: String) -> Bool {
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, !first.isEmpty else { return false }
        for start in source.indices where source[start].hasSuffix(first) {
            let indentation = source[start].dropLast(first.count)
            guard indentation.allSatisfy({ $0 == " " }), start + lines.count <= source.count else { continue }
            let matches = zip(lines, source[start...]).allSatisfy { line, candidate in
                line.isEmpty ? candidate.isEmpty : candidate == indentation + line
            }
            if matches { return true }
        }
        return false
    }

    /// Every page of every DocC catalog.
    static func documentationPages() throws -> [URL] {
        let sources = packageRoot.appendingPathComponent("Sources")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            return []
        }
        return files.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" && $0.path.contains(".docc/") }
            .sorted { $0.path < $1.path }
    }

    @Test func everySwiftBlockOfTheArticlesIsCompiledInTheTests() throws {
        let examples = try String(
            contentsOf: Self.packageRoot.appendingPathComponent(
                "Tests/JourneyKitTests/DocumentationExampleTests.swift"),
            encoding: .utf8
        ).split(separator: "\n", omittingEmptySubsequences: false)
        let pages = try Self.documentationPages()
        #expect(pages.count >= 10)
        var checked = 0
        for page in pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            for block in Self.codeBlocks(in: text, language: "swift") where !block.hasPrefix("// Package.swift") {
                checked += 1
                let name = page.path.replacingOccurrences(of: Self.packageRoot.path + "/", with: "")
                if let example = Self.exampleFile(named: block) {
                    let lines = try String(contentsOf: example, encoding: .utf8)
                        .split(separator: "\n", omittingEmptySubsequences: false)
                    let body = block.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                        .joined(separator: "\n")
                    #expect(
                        Self.source(lines, contains: body), "\(name): this block is not in \(example.path) as written")
                    continue
                }
                let found = Self.source(examples, contains: block)
                #expect(
                    found,
                    "\(name): this block is not in DocumentationExampleTests.swift as written:\n\(block)")
            }
        }
        #expect(checked >= 10)
    }

    /// The example file a block's first line names (`// Examples/…`), when it names one.
    static func exampleFile(named block: String) -> URL? {
        guard let first = block.split(separator: "\n").first, first.hasPrefix("// Examples/") else { return nil }
        return packageRoot.appendingPathComponent(String(first.dropFirst(3)))
    }

    @Test func aChangedBlockIsCaught() {
        let source: [Substring] = ["    func f() {", "        let x = 1", "", "        print(x)", "    }"]
        #expect(Self.source(source, contains: "let x = 1\n\nprint(x)"))
        #expect(!Self.source(source, contains: "let x = 2\n\nprint(x)"))
        #expect(!Self.source(source, contains: "let x = 1\nprint(x)"))
        #expect(!Self.source(source, contains: "    let x = 1\n\n        print(x)"))
        #expect(
            Self.codeBlocks(in: "a\n```swift\nlet y = 2\n```\n```json\n{}\n```", language: "swift") == ["let y = 2"])
    }
}
