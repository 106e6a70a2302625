/// Where something is in a source file: file, line (or row) and column, 1-based; 0 when unknown.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, as the user named it, or `nil` for standard input or memory.
    public var file: String?
    /// The line (or row), or 0 when unknown.
    public var line: Int
    /// The column, or 0 when unknown.
    public var column: Int
    /// A finer position the line cannot give, such as a page of a diagram.
    public var detail: String?

    /// Creates a location.
    public init(file: String? = nil, line: Int = 0, column: Int = 0, detail: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.detail = detail
    }

    /// `file:line:column`, leaving out what is unknown; `<input>` stands for a source without a name.
    public var description: String {
        var text = file ?? "<input>"
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        if let detail { text += " (\(detail))" }
        return text
    }
}

/// The path of an element inside a map, such as `stage[awareness]/item[awareness-actions-1]`.
///
/// Paths name elements by identifier where they have one, so a path stays meaningful when the map is
/// reordered; the map itself is the empty path.
public struct ElementPath: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One step of a path: the kind of element and its identifier (or index, for elements without one).
    public struct Component: Hashable, Sendable, Codable {
        public var kind: String
        public var key: String

        public init(_ kind: String, _ key: String) {
            self.kind = kind
            self.key = key
        }
    }

    /// The steps from the map down to the element.
    public var components: [Component]

    /// Creates a path.
    public init(_ components: [Component] = []) { self.components = components }

    /// The map itself.
    public static let map = ElementPath()

    /// This path extended by one step.
    public func appending(_ kind: String, _ key: String) -> ElementPath {
        ElementPath(components + [Component(kind, key)])
    }

    public static func persona(_ id: String) -> ElementPath { ElementPath.map.appending("persona", id) }
    public static func stage(_ id: String) -> ElementPath { ElementPath.map.appending("stage", id) }
    public static func lane(_ id: String) -> ElementPath { ElementPath.map.appending("lane", id) }
    public static func transition(_ id: String) -> ElementPath { ElementPath.map.appending("transition", id) }
    public static func item(_ id: String, inStage stageID: String) -> ElementPath {
        ElementPath.stage(stageID).appending("item", id)
    }
    public static func step(_ id: String, inStage stageID: String) -> ElementPath {
        ElementPath.stage(stageID).appending("step", id)
    }

    public var description: String {
        components.isEmpty ? "map" : components.map { "\($0.kind)[\($0.key)]" }.joined(separator: "/")
    }
}

/// A problem or remark about a map, with a stable code, the element it concerns and, when the map was
/// read from a file, where that element is.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// The map is wrong: a reference dangles, an identifier repeats.
        case error
        /// The map is probably incomplete or inconsistent.
        case warning
        /// Worth knowing; nothing is wrong.
        case note

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public var severity: Severity
    /// A stable identifier for the kind of problem (`duplicate-id`, `unknown-persona`), for tools
    /// and for switching a check off.
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String
    /// The element concerned.
    public var path: ElementPath
    /// Where the element is in its source file, when known.
    public var location: SourceLocation?

    public init(
        _ severity: Severity, code: String, _ message: String, at path: ElementPath = .map,
        location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.path = path
        self.location = location
    }

    /// `file:line:column: severity: message [code] (path)`: the form editors and CI logs understand.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)] (\(path))"
    }
}

/// Where the elements of a map were in the file they were read from.
public struct SourceMap: Hashable, Sendable {
    /// The file as the user named it.
    public var file: String?
    /// Element path → location.
    public var locations: [ElementPath: SourceLocation]

    public init(file: String? = nil, locations: [ElementPath: SourceLocation] = [:]) {
        self.file = file
        self.locations = locations
    }

    /// The location of an element, or of its nearest located ancestor.
    public func location(of path: ElementPath) -> SourceLocation? {
        var components = path.components
        while true {
            if let location = locations[ElementPath(components)] { return location }
            if components.isEmpty { return file.map { SourceLocation(file: $0) } }
            components.removeLast()
        }
    }

    /// The diagnostics with their locations filled in from this map.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var located = diagnostic
            if located.location == nil { located.location = location(of: diagnostic.path) }
            return located
        }
    }
}
