/// Reads the timestamps of event logs: ISO 8601 dates and times, or seconds since 1970.
///
/// Accepted: `2026-03-01T09:30:00Z`, with fractions of a second (`…:00.250Z`), an offset
/// (`+02:00`, `+0200`, `+02`), a space instead of `T`, no seconds (`09:30`), no zone (read as UTC),
/// a date alone (`2026-03-01`, midnight UTC); or a number of seconds since 1970-01-01T00:00:00Z
/// (`1772357400`, `1772357400.25`). Everything else is refused: the reader names row and column.
enum Timestamp {
    /// The seconds since 1970 a text gives, or `nil` when it is not a timestamp.
    static func seconds(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = ByteScanner(bytes)
            scanner.skipSpaces()
            guard !scanner.atEnd else { return nil }
            let result = scanner.looksLikeDate ? scanner.isoSeconds() : scanner.epochSeconds()
            scanner.skipSpaces()
            return scanner.atEnd ? result : nil
        }
    }

    /// The days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Walks the bytes of one timestamp.
private struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    private var current: UInt8? { atEnd ? nil : bytes[index] }

    /// Four digits and a dash: a date.
    var looksLikeDate: Bool {
        bytes.count >= index + 5 && (0..<4).allSatisfy { isDigit(bytes[index + $0]) } && bytes[index + 4] == 0x2D
    }

    mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 { index += 1 }
    }

    mutating func isoSeconds() -> Double? {
        guard let year = digits(4), take(0x2D), let month = digits(2), take(0x2D), let day = digits(2),
            (1...12).contains(month), (1...Timestamp.daysInMonth(month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(Timestamp.days(year: year, month: month, day: day)) * 86_400
        guard let byte = current, byte == 0x54 || byte == 0x74 || byte == 0x20 else { return seconds }
        index += 1
        guard let hour = digits(2), take(0x3A), let minute = digits(2), hour <= 23, minute <= 59 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if take(0x3A) {
            guard let second = digits(2), second <= 60 else { return nil }
            seconds += Double(second)
            if take(0x2E) || take(0x2C) {
                guard let fraction = fraction() else { return nil }
                seconds += fraction
            }
        }
        guard let offset = zoneOffset() else { return nil }
        return seconds - offset
    }

    /// `Z`, `+hh:mm`, `+hhmm`, `+hh`, or nothing (UTC); in seconds east of UTC, `nil` when malformed.
    private mutating func zoneOffset() -> Double? {
        guard let byte = current else { return 0 }
        if byte == 0x5A || byte == 0x7A {
            index += 1
            return 0
        }
        guard byte == 0x2B || byte == 0x2D else { return 0 }
        index += 1
        guard let hours = digits(2), hours <= 23 else { return nil }
        var minutes = 0
        if take(0x3A) {
            guard let value = digits(2) else { return nil }
            minutes = value
        } else if let value = digits(2) {
            minutes = value
        }
        guard minutes <= 59 else { return nil }
        let offset = Double(hours * 3600 + minutes * 60)
        return byte == 0x2D ? -offset : offset
    }

    mutating func epochSeconds() -> Double? {
        let start = index
        if current == 0x2D || current == 0x2B { index += 1 }
        var sawDigit = false
        while let byte = current, isDigit(byte) {
            index += 1
            sawDigit = true
        }
        if take(0x2E) {
            while let byte = current, isDigit(byte) {
                index += 1
                sawDigit = true
            }
        }
        guard sawDigit, index - start <= 24 else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite, abs(value) < 1e12 else { return nil }
        return value
    }

    private mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        var count = 0
        while let byte = current, isDigit(byte) {
            if count < 9 { value += Double(byte - 0x30) * scale }
            scale /= 10
            count += 1
            index += 1
        }
        return count > 0 ? value : nil
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
