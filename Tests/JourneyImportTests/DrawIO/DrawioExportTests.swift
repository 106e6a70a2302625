import Foundation
import JourneyImport
import JourneyModel
import JourneyTestSupport
import JourneyXML
import JourneyXMLCore
import Testing

@Suite("draw.io export")
struct DrawioExportTests {
    private static func examples() throws -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(".journey.xml") }.sorted { $0.path < $1.path }
    }

    private func readBack(_ data: Data) throws -> JourneyMap {
        try DrawioFormat().read(data, file: "written.drawio").map
    }

    @Test func examplesComeBackUnchanged() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 2)
        for url in examples {
            let map = try JourneyXMLFormat().read(Data(contentsOf: url), file: url.path).map
            #expect(try readBack(DrawioFormat().write(map)) == map, "\(url.lastPathComponent)")
            #expect(try readBack(DrawioFormat(compressed: true).write(map)) == map, "\(url.lastPathComponent)")
        }
    }

    @Test func activitiesComeBackUnchangedInTheItemData() throws {
        var map = SampleMaps.everyField
        let hostile = ["pricing_view", "<b>sign&up</b>", "\"quoted\" 'single'", "line one\nline two", ""]
        map.stages[1].items[1].activities = hostile
        for format in [DrawioFormat(), DrawioFormat(compressed: true)] {
            let again = try readBack(format.write(map))
            #expect(again == map)
            #expect(again.stages[1].items[1].activities == hostile)
            #expect(again.stages[0].items[2].activities == ["blog_view", "pricing_view"])
        }
    }

    @Test func kpiDirectionsComeBackUnchangedInTheItemData() throws {
        let map = SampleMaps.everyField
        let directions = map.stages.flatMap { $0.items.compactMap { $0.metric?.direction } }
        #expect(directions.contains(.higherIsBetter) && directions.contains(.targetRange(25...35)))
        for format in [DrawioFormat(), DrawioFormat(compressed: true)] {
            let again = try readBack(format.write(map))
            #expect(again == map)
            #expect(again.stages.flatMap { $0.items.compactMap { $0.metric?.direction } } == directions)
        }
    }

    @Test(arguments: 0..<60)
    func generatedMapsComeBackUnchanged(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let data = try DrawioFormat().write(map)
        #expect(try readBack(data) == map)
        #expect(try DrawioFormat().write(map) == data, "the same map gives the same bytes")
    }

    @Test(arguments: 0..<40)
    func extremeMapsThatValidateComeBackUnchanged(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed), mode: .extremeRepresentable)
        let map = generator.map()
        guard !map.validate().contains(where: { $0.severity == .error }) else { return }
        #expect(try readBack(DrawioFormat().write(map)) == map)
    }

    @Test func writesAWellFormedFileWithUniqueIdentifiersAndValidParents() throws {
        let url = try #require(try Self.examples().first)
        let map = try JourneyXMLFormat().read(Data(contentsOf: url), file: url.path).map
        let document = try XMLDocument(data: DrawioFormat().write(map))
        #expect(document.root.localName == "mxfile")
        let diagrams = document.root.children(named: "diagram", namespaceURI: nil)
        #expect(diagrams.count == 1)
        let model = try #require(diagrams.first?.children(named: "mxGraphModel", namespaceURI: nil).first)
        let root = try #require(model.children(named: "root", namespaceURI: nil).first)
        var ids: [String] = []
        var parents: [String: String] = [:]
        var ends: [String] = []
        for element in root.children {
            let cell =
                element.localName == "mxCell"
                ? element : try #require(element.children.first { $0.localName == "mxCell" })
            let id = try #require(element.attribute("id"))
            ids.append(id)
            parents[id] = cell.attribute("parent")
            ends += [cell.attribute("source"), cell.attribute("target")].compactMap { $0 }
        }
        #expect(Set(ids).count == ids.count, "identifiers are unique")
        #expect(ids.prefix(2) == ["0", "1"])
        #expect(parents["0"] == nil && parents["1"] == "0")
        let known = Set(ids)
        for (id, parent) in parents { #expect(known.contains(parent), "\(id) has parent \(parent)") }
        for end in ends { #expect(known.contains(end)) }
        let table = root.children.compactMap { $0.attribute("style") }.filter { $0.hasPrefix("shape=table;") }
        #expect(table.count == 1)
    }

    @Test func compressedPageIsDeflatedBase64OfThePercentEncodedModel() throws {
        let map = Self.smallMap
        let data = try DrawioFormat(compressed: true).write(map)
        let document = try XMLDocument(data: data)
        let diagram = try #require(document.root.children(named: "diagram", namespaceURI: nil).first)
        #expect(diagram.children.isEmpty)
        let text = diagram.text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Data(base64Encoded: text) != nil)
        #expect(try readBack(data) == map)
        #expect(data.count < (try DrawioFormat().write(map)).count)
    }

    // MARK: - Edits made in draw.io

    static var smallMap: JourneyMap {
        var map = JourneyMap(id: "edits", title: "Buying a bike")
        map.lanes = [
            Lane(id: "actions", kind: .actions, title: "Actions"),
            Lane(id: "thoughts", kind: .thoughts, title: "Thoughts"),
        ]
        map.stages = [
            Stage(id: "look", name: "Look around"), Stage(id: "buy", name: "Buy"),
        ]
        map.stages[0].items = [
            Item(id: "a1", kind: .action, laneID: "actions", text: "Searches online"),
            Item(id: "t1", kind: .thought, laneID: "thoughts", text: "Which size?"),
        ]
        map.stages[1].items = [Item(id: "a2", kind: .action, laneID: "actions", text: "Pays at the till")]
        return map
    }

    /// The written file with `change` applied to the text of the cell `cell`'s wrapper and geometry.
    private func edit(_ data: Data, cell: String, _ change: (String) -> String) throws -> Data {
        let text = String(decoding: data, as: UTF8.self)
        let end = try #require(text.range(of: "id=\"\(cell)\">"))
        let start = try #require(text[..<end.lowerBound].range(of: "<UserObject", options: .backwards))
        let close = try #require(text[end.upperBound...].range(of: "</UserObject>"))
        let edited = change(String(text[start.lowerBound..<close.upperBound]))
        return Data((text[..<start.lowerBound] + edited + text[close.upperBound...]).utf8)
    }

    private func moved(_ element: String, dx: Double = 0, dy: Double = 0) -> String {
        var element = element
        for (name, delta) in [("x", dx), ("y", dy)] where delta != 0 {
            let pattern = " \(name)=\"([0-9.]+)\""
            guard let range = element.range(of: pattern, options: .regularExpression) else { continue }
            let value = Double(element[range].split(separator: "\"")[1])! + delta
            element.replaceSubrange(range, with: " \(name)=\"\(value)\"")
        }
        return element
    }

    @Test func textEditedInDrawioIsImported() throws {
        let data = try DrawioFormat().write(Self.smallMap)
        let edited = try edit(data, cell: "item-1") {
            $0.replacingOccurrences(
                of: "label=\"Searches online\"", with: "label=\"Searches &lt;b&gt;twice&lt;/b&gt;\"")
        }
        let map = try readBack(edited)
        #expect(map.stages[0].items[0].text == "Searches twice")
        var expected = Self.smallMap
        expected.stages[0].items[0].text = "Searches twice"
        #expect(map == expected)
    }

    @Test func stageAndLaneRenamedInDrawioAreImported() throws {
        let data = try DrawioFormat().write(Self.smallMap)
        let renamed = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "label=\"Buy\"", with: "label=\"Purchase\"")
            .replacingOccurrences(of: "label=\"Thoughts\"", with: "label=\"Worries\"")
        let map = try readBack(Data(renamed.utf8))
        #expect(map.stages.map(\.name) == ["Look around", "Purchase"])
        #expect(map.lanes.map(\.title) == ["Actions", "Worries"])
    }

    @Test func cardMovedToAnotherStageAndLaneIsImported() throws {
        let data = try DrawioFormat().write(Self.smallMap)
        // One stage column to the right: the card lands at the top of "Buy", above a2.
        let toBuy = try edit(data, cell: "item-1") { moved($0, dx: 220, dy: -1) }
        let map = try readBack(toBuy)
        #expect(map.stages[0].items.map(\.id) == ["t1"])
        #expect(map.stages[1].items.map(\.id) == ["a1", "a2"])
        // One lane down: the action now sits in the thoughts lane, below t1.
        let toThoughts = try edit(data, cell: "item-1") { moved($0, dy: 80) }
        let inThoughts = try readBack(toThoughts)
        #expect(inThoughts.stages[0].items.map(\.id) == ["t1", "a1"])
        #expect(inThoughts.stages[0].items.first { $0.id == "a1" }?.laneID == "thoughts")
    }

    @Test func deletedCardDeletesTheItemAndCopiedCardAddsOne() throws {
        let data = try DrawioFormat().write(Self.smallMap)
        let deleted = try edit(data, cell: "item-3") { _ in "" }
        #expect(try readBack(deleted).stages[1].items.isEmpty)
        let copied = try edit(data, cell: "item-3") { original in
            original
                + original.replacingOccurrences(of: "id=\"item-3\"", with: "id=\"Xy7-copy\"")
                .replacingOccurrences(of: "id=\"item-3-kind\"", with: "id=\"Xy7-kind\"")
                .replacingOccurrences(of: "parent=\"item-3\"", with: "parent=\"Xy7-copy\"")
        }
        let map = try readBack(copied)
        #expect(map.stages[1].items.map(\.id) == ["a2", "a2-copy"])
        #expect(!map.validate().contains { $0.severity == .error })
    }

    @Test func onlyWebAndMailLinksBecomeDrawioLinks() throws {
        var map = Self.smallMap
        map.stages[0].items[0].links = [Link("javascript:alert(1)"), Link("https://example.com/a?b=1&c=2")]
        map.stages[0].items[1].links = [Link("javascript:alert(2)")]
        let text = String(decoding: try DrawioFormat().write(map), as: UTF8.self)
        #expect(text.contains("link=\"https://example.com/a?b=1&amp;c=2\""))
        #expect(!text.contains("link=\"javascript"))
        #expect(try readBack(Data(text.utf8)) == map)
    }
}
