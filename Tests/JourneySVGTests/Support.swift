import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXML
import JourneyXMLCore
import Testing

/// An SVG written by the exporter, parsed back.
struct RenderedSVG {
    let data: Data
    let document: XMLDocument

    init(_ map: JourneyMap, format: JourneySVGFormat = JourneySVGFormat()) throws {
        data = try map.export(as: format)
        document = try XMLDocument(data: data)
    }

    init(data: Data) throws {
        self.data = data
        document = try XMLDocument(data: data)
    }

    var root: XMLElement { document.root }

    var text: String { String(decoding: data, as: UTF8.self) }

    /// Every element in document order.
    var elements: [XMLElement] {
        var result: [XMLElement] = []
        func visit(_ element: XMLElement) {
            result.append(element)
            for child in element.children { visit(child) }
        }
        visit(root)
        return result
    }

    func elements(named name: String) -> [XMLElement] { elements.filter { $0.localName == name } }

    func element(id: String) -> XMLElement? { elements.first { $0.attribute("id") == id } }

    /// Elements whose `class` attribute holds a class.
    func elements(class name: String) -> [XMLElement] {
        elements.filter { ($0.attribute("class") ?? "").split(separator: " ").contains(Substring(name)) }
    }
}

extension XMLElement {
    /// The text of every `<text>` inside, lines joined by spaces as a reader would copy them.
    var drawnText: String { textContent.replacingOccurrences(of: "\n", with: " ") }

    func number(_ attribute: String) -> Double? { self.attribute(attribute).flatMap(Double.init) }

    var classes: [Substring] { (attribute("class") ?? "").split(separator: " ") }

    /// Every descendant, in document order.
    var descendants: [XMLElement] {
        children.flatMap { [$0] + $0.descendants }
    }
}

/// The package's root folder, for the bundled examples and the checker script.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled examples.
var exampleFiles: [URL] {
    let folder = packageRoot.appendingPathComponent("Examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".journey.xml") }.sorted().map { folder.appendingPathComponent($0) }
}

/// Finds an executable on the PATH.
func executable(named name: String) -> URL? { Commands.executable(named: name) }

/// Runs a command to completion, reading its output as it goes.
func run(_ executable: URL, _ arguments: [String]) throws -> CommandResult {
    try Commands.run(executable, arguments)
}

/// A folder for one test's files, removed afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-svg-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// A rectangle from an element's x, y, width and height.
struct Frame {
    var x, y, width, height: Double

    init(_ element: XMLElement) throws {
        x = try #require(element.number("x"))
        y = try #require(element.number("y"))
        width = try #require(element.number("width"))
        height = try #require(element.number("height"))
    }

    func overlaps(_ other: Frame) -> Bool {
        x < other.x + other.width - 0.01 && other.x < x + width - 0.01 && y < other.y + other.height - 0.01
            && other.y < y + height - 0.01
    }

    func contains(_ other: Frame) -> Bool {
        other.x >= x - 0.01 && other.y >= y - 0.01 && other.x + other.width <= x + width + 0.01
            && other.y + other.height <= y + height + 0.01
    }
}

/// The bundled examples, read.
func exampleMaps() throws -> [(name: String, map: JourneyMap)] {
    try exampleFiles.map { file in
        let map = try JourneyXMLFormat().read(try Data(contentsOf: file), file: file.lastPathComponent).map
        return (file.lastPathComponent, map)
    }
}
