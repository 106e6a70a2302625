import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey analyze`: a grid CSV with an Events row and a log give the table, the report and the map
/// with its measured KPIs.
@Suite("journey analyze")
struct AnalyzeCommandTests {
    let folder: URL

    init() throws {
        folder = try Journey.temporaryFolder()
        try Data(
            """
            Lane,Awareness,Consideration,Decision
            Actions,Reads the blog,Compares plans,Signs up
            Events,"blog_view
            ad_click",pricing_view,signup

            """.utf8
        ).write(to: folder.appendingPathComponent("map.csv"))
        try Data(
            """
            ts,customer,activity
            2026-03-01T09:00:00Z,alice,blog_view
            2026-03-01T10:00:00Z,alice,pricing_view
            2026-03-02T10:00:00Z,alice,signup
            2026-03-01T09:00:00Z,bob,ad_click
            2026-03-03T09:00:00Z,bob,pricing_view
            2026-03-04T09:00:00Z,bob,blog_view
            2026-03-05T09:00:00Z,carol,newsletter_open

            """.utf8
        ).write(to: folder.appendingPathComponent("events.csv"))
    }

    @Test func printsTheTableAndWarnsOfUnboundActivities() throws {
        let run = try Journey.run(["analyze", "map.csv", "events.csv"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("3 customers, 7 events (6 of activities the map binds)"))
        let awareness = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("Awareness") })
        #expect(awareness.split(separator: " ").prefix(4) == ["Awareness", "2", "2", "100.0"])
        #expect(run.errors.contains("events.csv: 1 events of 1 activities the map does not bind"))
        #expect(run.errors.contains("newsletter_open (1)"))
    }

    @Test func writesTheReportAndTheMapWithItsKPIs() throws {
        let run = try Journey.run(
            ["analyze", "map.csv", "events.csv", "--report", "report.json", "-o", "measured.journey.xml", "-q"],
            in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.isEmpty)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json")))
                as? [String: Any])
        let stages = try #require(report["stages"] as? [[String: Any]])
        #expect(stages.map { $0["entered"] as? Int } == [2, 2, 1])
        #expect(stages[0]["regressed"] as? Int == 1)
        let map = try JourneyMap(contentsOf: folder.appendingPathComponent("measured.journey.xml"))
        let kpis = map.stages[1].items.filter { $0.kind == .kpi }
        #expect(kpis.first?.metric == Metric(kind: .conversionRate, value: 50, unit: "%"))
        // The map with its KPIs draws.
        #expect(try Journey.run(["convert", "measured.journey.xml", "measured.svg"], in: folder).status == 0)
    }

    @Test func theReportGoesToStandardOutputInsteadOfTheTable() throws {
        let run = try Journey.run(
            ["analyze", "map.csv", "events.csv", "--report", "-", "--unit", "account"], in: folder)
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(report["unit"] as? String == "account" && report["events_without_account"] as? Int == 7)
        #expect(run.errors.contains("7 events have no account"))
    }

    @Test func badInputNamesTheProblem() throws {
        try Data("ts,customer,activity\n2026-03-01,alice,signup\nlater,bob,signup\n".utf8)
            .write(to: folder.appendingPathComponent("bad.csv"))
        let bad = try Journey.run(["analyze", "map.csv", "bad.csv"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.errors.contains("bad.csv:3:1"))
        try Data("Lane,A,B\nActions,x,y\n".utf8).write(to: folder.appendingPathComponent("plain.csv"))
        let unbound = try Journey.run(["analyze", "plain.csv", "events.csv"], in: folder)
        #expect(unbound.status == 65)
        #expect(unbound.errors.contains("plain.csv: the map binds no event activities"))
        let window = try Journey.run(["analyze", "map.csv", "events.csv", "--window", "soon"], in: folder)
        #expect(window.status == 64)
        #expect(try Journey.run(["analyze", "map.csv", "missing.csv"], in: folder).status == 66)
    }

    @Test func theWindowChangesWhoConverted() throws {
        let run = try Journey.run(["analyze", "map.csv", "events.csv", "--window", "1d", "--report", "-"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let stages = try #require(report["stages"] as? [[String: Any]])
        #expect(stages.map { $0["converted"] as? Int } == [1, 1, 0])
    }

    @Test func printsTheQueryForAWarehouse() throws {
        let run = try Journey.run(
            [
                "analyze", "map.csv", "--sql", "postgres", "--table", "analytics.events", "--unit", "account",
                "--window", "30d", "--customer-column", "user_id",
            ], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let map = try JourneyMap(contentsOf: folder.appendingPathComponent("map.csv"))
        let expected = StageSQL(
            binding: try StageBinding(map: map), options: AnalysisOptions(unit: .account, window: 30 * 86_400),
            dialect: .postgres, table: "analytics.events", columns: EventColumns(customer: "user_id"))
        #expect(run.output == expected.query + "\n")
        #expect(run.output.contains(#""analytics"."events""#))
        let both = try Journey.run(["analyze", "map.csv", "events.csv", "--sql", "duckdb"], in: folder)
        #expect(both.status == 64)
        #expect(try Journey.run(["analyze", "map.csv"], in: folder).status == 64)
    }

    @Test func infersEachCustomersStageAndExplainsOne() throws {
        let run = try Journey.run(
            ["analyze", "map.csv", "events.csv", "--infer", "stages.jsonl", "--explain", "bob", "-q"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOf: folder.appendingPathComponent("stages.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        #expect(lines.compactMap { $0?["unit"] as? String } == ["alice", "bob"])
        let alice = try #require(lines.first??["probabilities"] as? [String: Double])
        #expect(Set(alice.keys) == ["Awareness", "Consideration", "Decision"])
        #expect(abs(alice.values.reduce(0, +) - 1) < 1e-4)
        #expect(lines.first??["stage"] as? String == "Decision")
        #expect(run.errors.contains("bob"))
        #expect(run.errors.contains("pricing_view"))
        let unknown = try Journey.run(["analyze", "map.csv", "events.csv", "--explain", "zed", "-q"], in: folder)
        #expect(unknown.status == 65 && unknown.errors.contains("zed"))
    }

    @Test func theReadmeExampleGivesWhatTheReadmeShows() throws {
        let folder = Journey.packageRoot.appendingPathComponent("Examples/analytics")
        let run = try Journey.run(["analyze", "saas-trial.csv", "saas-events.jsonl"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let readme = try String(
            contentsOf: Journey.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for line in run.output.split(separator: "\n") {
            #expect(readme.contains(line), "README does not show: \(line)")
        }
        #expect(readme.contains(run.errors.trimmingCharacters(in: .newlines)))
    }

    @Test func aSortedLogIsMeasuredTheSameAndAnUnsortedOneRefused() throws {
        let whole = try Journey.run(["analyze", "map.csv", "events.csv", "--report", "-"], in: folder)
        let sorted = try Journey.run(["analyze", "map.csv", "events.csv", "--report", "-", "--sorted"], in: folder)
        #expect(sorted.status == 0 && sorted.output == whole.output)
        try Data("ts,customer,activity\n2026-03-02,alice,signup\n2026-03-01,alice,blog_view\n".utf8)
            .write(to: folder.appendingPathComponent("unsorted.csv"))
        let refused = try Journey.run(["analyze", "map.csv", "unsorted.csv", "--sorted"], in: folder)
        #expect(refused.status == 65)
        #expect(refused.errors.contains("event 2 (alice, blog_view, 2026-03-01T00:00:00Z)"))
        #expect(refused.errors.contains("leave out --sorted"))
    }
}
