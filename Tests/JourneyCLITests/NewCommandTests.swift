import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey new`: a starter map that is valid, in any writable format, and never over a file.
@Suite("journey new")
struct NewCommandTests {
    let folder: URL

    init() throws { folder = try Journey.temporaryFolder() }

    private func read(_ name: String) throws -> JourneyMap {
        try JourneyMap(contentsOf: folder.appendingPathComponent(name))
    }

    @Test func aCustomerMapHasTheSixStagesAndValidatesStrictly() throws {
        let run = try Journey.run(["new", "map.journey.xml"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let map = try read("map.journey.xml")
        #expect(map.kind == .b2c && map.personas.count == 1)
        #expect(
            map.stages.map(\.name) == ["Awareness", "Consideration", "Decision", "Purchase", "Retention", "Advocacy"])
        #expect(map.stages.allSatisfy { stage in stage.items.contains { $0.kind == .kpi } })
        #expect(try Journey.run(["validate", "--strict", "map.journey.xml"], in: folder).status == 0)
    }

    @Test func aBusinessMapClimbsTheApprovalChain() throws {
        #expect(try Journey.run(["new", "--b2b", "b2b.journey.json"], in: folder).status == 0)
        let map = try read("b2b.journey.json")
        #expect(map.kind == .b2b)
        #expect(map.personas.map(\.reportsTo) == ["superior", "approver", nil])
        #expect(map.personas.last?.decisionRole == .approver)
        let decision = try #require(map.stages.first { $0.name == "Decision" })
        #expect(decision.items.filter { !$0.personaIDs.isEmpty }.count == 3)
        #expect(try Journey.run(["validate", "--strict", "b2b.journey.json"], in: folder).status == 0)
    }

    @Test func anyWritableFormatAndStandardOutput() throws {
        #expect(try Journey.run(["new", "map.csv"], in: folder).status == 0)
        #expect(try read("map.csv").stages.count == 6)
        let mermaid = try Journey.run(["new", "-", "--to", "mermaid"], in: folder)
        #expect(mermaid.status == 0 && mermaid.output.contains("journey\n"), "\(mermaid.output)")
    }

    @Test func anExistingFileIsKeptUnlessForced() throws {
        let file = folder.appendingPathComponent("mine.journey.xml")
        try Data("my work".utf8).write(to: file)
        let refused = try Journey.run(["new", "mine.journey.xml"], in: folder)
        #expect(refused.status == 73 && refused.errors.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "my work")
        #expect(try Journey.run(["new", "mine.journey.xml", "--force"], in: folder).status == 0)
        #expect(try read("mine.journey.xml").stages.count == 6)
    }
}

/// Shell completion: scripts for the usual shells, and format names completed by the tool.
@Suite("journey completion")
struct CompletionTests {
    @Test func everyShellGetsAScript() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try Journey.run(["--generate-completion-script", shell])
            #expect(
                run.status == 0 && run.output.contains("convert") && run.output.contains("---completion"), "\(shell)")
        }
    }

    @Test func formatNamesAreCompletedFromTheRegistry() throws {
        let writers = try Journey.run(["---completion", "convert", "--", "--to", "3", "0"])
        #expect(
            Set(writers.output.split(separator: "\n").map(String.init)).isSuperset(of: ["svg", "html", "journey-xml"]))
        let readers = try Journey.run(["---completion", "validate", "--", "--from", "3", "0"])
        #expect(readers.output.split(separator: "\n").contains("drawio"))
        #expect(!readers.output.split(separator: "\n").contains("svg"))
    }
}
