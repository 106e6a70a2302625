import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

/// The package's root folder, for the bundled examples.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled examples, read.
func examples() throws -> [(name: String, map: JourneyMap)] {
    let folder = packageRoot.appendingPathComponent("Examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".journey.xml") }.sorted()
    return try names.map { name in
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return (String(name.dropLast(".journey.xml".count)), try JourneyMap(data, format: .xml))
    }
}

/// An error that stops a test whose tool is missing, after recording why.
struct MissingTool: Error {}

/// The executable of that name, or a recorded issue naming the Debian package that has it.
func tool(_ name: String, package: String) throws -> URL {
    guard let url = Commands.executable(named: name) else {
        Issue.record(
            "\(name) is not installed: install the Debian package '\(package)' (apt-get install -y --no-install-recommends \(package))"
        )
        throw MissingTool()
    }
    return url
}

/// A folder for one test's files, removed afterwards.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = try Commands.temporaryFolder(prefix: "journey-raster-tests")
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// The `width` and `height` attributes of an SVG's root element.
func svgSize(_ svg: Data) throws -> (width: Double, height: Double) {
    let text = String(decoding: svg.prefix(4096), as: UTF8.self)
    guard let start = text.range(of: "<svg") else { throw SizeMissing() }
    let tag = text[start.lowerBound...].prefix { $0 != ">" }
    func number(_ name: String) throws -> Double {
        guard let range = tag.range(of: " \(name)=\"") else { throw SizeMissing() }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        guard let number = Double(value) else { throw SizeMissing() }
        return number
    }
    return (try number("width"), try number("height"))
}

struct SizeMissing: Error {}

/// The width and height in a PNG's IHDR chunk.
func pngSize(_ png: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](png.prefix(24))
    guard bytes.count == 24, bytes[12...15] == [0x49, 0x48, 0x44, 0x52] else { return nil }
    func big(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (big(16), big(20))
}

/// The PNG signature.
let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
