/// The SQL engines a stage query is written for, and how each spells what differs between them.
///
/// Identifiers are always quoted — double quotes for DuckDB and PostgreSQL, backticks for Spark
/// SQL — with the quote character doubled inside, so a table or column may be named anything and
/// never collides with a keyword. String literals are single-quoted: DuckDB and PostgreSQL (with
/// `standard_conforming_strings`, the default since 9.1) double an embedded quote and keep
/// backslashes as they are; Spark SQL reads backslash escapes in literals, so there both the
/// backslash and the quote are escaped with a backslash (`\\`, `\'`), which every Spark version
/// reads (older versions read `'it''s'` as two adjacent literals: `its`).
public enum SQLDialect: String, Hashable, Sendable, CaseIterable, Codable {
    /// DuckDB.
    case duckdb
    /// PostgreSQL, 12 or later.
    case postgres
    /// Spark SQL, 3.1 or later, with the default parser settings
    /// (`spark.sql.parser.escapedStringLiterals` off).
    case spark

    /// An identifier (a table, a column, a common table expression), quoted.
    public func identifier(_ name: String) -> String {
        switch self {
        case .duckdb, .postgres: "\"" + name.replacingEvery("\"", with: "\"\"") + "\""
        case .spark: "`" + name.replacingEvery("`", with: "``") + "`"
        }
    }

    /// A possibly qualified name such as `analytics.events`: each part between dots quoted.
    public func qualifiedName(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { identifier(String($0)) }
            .joined(separator: ".")
    }

    /// A string literal holding exactly `text`.
    public func string(_ text: String) -> String {
        switch self {
        case .duckdb, .postgres:
            return "'" + text.replacingEvery("'", with: "''") + "'"
        case .spark:
            var escaped = ""
            for character in text.unicodeScalars {
                if character == "\\" || character == "'" { escaped.unicodeScalars.append("\\") }
                escaped.unicodeScalars.append(character)
            }
            return "'" + escaped + "'"
        }
    }

    /// The name of the 64-bit floating-point type.
    var doubleType: String {
        switch self {
        case .duckdb, .spark: "DOUBLE"
        case .postgres: "DOUBLE PRECISION"
        }
    }

    /// A number as a literal of the 64-bit floating-point type, reading back as the same value.
    func double(_ value: Double) -> String {
        "CAST(\(value.description) AS \(doubleType))"
    }

    /// An expression giving the seconds since 1970 of a timestamp column, as a double.
    func epochSeconds(of timestamp: String) -> String {
        switch self {
        case .duckdb: "epoch(\(timestamp))"
        case .postgres: "CAST(EXTRACT(EPOCH FROM \(timestamp)) AS DOUBLE PRECISION)"
        case .spark: "CAST(unix_micros(\(timestamp)) AS DOUBLE) / 1e6"
        }
    }

    /// The continuous percentile (linear interpolation between the nearest ranks) of an expression
    /// over a group, passing over nulls; null when the group has no value.
    func percentile(_ expression: String, _ fraction: Double) -> String {
        switch self {
        case .duckdb: "quantile_cont(\(expression), \(fraction.description))"
        case .postgres: "percentile_cont(\(fraction.description)) WITHIN GROUP (ORDER BY \(expression))"
        case .spark: "percentile(\(expression), \(fraction.description))"
        }
    }
}

extension String {
    /// The text with every occurrence of one Unicode scalar replaced.
    ///
    /// Works on scalars, not characters: a quote followed by a combining mark is one `Character`
    /// that is not a quote, yet the engine reads a quote.
    fileprivate func replacingEvery(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for element in unicodeScalars {
            if element == scalar {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(element)
            }
        }
        return String(result)
    }
}
