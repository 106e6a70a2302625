import JourneyModel

/// What a card says, in order: worked out once per item, then stacked at each width a layout tries.
///
/// Everything here is independent of the card's width (the kind line, translated names, a KPI's
/// figures and direction), so searching layouts only wraps text again, it never recomputes it.
struct CardContent {
    /// One thing the card stacks.
    enum Line {
        /// An icon beside the next line of text.
        case icon(Icon, accentClass: String)
        case text(String, TextRole, indent: Double, gap: Double)
        case chip(String, gap: Double)
        case link(String, url: String, gap: Double)
        case bar(value: Double, target: KPIBarTarget, status: MetricStatus, height: Double, gap: Double)
    }

    var lines: [Line] = []
    /// The CSS classes of the card's rectangle.
    var background: String

    /// The card at a width, its text wrapped to it.
    func box(width: Double, geometry g: Geometry, styles: TextStyles) -> Box {
        var stacker = BoxStacker(width: width, padding: g.cardPadding, inset: g.stripeWidth, styles: styles)
        let iconSize = Definitions.iconSize(styles)
        let meta = styles[.meta]
        for line in lines {
            switch line {
            case .icon(let icon, let accentClass):
                stacker.overlay(
                    .icon(
                        icon, x: stacker.left, y: stacker.y + (meta.lineHeight - iconSize) / 2, size: iconSize,
                        accentClass: accentClass))
            case .text(let string, let role, let indent, let gap): stacker.text(string, role, indent: indent, gap: gap)
            case .chip(let string, let gap): stacker.chip(string, gap: gap)
            case .link(let string, let url, let gap): stacker.link(string, url: url, gap: gap)
            case .bar(let value, let target, let status, let height, let gap):
                stacker.bar(value: value, target: target, status: status, height: height, gap: gap)
            }
        }
        return stacker.box(padding: g.cardPadding, background: background)
    }
}

/// A card's content with its texts measured once, so its height at any width costs a line count
/// per text: what a layout search compares, without drawing the card.
struct MeasuredCard {
    let content: CardContent
    /// The measured text of each of the content's lines; `nil` for icons and bars.
    let texts: [MeasuredText?]

    init(_ content: CardContent, styles: TextStyles) {
        self.content = content
        texts = content.lines.map { line in
            switch line {
            case .text(let string, let role, _, _): styles.measured(string, role)
            case .chip(let string, _): styles.measured(string, .chip)
            case .link(let string, _, _): styles.measured(string, .link)
            case .icon, .bar: nil
            }
        }
    }

    /// The height ``CardContent/box(width:geometry:styles:)`` gives the card at a width: the same
    /// sums in the same order as ``BoxStacker``, so the two agree to the last bit.
    func height(width: Double, geometry g: Geometry, styles: TextStyles) -> Double {
        let left = g.cardPadding + g.stripeWidth
        let innerWidth = max(width - g.cardPadding - left, 1)
        var y = g.cardPadding
        var isEmpty = true
        func stack(_ height: Double, gap: Double) {
            if !isEmpty { y += gap }
            y += height
            isEmpty = false
        }
        // By index: zipping would copy every measured text, retaining its storage each time.
        for index in content.lines.indices {
            switch content.lines[index] {
            case .icon: break
            case .text(_, let role, let indent, let gap):
                let count = texts[index]?.lineCount(width: innerWidth - indent) ?? 0
                if count > 0 { stack(styles[role].height(lines: count), gap: gap) }
            case .link(_, _, let gap):
                let count = texts[index]?.lineCount(width: innerWidth) ?? 0
                if count > 0 { stack(styles[.link].height(lines: count), gap: gap) }
            case .chip(_, let gap):
                let style = styles[.chip]
                let padding = BoxStacker.chipPadding(style)
                let count = texts[index]?.lineCount(width: innerWidth - 2 * padding) ?? 0
                if count > 0 { stack(style.height(lines: count) + padding * 0.6, gap: gap) }
            case .bar(_, _, _, let height, let gap): stack(height, gap: gap)
            }
        }
        return y + g.cardPadding
    }
}
