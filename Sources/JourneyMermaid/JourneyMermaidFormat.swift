import Foundation
import JourneyModel

/// Mermaid `journey` diagrams (Mermaid 11), read and written, and the journeys in Markdown files.
///
/// Reading follows Mermaid's own grammar and refuses what it refuses, with the line and column:
/// sections become stages, each task an action and an emotion (Mermaid's 1…5 on −2…+2, the source
/// score kept), actors personas. In Markdown, every fenced `mermaid` block that is a journey
/// counts; ``block`` chooses one. Writing gives the opposite; what Mermaid cannot hold is listed by
/// ``lossReport(for:)``. See Docs/Mermaid.md for the mapping.
///
/// ```swift
/// let text = try map.export(as: .mermaid(markdown: true))
/// ```
public struct JourneyMermaidFormat: JourneyReader, LossReportingWriter {
    public var identifier: String { "mermaid" }
    public var name: String { "Mermaid journey" }
    public var fileExtensions: [String] { ["mmd", "mermaid"] }
    public var mediaType: String { markdown ? "text/markdown" : "text/vnd.mermaid" }

    /// Whether to write a Markdown fenced `mermaid` block rather than bare Mermaid.
    public var markdown: Bool
    /// Which journey of a Markdown file to read, from 1; `nil` reads the first and says how many
    /// there are when there are several.
    public var block: Int?

    /// Creates the format.
    public init(markdown: Bool = false, block: Int? = nil) {
        self.markdown = markdown
        self.block = block
    }

    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let text = sample.text else { return false }
        if JourneyDetection.startsWithJourney(SourceText.lines(of: text)) { return true }
        return text.contains("```") || text.contains("~~~") ? MarkdownBlocks.holdsJourney(text) : false
    }

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        let data = UnicodeEncoding.utf8(transcoding: data) ?? data
        guard var text = String(data: data, encoding: .utf8) else {
            throw ReadError(
                "the input is not UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1), kind: .malformed)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = SourceText.lines(of: text)
        if JourneyDetection.startsWithJourney(lines) || !MarkdownBlocks.holdsJourney(text) {
            return try Self.readJourney(lines, file: file)
        }
        let journeys = MarkdownBlocks.mermaidBlocks(in: lines).filter(JourneyDetection.startsWithJourney)
        let chosen = block ?? 1
        guard journeys.indices.contains(chosen - 1) else {
            throw ReadError(
                "the Markdown file holds \(journeys.count) Mermaid journeys; there is no journey \(chosen)",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var result = try Self.readJourney(journeys[chosen - 1], file: file)
        if journeys.count > 1, block == nil {
            result.diagnostics.insert(
                Diagnostic(
                    .warning, code: "mermaid-several-journeys",
                    "the Markdown file holds \(journeys.count) Mermaid journeys; read the first (choose another with the block option)",
                    location: SourceLocation(file: file, line: journeys[0].first?.number ?? 1, column: 1)),
                at: 0)
        }
        return result
    }

    private static func readJourney(_ lines: [SourceLine], file: String?) throws -> ReadResult {
        let preprocessed = PreprocessedJourney(lines: lines)
        let start = preprocessed.body.scalars.first
        var parser = Parser(preprocessed.body, file: file)
        let journey = try parser.parse()
        var builder = MapBuilder(
            journey: journey, preprocessed: preprocessed, file: file,
            start: SourceLocation(file: file, line: start?.line ?? 1, column: start?.column ?? 1))
        let map = builder.build()
        return ReadResult(map: map, diagnostics: builder.diagnostics, sourceMap: builder.sourceMap)
    }

    public func write(_ map: JourneyMap) throws -> Data {
        Data(text(of: map).utf8)
    }

    /// The text written for `map`.
    public func text(of map: JourneyMap) -> String {
        let body = MermaidWriter(map).lines.joined(separator: "\n") + "\n"
        return markdown ? "```mermaid\n" + body + "```\n" : body
    }

    /// What writing `map` as Mermaid loses or changes: lanes, transitions and details Mermaid has no
    /// place for, characters replaced, actions written without an emotion of their own.
    public func lossReport(for map: JourneyMap) -> [Diagnostic] {
        MermaidWriter(map).diagnostics
    }
}

extension JourneyReader where Self == JourneyMermaidFormat {
    /// Mermaid journeys, bare or in Markdown (the first journey of a Markdown file).
    public static var mermaid: JourneyMermaidFormat { JourneyMermaidFormat() }

    /// The journey numbered `block` (from 1) of a Markdown file.
    public static func mermaid(block: Int) -> JourneyMermaidFormat { JourneyMermaidFormat(block: block) }
}

extension JourneyWriter where Self == JourneyMermaidFormat {
    /// A bare Mermaid journey.
    public static var mermaid: JourneyMermaidFormat { JourneyMermaidFormat() }

    /// A Mermaid journey, in a Markdown fenced `mermaid` block when `markdown`.
    public static func mermaid(markdown: Bool) -> JourneyMermaidFormat { JourneyMermaidFormat(markdown: markdown) }
}
