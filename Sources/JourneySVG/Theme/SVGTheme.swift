import JourneyModel

/// The colours of a drawn journey map.
///
/// Three themes are built in: ``light`` (the default), ``dark`` and ``print`` (greys only, safe for
/// a black-and-white printer). Every text colour reaches a WCAG contrast of at least 4.5:1 against
/// every background text is drawn on (``textColorPairs``); item kinds never differ by colour alone,
/// since cards carry their kind as text and pain points, opportunities and key moments an icon.
///
/// Make your own by changing a built-in one:
///
/// ```swift
/// var brand = SVGTheme.light
/// brand.stageBackground = SVGColor(0xFDEBD3)
/// let svg = try map.export(as: .svg(theme: brand))
/// ```
public struct SVGTheme: Hashable, Sendable {
    /// A short name, written into the SVG as a class (`theme-light`).
    public var name: String
    /// The page behind everything.
    public var page: SVGColor
    /// Text: titles, card texts, labels.
    public var text: SVGColor
    /// Secondary text: kinds, goals, owners, descriptions.
    public var mutedText: SVGColor
    /// Links.
    public var link: SVGColor
    /// Grid lines and separators.
    public var line: SVGColor
    /// Stage headers (the column heads).
    public var stageBackground: SVGColor
    /// Lane headers (the row heads).
    public var laneBackground: SVGColor
    /// Every other lane's band, to tell rows apart.
    public var bandBackground: SVGColor
    /// Cards, persona boxes and transition labels.
    public var cardBackground: SVGColor
    /// Card outlines.
    public var cardBorder: SVGColor
    /// Pain point cards.
    public var painPointBackground: SVGColor
    /// Opportunity cards.
    public var opportunityBackground: SVGColor
    /// Key moment (moment of truth) cards.
    public var keyMomentBackground: SVGColor
    /// Small labels such as channels and decision roles.
    public var chipBackground: SVGColor
    /// The emotion curve's plot area.
    public var chartBackground: SVGColor
    /// Arrows of transitions that go back.
    public var arrow: SVGColor
    /// The stripe and icon colour of each item kind.
    public var accents: [ItemKind: SVGColor]
    /// The stripe and icon colour of kinds not in ``accents``.
    public var defaultAccent: SVGColor
    /// Emotion curve colours: the first for everyone's emotions, then one per persona.
    ///
    /// Personas take colours in map order, repeating when there are more personas than colours.
    /// Lines also differ in dash pattern and marker shape.
    public var seriesColors: [SVGColor]
    /// A KPI that meets its target: its status text and bar.
    public var onTarget: SVGColor
    /// A KPI that misses its target: its status text and bar, a warning colour.
    ///
    /// The status is also written in words with a sign (✓, ✗), so it never depends on colour alone.
    public var offTarget: SVGColor

    /// Creates a theme from every colour.
    public init(
        name: String, page: SVGColor, text: SVGColor, mutedText: SVGColor, link: SVGColor, line: SVGColor,
        stageBackground: SVGColor, laneBackground: SVGColor, bandBackground: SVGColor, cardBackground: SVGColor,
        cardBorder: SVGColor, painPointBackground: SVGColor, opportunityBackground: SVGColor,
        keyMomentBackground: SVGColor, chipBackground: SVGColor, chartBackground: SVGColor, arrow: SVGColor,
        accents: [ItemKind: SVGColor], defaultAccent: SVGColor, seriesColors: [SVGColor],
        onTarget: SVGColor = SVGColor(0x17692F), offTarget: SVGColor = SVGColor(0xB42318)
    ) {
        self.name = name
        self.page = page
        self.text = text
        self.mutedText = mutedText
        self.link = link
        self.line = line
        self.stageBackground = stageBackground
        self.laneBackground = laneBackground
        self.bandBackground = bandBackground
        self.cardBackground = cardBackground
        self.cardBorder = cardBorder
        self.painPointBackground = painPointBackground
        self.opportunityBackground = opportunityBackground
        self.keyMomentBackground = keyMomentBackground
        self.chipBackground = chipBackground
        self.chartBackground = chartBackground
        self.arrow = arrow
        self.accents = accents
        self.defaultAccent = defaultAccent
        self.seriesColors = seriesColors
        self.onTarget = onTarget
        self.offTarget = offTarget
    }

    /// The stripe and icon colour of an item kind.
    public func accent(for kind: ItemKind) -> SVGColor { accents[kind] ?? defaultAccent }

    /// The colour of an emotion curve: index 0 for every persona, then one per persona.
    public func seriesColor(_ index: Int) -> SVGColor {
        seriesColors.isEmpty ? text : seriesColors[index % seriesColors.count]
    }

    /// Every background that text is drawn on, by name.
    public var textBackgrounds: [(name: String, color: SVGColor)] {
        [
            ("page", page), ("stage", stageBackground), ("lane", laneBackground), ("card", cardBackground),
            ("pain point", painPointBackground), ("opportunity", opportunityBackground),
            ("key moment", keyMomentBackground), ("chip", chipBackground), ("chart", chartBackground),
        ]
    }

    /// Every text colour paired with every background it may be drawn on, for checking contrast.
    ///
    /// The renderer draws text only in ``text``, ``mutedText``, ``link``, ``onTarget`` and
    /// ``offTarget``, and only on these backgrounds; a custom theme should keep every pair at 4.5:1
    /// or more.
    public var textColorPairs: [(text: String, foreground: SVGColor, background: String, color: SVGColor)] {
        let foregrounds: [(String, SVGColor)] = [
            ("text", text), ("muted text", mutedText), ("link", link), ("on target", onTarget),
            ("off target", offTarget),
        ]
        return foregrounds.flatMap { foreground in
            textBackgrounds.map { (foreground.0, foreground.1, $0.name, $0.color) }
        }
    }
}

extension SVGTheme {
    /// Dark text on white and light tints; the default.
    public static let light = SVGTheme(
        name: "light", page: SVGColor(0xFFFFFF), text: SVGColor(0x1F2328), mutedText: SVGColor(0x59636E),
        link: SVGColor(0x0A55C4), line: SVGColor(0xD0D7DE), stageBackground: SVGColor(0xE7EEF8),
        laneBackground: SVGColor(0xEEF1F5), bandBackground: SVGColor(0xF6F8FA), cardBackground: SVGColor(0xFFFFFF),
        cardBorder: SVGColor(0xC4CCD6), painPointBackground: SVGColor(0xFFF0EE),
        opportunityBackground: SVGColor(0xECF8EF), keyMomentBackground: SVGColor(0xFFF6DB),
        chipBackground: SVGColor(0xE6EBF1), chartBackground: SVGColor(0xFFFFFF), arrow: SVGColor(0xB42318),
        accents: [
            .action: SVGColor(0x3B5BDB), .thought: SVGColor(0x6B7280), .question: SVGColor(0x6B7280),
            .emotion: SVGColor(0x7048E8), .touchpoint: SVGColor(0x1971C2), .painPoint: SVGColor(0xC92A2A),
            .opportunity: SVGColor(0x2B8A3E), .keyMoment: SVGColor(0xB35C00), .measure: SVGColor(0x5F3DC4),
            .kpi: SVGColor(0x0B7285), .content: SVGColor(0xC2410C), .backstage: SVGColor(0x495057),
        ],
        defaultAccent: SVGColor(0x6B7280),
        seriesColors: [
            SVGColor(0x343A40), SVGColor(0x1864AB), SVGColor(0xC2255C), SVGColor(0x2B8A3E), SVGColor(0xD9480F),
            SVGColor(0x6741D9), SVGColor(0x0B7285),
        ],
        onTarget: SVGColor(0x17692F), offTarget: SVGColor(0xB42318))

    /// Light text on dark greys, for screens in dark mode.
    public static let dark = SVGTheme(
        name: "dark", page: SVGColor(0x0D1117), text: SVGColor(0xE6EDF3), mutedText: SVGColor(0xA5B1BD),
        link: SVGColor(0x8CC4FF), line: SVGColor(0x3D4754), stageBackground: SVGColor(0x1C2633),
        laneBackground: SVGColor(0x161D26), bandBackground: SVGColor(0x121820), cardBackground: SVGColor(0x1A212B),
        cardBorder: SVGColor(0x3D4754), painPointBackground: SVGColor(0x3B1E20),
        opportunityBackground: SVGColor(0x14301F), keyMomentBackground: SVGColor(0x38290F),
        chipBackground: SVGColor(0x2A3441), chartBackground: SVGColor(0x121820), arrow: SVGColor(0xFF8A80),
        accents: [
            .action: SVGColor(0x91A7FF), .thought: SVGColor(0xADB5BD), .question: SVGColor(0xADB5BD),
            .emotion: SVGColor(0xB197FC), .touchpoint: SVGColor(0x74C0FC), .painPoint: SVGColor(0xFF8787),
            .opportunity: SVGColor(0x69DB7C), .keyMoment: SVGColor(0xFFC078), .measure: SVGColor(0xD0BFFF),
            .kpi: SVGColor(0x66D9E8), .content: SVGColor(0xF783AC), .backstage: SVGColor(0xCED4DA),
        ],
        defaultAccent: SVGColor(0xADB5BD),
        seriesColors: [
            SVGColor(0xDEE2E6), SVGColor(0x74C0FC), SVGColor(0xF783AC), SVGColor(0x69DB7C), SVGColor(0xFFA94D),
            SVGColor(0xB197FC), SVGColor(0x66D9E8),
        ],
        onTarget: SVGColor(0x56D364), offTarget: SVGColor(0xFF8A80))

    /// Black and greys on white, for printing: nothing depends on colour.
    public static let print = SVGTheme(
        name: "print", page: SVGColor(0xFFFFFF), text: SVGColor(0x000000), mutedText: SVGColor(0x3A3A3A),
        link: SVGColor(0x000000), line: SVGColor(0x8C8C8C), stageBackground: SVGColor(0xE6E6E6),
        laneBackground: SVGColor(0xEFEFEF), bandBackground: SVGColor(0xF7F7F7), cardBackground: SVGColor(0xFFFFFF),
        cardBorder: SVGColor(0x6E6E6E), painPointBackground: SVGColor(0xEBEBEB),
        opportunityBackground: SVGColor(0xFFFFFF), keyMomentBackground: SVGColor(0xF5F5F5),
        chipBackground: SVGColor(0xE0E0E0), chartBackground: SVGColor(0xFFFFFF), arrow: SVGColor(0x000000),
        accents: [
            .action: SVGColor(0x595959), .thought: SVGColor(0x707070), .question: SVGColor(0x707070),
            .emotion: SVGColor(0x404040), .touchpoint: SVGColor(0x404040), .painPoint: SVGColor(0x000000),
            .opportunity: SVGColor(0x404040), .keyMoment: SVGColor(0x202020), .measure: SVGColor(0x595959),
            .kpi: SVGColor(0x595959), .content: SVGColor(0x595959), .backstage: SVGColor(0x595959),
        ],
        defaultAccent: SVGColor(0x595959),
        seriesColors: [
            SVGColor(0x000000), SVGColor(0x303030), SVGColor(0x505050), SVGColor(0x000000), SVGColor(0x303030),
            SVGColor(0x505050), SVGColor(0x000000),
        ],
        onTarget: SVGColor(0x3A3A3A), offTarget: SVGColor(0x000000))

    /// The built-in themes, by name.
    public static let builtIn: [SVGTheme] = [.light, .dark, .print]
}
