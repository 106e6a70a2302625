import Foundation
import JourneyModel

/// Journey maps as JSON, through `Codable`: lossless and deterministic (keys sorted).
///
/// The map sits in an envelope that names the format, so the content can be recognized:
///
/// ```json
/// { "format" : "journeykit-map", "map" : { … }, "version" : 1 }
/// ```
public struct JourneyJSONFormat: JourneyReader, JourneyWriter {
    public var identifier: String { "json" }
    public var name: String { "JourneyKit JSON" }
    public var fileExtensions: [String] { ["journey.json", "json"] }
    public var mediaType: String { "application/vnd.journeykit.map+json" }

    /// Whether to indent the output.
    public var prettyPrinted: Bool

    /// The format name in the envelope.
    public static let formatName = "journeykit-map"
    /// The version this JourneyKit writes and reads.
    public static let version = 1

    /// Creates the format; pretty-printed by default.
    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    public func recognizes(_ sample: ContentSample) -> Bool {
        guard let text = sample.text, text.hasPrefix("{") else { return false }
        return text.range(of: #""format"\s*:\s*"journeykit-map""#, options: .regularExpression) != nil
    }

    public func read(_ data: Data, file: String?) throws -> ReadResult {
        // UTF-16 and UTF-32 (told by their byte-order mark) are read as UTF-8, which the decoder and
        // the error locations expect.
        let data = UnicodeEncoding.utf8(transcoding: data) ?? data
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch let error as DecodingError {
            // Another format or version is named first: say so rather than what its map lacks.
            if let header = try? JSONDecoder().decode(Header.self, from: data),
                header.format != Self.formatName || header.version != Self.version
            {
                try Self.requireFormat(header, file: file)
            }
            throw Self.readError(error, data: data, file: file)
        } catch {
            throw ReadError(
                "the input is not valid JSON: \(error.localizedDescription)", at: SourceLocation(file: file),
                kind: .malformed)
        }
        try Self.requireFormat(Header(format: envelope.format, version: envelope.version), file: file)
        try Self.requireIdentifiers(envelope.map, file: file)
        return ReadResult(map: envelope.map, sourceMap: SourceMap(file: file))
    }

    /// Refuses what the other lossless formats cannot hold either, so that all accept the same maps:
    /// identifiers with white space or empty, and a language that is not a language tag.
    private static func requireIdentifiers(_ map: JourneyMap, file: String?) throws {
        if let bad = map.firstInvalidIdentifier {
            throw ReadError(
                "\(bad.path): the \(bad.field) \(bad.id.debugDescription) is not an identifier: identifiers are not "
                    + "empty and hold no spaces, tabs or line breaks",
                at: SourceLocation(file: file))
        }
        if let language = map.language, !Identifiers.isLanguageTag(language) {
            throw ReadError(
                "map: the language \(language.debugDescription) is not a language tag such as \"en\" or \"de-CH\"",
                at: SourceLocation(file: file))
        }
    }

    public func write(_ map: JourneyMap) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(Envelope(format: Self.formatName, version: Self.version, map: map))
            data.append(0x0A)
            return data
        } catch let EncodingError.invalidValue(value, context) {
            throw WriteError(
                "\(value) cannot be written as JSON (at \(Self.path(context.codingPath))): \(context.debugDescription)")
        }
    }

    /// The two keys that say which format and version a document is.
    private struct Header: Codable {
        var format: String
        var version: Int
    }

    private static func requireFormat(_ header: Header, file: String?) throws {
        guard header.format == Self.formatName else {
            throw ReadError(
                "expected \"format\": \"\(Self.formatName)\", found \"\(header.format)\"",
                at: SourceLocation(file: file), kind: .unsupportedFormat)
        }
        guard header.version == Self.version else {
            throw ReadError(
                "this document uses version \(header.version) of the JourneyKit JSON format; this JourneyKit reads version \(Self.version)",
                at: SourceLocation(file: file), kind: .unsupportedFormat)
        }
    }

    private struct Envelope: Codable {
        var format: String
        var version: Int
        var map: JourneyMap
    }

    /// A decoding error as a located read error: the JSON path and, for syntax errors, line and column.
    static func readError(_ error: DecodingError, data: Data, file: String?) -> ReadError {
        let context: DecodingError.Context
        let message: String
        switch error {
        case .typeMismatch(let type, let errorContext):
            context = errorContext
            message = "expected \(Self.describe(type))"
        case .valueNotFound(let type, let errorContext):
            context = errorContext
            message = "expected \(Self.describe(type)), found null"
        case .keyNotFound(let key, let errorContext):
            context = errorContext
            message = "the key \"\(key.stringValue)\" is missing"
        case .dataCorrupted(let errorContext) where errorContext.codingPath.isEmpty:
            return syntaxError(in: data, file: file)
                ?? ReadError(errorContext.debugDescription, at: SourceLocation(file: file), kind: .malformed)
        case .dataCorrupted(let errorContext):
            context = errorContext
            message = errorContext.debugDescription
        @unknown default:
            return ReadError(
                "the input is not a JourneyKit JSON map", at: SourceLocation(file: file), kind: .unsupportedFormat)
        }
        let place = context.codingPath.isEmpty ? "" : " at \(Self.path(context.codingPath))"
        guard let offset = JSONLocator.offset(of: context.codingPath, in: data) else {
            return ReadError("\(message)\(place)", at: SourceLocation(file: file))
        }
        let (line, column) = lineAndColumn(ofByte: offset, in: data)
        return ReadError("\(message)\(place)", at: SourceLocation(file: file, line: line, column: column))
    }

    /// The syntax error in `data`, located: Foundation's parser names the byte offset of the problem.
    static func syntaxError(in data: Data, file: String?) -> ReadError? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
            let message =
                "the input is not valid JSON: " + description.trimmingCharacters(in: CharacterSet(charactersIn: "."))
            var offset = data.count
            if let match = description.range(of: #"character (\d+)"#, options: .regularExpression),
                let number = Int(description[match].dropFirst("character ".count))
            {
                offset = min(number, data.count)
            }
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            return ReadError(message, at: SourceLocation(file: file, line: line, column: column), kind: .malformed)
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The JSON kind of value a Swift type is decoded from.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }

    /// A JSON path such as `map.stages[2].items[0].text`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}

extension JourneyReader where Self == JourneyJSONFormat {
    /// JourneyKit's JSON format.
    public static var json: JourneyJSONFormat { JourneyJSONFormat() }
}

extension JourneyWriter where Self == JourneyJSONFormat {
    /// JourneyKit's JSON format.
    public static var json: JourneyJSONFormat { JourneyJSONFormat() }
}
