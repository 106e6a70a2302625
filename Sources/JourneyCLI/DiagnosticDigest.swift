internal import JourneyKit

/// Diagnostics as lines to print, a few of each kind: at most ``perCode`` of one code, then one line
/// saying how many more there were.
///
/// A drawing can hold thousands of cells sharing one identifier; their thousands of identical
/// warnings would bury everything else an import has to say.
struct DiagnosticDigest {
    /// How many diagnostics of one code are printed in full.
    static let perCode = 20

    /// The lines: the diagnostics in order, those beyond the limit of their code left out, then
    /// "… and 19979 more import-duplicate-id warnings" for each code that had more.
    static func lines(for diagnostics: [Diagnostic], perCode: Int = perCode) -> [String] {
        var lines: [String] = []
        var shown: [String: Int] = [:]
        var omitted: [(code: String, severity: Diagnostic.Severity, count: Int)] = []
        var omittedIndex: [String: Int] = [:]
        for diagnostic in diagnostics {
            let count = shown[diagnostic.code, default: 0]
            if count < perCode {
                shown[diagnostic.code] = count + 1
                lines.append(diagnostic.description)
            } else if let index = omittedIndex[diagnostic.code] {
                omitted[index].count += 1
            } else {
                omittedIndex[diagnostic.code] = omitted.count
                omitted.append((diagnostic.code, diagnostic.severity, 1))
            }
        }
        for (code, severity, count) in omitted {
            let noun = count == 1 ? severity.rawValue : severity.rawValue + "s"
            lines.append("\u{2026} and \(count) more \(code) \(noun)")
        }
        return lines
    }
}
