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
    /// The legend's entries, by whether arrows go back, once the first layout has worked them out.
    var legendCache: [Bool: [LegendEntry]] = [:]
    /// The emotion curves of the lanes drawn, once rendering has collected them.
    var emotionCurves: EmotionLaneCurves?
    /// How many cells the drawing's layout laid out: those that hold cards.
    var cellsLaidOut = 0
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
        styles = TextStyles(fontSize: format.fontSize)
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

    // MARK: - Choosing the layout

    /// The aspect ratio the drawing aims at: the paper's, or landscape.
    var targetAspect: Double { format.paper.map { $0.aspectRatio(format.orientation) } ?? Self.landscapeAspect }

    /// Tries card widths and stacking depths and keeps the layout that scores best.
    ///
    /// With a width given, only the depths are tried. The same map and options always choose the
    /// same layout.
    mutating func chooseLayout(_ plan: MapPlan) -> MapLayout {
        var items = 0
        for stage in plan.stages {
            for cell in stage.cells + stage.points { items += cell.positions.count }
        }
        let searched = items <= Self.searchedItemLimit
        let depths = searched ? [1, 2, 3, 4, Geometry.cardsPerSubcolumn] : [Geometry.cardsPerSubcolumn]
        let factors = searched && format.width == nil ? [12, 13.5, 15, 17, 19.5, 22, 25] : [15.0]
        let narrows = searched && format.width == nil
        let snapshot = ids
        // The best layout so far, with the identifiers and cell count it left, so it is not laid out
        // again.
        var best: (score: Double, width: Double, depth: Int, layout: MapLayout, ids: SVGIdentifiers, cells: Int)?
        // Candidates are compared without narrowing sub-columns (the costliest step of a layout);
        // the one chosen is laid out again with it.
        func consider(_ width: Double, _ depth: Int, _ renderer: inout MapRenderer) {
            renderer.ids = snapshot
            renderer.cellsLaidOut = 0
            let candidate = renderer.layout(plan, cardWidth: width, depth: depth)
            let score = renderer.score(candidate.figures(plan: plan))
            if best == nil || score < best!.score - 1e-9 {
                best = (score, width, depth, candidate, renderer.ids, renderer.cellsLaidOut)
            }
        }
        if let width = format.width {
            for depth in depths {
                // Only depths whose cards fit the width, unless none does: then the deepest.
                let card = fittedCardWidth(plan, width: width, depth: depth)
                let fits = card > geometry.minimumCardWidth || depth == depths.last
                if fits { consider(card, depth, &self) }
            }
        } else {
            // The depth at the reading width first, then the width at that depth: a dozen layouts
            // rather than every pair.
            let reading = (format.fontSize * 15).rounded(toPlaces: 2)
            for depth in depths { consider(reading, depth, &self) }
            let depth = best!.depth
            for factor in factors where factor != 15 {
                consider((format.fontSize * factor).rounded(toPlaces: 2), depth, &self)
            }
        }
        // Widen the cards into the room a sheet of the target shape leaves beside the best layout.
        if searched, format.width == nil, let chosen = best {
            let wanted = chosen.layout.height * targetAspect
            let widened = min(fittedCardWidth(plan, width: wanted, depth: chosen.depth), format.fontSize * 30)
            if widened.rounded(toPlaces: 2) > chosen.width {
                consider(widened.rounded(toPlaces: 2), chosen.depth, &self)
            }
        }
        // At least one depth is always tried.
        let chosen = best!
        var layout = chosen.layout
        if narrows {
            ids = snapshot
            cellsLaidOut = 0
            layout = self.layout(plan, cardWidth: chosen.width, depth: chosen.depth, narrows: true)
        } else {
            ids = chosen.ids
            cellsLaidOut = chosen.cells
        }
        if format.paper != nil { fitToPaper(&layout) }
        return layout
    }

    /// How far a layout is from what a sheet on the wall wants, lower being better.
    ///
    /// First, the size of the sheet of the target shape the drawing needs (in pixels of its
    /// height): the smaller, the larger its text when printed on that sheet. Then how far the
    /// drawing's own shape is from the target, the blank area in the grid, and how far the cards are
    /// from the comfortable reading width.
    func score(_ figures: LayoutFigures) -> Double {
        let aspect = targetAspect
        let sheet = log(max(figures.width / aspect, figures.height, 1))
        let shape = abs(log(max(figures.aspectRatio, 0.01) / aspect))
        let reading = abs(log(figures.cardWidth / geometry.cardWidth))
        return sheet + 0.5 * shape + 0.3 * figures.blankFraction + 0.2 * reading
    }

    /// The card width that makes the drawing `width` wide when sub-columns stack `depth` cards.
    func fittedCardWidth(_ plan: MapPlan, width: Double, depth: Int) -> Double {
        let g = geometry
        var across = 0
        var fixed = 0.0
        for stage in plan.stages {
            var fullest = Array(repeating: 0, count: stage.subcolumns.count)
            for cell in stage.cells { fullest[cell.subcolumn] = max(fullest[cell.subcolumn], cell.positions.count) }
            for count in fullest {
                let cards = Self.across(cards: count, depth: depth)
                across += cards
                fixed += 2 * g.cellPadding + Double(cards - 1) * g.cardGap
            }
        }
        guard across > 0 else { return g.cardWidth }
        let available = width - 2 * g.margin - g.laneHeaderWidth - fixed
        return max(g.minimumCardWidth, (available / Double(across)).rounded(.down))
    }

    /// Grows the page to the paper's shape, the drawing at its top left.
    func fitToPaper(_ layout: inout MapLayout) {
        let aspect = targetAspect
        if layout.width / layout.height < aspect {
            layout.width = (layout.height * aspect).rounded(.up)
        } else {
            layout.height = (layout.width / aspect).rounded(.up)
        }
    }
}
