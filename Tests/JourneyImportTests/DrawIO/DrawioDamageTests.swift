import Foundation
import JourneyImport
import JourneyModel
import JourneyTestSupport
import Testing

/// A drawing JourneyKit wrote, damaged or cut down in draw.io: read as well as it can be, and never
/// silently.
@Suite("draw.io export, damaged")
struct DrawioDamageTests {
    private static let map = JourneyMap(title: "Buying") {
        Persona("Anna", id: "anna", role: "First-time buyer")
        Stage("Look around") { Action("Searches online") }
        Stage("Compare") { Action("Reads reviews") }
        Stage("Buy") { Action("Pays") }
    }.completed()

    private func written() throws -> String {
        String(decoding: try DrawioFormat().write(Self.map), as: UTF8.self)
    }

    private func read(_ text: String) throws -> ImportResult {
        try DiagramImportFormat.drawio.importMap(Data(text.utf8), file: "edited.drawio")
    }

    private func warnings(_ result: ImportResult) -> [String] {
        result.diagnostics.filter { $0.code == "import-drawio-journey" }.map(\.message)
    }

    @Test func unreadableMapDataIsReportedAndTheDrawingRecognized() throws {
        let text = try written()
        let broken = try #require(
            text.range(of: #"journeykit-map="[^"]*""#, options: .regularExpression).map {
                text.replacingCharacters(in: $0, with: #"journeykit-map="not json""#)
            })
        let result = try read(broken)
        #expect(warnings(result).contains { $0.contains("cannot be read") }, "\(result.diagnostics)")
        #expect(result.map.stages.map(\.name) == ["Look around", "Compare", "Buy"])
    }

    @Test func cardsWithoutTheMapDataAreReported() throws {
        let text = try written()
        let stripped = try #require(
            text.range(of: #" journeykit-version="[^"]*""#, options: .regularExpression).map {
                text.replacingCharacters(in: $0, with: "")
            })
        let result = try read(stripped)
        #expect(warnings(result).contains { $0.contains("not the map data") }, "\(result.diagnostics)")
    }

    @Test func aPersonaCardEditedRenamesThePersona() throws {
        let text = try written()
        let edited = text.replacingOccurrences(
            of: #"label="Anna&lt;br/&gt;First-time buyer[^"]*""#,
            with: #"label="Anna Keller&lt;br/&gt;Returning buyer""#, options: .regularExpression)
        #expect(edited != text, "the persona card's label is not where the test looks: \(text.prefix(2000))")
        let result = try read(edited)
        #expect(result.map.personas.first?.name == "Anna Keller")
        #expect(result.map.personas.first?.role == "Returning buyer")
        #expect(try read(text).map.personas == Self.map.personas)
    }

    @Test func aCardDraggedOffTheTableKeepsItsLaneWithAWarning() throws {
        let text = try written()
        let card = try #require(
            text.range(of: #"<UserObject label="Pays"[^>]*>[\s\S]*?</UserObject>"#, options: .regularExpression))
        var element = String(text[card])
        let y = try #require(element.range(of: #" y="[0-9.]+""#, options: .regularExpression))
        element.replaceSubrange(y, with: #" y="99999""#)
        let result = try read(text.replacingCharacters(in: card, with: element))
        #expect(warnings(result).contains { $0.contains("outside every lane's row") }, "\(result.diagnostics)")
        #expect(result.map.allItems.first { $0.text == "Pays" }?.laneID == "actions")
    }

    @Test func aStageWhoseHeadWasDeletedIsReported() throws {
        let text = try written()
        let head = try #require(
            text.range(of: #"<UserObject[^>]*journeykit-stage="compare"[^>]*>"#, options: .regularExpression))
        let close = try #require(text[head.upperBound...].range(of: "</UserObject>"))
        let result = try read(String(text[..<head.lowerBound] + text[close.upperBound...]))
        #expect(warnings(result).contains { $0.contains("stage 'Compare' has no head") }, "\(result.diagnostics)")
        #expect(result.map.allItems.count == 3)
    }
}

/// Texts a drawing cannot hold are refused naming the element, as the other XML writers name it.
@Suite("draw.io export, refused")
struct DrawioRefusalTests {
    @Test func aControlCharacterIsRefusedAtItsElement() throws {
        var map = JourneyMap(title: "Buying") { Stage("Look") { Action("Searches") } }.completed()
        map.stages[0].items[0].text = "bell \u{7}"
        let error = try #require(throws: WriteError.self) { try DrawioFormat().write(map) }
        #expect(error.path == .item(map.stages[0].items[0].id, inStage: map.stages[0].id))
        #expect(error.message.contains("U+0007"))
    }
}
