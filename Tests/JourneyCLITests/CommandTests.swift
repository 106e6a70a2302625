import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

@Suite("journey command")
struct CommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    private func file(_ name: String, _ contents: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func file(_ name: String, _ data: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test func theExamplesConvertToJSONAndBackByteForByte() throws {
        #expect(Journey.examples.count >= 2)
        for example in Journey.examples {
            let json = folder.appendingPathComponent("x.json").path
            let xml = folder.appendingPathComponent("y.journey.xml").path
            let toJSON = try Journey.run(["convert", example.path, json])
            #expect(toJSON.status == 0, "\(toJSON.errors)")
            let back = try Journey.run(["convert", json, xml])
            #expect(back.status == 0, "\(back.errors)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: xml)) == Data(contentsOf: example),
                "\(example.lastPathComponent)")
        }
    }

    @Test func theExamplesValidateCleanly() throws {
        for example in Journey.examples {
            let result = try Journey.run(["validate", "--strict", example.path])
            #expect(result.status == 0)
            #expect(result.output == "", "\(example.lastPathComponent): \(result.output)")
        }
    }

    @Test func validatePrintsLocatedDiagnosticsAndFailsOnErrors() throws {
        var map = SampleMaps.clean
        map.stages[1].items[0].laneID = "missing"
        let input = try file("broken.journey.xml", try map.export(as: .xml))
        let result = try Journey.run(["validate", input.lastPathComponent], in: folder)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("broken.journey.xml:"))
        #expect(lines[0].contains(": error: no lane has the identifier 'missing' [unknown-lane]"))
        let location = lines[0].split(separator: ":")
        #expect(Int(location[1]) != nil && Int(location[2]) != nil)
    }

    @Test func validateReportsMalformedFilesWithLineAndColumn() throws {
        let input = try file(
            "cut.journey.xml", "<journeyMap xmlns=\"urn:journeykit:journey-map:1\" id=\"m\">\n  <title>Cut")
        let result = try Journey.run(["validate", input.path, input.path])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("\(input.path):2:") && $0.contains(": error: ") })
    }

    @Test func validateWarnsWithoutFailingUnlessStrict() throws {
        var map = SampleMaps.clean
        map.stages[1].items.removeAll { $0.kind == .kpi }
        let input = try file("warn.journey.xml", try map.export(as: .xml))
        let relaxed = try Journey.run(["validate", input.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.output.contains("warning: stage 'Purchase' has no KPI [stage-without-kpi]"))
        #expect(try Journey.run(["validate", "--strict", input.path]).status == 1)
        #expect(try Journey.run(["validate", "--errors-only", input.path]).output == "")
    }

    @Test func convertRefusesUnknownInputAndLeavesNoFile() throws {
        let input = try file("notes.xml", "<notes><note>hello</note></notes>")
        let output = folder.appendingPathComponent("out.json")
        let result = try Journey.run(["convert", input.path, output.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("\(input.path): error: cannot tell the format"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFailedConversionKeepsTheExistingOutput() throws {
        let input = try file("bad.journey.xml", "<journeyMap xmlns=\"urn:journeykit:journey-map:1\"><title>")
        let output = try file("out.json", "previous contents")
        let result = try Journey.run(["convert", input.path, output.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("\(input.path):1:"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous contents")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["bad.journey.xml", "out.json"])
    }

    @Test func convertNeverOverwritesItsInput() throws {
        let original = try SampleMaps.clean.export(as: .xml)
        let input = try file("map.xml", original)
        let link = folder.appendingPathComponent("link.xml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        for output in [input.path, link.path] {
            let result = try Journey.run(["convert", input.path, output])
            #expect(result.status == 64)
            #expect(result.errors.contains("is the input"))
        }
        #expect(try Data(contentsOf: input) == original)
    }

    @Test func convertReadsStandardInputAndWritesStandardOutput() throws {
        let xml = try SampleMaps.everyField.export(as: .xml)
        let result = try Journey.run(["convert", "-", "-", "--to", "json"], input: xml)
        #expect(result.status == 0)
        #expect(try JourneyMap(result.outputData, format: .json) == SampleMaps.everyField)
        let usage = try Journey.run(["convert", "-", "-"], input: xml)
        #expect(usage.status == 64)
        #expect(usage.errors.contains("--to"))
    }

    @Test func convertUsesNamedFormats() throws {
        let json = try file("map.data", try SampleMaps.clean.export(as: .json))
        let output = folder.appendingPathComponent("map.out")
        #expect(try Journey.run(["convert", json.path, output.path]).status == 64)
        let result = try Journey.run(["convert", "--from", "json", "--to", "journey-xml", json.path, output.path])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: output) == SampleMaps.clean.export(as: .xml))
        #expect(try Journey.run(["convert", "--from", "csv", json.path, output.path]).status == 64)
    }

    @Test func missingInputsAndUsageErrorsHaveTheirOwnStatus() throws {
        let missing = try Journey.run(
            ["convert", folder.appendingPathComponent("nope.xml").path, "out.json"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.errors.contains("no such file"))
        #expect(try Journey.run(["convert"]).status == 64)
        #expect(try Journey.run(["frobnicate"]).status == 64)
        #expect(try Journey.run(["validate", folder.path]).status == 66)
    }

    @Test func infoDescribesTheMap() throws {
        let input = try file("map.journey.xml", try SampleMaps.everyField.export(as: .xml))
        let result = try Journey.run(["info", input.path])
        #expect(result.status == 0)
        #expect(result.output.contains("Every field\n  B2B, to-be, buyer-journey, language en-GB"))
        #expect(result.output.contains("2 stages, 11 lanes, 2 personas, 16 items, 2 transitions"))
        #expect(result.output.contains("  1. awareness: Awareness (13 items)"))
        #expect(result.output.contains("  lead: Lead, Team lead, decision role: initiator, reports to head"))
        #expect(result.output.contains("  decision → awareness (back): Back to research"))
    }

    @Test func formatsListsTheRegistry() throws {
        let result = try Journey.run(["formats"])
        #expect(result.status == 0)
        let identifiers = result.output.split(separator: "\n").map { $0.split(separator: " ")[0] }
        // The standard formats, then the images the command line adds (FormatRegistry.commandLine).
        #expect(identifiers == FormatRegistry.standard.formats.map { Substring($0.identifier) } + ["png", "pdf"])
        #expect(result.output.contains("read/write"))
    }

    @Test func schemaPrintsTheShippedXSD() throws {
        let result = try Journey.run(["schema"])
        #expect(result.status == 0)
        #expect(result.output == JourneyXMLSchema.source)
    }

    @Test func schemaPrintsTheShippedJSONSchemaWithJSON() throws {
        let result = try Journey.run(["schema", "--json"])
        #expect(result.status == 0)
        #expect(result.outputData == JourneyJSONSchema.data)
        #expect(result.output.contains(#""$schema": "https://json-schema.org/draft/2020-12/schema""#))
        let help = try Journey.run(["schema", "--help"])
        #expect(help.output.contains("--json") && help.output.contains("JSON Schema"))
    }
}
