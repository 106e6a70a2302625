import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Validation")
struct ValidationTests {
    private func codes(_ map: JourneyMap) -> [String] { map.validate().map(\.code) }

    @Test func aCleanMapHasNoDiagnostics() {
        #expect(SampleMaps.clean.validate() == [])
    }

    @Test func reportsDuplicateAndInvalidIdentifiers() throws {
        var map = SampleMaps.clean
        map.stages[1].items[0].id = map.stages[0].items[0].id
        map.personas.append(Persona(id: "has space", name: "X"))
        map.lanes[0].id = ""
        let diagnostics = map.validate()
        let duplicate = try #require(diagnostics.first { $0.code == "duplicate-id" })
        #expect(duplicate.severity == .error)
        #expect(duplicate.path.description == "stage[purchase]/item[\(map.stages[0].items[0].id)]")
        #expect(duplicate.message.contains("stage[awareness]"))
        #expect(diagnostics.filter { $0.code == "invalid-id" }.count == 2)
    }

    @Test func reportsDanglingReferences() {
        var map = SampleMaps.clean
        map.stages[0].items[0].personaIDs = ["nobody"]
        map.stages[0].items[1].laneID = "no-lane"
        map.stages[0].items[2].stepID = "no-step"
        map.stages[1].personaIDs = ["ghost"]
        map.personas[0].reportsTo = "boss"
        map.transitions = [Transition(from: "awareness", to: "nowhere")]
        let found = map.validate().filter { $0.severity == .error }
        #expect(found.filter { $0.code == "unknown-persona" }.count == 3)
        #expect(found.filter { $0.code == "unknown-lane" }.count == 1)
        #expect(found.filter { $0.code == "unknown-step" }.count == 1)
        #expect(found.filter { $0.code == "unknown-stage" }.map(\.path) == [.transition("awareness-to-nowhere")])
    }

    @Test func reportsCharactersXMLCannotCarryOncePerElementNamingTheField() throws {
        var map = SampleMaps.clean
        let item = map.stages[0].items[0]
        map.stages[0].items[0].text = "bell \u{7} and \u{1}"
        map.stages[0].items[0].detail = "also \u{2}"
        map.lanes[0].title = "noncharacter \u{FFFF}"
        map.metadata["key"] = "tab\tand newline\n are fine"
        let found = map.validate().filter { $0.code == "unwritable-character" }
        #expect(found.count == 2)
        let onItem = try #require(found.first { $0.path == .item(item.id, inStage: map.stages[0].id) })
        #expect(onItem.severity == .error)
        #expect(onItem.message == "the text holds U+0007, a control character XML, HTML and SVG cannot carry")
        #expect(found.contains { $0.path == .lane(map.lanes[0].id) && $0.message.contains("U+FFFF") })
        // Plain text, accents, emoji and the three XML white-space controls pass.
        #expect(CharacterRule.firstUnwritable(in: "Café 😀 \t\n\r ﻿") == nil)
        #expect(CharacterRule.firstUnwritable(in: "x\u{FFFE}") == "\u{FFFE}")
    }

    @Test func checksActivitiesLikeTagsForCharactersXMLCannotCarry() throws {
        var map = SampleMaps.clean
        map.stages[0].items[2].activities = ["pricing_view", "two\nlines\twith tab"]
        #expect(!map.validate().contains { $0.code == "unwritable-character" })
        map.stages[0].items[2].activities.append("escape \u{1B}")
        let found = map.validate().filter { $0.code == "unwritable-character" }
        #expect(found.map(\.path) == [.item(map.stages[0].items[2].id, inStage: map.stages[0].id)])
        #expect(
            found.first?.message == "the activities holds U+001B, a control character XML, HTML and SVG cannot carry")
    }

    @Test func reportsScoresOutsideTheScale() {
        var map = SampleMaps.clean
        map.stages[0].items[1].score = EmotionScore(3)
        map.stages[1].items[1].score = EmotionScore(value: 0, source: SourceScore(value: 7, minimum: 1, maximum: 5))
        #expect(codes(map).filter { $0 == "score-out-of-range" }.count == 2)
        map.stages[1].items[1].score = EmotionScore(value: .nan, source: nil)
        #expect(codes(map).filter { $0 == "score-out-of-range" }.count == 2)
        map.stages[1].items[1].score = nil
        #expect(codes(map).contains("missing-score"))
    }

    @Test func reportsSourceScoresThatAreNotFinite() {
        var map = SampleMaps.clean
        // Inside its scale by comparison, but no format can write it.
        let infinite = SourceScore(value: -.infinity, minimum: -.infinity, maximum: 5)
        map.stages[1].items[1].score = EmotionScore(value: -2, source: infinite)
        #expect(codes(map).filter { $0 == "invalid-number" }.count == 1)
        map.stages[1].items[1].score = EmotionScore(value: 0, source: SourceScore(value: 3, minimum: .nan, maximum: 5))
        #expect(codes(map).filter { $0 == "invalid-number" }.count == 1)
        #expect(!codes(map).contains("score-out-of-range"))
    }

    @Test func reportsEmptyTitlesAndNames() {
        var map = SampleMaps.clean
        map.title = "  "
        map.stages[0].name = ""
        map.personas[0].name = ""
        map.lanes[0].title = ""
        map.stages[0].items[0].text = ""
        let found = map.validate()
        #expect(found.filter { $0.code == "empty-title" }.count == 4)
        #expect(found.first { $0.code == "empty-item" }?.severity == .warning)
    }

    @Test func reportsLinksOtherThanHTTPAndMail() {
        var map = SampleMaps.clean
        map.stages[0].items[0].links = [
            Link("https://example.com"), Link("mailto:cx@example.com"), Link("JavaScript:alert(1)"),
            Link("data:text/html,x"),
            Link("no scheme"),
        ]
        #expect(codes(map).filter { $0 == "unsafe-link" }.count == 3)
    }

    @Test func warnsAboutStagesWithoutTouchpointsOrKPIs() throws {
        var map = SampleMaps.clean
        map.stages[1].items.removeAll { $0.kind == .touchpoint || $0.kind == .kpi }
        let warnings = map.validate()
        #expect(warnings.map(\.code) == ["stage-without-touchpoint", "stage-without-kpi"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.path == .stage("purchase") })
    }

    @Test func checksTheBuyingCommittee() throws {
        var map = SampleMaps.clean
        map.kind = .b2b
        #expect(codes(map) == ["b2b-without-approver"])
        map.personas = [
            Persona(id: "a", name: "A", decisionRole: .user, reportsTo: "b"),
            Persona(id: "b", name: "B", decisionRole: .approver, reportsTo: "c"),
            Persona(id: "c", name: "C", reportsTo: "a"),
        ]
        map.stages = map.stages.map { stage in
            var stage = stage
            stage.items = stage.items.map { item in
                var item = item
                item.personaIDs = []
                return item
            }
            return stage
        }
        let cycles = map.validate().filter { $0.code == "approval-cycle" }
        #expect(cycles.count == 1)
        #expect(cycles[0].message.contains("a → b → c → a"))
        #expect(map.approvalChain(from: "a").map(\.id) == ["a", "b", "c"])
    }

    @Test func ordersErrorsFirst() {
        var map = SampleMaps.clean
        map.stages[1].items.removeAll { $0.kind == .kpi }
        map.title = ""
        #expect(map.validate().map(\.severity) == [.error, .warning])
    }

    @Test func runsCustomRules() {
        struct EveryStageHasAGoal: ValidationRule {
            func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
                for stage in map.stages where stage.goal == nil {
                    diagnostics.append(Diagnostic(.note, code: "stage-without-goal", "no goal", at: .stage(stage.id)))
                }
            }
        }
        let found = SampleMaps.clean.validate(rules: StandardRules.all + [EveryStageHasAGoal()])
        #expect(found.map(\.code) == ["stage-without-goal", "stage-without-goal"])
    }

    @Test func describesDiagnosticsTheWayCompilersDo() {
        let diagnostic = Diagnostic(
            .error, code: "unknown-lane", "no lane", at: .item("i", inStage: "s"),
            location: SourceLocation(file: "map.xml", line: 3, column: 7))
        #expect(diagnostic.description == "map.xml:3:7: error: no lane [unknown-lane] (stage[s]/item[i])")
        let sourceMap = SourceMap(
            file: "map.xml", locations: [.stage("s"): SourceLocation(file: "map.xml", line: 2, column: 5)])
        let located = sourceMap.locate([Diagnostic(.warning, code: "x", "y", at: .item("other", inStage: "s"))])
        #expect(located[0].location == SourceLocation(file: "map.xml", line: 2, column: 5))
        #expect(sourceMap.location(of: .lane("none")) == SourceLocation(file: "map.xml"))
    }
}
