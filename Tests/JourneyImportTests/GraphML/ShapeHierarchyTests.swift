import Foundation
import JourneyModel
import Testing

@testable import JourneyImport

/// The parent-link repair the GraphML and Visio readers run on every page.
///
/// Their files nest shapes, so they cannot produce broken links themselves; a page is built by hand
/// here.
@Suite("Shape hierarchy repair")
struct ShapeHierarchyTests {
    @Test func dropsDanglingParentsAndBreaksCycles() {
        var page = DiagramPage(
            id: "p", name: "Page",
            shapes: [
                DiagramShape(id: "a", parentID: "c", text: "A"),
                DiagramShape(id: "b", parentID: "a", text: "B"),
                DiagramShape(id: "c", parentID: "b", text: "C"),
                DiagramShape(id: "d", parentID: "ghost", text: "D"),
                DiagramShape(id: "e", parentID: "d", text: "E"),
                DiagramShape(id: "f", parentID: "f", text: "F"),
            ])
        var diagnostics: [Diagnostic] = []
        ShapeHierarchy.repair(&page, diagnostics: &diagnostics)
        #expect(page.shapes.map(\.parentID) == ["c", nil, "b", nil, "d", nil])
        #expect(
            diagnostics.map(\.code) == ["import-dangling-parent", "import-parent-cycle", "import-parent-cycle"])
        #expect(diagnostics[0].message.contains("'ghost'"))
        #expect(page.shapes.map(\.text) == ["A", "B", "C", "D", "E", "F"], "no shape is dropped")
    }

    @Test func leavesSoundTreesAlone() {
        var page = DiagramPage(
            id: "p", name: "Page",
            shapes: [
                DiagramShape(id: "a", text: "A"), DiagramShape(id: "b", parentID: "a", text: "B"),
                DiagramShape(id: "c", parentID: "b", text: "C"),
            ])
        let before = page
        var diagnostics: [Diagnostic] = []
        ShapeHierarchy.repair(&page, diagnostics: &diagnostics)
        #expect(page == before)
        #expect(diagnostics.isEmpty)
    }

    @Test func suffixesDuplicateIdentifiers() {
        var identifiers = UniqueIdentifiers(noun: "shape")
        var diagnostics: [Diagnostic] = []
        let claimed = ["x", "x#2", "x", "x"].map {
            identifiers.claim($0, location: nil, diagnostics: &diagnostics)
        }
        #expect(claimed == ["x", "x#2", "x#3", "x#4"])
        #expect(identifiers.resolve("x") == "x")
        #expect(diagnostics.count == 2)
    }
}
