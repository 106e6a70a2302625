import ArgumentParser
import Foundation
internal import JourneyKit

/// Options for reading diagrams (draw.io, yEd, Visio) as journey maps.
struct ImportOptions: ParsableArguments {
    /// How the import report is shown.
    enum ReportStyle: String, ExpressibleByArgument, CaseIterable {
        case text, json, none
    }

    @Option(
        help:
            "The page holding the map, by name or number (default: the page where most is recognized); in a Markdown file, the number of the Mermaid journey; in a CJML document, the number of the journey."
    )
    var page: String?

    @Option(help: "Which way the map runs: automatic, columns (stages as columns) or rows (stages as rows).")
    var orientation: RecognitionOptions.Orientation = .automatic

    @Option(help: "The row of the grid holding the stage (column) headers, counted from 1.")
    var headerRow: Int?

    @Option(help: "The column of the grid holding the lane (row) headers, counted from 1.")
    var headerColumn: Int?

    @Option(
        help: ArgumentHelp(
            "A JSON file of recognition words (lane titles, stage names, emotion words, …) added to the built-in ones.",
            valueName: "file"))
    var vocabulary: String?

    @Option(help: "The most bytes an input may have (default: 1 GiB).")
    var maxInputSize: Int?

    @Option(
        help:
            "The most bytes the compressed pages or ZIP parts of a drawing may expand to, together (default: 256 MiB).")
    var maxExpandedSize: Int?

    @Option(help: "The most shapes and connectors a drawing may hold (default: 2,000,000).")
    var maxShapes: Int?

    @Option(help: "How to print the import report on standard error: text, json or none.")
    var report: ReportStyle = .text

    /// The built-in vocabulary, with the words of `--vocabulary` added.
    func recognitionVocabulary() throws -> RecognitionVocabulary {
        guard let vocabulary else { return .standard }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: vocabulary))
        } catch {
            throw CommandFailure("\(vocabulary): error: cannot read the vocabulary file", status: ExitStatus.noInput)
        }
        do {
            return RecognitionVocabulary.standard.merging(
                try JSONDecoder().decode(RecognitionVocabulary.self, from: data))
        } catch let error as DecodingError {
            throw CommandFailure(
                "\(vocabulary): error: not a vocabulary: \(Self.describe(error))", status: ExitStatus.badInput)
        }
    }

    /// A decoding error in words, with where it happened.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return
                "\(context.debugDescription.trimmingCharacters(in: CharacterSet(charactersIn: "."))) at '\(path(context))'"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "the file is not valid JSON" : "bad value at '\(path(context))'"
        @unknown default:
            return "unreadable"
        }
    }

    /// The format with these options.
    func configure(_ format: DiagramImportFormat, vocabulary: RecognitionVocabulary) -> DiagramImportFormat {
        let format = format.with(
            options: RecognitionOptions(
                page: page, orientation: orientation, headerRow: headerRow, headerColumn: headerColumn,
                vocabulary: vocabulary))
        return format.with(limits: limits)
    }

    /// The read limits, with those given on the command line.
    var limits: ReadLimits {
        var limits = ReadLimits.standard
        if let maxInputSize { limits.maximumInputSize = maxInputSize }
        if let maxExpandedSize { limits.maximumExpandedSize = maxExpandedSize }
        if let maxShapes { limits.maximumShapes = maxShapes }
        return limits
    }

    /// The import report as lines for standard error, in the style asked for.
    func reportLines(for result: ImportResult, file: String?) -> [String] {
        switch report {
        case .text:
            var lines = ["\(file ?? "<stdin>"): \(result.report.summary)"]
            for label in result.report.unplaced {
                let position =
                    label.x.flatMap { x in label.y.map { " at \(Self.coordinate(x)),\(Self.coordinate($0))" } } ?? ""
                lines.append(
                    "  unplaced (\(label.reason)), page '\(label.page)'\(position): \(label.text.debugDescription)")
            }
            return lines
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            // A position beyond the range of numbers must not make the whole report disappear.
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
            guard let json = try? encoder.encode(result.report) else { return [] }
            return [String(decoding: json, as: UTF8.self)]
        case .none:
            return []
        }
    }

    /// A position in whole pixels, or as the number it is when no integer holds it (`1e+300`).
    static func coordinate(_ value: Double) -> String {
        if let whole = Int(exactly: value.rounded()) { return String(whole) }
        return NumberText.format(value)
    }
}

extension RecognitionOptions.Orientation: ExpressibleByArgument {}
