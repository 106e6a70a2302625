import Foundation
import JourneyAnalytics
import JourneyModel
import Testing

/// Reading event logs: formats, timestamps, and errors that name row and column.
@Suite("Event logs")
struct EventLogReaderTests {
    @Test func csvWithAnyDelimiterAndExtraColumns() throws {
        let comma = try Logs.read("ts,customer,activity,page\n2026-03-01T09:30:00Z,c1,blog_view,/a\n")
        #expect(comma == [ActivityEvent(timestamp: Logs.at(9.5), customer: "c1", activity: "blog_view")])
        let semicolon = try Logs.read("\u{FEFF}Activity;TS;Customer;Account\nsignup;2026-03-01 10:00;c2;acme\n")
        #expect(
            semicolon == [ActivityEvent(timestamp: Logs.at(10), customer: "c2", activity: "signup", account: "acme")])
        let tab = try Logs.read("ts\tcustomer\tactivity\trevenue_impact\n1772323200\tc3\tsignup\t12.5\n")
        #expect(tab.first?.revenueImpact == 12.5 && tab.first?.timestamp == Logs.at(0))
    }

    @Test(arguments: [
        ("2026-03-01T09:30:00Z", 9.5), ("2026-03-01T09:30:00.500Z", 9.5 + 0.5 / 3600),
        ("2026-03-01T11:30:00+02:00", 9.5), ("2026-03-01T04:30-0500", 9.5), ("2026-03-01 09:30", 9.5),
        ("2026-03-01", 0), ("1772357400", 9.5), ("1772357400.0", 9.5), ("2026-03-01t09:30:00z", 9.5),
    ])
    func timestamps(text: String, hours: Double) throws {
        let events = try Logs.read("ts,customer,activity\n\(text),c,x\n")
        #expect(abs((events.first?.timestamp ?? 0) - Logs.at(hours)) < 1e-6, "\(text)")
    }

    @Test(arguments: [
        "2026-02-30T00:00:00Z", "2026-13-01", "yesterday", "2026-03-01T25:00", "1e400", "", "2026-03-01T09:30:00+25:00",
        "2026-03-01T09:30:00Zjunk",
    ])
    func badTimestampsNameRowAndColumn(text: String) throws {
        #expect {
            try Logs.read("customer,activity,ts\nc,x,2026-03-01\nc,y,\(text)\n")
        } throws: { error in
            guard let error = error as? ReadError else { return false }
            return error.location.line == 3 && error.location.column == 3 && error.location.file == "events.csv"
        }
    }

    @Test func missingColumnsAreNamed() throws {
        #expect {
            try Logs.read("time,user,activity\n1,c,x\n")
        } throws: { error in
            let message = (error as? ReadError)?.message ?? ""
            return message.contains("“ts”") && message.contains("“customer”") && message.contains("“time”")
        }
        let renamed = try Logs.read(
            "time,user,event\n1772323200,c,x\n",
            columns: EventColumns(timestamp: "time", customer: "user", activity: "event"))
        #expect(renamed.count == 1)
    }

    @Test func raggedRowsAndEmptyFieldsAreErrors() throws {
        #expect {
            try Logs.read("ts,customer,activity\n1772323200,c,x\n1772323200,c\n")
        } throws: { error in
            (error as? ReadError)?.location.line == 3 && (error as? ReadError)?.location.column == 3
        }
        #expect {
            try Logs.read("ts,customer,activity\n1772323200, ,x\n")
        } throws: { error in
            (error as? ReadError)?.location.column == 2
        }
        #expect {
            try Logs.read("ts,customer,activity,revenue_impact\n1772323200,c,x,lots\n")
        } throws: { error in
            (error as? ReadError)?.location.column == 4
        }
        #expect(throws: ReadError.self) { try Logs.read("") }
    }

    @Test func blankLinesAreSkipped() throws {
        #expect(try Logs.read("ts,customer,activity\n\n1772323200,c,x\n\n").count == 1)
    }

    @Test func jsonLines() throws {
        let text = """
            {"ts": "2026-03-01T09:30:00Z", "customer": "c1", "activity": "blog_view", "extra": [1, 2]}

            {"ts": 1772357400, "customer": 42, "activity": "signup", "account": null, "revenue_impact": 9.5}\r
            """
        var events: [ActivityEvent] = []
        _ = try EventLogReader().read(Data(text.utf8), file: "e.jsonl") { events.append($0) }
        #expect(events.map(\.customer) == ["c1", "42"])
        #expect(events.map(\.timestamp) == [Logs.at(9.5), Logs.at(9.5)])
        #expect(events[1].revenueImpact == 9.5 && events[1].account == nil)
    }

    @Test(arguments: [
        (#"{"ts": 1772357400, "customer": "c"}"#, 2), (#"{"ts": true, "customer": "c", "activity": "x"}"#, 2),
        ("[1, 2]", 2), (#"{"ts": 1772357400, "#, 2), (#"{"ts": 1, "customer": {"a": 1}, "activity": "x"}"#, 2),
    ])
    func badJSONLinesNameTheLine(line: String, number: Int) throws {
        let text = #"{"ts": 1772357400, "customer": "c", "activity": "x"}"# + "\n" + line + "\n"
        #expect {
            _ = try EventLogReader().read(Data(text.utf8), file: "e.jsonl") { _ in }
        } throws: { error in
            (error as? ReadError)?.location.line == number
        }
    }

    @Test func aFileIsReadInPiecesLikeData() throws {
        var text = "ts,customer,activity\n"
        for index in 0..<30_000 { text += "\(1_772_323_200 + index),c\(index % 97),\"a\(index % 5)\"\n" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("journeykit-events-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var fromFile: [ActivityEvent] = []
        _ = try EventLogReader().read(contentsOf: url) { fromFile.append($0) }
        #expect(fromFile == (try Logs.read(text)))
        #expect(fromFile.count == 30_000 && fromFile.last?.customer == "c\(29_999 % 97)")
    }

    @Test func longJSONLinesKeepTheirOrderAndTheFirstErrorsLine() throws {
        var lines = (0..<40_000).map { #"{"ts": \#(1_772_323_200 + $0), "customer": "c\#($0)", "activity": "a"}"# }
        var events: [ActivityEvent] = []
        _ = try EventLogReader().read(Data(lines.joined(separator: "\n").utf8), file: "e.jsonl") { events.append($0) }
        #expect(events.map(\.customer) == (0..<40_000).map { "c\($0)" })
        lines[30_000] = "not json"
        lines[35_000] = "[]"
        #expect {
            _ = try EventLogReader().read(Data(lines.joined(separator: "\n").utf8), file: "e.jsonl") { _ in }
        } throws: { error in
            (error as? ReadError)?.location.line == 30_001
        }
    }
}
