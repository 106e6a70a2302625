/// One SQL query computing a map's stage table from an event table, where the events are.
///
/// The query gives the stage figures of ``StageAnalysis`` — the same definitions, the same numbers
/// (tested against DuckDB, PostgreSQL and Spark SQL on one generated log) — for an event table with
/// a timestamp, a customer, an activity and, when following accounts, an account column:
///
/// ```swift
/// let sql = StageSQL(binding: try StageBinding(map: map), dialect: .postgres, table: "analytics.events")
/// print(sql.query)
/// ```
///
/// The result has one row per stage, in stage order, stages nobody entered included (counts 0,
/// rate and times null), with the columns `stage_index` (from 0), `id`, `name`, `entered`,
/// `converted`, `conversion_rate`, `dropped`, `regressed`, `median_seconds_in_stage`,
/// `p90_seconds_in_stage`.
///
/// The query is one `SELECT` with common table expressions, without a closing semicolon:
///
/// 1. `binding`: the bound activities and their stage indexes, as a `VALUES` list;
/// 2. `stages`: each stage's index, identifier and name, as a `VALUES` list;
/// 3. `unit_events`: the events of bound activities (an inner join on the activity: other
///    activities drop out), as unit, stage and time in seconds — the unit is the customer, or the
///    account (rows without one, null or empty, are left out); rows with a null unit or time are
///    left out;
/// 4. `unit_stages`: per unit and stage entered, the first and last time;
/// 5. `unit_later`: adds the earliest first time of any later stage (a window over the unit's
///    stages), for *regressed*;
/// 6. `unit_next`: adds the first time of a later stage strictly after the first time of this one
///    (a left join of `unit_later` with the unit's events, grouped; it reads each unit's events
///    once per stage the unit entered);
/// 7. `unit_figures`: the seconds to convert (null when the unit did not convert, or not within
///    the window) and whether the unit regressed;
/// 8. `stage_figures`: counts and percentiles (`quantile_cont` in DuckDB, `percentile_cont` in
///    PostgreSQL, `percentile` in Spark: all interpolate linearly between the nearest ranks);
/// 9. the final `SELECT`: `stages` left-joined with `stage_figures`, ordered by stage.
///
/// Every identifier is quoted and every text is a literal escaped for the dialect (``SQLDialect``),
/// so names from a map or the command line cannot change the query. The same inputs give the same
/// bytes. Unlike the file readers, the query compares activities and customers exactly as stored:
/// it does not trim spaces.
public struct StageSQL: Hashable, Sendable {
    /// How the timestamp column holds time.
    public enum Timestamps: String, Hashable, Sendable, CaseIterable, Codable {
        /// A timestamp type (`TIMESTAMP`, `TIMESTAMPTZ`): a zone-less one is read as UTC.
        case timestamp
        /// A number of seconds since 1970-01-01T00:00:00Z.
        case epochSeconds = "epoch-seconds"
    }

    /// The stages and their activities.
    public let binding: StageBinding
    /// Whose journey is followed, and the window.
    public let options: AnalysisOptions
    /// The engine the query is written for.
    public let dialect: SQLDialect
    /// The event table; dots separate a schema or catalog from the table (`analytics.events`).
    public let table: String
    /// The event table's columns: timestamp, customer, activity and account are read.
    public let columns: EventColumns
    /// How the timestamp column holds time.
    public let timestamps: Timestamps
    /// The query.
    public let query: String

    public init(
        binding: StageBinding, options: AnalysisOptions = AnalysisOptions(), dialect: SQLDialect,
        table: String = "events", columns: EventColumns = .standard, timestamps: Timestamps = .timestamp
    ) {
        self.binding = binding
        self.options = options
        self.dialect = dialect
        self.table = table
        self.columns = columns
        self.timestamps = timestamps
        query = StageQueryWriter(
            binding: binding, options: options, dialect: dialect, table: table, columns: columns,
            timestamps: timestamps
        ).query()
    }

    /// The result's columns, in order.
    public static let resultColumns = [
        "stage_index", "id", "name", "entered", "converted", "conversion_rate", "dropped", "regressed",
        "median_seconds_in_stage", "p90_seconds_in_stage",
    ]
}
