import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// Files saved as UTF-16 or UTF-32 with a byte-order mark, as Windows editors and spreadsheets save
/// "Unicode" text, are recognized and read like their UTF-8 originals.
@Suite("UTF-16 and UTF-32 input")
struct UnicodeInputTests {
    /// The byte-order marks and encodings of the four encodings tested.
    static let encodings: [(name: String, mark: [UInt8], encoding: String.Encoding)] = [
        ("UTF-16LE", [0xFF, 0xFE], .utf16LittleEndian), ("UTF-16BE", [0xFE, 0xFF], .utf16BigEndian),
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian),
        ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
    ]

    /// UTF-8 text re-encoded with a byte-order mark (a UTF-8 one is dropped first).
    static func encode(_ data: Data, as encoding: (name: String, mark: [UInt8], encoding: String.Encoding)) -> Data {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        let text = String(decoding: bytes, as: UTF8.self)
        return Data(encoding.mark) + text.data(using: encoding.encoding)!
    }

    /// The map in every text format the registry reads, written as UTF-8.
    static func inputs(_ map: JourneyMap) throws -> [(format: String, data: Data)] {
        [
            ("journey-xml", try map.export(as: .xml)), ("json", try map.export(as: .json)),
            ("csv", try map.export(as: .csv)), ("csv", try map.export(as: .csv(layout: .grid))),
            ("html", try map.export(as: .html)),
        ]
    }

    @Test func everyTextFormatIsRecognizedAndReadAsItsUTF8Original() throws {
        let registry = FormatRegistry.standard
        let map = SampleMaps.clean
        for (identifier, original) in try Self.inputs(map) {
            let expected = try #require(registry.reader(for: original)).read(original, file: "map").map
            for encoding in Self.encodings {
                let data = Self.encode(original, as: encoding)
                let reader = try #require(
                    registry.reader(for: data, fileName: "map"), "\(identifier) in \(encoding.name) not recognized")
                #expect(reader.identifier == identifier, "\(identifier) in \(encoding.name)")
                let read = try reader.read(data, file: "map").map
                #expect(read == expected, "\(identifier) in \(encoding.name)")
            }
        }
    }

    @Test func filesAreReadPieceByPieceAcrossCodeUnitsSplitBetweenPieces() throws {
        // Large enough that a streaming reader reads it in several pieces; a text of 3-byte and
        // 4-byte characters puts code units and surrogate pairs across the pieces' edges.
        var map = SampleMaps.clean
        map.stages[0].items[0].text = String(repeating: "ü€😀", count: 40_000)
        let folder = try Commands.temporaryFolder(prefix: "unicode-input")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (identifier, original) in [
            ("csv", try map.export(as: .csv)), ("journey-xml", try map.export(as: .xml)),
        ] {
            let expected = try #require(FormatRegistry.standard.reader(for: original)).read(original, file: "m").map
            for encoding in Self.encodings {
                let url = folder.appendingPathComponent("map-\(encoding.name)")
                try Self.encode(original, as: encoding).write(to: url)
                let read: JourneyMap
                if identifier == "csv" {
                    // The stream reader, which turns the file into UTF-8 piece by piece.
                    let stream = try #require(InputStream(url: url))
                    read = try JourneyCSVFormat().read(from: stream, file: "m").map
                } else {
                    read = try #require(FormatRegistry.standard.reader(identifier: identifier))
                        .read(contentsOf: url, file: "m").map
                }
                #expect(read == expected, "\(identifier) in \(encoding.name)")
            }
        }
    }

    @Test func drawIOFilesInUTF16AndUTF32AreImported() throws {
        let drawio = Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <mxfile><diagram name="Map" id="p"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="t" value="Größe 😀" vertex="1" parent="1"><mxGeometry x="0" y="0" width="80" height="40" as="geometry"/></mxCell>
            </root></mxGraphModel></diagram></mxfile>
            """.utf8)
        let expected = try DiagramImportFormat.drawio.importMap(drawio, file: "d").map
        let folder = try Commands.temporaryFolder(prefix: "unicode-drawio")
        defer { try? FileManager.default.removeItem(at: folder) }
        for encoding in Self.encodings {
            let data = Self.encode(drawio, as: encoding)
            #expect(FormatRegistry.standard.reader(for: data)?.identifier == "drawio", "\(encoding.name)")
            #expect(try DiagramImportFormat.drawio.importMap(data, file: "d").map == expected, "\(encoding.name)")
            let url = folder.appendingPathComponent("map.drawio")
            try data.write(to: url)
            let streamed = try DiagramImportFormat.drawio.importMap(contentsOf: url, file: "d").map
            #expect(streamed == expected, "\(encoding.name), read from the file")
        }
    }
}
