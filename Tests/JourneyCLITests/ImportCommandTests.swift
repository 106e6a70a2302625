import Foundation
import JourneyKit
import Testing

@Suite("journey convert from diagrams")
struct ImportCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    /// A loose draw.io grid: two stages, two lanes, three items and a stray note.
    static let drawio = """
        <mxfile><diagram id="p" name="Journey"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
        <mxCell id="s1" value="Awareness" vertex="1" parent="1"><mxGeometry x="200" y="0" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="s2" value="Purchase" vertex="1" parent="1"><mxGeometry x="400" y="0" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="l1" value="Actions" vertex="1" parent="1"><mxGeometry x="0" y="100" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="l2" value="Emotions" vertex="1" parent="1"><mxGeometry x="0" y="200" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="a1" value="Sees an ad" vertex="1" parent="1"><mxGeometry x="200" y="100" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="a2" value="Buys" vertex="1" parent="1"><mxGeometry x="400" y="100" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="e1" value="+2 delighted" vertex="1" parent="1"><mxGeometry x="400" y="200" width="150" height="40" as="geometry"/></mxCell>
        <mxCell id="far" value="Stray note" vertex="1" parent="1"><mxGeometry x="3000" y="-900" width="150" height="40" as="geometry"/></mxCell>
        </root></mxGraphModel></diagram></mxfile>
        """

    @Test func importsADiagramAndReportsWhatWasRecognized() throws {
        let input = folder.appendingPathComponent("map.xml")
        try Self.drawio.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("map.journey.xml")
        let result = try Journey.run(["convert", input.path, output.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("recognized 7 of 8 labels"))
        #expect(result.errors.contains(#"unplaced (outside the grid), page 'Journey' at 3075,-880: "Stray note""#))
        let map = try JourneyMap(Data(contentsOf: output), format: .xml)
        #expect(map.stages.map(\.name) == ["Awareness", "Purchase"])
        #expect(map.items(of: Emotion.self).map(\.score.value) == [2])
    }

    @Test func printsTheReportAsJSON() throws {
        let input = folder.appendingPathComponent("map.drawio")
        try Self.drawio.write(to: input, atomically: true, encoding: .utf8)
        let result = try Journey.run(["convert", input.path, "-", "--to", "json", "--report", "json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(ImportReport.self, from: Data(result.errors.utf8))
        #expect(report.labels == 8 && report.items == 3 && report.unplaced.map(\.text) == ["Stray note"])
        #expect(try JourneyMap(result.outputData, format: .json).lanes.map(\.kind) == [.actions, .emotions])
    }

    @Test func honoursImportOptions() throws {
        let input = folder.appendingPathComponent("map.drawio")
        try Self.drawio.write(to: input, atomically: true, encoding: .utf8)
        let rows = try Journey.run([
            "convert", input.path, "-", "--to", "json", "--orientation", "rows", "--report", "none",
        ])
        #expect(rows.status == 0 && rows.errors.isEmpty)
        #expect(try JourneyMap(rows.outputData, format: .json).stages.map(\.name) == ["Actions", "Emotions"])
        let missingPage = try Journey.run(["convert", input.path, "out.json", "--page", "Nope"], in: folder)
        #expect(missingPage.status == 65)
        #expect(missingPage.errors.contains("the file has no page 'Nope' (pages: 'Journey')"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
    }

    @Test func boundsHowFarACompressedPageMayExpand() throws {
        // One page whose percent-encoded model inflates to about 5 KB.
        let page =
            "7dhNCsIwEAXg08y+JniCqF15iECGppCaEkeNt29oqqWLght374NA5u8Cj7QZcpvs6K/RcSB9Jm1SjFJ/QzYcAqmmd6RPpFRTHqnLzvQwT5vRJr7JLwe2HjxteHDtZAAAAAAAAAAAAPi7JZjjJJx3w725tSR7LceBJb3Lyqt34uvGsR557jsvm5a917L73q05YfksUeGnXCPJebZJLCc="
        let input = folder.appendingPathComponent("packed.drawio")
        try "<mxfile><diagram name=\"Packed\">\(page)</diagram></mxfile>".write(
            to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json")
        let refused = try Journey.run(["convert", input.path, output.path, "--max-expanded-size", "1000"])
        #expect(refused.status == 65)
        #expect(
            refused.errors.contains("page 'Packed': the compressed content expands beyond the limit of 1000 bytes"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let accepted = try Journey.run(["convert", input.path, output.path, "--max-expanded-size", "100000"])
        #expect(accepted.status == 0, "\(accepted.errors)")
    }

    @Test func refusesAnInputOverTheSizeLimitFromAFileOrStandardInput() throws {
        let folder = try Journey.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try #require(Journey.examples.first)
        let size = try Data(contentsOf: example).count
        let output = folder.appendingPathComponent("out.json")
        let refused = try Journey.run(["convert", example.path, output.path, "--max-input-size", String(size - 1)])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("larger than the limit of \(size - 1) bytes"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let piped = try Journey.run(
            ["convert", "-", output.path, "--from", "journey-xml", "--max-input-size", "1000"],
            input: Data(contentsOf: example))
        #expect(piped.status == 65)
        #expect(piped.errors.contains("error: the input is larger than the limit of 1000 bytes"))
        let accepted = try Journey.run(["convert", example.path, output.path, "--max-input-size", String(size)])
        #expect(accepted.status == 0, "\(accepted.errors)")
    }

    @Test func refusesADrawingWithMoreShapesThanAllowed() throws {
        let folder = try Journey.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("busy.drawio")
        let cells = (1...5).map {
            "<mxCell id=\"c\($0)\" value=\"x\" vertex=\"1\" parent=\"1\"><mxGeometry width=\"5\" height=\"5\" as=\"geometry\"/></mxCell>"
        }
        try Data(
            ("<mxfile><diagram id=\"p\" name=\"P\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>"
                + cells.joined() + "</root></mxGraphModel></diagram></mxfile>").utf8
        ).write(to: input)
        let output = folder.appendingPathComponent("out.json")
        let refused = try Journey.run(["convert", input.path, output.path, "--max-shapes", "4"])
        #expect(refused.status == 65)
        #expect(refused.errors.contains("more than the limit of 4 shapes and connectors"))
    }

    @Test func reportsShapesFarAwayOrWithoutNumbersInTheirGeometry() throws {
        let drawio = """
            <mxfile><diagram id="p" name="Far"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
            <mxCell id="title" value="Title" vertex="1" parent="1"><mxGeometry x="0" y="0" width="150" height="40" as="geometry"/></mxCell>
            <mxCell id="huge" value="Huge" vertex="1" parent="1"><mxGeometry x="1e19" y="1e300" width="150" height="40" as="geometry"/></mxCell>
            <mxCell id="infinite" value="Infinite" vertex="1" parent="1"><mxGeometry x="Infinity" y="NaN" width="1e309" height="40" as="geometry"/></mxCell>
            </root></mxGraphModel></diagram></mxfile>
            """
        let input = folder.appendingPathComponent("far.drawio")
        try drawio.write(to: input, atomically: true, encoding: .utf8)
        let text = try Journey.run(["convert", input.path, "-", "--to", "json"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.errors.contains(#"page 'Far' at 1e+19,1e+300: "Huge""#))
        #expect(text.errors.contains(#"page 'Far': "Infinite""#))
        #expect(
            text.errors.contains(
                "far.drawio:4 (page Far): warning: page 'Far': the cell 'infinite' has geometry that is not a finite "
                    + "number (x, y, width); it is read without bounds [import-bad-geometry]"))
        let json = try Journey.run(["convert", input.path, "-", "--to", "json", "--report", "json"])
        #expect(json.status == 0)
        #expect(json.errors.contains(#""x" : 1e+19"#))
    }

    /// A ZIP archive with one stored entry, written byte by byte, whose central directory puts the
    /// entry's local header at `localHeaderOffset`.
    static func zip(entry name: String, content: String, localHeaderOffset: UInt32? = nil) -> Data {
        var bytes: [UInt8] = []
        func append(_ value: UInt32, _ size: Int) {
            for index in 0..<size { bytes.append(UInt8((value >> (8 * UInt32(index))) & 0xFF)) }
        }
        let nameBytes = Array(name.utf8)
        let contentBytes = Array(content.utf8)
        // Local header: signature, version, flags, method (stored), time, date, CRC, sizes, name.
        append(0x0403_4B50, 4)
        for (value, size) in [(20, 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4)] { append(UInt32(value), size) }
        append(UInt32(contentBytes.count), 4)
        append(UInt32(contentBytes.count), 4)
        append(UInt32(nameBytes.count), 2)
        append(0, 2)
        bytes += nameBytes + contentBytes
        let directory = bytes.count
        append(0x0201_4B50, 4)
        for (value, size) in [(20, 2), (20, 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4)] { append(UInt32(value), size) }
        append(UInt32(contentBytes.count), 4)
        append(UInt32(contentBytes.count), 4)
        append(UInt32(nameBytes.count), 2)
        for (value, size) in [(0, 2), (0, 2), (0, 2), (0, 2), (0, 4)] { append(UInt32(value), size) }
        append(localHeaderOffset ?? 0, 4)
        bytes += nameBytes
        let directorySize = bytes.count - directory
        append(0x0605_4B50, 4)
        for (value, size) in [(0, 2), (0, 2), (1, 2), (1, 2)] { append(UInt32(value), size) }
        append(UInt32(directorySize), 4)
        append(UInt32(directory), 4)
        append(0, 2)
        return Data(bytes)
    }

    @Test func reportsADamagedVisioFileInsteadOfStopping() throws {
        let input = folder.appendingPathComponent("damaged.vsdx")
        try Self.zip(entry: "visio/pages/pages.xml", content: "<Pages/>", localHeaderOffset: 0x7FFF_FFFF)
            .write(to: input)
        let expected =
            "damaged.vsdx (visio/pages/pages.xml): error: the file is a damaged ZIP archive, so not a readable "
            + "Visio VSDX file: the entry visio/pages/pages.xml has its local header at byte 2147483647"
        let validate = try Journey.run(["validate", "damaged.vsdx"], in: folder)
        #expect(validate.status == 1)
        #expect(validate.output.contains(expected), "\(validate.output)")
        let convert = try Journey.run(["convert", "damaged.vsdx", "out.json"], in: folder)
        #expect(convert.status == 65)
        #expect(convert.errors.contains(expected), "\(convert.errors)")
        // The same archive with the right offset is read, and found to have no pages part.
        try Self.zip(entry: "visio/pages/pages.xml", content: "<Pages/>").write(to: input)
        let intact = try Journey.run(["validate", "damaged.vsdx"], in: folder)
        #expect(!intact.output.contains("damaged ZIP archive"), "\(intact.output)")
    }

    @Test func sumsUpManyWarningsOfOneKind() throws {
        let cell =
            #"<mxCell id="same" value="Note" vertex="1" parent="1"><mxGeometry width="5" height="5" as="geometry"/></mxCell>"#
        let drawio = Self.drawio.replacingOccurrences(
            of: "</root>", with: String(repeating: cell + "\n", count: 20_000) + "</root>")
        let input = folder.appendingPathComponent("same.drawio")
        try drawio.write(to: input, atomically: true, encoding: .utf8)
        for report in ["text", "none", "json"] {
            let result = try Journey.run(["convert", input.path, "-", "--to", "json", "--report", report])
            #expect(result.status == 0)
            let lines = result.errors.split(separator: "\n")
            #expect(lines.filter { $0.hasSuffix("[import-duplicate-id] (map)") }.count == 20, "\(report)")
            #expect(lines.contains("\u{2026} and 19979 more import-duplicate-id warnings"), "\(report)")
            if report == "none" { #expect(lines.count == 21) }
        }
    }

    @Test func namesFilePageAndLineOfBrokenDiagrams() throws {
        let input = folder.appendingPathComponent("broken.drawio")
        try "<mxfile>\n<diagram name=\"Main\">not base64 at all!</diagram>\n</mxfile>".write(
            to: input, atomically: true, encoding: .utf8)
        let result = try Journey.run(["convert", input.path, folder.appendingPathComponent("x.json").path])
        #expect(result.status == 65)
        #expect(
            result.errors.contains(
                "\(input.path):2 (page Main): error: page 'Main': the compressed content is not valid base64"))
    }
}
