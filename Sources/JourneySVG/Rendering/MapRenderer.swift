import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Lays a map out and writes it as SVG.
///
/// The work is cut into phases, one file each: the plan sorts items into stages, sub-columns (the
/// stage's steps) and lanes (`MapPlan.swift`); the layout measures and places everything for one
/// card width (`MapLayout.swift`), and this file tries a few card widths and stacking depths to
/// choose the drawing closest to a landscape sheet; then the writing phase draws the chosen layout
/// (`Writing.swift`), with the cards, curves, heads and transitions in their own files.
///
/// Each step visits each item a bounded number of times, and only cells that hold items are kept,
/// so the cost grows linearly with the items, lanes and stages, never with their product.
struct MapRenderer {
    let map: JourneyMap
    let format: JourneySVGFormat
    let theme: SVGTheme
    let styles: TextStyles
    let geometry: Geometry
    var ids: SVGIdentifiers
    let prefix: String
    /// The words the drawing writes itself, in the map's language or the format's locale.
    let chrome: Chrome
    /// Persona names by identifier; the identifier where a persona has no name.
    let personaNames: [String: String]
    /// Persona positions in the map by identifier, for curve styles.
    let personaPositions: [String: Int]
    /// The curve style of each persona with a curve, so a card's marker matches its line.
    var seriesStyles: [String: Int] = [:]
    var kindStyles: [ItemKind: KindStyle] = [:]
    /// Cards measured so far, by stage, item position and width.
    var cardCache: [CardKey: Box] = [:]
    /// What each card says, by stage and item position (width 0), once worked out.
    var cardContents: [CardKey: CardContent] = [:]
    /// Cards with their texts measured, by stage and item position (width 0), for the search.
    var measuredCards: [CardKey: MeasuredCard] = [:]
    /// Card heights found so far, by stage, item position and width.
    var cardHeights: [CardKey: Double] = [:]
    /// Whether layouts measure cards without drawing them: while the layout is searched.
    var measuresOnly = false
    /// The legend's entries, by whether arrows go back, once the first layout has worked them out.
    var legendCache: [Bool: [LegendEntry]] = [:]
    /// The labels of curve points, by stage, item position and the room they had.
    var labelBoxes: [CardKey: Box] = [:]
    /// The boxes of transitions, by transition index, whether a loop (1) or not (0), and width.
    var moveBoxes: [CardKey: Box] = [:]
    /// The header's persona cards, by position among the personas shown (as `stage`) and width.
    var personaBoxes: [CardKey: Box] = [:]
    /// The header's approval chain once worked out; `.some(nil)` when the map has none.
    var approvalChainText: String??
    /// Heads worked out so far, by part and width.
    var heads: [HeadKey: Box] = [:]
    /// Where each stage and step is, worked out by the first layout.
    var placeIndex: PlaceIndex?
    /// The emotion curves of the lanes drawn, once rendering has collected them.
    var emotionCurves: EmotionLaneCurves?
    /// How many cells the drawing's layout laid out: those that hold cards.
    var cellsLaidOut = 0
    /// Where the drawing goes as it is written; `nil` returns it whole from ``render()``.
    var sink: ((UnsafeRawBufferPointer) throws -> Void)?
    /// The chosen layout's size and blank area, once rendered.
    private(set) var figures: LayoutFigures?

    /// The aspect ratio a drawing without paper aims at: A-series paper in landscape.
    static let landscapeAspect = 2.0.squareRoot()
    /// Above this many items drawn, the layout is not searched: the drawing is a large chart, not a
    /// sheet (on A0, 400 cards are about as many as stay readable), and each layout tried measures
    /// every card again at its widths.
    static let searchedItemLimit = 400

    /// A card at one width.
    struct CardKey: Hashable {
        var stage: Int
        var position: Int
        var width: Double
    }

    init(map: JourneyMap, format: JourneySVGFormat) {
        self.map = map
        self.format = format
        chrome = Chrome.for(language: format.locale ?? map.language)
        theme = format.theme
        // A small map's layout is searched: its texts are cut into units once and kept, so each
        // width tried only fills lines. A large one is laid out once and keeps nothing.
        let items = map.stages.reduce(0) { $0 + $1.items.count }
        styles = TextStyles(
            fontSize: format.fontSize, measures: items <= Self.searchedItemLimit ? TextMeasures() : nil)
        geometry = Geometry(fontSize: format.fontSize)
        let sanitized = SVGIdentifiers.sanitize(map.id)
        prefix = "jm-" + sanitized + "-"
        ids = SVGIdentifiers(prefix: prefix)
        var names: [String: String] = [:]
        var positions: [String: Int] = [:]
        for (index, persona) in map.personas.enumerated() where names[persona.id] == nil {
            names[persona.id] = persona.name.isEmpty ? persona.id : persona.name
            positions[persona.id] = index
        }
        personaNames = names
        personaPositions = positions
    }

    /// The names of personas joined with commas; a persona the map lacks is named by its identifier.
    func personaList(_ ids: [String]) -> String {
        // A loop rather than `map(personaName)`: a method reference would capture a copy of the
        // whole renderer.
        var text = ""
        for id in ids {
            if !text.isEmpty { text += ", " }
            text += personaNames[id] ?? id
        }
        return text
    }

    mutating func render() throws -> Data {
        let plan = try plan()
        let layout = chooseLayout(plan)
        figures = layout.figures(plan: plan)
        return try write(layout, plan: plan)
    }
}
