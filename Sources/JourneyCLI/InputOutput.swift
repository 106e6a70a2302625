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

    /// The name used in messages and locations; `nil` for standard input.
    var fileName: String? { argument == "-" ? nil : argument }

    /// Opens the input; standard input is read whole.
    init(_ argument: String) throws {
        self.argument = argument
        if argument == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
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
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: argument))
            defer { try? handle.close() }
            sample = try handle.read(upToCount: ContentSample.length) ?? Data()
        } catch {
            throw CommandFailure(
                "journey: cannot open '\(argument)': \(error.localizedDescription)", status: ExitStatus.noInput)
        }
    }

    /// Reads the input as a map, with the named format or the one its content shows.
    func read(
        with registry: FormatRegistry, format identifier: String?, importing: ImportOptions? = nil,
        csv: CSVOptions? = nil
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
            guard let recognized = registry.reader(for: sample, fileName: fileName) else {
                let known = registry.readers.map(\.identifier).joined(separator: ", ")
                throw CommandFailure(
                    "\(fileName ?? "<stdin>"): error: cannot tell the format of this input; name it with --from (\(known))",
                    status: ExitStatus.badInput)
            }
            reader = recognized
        }
        do {
            if let importer = reader as? DiagramImportFormat, let importing {
                let format = importing.configure(importer, vocabulary: try importing.recognitionVocabulary())
                let result =
                    if let standardInput {
                        try format.importMap(standardInput, file: fileName)
                    } else {
                        try format.importMap(contentsOf: URL(fileURLWithPath: argument), file: fileName)
                    }
                importing.report(result, file: fileName)
                return ReadResult(
                    map: result.map, diagnostics: result.diagnostics, sourceMap: SourceMap(file: fileName))
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
/// failed conversion leaves no partial file.
enum Output {
    static func write(_ data: Data, to argument: String) throws {
        if argument == "-" {
            StandardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: argument), options: .atomic)
        } catch {
            throw CommandFailure(
                "journey: cannot write '\(argument)': \(error.localizedDescription)", status: ExitStatus.cannotWrite)
        }
    }

    /// Whether two paths name the same existing file (also through links).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        guard first != "-", second != "-" else { return false }
        var firstStatus = stat()
        var secondStatus = stat()
        guard stat(first, &firstStatus) == 0, stat(second, &secondStatus) == 0 else { return false }
        return firstStatus.st_dev == secondStatus.st_dev && firstStatus.st_ino == secondStatus.st_ino
    }
}
