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
