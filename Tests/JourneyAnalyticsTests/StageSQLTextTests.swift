import JourneyAnalytics
import Testing

/// The query's text: quoting, escaping, determinism and shape, without an engine.
@Suite("Stage query text")
struct StageSQLTextTests {
    @Test func identifiersAreQuotedPerDialect() {
        #expect(SQLDialect.duckdb.identifier("ev\"ents") == "\"ev\"\"ents\"")
        #expect(SQLDialect.postgres.identifier("a`b") == "\"a`b\"")
        #expect(SQLDialect.spark.identifier("ev`ents\"") == "`ev``ents\"`")
        #expect(SQLDialect.postgres.qualifiedName("analytics.events") == "\"analytics\".\"events\"")
        #expect(SQLDialect.spark.qualifiedName("db.events") == "`db`.`events`")
    }

    @Test func stringLiteralsAreEscapedPerDialect() {
        // Raw literals are kept out of #expect, whose expansion does not take them.
        let text = #"it's \ "x" \'"#
        let doubled = #"'it''s \ "x" \'''"#
        let backslashed = #"'it\'s \\ "x" \\\''"#
        #expect(SQLDialect.duckdb.string(text) == doubled)
        #expect(SQLDialect.postgres.string(text) == doubled)
        #expect(SQLDialect.spark.string(text) == backslashed)
    }

    /// A quote followed by a combining mark is one `Character` but the engine sees the quote.
    @Test func quotesBeforeCombiningMarksAreEscaped() {
        let text = "a'\u{301}b\"\u{301}c`\u{301}"
        let postgres = "'a''\u{301}b\"\u{301}c`\u{301}'"
        let spark = "'a\\'\u{301}b\"\u{301}c`\u{301}'"
        let duckDBIdentifier = "\"a'\u{301}b\"\"\u{301}c`\u{301}\""
        let sparkIdentifier = "`a'\u{301}b\"\u{301}c``\u{301}`"
        #expect(SQLDialect.postgres.string(text) == postgres)
        #expect(SQLDialect.spark.string(text) == spark)
        #expect(SQLDialect.duckdb.identifier(text) == duckDBIdentifier)
        #expect(SQLDialect.spark.identifier(text) == sparkIdentifier)
    }

    @Test(arguments: SQLDialect.allCases)
    func sameInputsGiveTheSameBytes(dialect: SQLDialect) throws {
        let stages = [StageBinding.Stage(id: "a", name: "A"), StageBinding.Stage(id: "b", name: "B")]
        var forward: [String: Int] = [:]
        var backward: [String: Int] = [:]
        let activities = (0..<40).map { ("activity \($0)", $0 % 2) }
        for (name, stage) in activities { forward[name] = stage }
        for (name, stage) in activities.reversed() { backward[name] = stage }
        let first = StageSQL(binding: try StageBinding(stages: stages, activities: forward), dialect: dialect)
        let second = StageSQL(binding: try StageBinding(stages: stages, activities: backward), dialect: dialect)
        #expect(first.query == second.query)
        #expect(first.query.hasPrefix("WITH\n"))
        #expect(first.query.hasSuffix("ORDER BY \(dialect.identifier("s")).\(dialect.identifier("stage_index"))"))
    }

    /// The hostile names appear only as escaped literals: the text outside literals and quoted
    /// identifiers is the same as with plain names.
    @Test(arguments: SQLDialect.allCases)
    func hostileNamesStayInsideLiterals(dialect: SQLDialect) throws {
        let hostileNames = LogVocabulary.hostile.stages.flatMap { [$0.id, $0.name] + $0.activities }
        func binding(_ name: (Int) -> String) throws -> StageBinding {
            let stages = (0..<4).map { StageBinding.Stage(id: name($0 * 2), name: name($0 * 2 + 1)) }
            let activities = Dictionary(uniqueKeysWithValues: (0..<12).map { (name(8 + $0), 0) })
            return try StageBinding(stages: stages, activities: activities)
        }
        let plain = try binding { "name \($0)" }
        let hostile = try binding { hostileNames[$0] }
        let options = AnalysisOptions(unit: .account, window: 3600)
        let columns = EventColumns(timestamp: "t\"s`", customer: "c'u", activity: "a\\", account: "ac;--")
        let plainQuery = StageSQL(binding: plain, options: options, dialect: dialect).query
        let hostileQuery = StageSQL(
            binding: hostile, options: options, dialect: dialect, table: "e\"v`s'", columns: columns
        ).query
        #expect(skeleton(plainQuery, dialect) == skeleton(hostileQuery, dialect))
    }

    @Test func windowsAreDoubleLiterals() throws {
        let binding = try LogVocabulary.standard.binding()
        func query(_ window: Double?) -> String {
            StageSQL(binding: binding, options: AnalysisOptions(window: window), dialect: .postgres).query
        }
        #expect(query(172_800).contains("<= CAST(172800.0 AS DOUBLE PRECISION)"))
        #expect(query(0.25).contains("<= CAST(0.25 AS DOUBLE PRECISION)"))
        #expect(query(-.infinity).contains("<= CAST(-1.0 AS DOUBLE PRECISION)"))
        #expect(query(.infinity) == query(nil))
        #expect(!query(nil).contains("<="))
    }

    /// The query with every literal and quoted identifier replaced by a placeholder.
    private func skeleton(_ query: String, _ dialect: SQLDialect) -> String {
        let identifierQuote: Unicode.Scalar = dialect == .spark ? "`" : "\""
        var result = ""
        var scalars = Array(query.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "'" || scalar == identifierQuote {
                result += scalar == "'" ? "L" : "I"
                while let next = scalars.popFirst() {
                    if dialect == .spark, scalar == "'", next == "\\" {
                        _ = scalars.popFirst()
                    } else if next == scalar {
                        if scalars.first == scalar { _ = scalars.popFirst() } else { break }
                    }
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
