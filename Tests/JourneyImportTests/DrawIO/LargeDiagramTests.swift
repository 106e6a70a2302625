import Foundation
import JourneyImport
import JourneyModel
import JourneyXMLCore
import Testing

/// Large drawings take the paths small ones do not, and read to the map the drawing shows.
///
/// Labels are worked out on other cores while the file is read, items built on every core, files
/// read in pieces. The map must be exactly what the drawing says, in document order, whatever the
/// number of cores.
@Suite("Large draw.io diagrams")
struct LargeDiagramTests {
    static let stages = ["Awareness", "Consideration", "Decision", "Purchase"]
    static let lanes = ["Actions", "Emotions", "Touchpoints", "Pain points"]
    static let cards = 12_000

    /// The label of card `number`: plain text, formatting HTML (the shortcut) or HTML that needs
    /// libxml2's parser, in turn.
    static func label(_ number: Int) -> String {
        switch number % 4 {
        case 0: "Card \(number) compares offers"
        case 1: "<div>Card \(number): asks a <b>friend</b> &amp; family</div>"
        case 2: "<p>Card \(number)</p><p>on the phone</p>"
        default: "<b>+1</b> curious<br>card-\(number)"
        }
    }

    /// The stage and lane of card `number`: cards are written in an order that is not the grid's.
    static func cell(_ number: Int) -> (stage: Int, lane: Int) {
        ((number * 7) % stages.count, (number / 3) % lanes.count)
    }

    static let drawing: Data = {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var xml = #"<mxfile><diagram id="p" name="Big"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>"#
        for (index, stage) in stages.enumerated() {
            xml +=
                #"<mxCell id="s\#(index)" value="\#(stage)" vertex="1" parent="1"><mxGeometry x="\#(200 + index * 300)" y="0" width="280" height="40" as="geometry"/></mxCell>"#
        }
        for (index, lane) in lanes.enumerated() {
            xml +=
                #"<mxCell id="l\#(index)" value="\#(lane)" vertex="1" parent="1"><mxGeometry x="0" y="\#(100 + index * 200_000)" width="150" height="40" as="geometry"/></mxCell>"#
        }
        for number in 0..<cards {
            let (stage, lane) = cell(number)
            let y = 110 + lane * 200_000 + number * 5
            xml +=
                #"<mxCell id="c\#(number)" value="\#(escaped(label(number)))" style="rounded=1;html=1;" vertex="1" parent="1"><mxGeometry x="\#(210 + stage * 300)" y="\#(y)" width="260" height="4" as="geometry"/></mxCell>"#
            xml += "\n"
        }
        xml += "</root></mxGraphModel></diagram></mxfile>"
        return Data(xml.utf8)
    }()

    @Test func placesEveryCardInItsCellInDocumentOrder() throws {
        let result = try DiagramImportFormat.drawio.importMap(Self.drawing, file: "big.drawio")
        let map = result.map
        #expect(map.stages.map(\.name) == Self.stages)
        #expect(map.lanes.map(\.title) == Self.lanes)
        #expect(result.report.unplaced.isEmpty)
        #expect(map.stages.reduce(0) { $0 + $1.items.count } == Self.cards)
        let converter = HTMLTextConverter()
        var expected = Array(repeating: [(id: String, text: String, source: String)](), count: Self.stages.count)
        var numbers = [String: Int]()
        for number in 0..<Self.cards {
            let (stage, lane) = Self.cell(number)
            let prefix = "\(map.stages[stage].id)-\(map.lanes[lane].id)"
            numbers[prefix, default: 0] += 1
            expected[stage].append(
                ("\(prefix)-\(numbers[prefix]!)", converter.plainText(fromHTML: Self.label(number)), "c\(number)"))
        }
        for (stage, items) in expected.enumerated() {
            // An emotion's text is its label; the text as written is kept beside it.
            let found = map.stages[stage].items.map {
                (
                    $0.id, $0.extensions[JourneyRecognizer.namespace, "written"] ?? $0.text,
                    $0.extensions["drawio", "id"] ?? ""
                )
            }
            #expect(found.count == items.count)
            let mismatch = zip(found, items).first { $0.0 != $0.1 }
            #expect(mismatch == nil, "stage \(map.stages[stage].id): \(String(describing: mismatch))")
        }
        // Lanes of emotions and touchpoints got their scores and channels.
        let emotions = map.stages.flatMap(\.items).filter { $0.laneID == map.lanes[1].id }
        #expect(emotions.allSatisfy { $0.score != nil })
        #expect(emotions.filter { $0.text.hasPrefix("curious") }.allSatisfy { $0.score?.value == 1 })
        #expect(emotions.contains { $0.text.hasPrefix("curious") })
        let touchpoints = map.stages.flatMap(\.items).filter { $0.laneID == map.lanes[2].id }
        #expect(touchpoints.filter { $0.text.contains("phone") }.allSatisfy { $0.channel == .phone })
        #expect(touchpoints.contains { $0.text.contains("phone") })
    }

    @Test func readsAFileInPiecesToTheSameMapAsItsData() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).drawio")
        try Self.drawing.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try DiagramImportFormat.drawio.importMap(contentsOf: url, file: "big.drawio")
        let fromData = try DiagramImportFormat.drawio.importMap(Self.drawing, file: "big.drawio")
        #expect(fromFile.map == fromData.map)
        #expect(fromFile.diagram == fromData.diagram)
        #expect(fromFile.report == fromData.report)
        // And again: the work shared between cores gives the same map every time.
        let again = try DiagramImportFormat.drawio.importMap(contentsOf: url, file: "big.drawio")
        #expect(again.map == fromFile.map)
    }

    @Test func readsALargeCompressedPageLikeAnUncompressedOne() throws {
        // The same model as a compressed page: its labels are worked out while it is read too.
        let text = String(decoding: Self.drawing, as: UTF8.self)
        let model = String(
            text[text.range(of: "<mxGraphModel>")!.lowerBound..<text.range(of: "</diagram>")!.lowerBound])
        let compressed = try #require(DrawioTestCompression.compress(model))
        let packed = DrawioFixtures.file(pages: [("Big", compressed)])
        let plain = try DiagramImportFormat.drawio.importMap(Self.drawing, file: "big.drawio")
        let unpacked = try DiagramImportFormat.drawio.importMap(packed, file: "big.drawio")
        #expect(unpacked.map == plain.map)
    }
}
