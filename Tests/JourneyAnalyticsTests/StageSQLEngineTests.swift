import Foundation
import JourneyAnalytics
import JourneyTestSupport
import Testing

/// One comparison: a generated log, how it is analysed, and the in-process report to match.
struct SQLCase {
    var name: String
    var vocabulary: LogVocabulary
    var seed: UInt64
    var options: AnalysisOptions
    var table: String
    var columns: EventColumns
    var time: EventLogCSV.Time
    /// Events written by hand instead of generated.
    var fixed: [ActivityEvent]? = nil

    var events: [ActivityEvent] { fixed ?? EventLogGenerator.events(seed: seed, vocabulary: vocabulary) }

    /// Customers and accounts, with and without the two-day window, epoch seconds under other
    /// table and column names, and hostile names everywhere.
    static let all: [SQLCase] = [
        SQLCase(
            name: "customer", vocabulary: .standard, seed: 1, options: AnalysisOptions(), table: "events",
            columns: .standard, time: .iso),
        SQLCase(
            name: "account", vocabulary: .standard, seed: 1, options: AnalysisOptions(unit: .account),
            table: "events", columns: .standard, time: .iso),
        SQLCase(
            name: "customer-window", vocabulary: .standard, seed: 1,
            options: AnalysisOptions(window: EventLogGenerator.twoDays), table: "events", columns: .standard,
            time: .iso),
        SQLCase(
            name: "account-window", vocabulary: .standard, seed: 1,
            options: AnalysisOptions(unit: .account, window: EventLogGenerator.twoDays), table: "events",
            columns: .standard, time: .iso),
        SQLCase(
            name: "epoch-window", vocabulary: .standard, seed: 2,
            options: AnalysisOptions(window: EventLogGenerator.twoDays), table: "event_stream",
            columns: EventColumns(
                timestamp: "event_time", customer: "user_id", activity: "event_name", account: "org_id"),
            time: .epoch),
        SQLCase(
            name: "hostile", vocabulary: .hostile, seed: 3,
            options: AnalysisOptions(unit: .account, window: 86_400), table: "my \"events\" `x` 'tbl' ü",
            columns: EventColumns(
                timestamp: "time \"stamp\"", customer: "who's", activity: "what`s \\ up", account: "Konto ü"),
            time: .iso),
        SQLCase(
            name: "hand", vocabulary: .standard, seed: 0, options: AnalysisOptions(window: EventLogGenerator.twoDays),
            table: "events", columns: .standard, time: .iso, fixed: HandLog.events),
    ]
}

@Suite("Stage queries in DuckDB, PostgreSQL and Spark SQL agree with the analysis")
struct StageSQLEngineTests {
    /// Writes each case's log once, reads it back with the file reader into the analysis, and
    /// makes the jobs for a dialect.
    private func prepare(_ dialect: SQLDialect, in folder: URL) throws -> (
        jobs: [EngineJob], reports: [String: StageReport]
    ) {
        var jobs: [EngineJob] = []
        var reports: [String: StageReport] = [:]
        for item in SQLCase.all {
            let binding = try item.vocabulary.binding()
            let events = item.events
            let csv = folder.appendingPathComponent("\(item.name).csv")
            let data = Data(EventLogCSV.text(events, columns: item.columns, time: item.time).utf8)
            try data.write(to: csv)
            var analysis = StageAnalysis(binding: binding, options: item.options)
            _ = try EventLogReader(columns: item.columns, format: .csv).read(data, file: csv.path) { analysis.add($0) }
            reports[item.name] = analysis.report()
            let sql = StageSQL(
                binding: binding, options: item.options, dialect: dialect, table: item.table, columns: item.columns,
                timestamps: item.time == .iso ? .timestamp : .epochSeconds)
            jobs.append(
                EngineJob(
                    name: item.name, csv: csv.path, table: item.table,
                    columns: [
                        "ts": item.columns.timestamp, "customer": item.columns.customer,
                        "activity": item.columns.activity, "account": item.columns.account,
                    ], epoch: item.time == .epoch, query: sql.query))
        }
        return (jobs, reports)
    }

    private func check(_ dialect: SQLDialect) throws {
        let folder = try Commands.temporaryFolder(prefix: "journeykit-stage-sql-\(dialect.rawValue)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (jobs, reports) = try prepare(dialect, in: folder)
        let (results, version) = try SQLEngines.run(dialect, jobs, in: folder)
        print("\(dialect.rawValue) \(version): \(results.count) stage queries run")
        for job in jobs {
            let result = try #require(results[job.name], "\(dialect.rawValue) gave nothing for \(job.name)")
            let report = try #require(reports[job.name])
            ResultComparison(engine: "\(dialect.rawValue) \(version)", job: job.name).compare(result, with: report)
        }
    }

    @Test("DuckDB") func duckDB() throws { try check(.duckdb) }
    @Test("PostgreSQL") func postgreSQL() throws { try check(.postgres) }
    @Test("Spark SQL") func sparkSQL() throws { try check(.spark) }

    /// The CSV the engines read gives the analysis the events generated: nothing is lost or
    /// changed in writing and reading (hostile names included).
    @Test(arguments: [0, 4, 5])
    func csvKeepsTheEvents(index: Int) throws {
        let item = SQLCase.all[index]
        let binding = try item.vocabulary.binding()
        let events = item.events
        var direct = StageAnalysis(binding: binding, options: item.options)
        for event in events { direct.add(event) }
        var read = StageAnalysis(binding: binding, options: item.options)
        let text = EventLogCSV.text(events, columns: item.columns, time: item.time)
        _ = try EventLogReader(columns: item.columns, format: .csv).read(Data(text.utf8), file: nil) { read.add($0) }
        #expect(read.report() == direct.report())
        #expect(events.count > 2_000)
    }
}

/// Compares an engine's rows with the report: integers exactly, doubles within 1e-6 relative.
struct ResultComparison {
    var engine: String
    var job: String

    func compare(_ result: EngineResult, with report: StageReport) {
        if let columns = result.columns {
            #expect(columns == StageSQL.resultColumns, "\(engine), \(job): columns")
        }
        #expect(result.rows.count == report.stages.count, "\(engine), \(job): one row per stage")
        for (index, (row, stage)) in zip(result.rows, report.stages).enumerated() {
            #expect(Set(row.keys) == Set(StageSQL.resultColumns), "\(engine), \(job): columns")
            let place = "\(engine), \(job), stage \(index)"
            #expect(integer(row["stage_index"]) == index, "\(place): stage_index")
            #expect(row["id"] as? String == stage.id, "\(place): id")
            #expect(row["name"] as? String == stage.name, "\(place): name")
            #expect(integer(row["entered"]) == stage.entered, "\(place): entered")
            #expect(integer(row["converted"]) == stage.converted, "\(place): converted")
            #expect(integer(row["dropped"]) == stage.dropped, "\(place): dropped")
            #expect(integer(row["regressed"]) == stage.regressed, "\(place): regressed")
            expectClose(row["conversion_rate"], stage.conversionRate, "\(place): conversion_rate")
            expectClose(row["median_seconds_in_stage"], stage.medianSecondsInStage, "\(place): median")
            expectClose(row["p90_seconds_in_stage"], stage.p90SecondsInStage, "\(place): p90")
        }
    }

    private func integer(_ value: Any?) -> Int? {
        guard let number = value as? NSNumber else { return nil }
        return Int(exactly: number.doubleValue)
    }

    private func expectClose(_ value: Any?, _ expected: Double?, _ what: String) {
        let actual = (value as? NSNumber)?.doubleValue
        guard let expected else {
            #expect(actual == nil, "\(what): \(String(describing: actual)) where the analysis has null")
            return
        }
        guard let actual else {
            Issue.record("\(what): null where the analysis has \(expected)")
            return
        }
        #expect(abs(actual - expected) <= 1e-6 * max(abs(actual), abs(expected)), "\(what): \(actual) ≠ \(expected)")
    }
}
