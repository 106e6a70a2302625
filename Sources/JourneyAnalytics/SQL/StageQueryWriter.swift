/// Writes the text of a ``StageSQL`` query: one common table expression after the other.
///
/// The shape is documented on ``StageSQL``. Lines are indented by four spaces and end with a line
/// feed, except the last; nothing depends on hashing or on the order of a dictionary.
struct StageQueryWriter {
    let binding: StageBinding
    let options: AnalysisOptions
    let dialect: SQLDialect
    let table: String
    let columns: EventColumns
    let timestamps: StageSQL.Timestamps

    /// A quoted identifier.
    private func id(_ name: String) -> String { dialect.identifier(name) }

    /// A quoted column of a table alias: `"e"."ts"`.
    private func column(_ alias: String, _ name: String) -> String { id(alias) + "." + id(name) }

    func query() -> String {
        let expressions = [
            ("binding", bindingValues()), ("stages", stageValues()), ("unit_events", unitEvents()),
            ("unit_stages", unitStages()), ("unit_later", unitLater()), ("unit_next", unitNext()),
            ("unit_figures", unitFigures()), ("stage_figures", stageFigures()),
        ]
        let with = expressions.map { name, body in
            "\(id(name)) AS (\n" + body.map { "    " + $0 }.joined(separator: "\n") + "\n)"
        }
        return "WITH\n" + with.joined(separator: ",\n") + "\n" + finalSelect().joined(separator: "\n")
    }

    /// `(activity, stage_index)` rows, by activity name.
    private func bindingValues() -> [String] {
        let rows = zip(binding.activities, binding.activityStages).map { activity, stage in
            "(\(dialect.string(activity)), \(stage))"
        }
        return values(rows, alias: "b", columns: ["activity", "stage_index"])
    }

    /// `(stage_index, id, name)` rows, in stage order.
    private func stageValues() -> [String] {
        let rows = binding.stages.enumerated().map { index, stage in
            "(\(index), \(dialect.string(stage.id)), \(dialect.string(stage.name)))"
        }
        return values(rows, alias: "s", columns: ["stage_index", "id", "name"])
    }

    private func values(_ rows: [String], alias: String, columns: [String]) -> [String] {
        let list = rows.enumerated().map { index, row in "        " + row + (index < rows.count - 1 ? "," : "") }
        return ["SELECT * FROM (", "    VALUES"] + list
            + [") AS \(id(alias)) (\(columns.map(id).joined(separator: ", ")))"]
    }

    private func unitEvents() -> [String] {
        let timestamp = column("e", columns.timestamp)
        let seconds =
            switch timestamps {
            case .timestamp: dialect.epochSeconds(of: timestamp)
            case .epochSeconds: "CAST(\(timestamp) AS \(dialect.doubleType))"
            }
        let unit = column("e", options.unit == .account ? columns.account : columns.customer)
        var conditions = ["\(unit) IS NOT NULL", "\(timestamp) IS NOT NULL"]
        if options.unit == .account { conditions.append("\(unit) <> ''") }
        return [
            "SELECT",
            "    \(unit) AS \(id("unit")),",
            "    \(column("b", "stage_index")) AS \(id("stage")),",
            "    \(seconds) AS \(id("t"))",
            "FROM \(dialect.qualifiedName(table)) AS \(id("e"))",
            "JOIN \(id("binding")) AS \(id("b")) ON \(column("e", columns.activity)) = \(column("b", "activity"))",
            "WHERE " + conditions.joined(separator: " AND "),
        ]
    }

    private func unitStages() -> [String] {
        [
            "SELECT \(id("unit")), \(id("stage")), MIN(\(id("t"))) AS \(id("first_t")), "
                + "MAX(\(id("t"))) AS \(id("last_t"))",
            "FROM \(id("unit_events"))",
            "GROUP BY \(id("unit")), \(id("stage"))",
        ]
    }

    private func unitLater() -> [String] {
        [
            "SELECT \(id("unit")), \(id("stage")), \(id("first_t")), \(id("last_t")),",
            "    MIN(\(id("first_t"))) OVER (",
            "        PARTITION BY \(id("unit")) ORDER BY \(id("stage")) DESC",
            "        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING",
            "    ) AS \(id("later_first_t"))",
            "FROM \(id("unit_stages"))",
        ]
    }

    private func unitNext() -> [String] {
        let kept = ["unit", "stage", "first_t", "last_t", "later_first_t"].map { column("u", $0) }
            .joined(separator: ", ")
        return [
            "SELECT \(kept), MIN(\(column("n", "t"))) AS \(id("next_t"))",
            "FROM \(id("unit_later")) AS \(id("u"))",
            "LEFT JOIN \(id("unit_events")) AS \(id("n"))",
            "    ON \(column("n", "unit")) = \(column("u", "unit")) AND \(column("n", "stage")) > \(column("u", "stage"))",
            "    AND \(column("n", "t")) > \(column("u", "first_t"))",
            "GROUP BY \(kept)",
        ]
    }

    private func unitFigures() -> [String] {
        let seconds = "\(id("next_t")) - \(id("first_t"))"
        var convertedSeconds = seconds
        // As in the analysis: no limit for an infinite or NaN window; none converts within a
        // negative one (a later stage is strictly later), which −1 says as well as −∞.
        if let window = options.window, !window.isNaN, window != .infinity {
            let limit = dialect.double(max(window, -1))
            convertedSeconds = "CASE WHEN \(seconds) <= \(limit) THEN \(seconds) END"
        }
        return [
            "SELECT \(id("stage")),",
            "    \(convertedSeconds) AS \(id("seconds")),",
            "    CASE WHEN \(id("last_t")) > \(id("later_first_t")) THEN 1 END AS \(id("regressed"))",
            "FROM \(id("unit_next"))",
        ]
    }

    private func stageFigures() -> [String] {
        let seconds = id("seconds")
        return [
            "SELECT \(id("stage")),",
            "    COUNT(*) AS \(id("entered")),",
            "    COUNT(\(seconds)) AS \(id("converted")),",
            "    COUNT(\(id("regressed"))) AS \(id("regressed")),",
            "    \(dialect.percentile(seconds, 0.5)) AS \(id("median_seconds_in_stage")),",
            "    \(dialect.percentile(seconds, 0.9)) AS \(id("p90_seconds_in_stage"))",
            "FROM \(id("unit_figures"))",
            "GROUP BY \(id("stage"))",
        ]
    }

    private func finalSelect() -> [String] {
        let entered = column("f", "entered")
        let converted = column("f", "converted")
        return [
            "SELECT",
            "    \(column("s", "stage_index")) AS \(id("stage_index")),",
            "    \(column("s", "id")) AS \(id("id")),",
            "    \(column("s", "name")) AS \(id("name")),",
            "    COALESCE(\(entered), 0) AS \(id("entered")),",
            "    COALESCE(\(converted), 0) AS \(id("converted")),",
            "    CASE WHEN \(entered) > 0 THEN CAST(\(converted) AS \(dialect.doubleType)) / \(entered) END"
                + " AS \(id("conversion_rate")),",
            "    COALESCE(\(entered) - \(converted), 0) AS \(id("dropped")),",
            "    COALESCE(\(column("f", "regressed")), 0) AS \(id("regressed")),",
            "    \(column("f", "median_seconds_in_stage")) AS \(id("median_seconds_in_stage")),",
            "    \(column("f", "p90_seconds_in_stage")) AS \(id("p90_seconds_in_stage"))",
            "FROM \(id("stages")) AS \(id("s"))",
            "LEFT JOIN \(id("stage_figures")) AS \(id("f")) ON \(column("f", "stage")) = \(column("s", "stage_index"))",
            "ORDER BY \(column("s", "stage_index"))",
        ]
    }
}
