import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Parses the XML files and ZIP parts diagram readers meet, with errors that name the file and part.
enum XMLPartParsing {
    /// Parses `data` with the safe default options.
    ///
    /// - Parameters:
    ///   - file: the file name for locations.
    ///   - part: the ZIP part the data came from, or `nil` for a plain XML file.
    /// - Throws: ``ReadError`` with the line and column libxml2 reports and the part in `detail`.
    static func parse(_ data: Data, file: String?, part: String?) throws -> XMLDocument {
        do {
            return try XMLDocument(data: data, fileName: file)
        } catch let error as XMLError {
            let what = part.map { "the part \($0) is not well-formed XML" } ?? "the file is not well-formed XML"
            throw ReadError(
                "\(what): \(error.message)",
                at: SourceLocation(
                    file: file, line: error.location.line, column: error.location.column, detail: part),
                kind: ReadError.Kind(rawValue: error.kind.rawValue))
        }
    }

    /// The location of an element, with a detail such as the page or part.
    static func location(of element: XMLElement, detail: String?) -> SourceLocation {
        let location = element.location
        return SourceLocation(file: location.file, line: location.line, column: location.column, detail: detail)
    }
}

extension XMLElement {
    /// The value of the first attribute with this local name, whatever its namespace.
    func anyAttribute(_ localName: String) -> String? {
        attributes.first { $0.localName == localName }?.value
    }

    /// The first child element with this local name, whatever its namespace.
    func child(localName: String) -> XMLElement? {
        children.first { $0.localName == localName }
    }

    /// The child elements with this local name, whatever their namespace.
    func children(localName: String) -> [XMLElement] {
        children.filter { $0.localName == localName }
    }
}
