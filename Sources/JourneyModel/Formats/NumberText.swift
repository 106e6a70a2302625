import Foundation

/// How formats write and read numbers: the shortest text that reads back to the same value.
///
/// Integers below 10^15 are written without a fraction (`2`, `-0.5`, `1e-07`, `1e+20`); negative
/// zero is written `0`, which compares equal. Output is deterministic and reads back to an equal
/// value.
public enum NumberText {
    /// The text of a number.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The number a text holds, or `nil` when it holds none or a non-finite one.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }
}
