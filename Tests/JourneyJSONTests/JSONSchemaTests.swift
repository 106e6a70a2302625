import Foundation
import JourneyJSON
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

/// The shipped JSON Schema against the JSON reader and writer, checked by Python's `jsonschema`.
@Suite("JSON Schema")
struct JSONSchemaTests {
    @Test func isADraft202012SchemaWithItsIdentifier() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: JourneyJSONSchema.data) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == JourneyJSONSchema.id)
        #expect(JourneyJSONSchema.id.hasPrefix(JourneyXMLSchema.namespace + ":"))
        #expect(JourneyJSONSchema.text.hasSuffix("}\n"))
        #expect(Data(JourneyJSONSchema.text.utf8) == JourneyJSONSchema.data)
    }

    @Test func everyMapTheWriterWritesIsValid() throws {
        var documents: [String: Data] = [:]
        let examples = packageRoot().appendingPathComponent("Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".journey.xml") }
        #expect(names.count >= 2)
        for name in names {
            let map = try JourneyMap(Data(contentsOf: examples.appendingPathComponent(name)), format: .xml)
            documents["example-\(name)"] = try map.export(as: .json)
        }
        documents["every-field"] = try SampleMaps.everyField.export(as: .json)
        documents["every-field-compact"] = try SampleMaps.everyField.export(as: JourneyJSONFormat(prettyPrinted: false))
        documents["clean"] = try SampleMaps.clean.export(as: .json)
        for seed in 0..<120 {
            var generator = MapGenerator(seed: UInt64(seed))
            documents["generated-\(seed)"] = try generator.map().export(as: .json)
        }
        for (name, errors) in try SchemaValidator.errors(of: documents) {
            #expect(errors == [], "\(name)")
        }
    }

    /// Maps with extreme values: those the writer writes, the reader reads back exactly when the
    /// schema accepts them.
    @Test func extremeMapsAreValidExactlyWhenTheReaderReadsThem() throws {
        var documents: [String: Data] = [:]
        for seed in 0..<60 {
            var generator = MapGenerator(seed: UInt64(seed), mode: .extreme)
            if let data = try? generator.map().export(as: .json) { documents["extreme-\(seed)"] = data }
        }
        var valid = 0
        for (name, errors) in try SchemaValidator.errors(of: documents) {
            let readerAccepts = (try? JourneyJSONFormat().read(documents[name]!, file: name)) != nil
            #expect(errors.isEmpty == readerAccepts, "\(name): reader accepts: \(readerAccepts), schema: \(errors)")
            if errors.isEmpty { valid += 1 }
        }
        #expect(valid >= 20)
    }

    @Test func documentsBothAccept() throws {
        let documents = Documents.acceptedByBoth.mapValues { Data($0.utf8) }
        for (name, errors) in try SchemaValidator.errors(of: documents) {
            #expect(errors == [], "\(name)")
            #expect(throws: Never.self, "\(name)") { try JourneyJSONFormat().read(documents[name]!, file: name) }
        }
    }

    @Test func documentsBothRefuse() throws {
        let documents = Documents.refusedByBoth.mapValues { Data($0.utf8) }
        for (name, errors) in try SchemaValidator.errors(of: documents) {
            #expect(errors != [], "\(name): the schema accepts it")
            #expect(throws: ReadError.self, "\(name)") { try JourneyJSONFormat().read(documents[name]!, file: name) }
        }
    }

    /// The one documented difference: keys the format does not define are refused by the schema and
    /// ignored (and lost) by the reader.
    @Test func unknownKeysAreRefusedByTheSchemaAndIgnoredByTheReader() throws {
        let documents = Documents.unknownKeys.mapValues { Data($0.utf8) }
        for (name, errors) in try SchemaValidator.errors(of: documents) {
            #expect(errors.count == 1, "\(name): \(errors)")
            let map = try JourneyJSONFormat().read(documents[name]!, file: name).map
            #expect(map.title == "T", "\(name)")
        }
    }
}
