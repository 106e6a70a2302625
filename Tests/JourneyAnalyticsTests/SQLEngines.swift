import Foundation
import JourneyAnalytics
import JourneyTestSupport
import Testing

/// One query to run: the CSV file to load as the event table, and the query over it.
struct EngineJob: Encodable {
    var name: String
    var csv: String
    var table: String
    /// The names of the columns `ts`, `customer`, `activity`, `account`.
    var columns: [String: String]
    /// Whether the timestamp column is a number of seconds rather than a timestamp.
    var epoch: Bool
    var query: String
}

/// What an engine returned for one query: the column names in order (when the engine tells), and
/// each row by column name.
struct EngineResult {
    var columns: [String]?
    var rows: [[String: Any]]
}

/// Runs queries in DuckDB, PostgreSQL and Spark SQL: one process per engine for all the queries of
/// a test, each event table loaded from its CSV file.
///
/// The engines are needed: without them the tests fail, naming what to install (`.ci/run` installs
/// and starts all three). The loading code quotes names itself, independently of ``SQLDialect``.
enum SQLEngines {
    /// The results by job name, and the engine's version.
    static func run(_ dialect: SQLDialect, _ jobs: [EngineJob], in folder: URL) throws -> (
        results: [String: EngineResult], version: String
    ) {
        switch dialect {
        case .duckdb: try python(script: duckDBScript, jobs: jobs, in: folder, needs: "duckdb")
        case .spark: try python(script: sparkScript, jobs: jobs, in: folder, needs: "pyspark (and a Java 17 runtime)")
        case .postgres: try PostgresClient.run(jobs, in: folder)
        }
    }

    private static func python(script: String, jobs: [EngineJob], in folder: URL, needs: String) throws -> (
        results: [String: EngineResult], version: String
    ) {
        let executable = try #require(
            Commands.executable(named: "python3"), "python3 is needed (Debian package python3)")
        let jobsFile = folder.appendingPathComponent("jobs.json")
        let outputFile = folder.appendingPathComponent("results.json")
        try JSONEncoder().encode(jobs).write(to: jobsFile)
        let result = try Commands.run(executable, ["-c", script, jobsFile.path, outputFile.path])
        let problem =
            "python3 could not run the queries: install \(needs) (python3 -m pip install duckdb pyspark; .ci/run does): "
            + String(result.errors.suffix(4000))
        try #require(result.status == 0, "\(problem)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: outputFile)) as? [String: Any]
        let version = try #require(object?["version"] as? String)
        let results = try #require(object?["results"] as? [String: [String: Any]])
        return (
            results.mapValues { value in
                let columns = value["columns"] as? [String] ?? []
                let rows = value["rows"] as? [[Any]] ?? []
                return EngineResult(
                    columns: columns, rows: rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) })
            }, version
        )
    }

    /// Loads each CSV into a table with the job's names (a timestamp or a double, then text) and
    /// runs the query.
    private static let duckDBScript = """
        import json, sys, duckdb
        jobs = json.load(open(sys.argv[1], encoding="utf-8"))
        connection = duckdb.connect()
        def quoted(name):
            return '"' + name.replace('"', '""') + '"'
        results = {}
        for job in jobs:
            c = job["columns"]
            table = quoted(job["table"])
            ts_type = "DOUBLE" if job["epoch"] else "TIMESTAMP"
            connection.execute(
                f"CREATE OR REPLACE TABLE {table} ({quoted(c['ts'])} {ts_type}, {quoted(c['customer'])} VARCHAR, "
                f"{quoted(c['activity'])} VARCHAR, {quoted(c['account'])} VARCHAR)")
            path = job["csv"].replace("'", "''")
            connection.execute(
                f"COPY {table} FROM '{path}' (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\\"', ESCAPE '\\"')")
            cursor = connection.execute(job["query"])
            columns = [column[0] for column in cursor.description]
            results[job["name"]] = {"columns": columns, "rows": [list(row) for row in cursor.fetchall()]}
        json.dump({"version": duckdb.__version__, "results": results}, open(sys.argv[2], "w", encoding="utf-8"))
        """

    /// One local Spark session (one core, UTC) for all jobs; each CSV read with a schema, strictly,
    /// and shown under the job's table name.
    private static let sparkScript = """
        import json, sys
        from pyspark.sql import SparkSession
        from pyspark.sql.types import DoubleType, StringType, StructField, StructType, TimestampType
        jobs = json.load(open(sys.argv[1], encoding="utf-8"))
        spark = (SparkSession.builder.master("local[1]").appName("journeykit-stage-sql")
            .config("spark.sql.session.timeZone", "UTC").config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
            .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        def quoted(name):
            return "`" + name.replace("`", "``") + "`"
        results = {}
        for index, job in enumerate(jobs):
            c = job["columns"]
            schema = StructType([
                StructField(c["ts"], DoubleType() if job["epoch"] else TimestampType()),
                StructField(c["customer"], StringType()), StructField(c["activity"], StringType()),
                StructField(c["account"], StringType())])
            frame = spark.read.csv(job["csv"], schema=schema, header=True, quote='"', escape='"', mode="FAILFAST",
                timestampFormat="yyyy-MM-dd HH:mm:ss.SSS", encoding="UTF-8")
            raw = f"journeykit_raw_{index}"
            frame.createOrReplaceTempView(raw)
            spark.sql(f"CREATE OR REPLACE TEMPORARY VIEW {quoted(job['table'])} AS SELECT * FROM {raw}")
            result = spark.sql(job["query"])
            results[job["name"]] = {"columns": result.columns, "rows": [list(row) for row in result.collect()]}
        json.dump({"version": spark.version, "results": results}, open(sys.argv[2], "w", encoding="utf-8"))
        spark.stop()
        """
}

/// Runs jobs in PostgreSQL through `psql`, all in one session: a temporary table per job, filled
/// with `\\copy`, and the query's rows as one JSON line.
///
/// Connects to `JOURNEYKIT_PG` (any libpq connection string) or to the cluster `.ci/run` starts:
/// the local socket in /var/run/postgresql, port 54329, database and role `journeykit`.
enum PostgresClient {
    static let defaultConnection = "host=/var/run/postgresql port=54329 dbname=journeykit user=journeykit"

    static var connection: String {
        ProcessInfo.processInfo.environment["JOURNEYKIT_PG"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultConnection
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func run(_ jobs: [EngineJob], in folder: URL) throws -> (results: [String: EngineResult], version: String) {
        let psql = try #require(
            Commands.executable(named: "psql"),
            "psql is needed (Debian package postgresql; .ci/run installs and starts it)")
        var script = [
            "SET client_encoding TO 'UTF8';", "\\echo @@version", "SELECT current_setting('server_version');",
        ]
        for job in jobs {
            let c = job.columns
            let table = quoted(job.table)
            let timestamp = job.epoch ? "double precision" : "timestamp"
            script += [
                "CREATE TEMPORARY TABLE \(table) (\(quoted(c["ts"]!)) \(timestamp), \(quoted(c["customer"]!)) text, "
                    + "\(quoted(c["activity"]!)) text, \(quoted(c["account"]!)) text);",
                "\\copy \(table) FROM '\(job.csv)' WITH (FORMAT csv, HEADER true)",
                "\\echo @@job \(job.name)",
                "SELECT replace(CAST(json_agg(\"q\") AS text), chr(10), ' ') FROM (\n\(job.query)\n) AS \"q\";",
                "DROP TABLE \(table);",
            ]
        }
        let scriptFile = folder.appendingPathComponent("jobs.sql")
        try script.joined(separator: "\n").appending("\n").write(to: scriptFile, atomically: true, encoding: .utf8)
        let result = try Commands.run(
            psql, ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", connection, "-f", scriptFile.path])
        let problem =
            "psql could not run the queries on “\(connection)” (set JOURNEYKIT_PG, or let .ci/run start the "
            + "journeykit cluster): \(result.errors.suffix(4000))"
        try #require(result.status == 0, "\(problem)")
        var version = ""
        var results: [String: EngineResult] = [:]
        var current: String?
        for line in result.output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line == "@@version" {
                current = "@@version"
            } else if line.hasPrefix("@@job ") {
                current = String(line.dropFirst(6))
            } else if current == "@@version" {
                version = String(line)
            } else if let name = current {
                let rows = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]]
                results[name] = EngineResult(columns: nil, rows: try #require(rows))
            }
        }
        return (results, version)
    }
}
