internal import CLibXML2
import Foundation

/// Where something is in an XML source: file, line and column, all 1-based.
public struct XMLSourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name the source was read from, if known.
    public var file: String?
    /// The line, or 0 when unknown.
    public var line: Int
    /// The column in characters, or 0 when unknown.
    public var column: Int

    /// Creates a location.
    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out the parts that are unknown.
    public var description: String {
        var parts: [String] = [file ?? "<input>"]
        if line > 0 {
            parts.append(String(line))
            if column > 0 { parts.append(String(column)) }
        }
        return parts.joined(separator: ":")
    }
}

/// An error or warning reported while parsing, validating or writing XML.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How serious a reported problem is.
    public enum Severity: String, Hashable, Sendable {
        case warning
        case error
        case fatal
    }

    /// What kind of problem it is: a stable value to switch on.
    ///
    /// The raw values are those of `ReadError.Kind` in JourneyModel, so readers pass them on.
    public struct Kind: RawRepresentable, Hashable, Sendable {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Not well-formed XML.
        public static let malformed = Kind(rawValue: "malformed")
        /// Well-formed, but not what a schema allows.
        public static let invalid = Kind(rawValue: "invalid")
        /// Past a limit of the parser: nesting depth, markup length, document size.
        public static let limitExceeded = Kind(rawValue: "limit-exceeded")
        /// Refused for safety: a document type with declarations, an entity.
        public static let unsafe = Kind(rawValue: "unsafe")
        /// The file cannot be read.
        public static let unreadable = Kind(rawValue: "unreadable")
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// How serious the problem is.
    public var severity: Severity
    /// What went wrong, in one sentence.
    public var message: String
    /// Where it went wrong.
    public var location: XMLSourceLocation

    /// Creates an error.
    public init(
        _ message: String, at location: XMLSourceLocation, severity: Severity = .error, kind: Kind = .malformed
    ) {
        self.message = message
        self.location = location
        self.severity = severity
        self.kind = kind
    }

    /// `file:line:column: error: message`, the form compilers and editors understand.
    public var description: String {
        "\(location): \(severity == .warning ? "warning" : "error"): \(message)"
    }
}

extension XMLError.Severity {
    init(libxml2Level level: Int32) {
        switch UInt32(level) {
        case XML_ERR_WARNING.rawValue: self = .warning
        case XML_ERR_FATAL.rawValue: self = .fatal
        default: self = .error
        }
    }
}

/// The kind of a problem libxml2 reported, from its code and, for limits it reports as internal
/// errors, its words.
func errorKind(code: Int32, message: String) -> XMLError.Kind {
    if message.contains(XMLParseOptions.maximumMarkupLengthText) || message.hasPrefix("Excessive depth") {
        return .limitExceeded
    }
    switch UInt32(code) {
    case XML_ERR_ENTITY_LOOP.rawValue, XML_ERR_UNDECLARED_ENTITY.rawValue, XML_WAR_UNDECLARED_ENTITY.rawValue,
        XML_ERR_EXT_ENTITY_STANDALONE.rawValue, XML_ERR_ENTITY_PE_INTERNAL.rawValue:
        return .unsafe
    default: return .malformed
    }
}

/// Turns a libxml2 message into one clean sentence (libxml2 ends its messages with a newline).
func cleanMessage(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "unknown XML error" }
    let message = String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    // libxml2's words for markup beyond its size limit say nothing of the limit.
    let sizeLimitMessages = [
        "Huge input lookup", "AttValue length too long", "Comment too big found", "CData section too big found",
    ]
    if sizeLimitMessages.contains(where: message.hasSuffix)
        || (message.hasPrefix("PI ") && message.hasSuffix("too big found"))
    {
        return message + ": a tag with its attributes, a comment or a processing instruction is longer than the "
            + XMLParseOptions.maximumMarkupLengthText + " bytes libxml2 reads in one piece "
            + "(XMLParseOptions.maximumMarkupLength)"
    }
    return message
}

/// Gathers errors that libxml2 reports through a callback.
final class ErrorCollector {
    var errors: [XMLError] = []
    /// Whether libxml2 warned of a reference to an entity nobody declared, which it then drops.
    var sawUndeclaredEntity = false
    let file: String?

    init(file: String?) { self.file = file }

    /// Records an error or warning libxml2 reported.
    func record(level: Int32, code: Int32, line: Int32, column: Int32, message: UnsafePointer<CChar>?) {
        if code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue) { sawUndeclaredEntity = true }
        let text = cleanMessage(message)
        errors.append(
            XMLError(
                text, at: XMLSourceLocation(file: file, line: Int(line), column: Int(column)),
                severity: XMLError.Severity(libxml2Level: level), kind: errorKind(code: code, message: text)))
    }

    /// Runs `body` with a C collector that appends to `errors`.
    func withCollector<Result>(_ body: (UnsafeMutablePointer<cxml_error_collector>) throws -> Result) rethrows -> Result
    {
        var collector = cxml_error_collector(
            sink: { context, level, code, line, column, message in
                guard let context else { return }
                Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(
                    level: level, code: code, line: line, column: column, message: message)
            },
            context: Unmanaged.passUnretained(self).toOpaque()
        )
        return try withExtendedLifetime(self) { try body(&collector) }
    }
}
