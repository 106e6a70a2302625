import Foundation

/// The text style of every role at one base font size.
struct TextStyles: Sendable {
    let base: Double
    private let styles: [TextStyle]
    /// Where texts cut into units are kept, so that wrapping one again at another width only fills
    /// lines; `nil` to cut every text each time it is wrapped.
    let measures: TextMeasures?

    init(fontSize: Double, measures: TextMeasures? = nil) {
        base = fontSize
        styles = TextRole.allCases.map { role in
            TextStyle(
                metrics: role.isBold ? .dejaVuSansBold : .dejaVuSans, size: (fontSize * role.scale).rounded(toPlaces: 2)
            )
        }
        self.measures = measures
    }

    subscript(role: TextRole) -> TextStyle { styles[role.rawValue] }

    /// A text cut into measured units in a role's style: kept when there is a store of them.
    func measured(_ text: String, _ role: TextRole) -> MeasuredText {
        measures?.measured(text, role: role, style: self[role]) ?? MeasuredText(text, style: self[role])
    }

    /// Wraps a text in a role's style, as ``TextStyle/wrapLines(_:width:)`` does.
    func wrapLines(_ text: String, _ role: TextRole, width: Double) -> (lines: [Substring], spaceAfter: [Bool]) {
        measured(text, role).wrappedLines(width: width)
    }
}

/// Texts cut into measured units, kept for one drawing: each head, label and card text is cut once
/// however many widths the layout search tries.
///
/// A drawing is made on one thread; the lock only keeps a store shared by mistake from being
/// corrupted.
final class TextMeasures: @unchecked Sendable {
    private struct Key: Hashable {
        var text: String
        var role: TextRole
    }

    private let lock = NSLock()
    private var texts: [Key: MeasuredText] = [:]

    func measured(_ text: String, role: TextRole, style: TextStyle) -> MeasuredText {
        let key = Key(text: text, role: role)
        if let found = lock.withLock({ texts[key] }) { return found }
        let measured = MeasuredText(text, style: style)
        lock.withLock { texts[key] = measured }
        return measured
    }

    /// How many texts are kept.
    var count: Int { lock.withLock { texts.count } }
}
