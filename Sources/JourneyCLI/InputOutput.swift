import Foundation
internal import JourneyKit

/// An input named on the command line: a file, or `-` for standard input.
///
/// A file is not read whole up front: its beginning tells the format, and readers that can stream
/// read the rest piece by piece.
struct Input {
    let argument: String
    /// Standard input, read whole; `nil` for a file.
    private let standardInput: Data?
    /// The beginning of the input, for recognizing its format.
    let sample: Data

    /// The name used in messages and locations: the path, or `<stdin>` for standard input.
    var fileName: String { argument == "-" ? "<stdin>" : argument }

    /// Opens the input; standard input is read whole.
    ///
    /// - Throws: ``CommandFailure`` when the file is missing or unreadable, or the input is larger
    ///   than `limits` allow (standard input is read no further than that).
    init(_ argument: String, limits: ReadLimits = .standard) throws {
        self.argument = argument
        if argument == "-" {
            let data = try Self.readStandardInput(upTo: limits)
            standardInput = data
            sample = data.prefix(ContentSample.length)
            return
        }
        standardInput = nil
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw CommandFailure("journey: cannot open '\(argument)': no such file", status: ExitStatus.noInput)
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure("journey: cannot open '\(argument)': it is a directory", status: ExitStatus.noInput)
        }
        do {
            try limits.checkInputSize(ofFileAt: URL(fileURLWithPath: argument), file: argument)
        } catch {
            throw CommandFailure(messages: [error.description], status: ExitStatus.badInput)
        }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: argument))
            defer { try? handle.close() }
            sample = try handle.read(upToCount: ContentSample.length) ?? Data()
        } catch {
            throw CommandFailure(
                "journey: cannot open '\(argument)': \(error.localizedDescription)", status: ExitStatus.noInput)
        }
    }

    /// Standard input, read in pieces until its end or until it passes the input size limit.
    private static func readStandardInput(upTo limits: ReadLimits) throws -> Data {
        var data = Data()
        while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            data.append(chunk)
            do {
                try limits.checkInputSize(data.count, file: nil)
            } catch {
                throw CommandFailure(messages: [error.description], status: ExitStatus.badInput)
            }
        }
        return data
    }

    /// Reads the input as a map, with the named format or the one its content shows.
    ///
    /// - Parameter report: receives the lines of a diagram's import report (standard error by default).
    func read(
        with registry: FormatRegistry, format identifier: String?, importing: ImportOptions? = nil,
        csv: CSVOptions? = nil, report: (String) -> Void = StandardError.print
    ) throws -> ReadResult {
        let reader: any JourneyReader
        if let identifier {
            guard let named = registry.reader(identifier: identifier) else {
                let known = registry.readers.map(\.identifier).joined(separator: ", ")
                throw CommandFailure(
                    "journey: no format '\(identifier)' can read maps (readers: \(known))", status: ExitStatus.usage)
            }
            reader = named
        } else {
            // A file whose name only map files have (`.journey.xml`, `.drawio`) is read by that format
            // even when its beginning is not recognized, so that what is wrong gets a location.
            guard
                let recognized = registry.reader(for: sample, fileName: fileName)
                    ?? MapFiles.mapFormat(named: fileName, in: registry)
            else {
                let known = registry.readers.map(\.identifier).joined(separator: ", ")
                throw CommandFailure(
                    "\(fileName): error: cannot tell the format of this input; name it with --from (\(known))",
                    status: ExitStatus.badInput)
            }
            reader = recognized
        }
        do {
            if let importer = (reader as? any DiagramImporting)?.diagramImport, let importing {
                let format = importing.configure(importer, vocabulary: try importing.recognitionVocabulary())
                let result =
                    if let standardInput {
                        try format.importMap(standardInput, file: fileName)
                    } else {
                        try format.importMap(contentsOf: URL(fileURLWithPath: argument), file: fileName)
                    }
                importing.reportLines(for: result, file: fileName).forEach(report)
                return ReadResult(
                    map: result.map, diagnostics: result.diagnostics, sourceMap: SourceMap(file: fileName))
            }
            if var mermaid = reader as? JourneyMermaidFormat, let page = importing?.page {
                // In a Markdown file, --page chooses the journey, counted from 1.
                guard let number = Int(page), number >= 1 else {
                    throw CommandFailure(
                        "journey: --page must be the number of a journey in the Markdown file (from 1), not '\(page)'",
                        status: ExitStatus.usage)
                }
                mermaid.block = number
                return try read(with: mermaid)
            }
            if var cjml = reader as? JourneyCJMLFormat {
                // --page chooses the journey of a document with several, counted from 1.
                if let page = importing?.page {
                    guard let number = Int(page), number >= 1 else {
                        throw CommandFailure(
                            "journey: --page must be the number of a journey in the CJML document (from 1), not '\(page)'",
                            status: ExitStatus.usage)
                    }
                    cjml.journey = number
                }
                if let importing { cjml.limits = importing.limits }
                return try read(with: cjml)
            }
            if let csvReader = reader as? JourneyCSVFormat, let csv {
                // Reading honours the layout and delimiter given; writing options do not apply (reading
                // undoes formula neutralization whether or not the file was written with it).
                var format = csvReader
                if let layout = csv.layout { format.layout = JourneyCSVFormat.Layout(rawValue: layout) }
                if let delimiter = csv.delimiter { format.delimiter = JourneyCSVFormat.Delimiter(argument: delimiter) }
                if let importing { format.vocabulary = try importing.recognitionVocabulary() }
                return try read(with: format)
            }
            return try read(with: reader)
        } catch let error as ReadError {
            throw CommandFailure(messages: error.allErrors.map(\.description), status: ExitStatus.badInput)
        }
    }

    private func read(with reader: some JourneyReader) throws -> ReadResult {
        if let standardInput { return try reader.read(standardInput, file: fileName) }
        return try reader.read(contentsOf: URL(fileURLWithPath: argument), file: fileName)
    }
}

/// Writes output atomically: to a temporary file beside the target, then renamed over it, so a
/// failed conversion leaves no partial file and keeps an existing one.
///
/// The temporary file is named `.NAME.journey-tmp-PID` after the output and the writing process, so
/// that a later run can tell one left behind by a process that was killed (its PID no longer
/// alive) and remove it. Replacing a file keeps its permissions (and, where allowed, its owner and
/// group). When the output path is a symbolic link, the file it leads to is replaced and the link
/// kept.
enum Output {
    static func write(_ data: Data, to argument: String) throws {
        if argument == "-" {
            StandardOutput.write(data)
            return
        }
        do throws(AtomicFile.Failure) {
            try AtomicFile(path: argument).write(data)
        } catch {
            throw CommandFailure("journey: cannot write '\(argument)': \(error.reason)", status: ExitStatus.cannotWrite)
        }
    }

    /// Writes what `produce` hands its sink, piece by piece as it comes, atomically as
    /// ``write(_:to:)`` does; an error `produce` throws leaves the output as it was and is rethrown.
    static func write(
        to argument: String, producing produce: (_ send: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        if argument == "-" {
            try produce { StandardOutput.write(Data($0)) }
            return
        }
        do {
            try AtomicFile(path: argument).write(producing: produce)
        } catch let failure as AtomicFile.Failure {
            throw CommandFailure(
                "journey: cannot write '\(argument)': \(failure.reason)", status: ExitStatus.cannotWrite)
        }
    }

    /// Whether two paths name the same existing file (also through links).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        guard first != "-", second != "-" else { return false }
        return AtomicFile.sameFile(first, second)
    }
}
