import Foundation
import JourneyCSV
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Long layout")
struct LongLayoutTests {
    @Test func startsWithTheItemsHeaderThenOneRowPerItem() throws {
        let rows = try tokenize(text(SampleMaps.clean.export(as: .csv))).rows
        #expect(Array(rows[0].prefix(4)) == ["stage", "lane", "kind", "text"])
        #expect(
            rows[0] == [
                "stage", "lane", "kind", "text", "id", "step", "personas", "score", "source_score", "source_scale",
                "channel", "severity", "priority", "owner", "metric", "value", "target", "unit", "content_type", "tags",
                "links", "detail", "extensions",
            ])
        #expect(Array(rows[1].prefix(5)) == ["awareness", "actions", "action", "Sees an ad", "awareness-actions-1"])
        #expect(rows[2][7] == "1" && rows[2][6] == "anna")
        #expect(rows[4][14] == "reach" && rows[4][15] == "1000" && rows[4][16] == "1500")
        #expect(rows.allSatisfy { $0.count <= rows[0].count }, "pandas reads no row wider than the header")
    }

    @Test func writesTheOtherSectionsAfterTheItemsBehindMarkerRows() throws {
        let rows = try tokenize(text(SampleMaps.everyField.export(as: .csv))).rows
        let markers = rows.filter { $0.count == 1 && $0[0].hasPrefix("#") }.map { $0[0] }
        #expect(markers == ["#map", "#personas", "#lanes", "#stages", "#steps", "#transitions"])
        let mapIndex = try #require(rows.firstIndex(of: ["#map"]))
        #expect(
            rows[mapIndex + 1] == [
                "id", "title", "summary", "kind", "state", "scope", "language", "metadata", "extensions",
            ])
        #expect(
            rows[mapIndex + 2][0] == "every-field" && rows[mapIndex + 2][7] == #"{"author":"CX team","version":"3"}"#)
        #expect(mapIndex - 1 == SampleMaps.everyField.allItems.count)
    }

    @Test func writesListsOnePerLineUnlessThatWouldNotReadBack() throws {
        var map = SampleMaps.clean
        map.stages[0].items[0].tags = ["organic", "seo"]
        map.stages[0].items[1].tags = ["two\nlines", "x"]
        map.stages[0].items[2].tags = ["[\"looks like json\"]"]
        map.stages[0].items[3].links = [Link("https://example.com/a", title: "A page"), Link("mailto:x@example.com")]
        let rows = try tokenize(text(map.export(as: .csv))).rows
        #expect(rows[1][19] == "organic\nseo")
        #expect(rows[2][19] == #"["two\nlines","x"]"#)
        #expect(rows[3][19] == #"["[\"looks like json\"]"]"#)
        #expect(rows[4][20] == "https://example.com/a A page\nmailto:x@example.com")
        #expect(try JourneyMap(map.export(as: .csv), format: .csv) == map)
    }

    @Test func writesActivitiesAsTheLastColumnOnlyWhenAnItemHasThem() throws {
        var map = SampleMaps.clean
        let without = try tokenize(text(map.export(as: .csv))).rows
        #expect(!without[0].contains("activities"))
        map.stages[0].items[2].activities = ["pricing_view", "signup"]
        map.stages[1].items[2].activities = ["two\nlines", "=cmd|' /C calc'!A0"]
        let data = try map.export(as: .csv)
        let rows = try tokenize(text(data)).rows
        #expect(rows[0] == without[0] + ["activities"])
        #expect(rows[3][23] == "pricing_view\nsignup")
        #expect(rows[7][23].hasPrefix(#"["two\nlines","#), "a list with a line break in a value is JSON")
        #expect(rows[1].count == 24 && rows[1][23] == "")
        #expect(Array(rows[1].prefix(23)) == without[1], "the other cells do not move")
        #expect(rows.allSatisfy { $0.count <= rows[0].count }, "pandas reads no row wider than the header")
        let result = try JourneyCSVFormat().read(data, file: "t.csv")
        #expect(result.map == map)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func readsFilesWithoutTheActivitiesColumnAndTheColumnAnywhere() throws {
        let old = try SampleMaps.clean.export(as: .csv)
        let result = try JourneyCSVFormat().read(old, file: "old.csv")
        #expect(result.map == SampleMaps.clean && result.diagnostics.isEmpty)
        let csv = "stage,lane,kind,text,Activities,id\r\nS,Touchpoints,,Pricing page,\"pricing_view\nsignup\",t1\r\n"
        let read = try JourneyCSVFormat().read(Data(csv.utf8), file: "t.csv")
        let item = try #require(read.map.stages.first?.items.first)
        #expect(item.activities == ["pricing_view", "signup"] && item.text == "Pricing page" && item.id == "t1")
        #expect(item.extensions.isEmpty)
        #expect(!read.diagnostics.contains { $0.code == "csv-unknown-column" }, "\(read.diagnostics)")
    }

    @Test func tellsMissingValuesFromEmptyTexts() throws {
        var map = SampleMaps.clean
        map.summary = ""
        map.stages[0].goal = ""
        map.stages[0].items[0].detail = ""
        map.stages[0].items[0].tags = [""]
        map.stages[0].items[0].metric = Metric()
        map.stages[0].items[1].metric = Metric(unit: "")
        let again = try JourneyMap(map.export(as: .csv), format: .csv)
        #expect(again == map)
        #expect(again.stages[1].goal == nil && again.stages[1].items[0].metric == nil)
    }

    @Test func refusesAnEmptyMetricKind() throws {
        var map = SampleMaps.clean
        map.stages[0].items[3].metric?.kind = MetricKind("")
        #expect(throws: WriteError.self) { try map.export(as: .csv) }
    }

    @Test func readsATidyTableWrittenByHand() throws {
        let csv = """
            stage,lane,kind,text,score,channel
            Awareness,Doing,,Sees an ad,,
            Awareness,Feelings,,Curious,1,
            Awareness,Touchpoints / Channels,,Instagram,,social
            Awareness,Questions,,Is it safe?,,
            Purchase,Doing,action,Buys,,
            Purchase,Compliance,,GDPR check,,

            """
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "maps/car journey.csv")
        let map = result.map
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(map.title == "car journey" && map.id == "car-journey")
        #expect(map.stages.map(\.id) == ["awareness", "purchase"])
        #expect(map.stages.map(\.name) == ["Awareness", "Purchase"])
        #expect(map.lanes.map(\.kind) == [.actions, .emotions, .touchpoints, .thoughts, LaneKind("compliance")])
        #expect(map.lanes.map(\.title) == ["Doing", "Feelings", "Touchpoints / Channels", "Questions", "Compliance"])
        #expect(map.stages[0].items.map(\.kind) == [.action, .emotion, .touchpoint, .question])
        #expect(map.stages[0].items[1].score == EmotionScore(1))
        #expect(map.stages[0].items[2].channel == .social)
        #expect(
            map.stages[0].items.map(\.id) == [
                "awareness-doing-1", "awareness-feelings-1", "awareness-touchpoints-channels-1",
                "awareness-questions-1",
            ])
        #expect(map.stages[1].items[1].kind == ItemKind("compliance"))
        #expect(map.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func keepsUnknownColumnsAsExtensionDataWithANote() throws {
        let csv = "stage,lane,kind,text,Owner Notes,Item ID\r\nS,Actions,action,Do it,call back,x1\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "t.csv")
        let item = try #require(result.map.stages.first?.items.first)
        #expect(item.id == "x1")
        #expect(item.extensions["csv", "Owner Notes"] == "call back")
        #expect(result.diagnostics.map(\.code) == ["csv-unknown-column"])
        #expect(result.diagnostics.first?.severity == .note)
        #expect(result.diagnostics.first?.location == SourceLocation(file: "t.csv", line: 1, column: 5))
    }

    @Test func keepsInvalidValuesAsExtensionDataWithAWarning() throws {
        let csv = "stage,lane,kind,text,severity,score\r\nS,Pain points,pain-point,Slow,urgent,very\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "t.csv")
        let item = try #require(result.map.stages.first?.items.first)
        #expect(item.severity == nil && item.score == nil)
        #expect(item.extensions["csv", "severity"] == "urgent")
        #expect(item.extensions["csv", "score"] == "very")
        #expect(result.diagnostics.map(\.code) == ["csv-invalid-value", "csv-invalid-value"])
        #expect(result.diagnostics.map { $0.location?.column } == [5, 6])
        #expect(
            result.diagnostics.allSatisfy { $0.path == .item(item.id, inStage: "s") || $0.path.components.count == 2 })
    }

    @Test func readsValuesInAnyCaseAndColumnsInAnyOrder() throws {
        let csv = "stage,lane,kind,text,Priority,Content Type,Severity\r\nS,Ideas,,Guide,HIGH,whitepaper,Low\r\n"
        let item = try #require(try JourneyMap(Data(csv.utf8), format: .csv).stages.first?.items.first)
        #expect(item.priority == .high && item.severity == .low && item.contentType == .whitepaper)
        #expect(item.kind == .opportunity)
        let reordered = "text,kind,lane,stage\r\nHello,action,actions,S\r\n"
        let map = try JourneyMap(Data(reordered.utf8), format: .csv(layout: .long))
        #expect(map.stages.first?.items.first?.text == "Hello")
    }

    @Test func readsTheSectionsInAnyCompleteFile() throws {
        let map = SampleMaps.everyField
        let result = try JourneyCSVFormat().read(map.export(as: .csv), file: "every.csv")
        #expect(result.map == map)
        let persona = result.sourceMap.location(of: .persona("head"))
        let firstPersonaRow = map.allItems.count + 1 + 5 + 1
        #expect(persona == SourceLocation(file: "every.csv", line: firstPersonaRow + 1, column: 1))
        let item = map.stages[1].items[0]
        #expect(
            result.sourceMap.location(of: .item(item.id, inStage: "decision"))?.line == map.stages[0].items.count + 2)
    }

    @Test func warnsAboutUnknownSectionsAndSkipsThem() throws {
        var csv = text(try SampleMaps.clean.export(as: .csv))
        csv += "#notes\r\nwhatever,else\r\nmore,rows\r\n"
        let result = try JourneyCSVFormat().read(Data(csv.utf8), file: "t.csv")
        #expect(result.map == SampleMaps.clean)
        #expect(result.diagnostics.map(\.code) == ["csv-unknown-section"])
        #expect(result.diagnostics.first?.message.contains("#notes") == true)
    }
}
