import JourneyModel

/// The text styles a drawn map uses; each is a CSS class with its size, weight and colour.
enum TextRole: Int, CaseIterable, Sendable {
    /// The map's title.
    case title
    /// Headings: stage names, "Buying committee", "Legend".
    case heading
    /// Bold text at the base size: lane titles, persona names.
    case strong
    /// Card texts and the summary.
    case body
    /// Secondary text: goals, durations, kinds, owners.
    case secondary
    /// Small secondary text: a card's kind line, owners, personas.
    case meta
    /// Small text in chips.
    case chip
    /// Links.
    case link
    /// A KPI's value against its target.
    case figure
    /// Scale labels of the emotion curve.
    case axis
    /// A KPI's status when it meets its target: "✓ on target".
    case onTarget
    /// A KPI's status when it misses its target: "✗ off target".
    case offTarget

    var className: String {
        switch self {
        case .title: "t-title"
        case .heading: "t-head"
        case .strong: "t-strong"
        case .body: "t-body"
        case .secondary: "t-sub"
        case .meta: "t-meta"
        case .chip: "t-chip"
        case .link: "t-link"
        case .figure: "t-fig"
        case .axis: "t-axis"
        case .onTarget: "t-on"
        case .offTarget: "t-off"
        }
    }

    /// The size relative to the base font size.
    var scale: Double {
        switch self {
        case .title: 1.7
        case .heading: 1.1
        case .strong, .body: 1
        case .secondary, .figure: 0.92
        case .meta, .chip, .link, .onTarget, .offTarget: 0.85
        case .axis: 0.8
        }
    }

    var isBold: Bool {
        switch self {
        case .title, .heading, .strong, .figure, .onTarget, .offTarget: true
        default: false
        }
    }

    /// Which of the theme's text colours the role uses.
    func color(in theme: SVGTheme) -> SVGColor {
        switch self {
        case .title, .heading, .strong, .body, .chip, .figure: theme.text
        case .secondary, .meta, .axis: theme.mutedText
        case .link: theme.link
        case .onTarget: theme.onTarget
        case .offTarget: theme.offTarget
        }
    }
}

/// Wrapped lines of text in one style.
struct TextBlock {
    var lines: [Substring]
    var role: TextRole
    var style: TextStyle
    /// For each line, whether the text reads on with a space after it; lines broken inside a word
    /// (after a hyphen, between CJK characters, in a long word) join without one.
    var spaceAfter: [Bool] = []

    var height: Double { style.height(lines: lines.count) }
}

/// A small drawn symbol at the start of a card's kind line.
enum Icon {
    case painPoint
    case opportunity
    case keyMoment
    /// The marker of an emotion curve.
    case marker(series: Int)
}

/// Something drawn inside a box, positioned relative to the box's top-left corner.
enum Piece {
    case text(TextBlock, x: Double, y: Double)
    case link(TextBlock, url: String, x: Double, y: Double)
    case chip(TextBlock, x: Double, y: Double, width: Double, height: Double)
    /// A bar of a KPI's value against its target, as fractions of the bar's width: the good side
    /// of the target shaded (below it when lower is better), the value coloured by its status.
    case bar(x: Double, y: Double, width: Double, value: Double, target: KPIBarTarget, status: MetricStatus)
    case icon(Icon, x: Double, y: Double, size: Double, accentClass: String)
    /// A legend entry's sample drawing.
    case swatch(LegendEntry, x: Double, y: Double, width: Double, height: Double, iconSize: Double)
    /// A box inside the box, drawn as a group of its own.
    case box(Box, x: Double, y: Double, className: String)
}

extension Piece {
    /// The same piece, moved.
    func shifted(by dx: Double, _ dy: Double) -> Piece {
        switch self {
        case .text(let block, let x, let y): .text(block, x: x + dx, y: y + dy)
        case .link(let block, let url, let x, let y): .link(block, url: url, x: x + dx, y: y + dy)
        case .chip(let block, let x, let y, let width, let height):
            .chip(block, x: x + dx, y: y + dy, width: width, height: height)
        case .bar(let x, let y, let width, let value, let target, let status):
            .bar(x: x + dx, y: y + dy, width: width, value: value, target: target, status: status)
        case .icon(let icon, let x, let y, let size, let accentClass):
            .icon(icon, x: x + dx, y: y + dy, size: size, accentClass: accentClass)
        case .swatch(let entry, let x, let y, let width, let height, let iconSize):
            .swatch(entry, x: x + dx, y: y + dy, width: width, height: height, iconSize: iconSize)
        case .box(let box, let x, let y, let className): .box(box, x: x + dx, y: y + dy, className: className)
        }
    }
}

/// Where a KPI bar's target lies and which side of it is good, as fractions of the bar's width.
struct KPIBarTarget {
    /// The target, or the lower bound of a range.
    var lower: Double
    /// The target, or the upper bound of a range.
    var upper: Double
    /// The good part of the bar, shaded: `nil` when the direction is not known.
    var good: ClosedRange<Double>?

    /// A target in a direction: the good side is above it when higher is better, below it when
    /// lower is better, and between the bounds of a range.
    init(lower: Double, upper: Double, direction: MetricDirection?) {
        self.lower = lower
        self.upper = upper
        switch direction {
        // Clamped, though fractions of the larger number never leave 0…1: a range must not trap.
        case .higherIsBetter: good = min(max(lower, 0), 1)...1
        case .lowerIsBetter: good = 0...min(max(upper, 0), 1)
        case .targetRange: good = min(max(lower, 0), 1)...max(min(max(lower, 0), 1), min(upper, 1))
        case nil: good = nil
        }
    }
}

/// A rectangle holding text, such as a card, a header, a persona or a label.
///
/// All its text stays inside it.
struct Box {
    var width: Double
    var height: Double
    var pieces: [Piece] = []
    /// The CSS classes of the rectangle (`box b-card`, `box b-stage`, …); `box` marks a rectangle
    /// that holds text, for the text checker.
    var background: String
    /// The `id` of the box's first text, so a group can be labelled by it.
    var titleID: String?
}

/// Stacks pieces from the top of a box down, wrapping text to the box's inner width.
struct BoxStacker {
    let width: Double
    let left: Double
    let right: Double
    let styles: TextStyles
    private(set) var y: Double
    private(set) var pieces: [Piece] = []
    private var isEmpty = true

    /// A stacker for a box of `width`, with `padding` on every side and `inset` more on the left.
    init(width: Double, padding: Double, inset: Double = 0, styles: TextStyles) {
        self.width = width
        left = padding + inset
        right = width - padding
        self.styles = styles
        y = padding
    }

    var innerWidth: Double { max(right - left, 1) }

    /// Leaves vertical space, unless nothing has been stacked yet.
    mutating func gap(_ height: Double) {
        if !isEmpty { y += height }
    }

    /// Adds wrapped text; empty text adds nothing.
    mutating func text(
        _ string: String, _ role: TextRole, indent: Double = 0, gap: Double = 0, maximumWidth: Double? = nil
    ) {
        let style = styles[role]
        let wrapped = styles.wrapLines(string, role, width: min(innerWidth, maximumWidth ?? innerWidth) - indent)
        guard !wrapped.lines.isEmpty else { return }
        self.gap(gap)
        let block = TextBlock(lines: wrapped.lines, role: role, style: style, spaceAfter: wrapped.spaceAfter)
        pieces.append(.text(block, x: left + indent, y: y))
        y += block.height
        isEmpty = false
    }

    /// Adds a link: clickable text when the address is safe.
    mutating func link(_ string: String, url: String, gap: Double = 0) {
        let style = styles[.link]
        let wrapped = styles.wrapLines(string, .link, width: innerWidth)
        guard !wrapped.lines.isEmpty else { return }
        self.gap(gap)
        let block = TextBlock(lines: wrapped.lines, role: .link, style: style, spaceAfter: wrapped.spaceAfter)
        pieces.append(.link(block, url: url, x: left, y: y))
        y += block.height
        isEmpty = false
    }

    /// Adds a row of chips, wrapping to the next row when the width is full.
    mutating func chips(_ strings: [String], gap: Double = 0) {
        let style = styles[.chip]
        let padding = Self.chipPadding(style)
        let spacing = (styles.base * 0.4).rounded(toPlaces: 2)
        var x = left
        var rowHeight = 0.0
        var placed = false
        for string in strings {
            let lines = styles.wrapLines(string, .chip, width: innerWidth - 2 * padding).lines
            guard !lines.isEmpty else { continue }
            if !placed { self.gap(gap) }
            let block = TextBlock(lines: lines, role: .chip, style: style)
            var textWidth = 0.0
            for line in lines { textWidth = max(textWidth, style.width(line)) }
            let chipWidth = min(textWidth + 2 * padding + style.width(" "), innerWidth)
            let chipHeight = block.height + padding * 0.6
            if x > left, x + chipWidth > right {
                x = left
                y += rowHeight + spacing
                rowHeight = 0
            }
            pieces.append(.chip(block, x: x, y: y, width: chipWidth, height: chipHeight))
            x += chipWidth + spacing
            rowHeight = max(rowHeight, chipHeight)
            placed = true
            isEmpty = false
        }
        y += rowHeight
    }

    /// Adds boxes side by side, wrapping to the next row when the width is full; the boxes of a row
    /// are made as tall as the tallest.
    mutating func boxes(_ boxes: [Box], className: String, spacing: Double, gap: Double = 0) {
        guard !boxes.isEmpty else { return }
        self.gap(gap)
        var row: [Box] = []
        var rowWidth = 0.0
        func flushRow() {
            let height = row.map(\.height).max() ?? 0
            var x = left
            for var box in row {
                box.height = height
                pieces.append(.box(box, x: x, y: y, className: className))
                x += box.width + spacing
            }
            y += height
            row = []
            rowWidth = 0
        }
        for box in boxes {
            if !row.isEmpty, left + rowWidth + box.width > right {
                flushRow()
                y += spacing
            }
            row.append(box)
            rowWidth += box.width + spacing
        }
        flushRow()
        isEmpty = false
    }

    /// The room around a chip's text.
    static func chipPadding(_ style: TextStyle) -> Double { (style.size * 0.45).rounded(toPlaces: 2) }

    /// Adds a chip: short text on a small rounded background, as wide as its text.
    mutating func chip(_ string: String, gap: Double = 0) {
        let style = styles[.chip]
        let padding = Self.chipPadding(style)
        let lines = styles.wrapLines(string, .chip, width: innerWidth - 2 * padding).lines
        guard !lines.isEmpty else { return }
        self.gap(gap)
        let block = TextBlock(lines: lines, role: .chip, style: style)
        var textWidth = 0.0
        for line in lines { textWidth = max(textWidth, style.width(line)) }
        let chipWidth = min(textWidth + 2 * padding + style.width(" "), innerWidth)
        let chipHeight = block.height + padding * 0.6
        pieces.append(.chip(block, x: left, y: y, width: chipWidth, height: chipHeight))
        y += chipHeight
        isEmpty = false
    }

    /// Adds a KPI bar.
    mutating func bar(value: Double, target: KPIBarTarget, status: MetricStatus, height: Double, gap: Double = 0) {
        self.gap(gap)
        pieces.append(.bar(x: left, y: y, width: innerWidth, value: value, target: target, status: status))
        y += height
        isEmpty = false
    }

    /// Adds the pieces of boxes side by side (stacked with no padding of their own), each at its x
    /// from the left of the inner width; the stack continues below the tallest.
    mutating func columns(_ columns: [(box: Box, x: Double)], gap: Double = 0) {
        guard columns.contains(where: { !$0.box.pieces.isEmpty }) else { return }
        self.gap(gap)
        var height = 0.0
        for (box, x) in columns {
            for piece in box.pieces { pieces.append(piece.shifted(by: left + x, y)) }
            height = max(height, box.height)
        }
        y += height
        isEmpty = false
    }

    /// Adds a piece that does not take vertical space of its own (an icon beside text).
    mutating func overlay(_ piece: Piece) { pieces.append(piece) }

    /// The finished box, its height including the bottom padding.
    func box(padding: Double, background: String) -> Box {
        Box(width: width, height: y + padding, pieces: pieces, background: background)
    }
}
