import JourneyImport
import JourneyModel
import Testing

/// Shapes keep rarely used fields and their location compactly; what is set is what is read.
@Suite("Diagram shapes")
struct DiagramShapeTests {
    @Test func keepsEveryFieldAndLocationAsSet() {
        var shape = DiagramShape(id: "a", text: "Card")
        #expect(shape.location == nil && shape.shapeName == nil && shape.rowSpan == 1 && shape.attributes.isEmpty)
        let location = SourceLocation(file: "map.drawio", line: 12, column: 7, detail: "page P")
        shape.location = location
        shape.shapeName = "note"
        shape.attributes = ["role": "Buyer"]
        shape.rowSpan = 2
        shape.columnSpan = 3
        shape.isHorizontal = true
        shape.headerSize = 40
        #expect(shape.location == location)
        #expect(shape.shapeName == "note" && shape.attributes == ["role": "Buyer"])
        #expect(shape.rowSpan == 2 && shape.columnSpan == 3 && shape.isHorizontal == true && shape.headerSize == 40)
        let built = DiagramShape(
            id: "a", text: "Card", shapeName: "note", attributes: ["role": "Buyer"], rowSpan: 2, columnSpan: 3,
            isHorizontal: true, headerSize: 40, location: location)
        #expect(shape == built)
        // Moving to another file or page keeps the line; clearing everything gives a plain shape again.
        shape.location = SourceLocation(file: "other.drawio", line: 3, detail: "page Q")
        #expect(shape.location == SourceLocation(file: "other.drawio", line: 3, detail: "page Q"))
        shape.location = nil
        shape.shapeName = nil
        shape.attributes = [:]
        shape.rowSpan = 1
        shape.columnSpan = 1
        shape.isHorizontal = nil
        shape.headerSize = nil
        #expect(shape == DiagramShape(id: "a", text: "Card"))
        #expect(Set([shape, DiagramShape(id: "a", text: "Card")]).count == 1)
    }
}
