import JourneyModel

/// The warnings a reader collects, at most a few of each kind, with a count of the rest.
///
/// A file with a million ragged rows should say so once per row for the first rows and then give a
/// total, not print a million lines.
struct DiagnosticLog {
    /// How many diagnostics of one code are kept; the rest are counted.
    static let limitPerCode = 50

    private(set) var kept: [Diagnostic] = []
    private var counts: [String: Int] = [:]

    /// Records a warning.
    mutating func warn(_ code: String, _ message: String, at location: SourceLocation, path: ElementPath = .map) {
        add(Diagnostic(.warning, code: code, message, at: path, location: location))
    }

    /// Records a note: something worth knowing that lost nothing.
    mutating func note(_ code: String, _ message: String, at location: SourceLocation, path: ElementPath = .map) {
        add(Diagnostic(.note, code: code, message, at: path, location: location))
    }

    private mutating func add(_ diagnostic: Diagnostic) {
        let count = counts[diagnostic.code, default: 0] + 1
        counts[diagnostic.code] = count
        if count <= Self.limitPerCode { kept.append(diagnostic) }
    }

    /// The diagnostics, followed by one summary for each code that passed the limit.
    func diagnostics(file: String?) -> [Diagnostic] {
        var result = kept
        for (code, count) in counts.sorted(by: { $0.key < $1.key }) where count > Self.limitPerCode {
            let severity = kept.first { $0.code == code }?.severity ?? .warning
            result.append(
                Diagnostic(
                    severity, code: code, "\(count - Self.limitPerCode) more like this were found",
                    location: SourceLocation(file: file)))
        }
        return result
    }
}
