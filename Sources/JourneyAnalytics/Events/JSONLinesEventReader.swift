import Foundation
import JourneyModel

/// Reads an event log written as JSON lines: one object per line, keys naming the fields.
///
/// Timestamps may be strings (ISO 8601) or numbers (seconds since 1970); customers and accounts
/// strings or integers. Blank lines are passed over; a line that is not an object is an error
/// naming it.
struct JSONLinesEventReader {
    let columns: EventColumns
    let file: String?

    /// How many bytes are read at a time.
    static let chunkSize = 1 << 20
    /// The longest line read: one event is far smaller.
    static let maximumLineLength = 1 << 20

    /// How many lines are parsed together, split between the cores.
    static let batchSize = 16_384

    func read(_ stream: InputStream, _ handle: (ActivityEvent) throws -> Void) throws -> [Diagnostic] {
        stream.open()
        defer { stream.close() }
        var batch = LineBatch()
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        var line = 1
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: Self.chunkSize) }
            if count < 0 {
                let reason = stream.streamError?.localizedDescription ?? "unknown error"
                throw ReadError("cannot read the input: \(reason)", at: SourceLocation(file: file), kind: .unreadable)
            }
            if count == 0 { break }
            var start = 0
            for index in 0..<count where chunk[index] == 0x0A {
                pending.append(contentsOf: chunk[start..<index])
                batch.append(pending, number: line)
                pending.removeAll(keepingCapacity: true)
                line += 1
                start = index + 1
                if batch.count == Self.batchSize { try emit(&batch, handle) }
            }
            pending.append(contentsOf: chunk[start..<count])
            guard pending.count <= Self.maximumLineLength else {
                throw ReadError(
                    "the line is longer than \(Self.maximumLineLength) bytes: one event per line is expected",
                    at: SourceLocation(file: file, line: line, column: 1), kind: .limitExceeded)
            }
        }
        batch.append(pending, number: line)
        try emit(&batch, handle)
        return []
    }

    /// Parses a batch of lines on every core and hands their events over in line order; the first
    /// error in line order is thrown.
    private func emit(_ batch: inout LineBatch, _ handle: (ActivityEvent) throws -> Void) throws {
        let lines = batch
        batch = LineBatch()
        let parts = lines.count < 1024 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let results = concurrentParts(of: lines.count, parts: parts) { range in
            range.map { index in Result { try event(line: lines.bytes[index], number: lines.numbers[index]) } }
        }
        for part in results {
            for result in part {
                if let event = try result.get() { try handle(event) }
            }
        }
    }

    /// The event of one line, or `nil` for a blank line.
    private func event(line bytes: [UInt8], number: Int) throws -> ActivityEvent? {
        var body = bytes[...]
        if number == 1, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        while let last = body.last, last == 0x0D || last == 0x20 || last == 0x09 { body = body.dropLast() }
        guard body.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        let location = SourceLocation(file: file, line: number, column: 1)
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw ReadError("the line is not a JSON object: one event object per line is expected", at: location)
            }
            object = parsed
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(
                "the line is not valid JSON: one event object per line is expected", at: location, kind: .malformed)
        }
        return try EventFields(file: file, names: columns).event(
            timestamp: try text(object[columns.timestamp], key: columns.timestamp, at: location),
            customer: try text(object[columns.customer], key: columns.customer, at: location),
            activity: try text(object[columns.activity], key: columns.activity, at: location),
            account: try text(object[columns.account], key: columns.account, at: location),
            revenue: try text(object[columns.revenueImpact], key: columns.revenueImpact, at: location),
            row: number)
    }

    /// A value as text: strings as they are, numbers in their shortest form, `null` and absent as `nil`.
    private func text(_ value: Any?, key: String, at location: SourceLocation) throws -> String? {
        switch value {
        case nil, is NSNull: return nil
        case let string as String: return string
        case let number as NSNumber:
            // JSON's true and false come as numbers of C type `char`.
            guard String(cString: number.objCType) != "c" else {
                throw ReadError("“\(key)” is true or false, not a value", at: location)
            }
            let double = number.doubleValue
            if let integer = Int64(exactly: double) { return String(integer) }
            return double.isFinite ? String(double) : nil
        default:
            throw ReadError("“\(key)” is an object or an array, not a value", at: location)
        }
    }
}

/// Lines read and not yet parsed, with their numbers.
private struct LineBatch: Sendable {
    var bytes: [[UInt8]] = []
    var numbers: [Int] = []

    var count: Int { bytes.count }

    mutating func append(_ line: [UInt8], number: Int) {
        bytes.append(line)
        numbers.append(number)
    }
}
