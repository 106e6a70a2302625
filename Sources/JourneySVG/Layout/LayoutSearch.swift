import Foundation
import JourneyModel

/// The layouts tried so far and the best of them.
struct LayoutSearch {
    /// Scores closer than this are equal: the first layout tried wins.
    static let tolerance = 1e-9

    private(set) var best: (score: Double, width: Double, depth: Int, height: Double)?
    /// How many candidates were passed over because their width alone scores worse than the best:
    /// for tests.
    private(set) var passedOver = 0
    /// Whether candidates too wide to win are passed over; off, every candidate is laid out (tests
    /// compare the two).
    var passesOver = true

    /// Lays the map out measured only, scores it and keeps it when it beats the best so far.
    ///
    /// A candidate whose width alone makes it score worse than the best is not laid out: its score
    /// is at least ``MapRenderer/lowestScore(_:cardWidth:depth:)``, which is returned instead.
    @discardableResult
    mutating func consider(_ width: Double, depth: Int, plan: MapPlan, renderer: inout MapRenderer) -> Double {
        let lowest = renderer.lowestScore(plan, cardWidth: width, depth: depth)
        if passesOver, let best, lowest >= best.score - Self.tolerance {
            passedOver += 1
            return lowest
        }
        let candidate = renderer.layout(plan, cardWidth: width, depth: depth)
        let score = renderer.score(candidate.figures(plan: plan))
        if best == nil || score < best!.score - Self.tolerance { best = (score, width, depth, candidate.height) }
        return score
    }
}

// Choosing the layout: the drawing closest to a sheet on the wall, among a few card widths and
// stacking depths.
extension MapRenderer {
    /// Tries card widths and stacking depths and keeps the layout that scores best.
    ///
    /// Depths are tried at the reading width from the shallowest while the score improves, then
    /// every card width at that depth; then the cards are widened into the room a sheet of the
    /// target shape leaves. With a width given, only the
    /// depths are tried. Candidates are measured, not drawn; the one chosen is laid out again,
    /// drawn, and its sub-columns narrowed. The same map and options always choose the same layout.
    mutating func chooseLayout(_ plan: MapPlan) -> MapLayout {
        var items = 0
        for stage in plan.stages {
            for cell in stage.cells + stage.points { items += cell.positions.count }
        }
        let reading = (format.fontSize * 15).rounded(toPlaces: 2)
        guard items <= Self.searchedItemLimit else {
            // A large chart: one layout, at the reading width or the width given.
            let depth = Geometry.cardsPerSubcolumn
            let width = format.width.map { fittedCardWidth(plan, width: $0, depth: depth) } ?? reading
            var layout = self.layout(plan, cardWidth: width, depth: depth)
            if format.paper != nil { fitToPaper(&layout) }
            return layout
        }
        cardContents.reserveCapacity(items)
        measuredCards.reserveCapacity(items)
        cardHeights.reserveCapacity(items * 8)
        let snapshot = ids
        measuresOnly = true
        var search = LayoutSearch()
        if let width = format.width {
            for depth in Self.depths {
                // Only depths whose cards fit the width, unless none does: then the deepest.
                let card = fittedCardWidth(plan, width: width, depth: depth)
                if card > geometry.minimumCardWidth || depth == Self.depths.last {
                    search.consider(card, depth: depth, plan: plan, renderer: &self)
                }
            }
        } else {
            searchDepths(plan, width: reading, &search)
            searchWidths(plan, depth: search.best!.depth, &search)
            // Widen the cards into the room a sheet of the target shape leaves beside the best layout.
            let chosen = search.best!
            let wanted = chosen.height * targetAspect
            let widened = min(fittedCardWidth(plan, width: wanted, depth: chosen.depth), format.fontSize * 30)
            if widened.rounded(toPlaces: 2) > chosen.width {
                search.consider(widened.rounded(toPlaces: 2), depth: chosen.depth, plan: plan, renderer: &self)
            }
        }
        // At least one depth is always tried.
        let chosen = search.best!
        measuresOnly = false
        ids = snapshot
        cellsLaidOut = 0
        var layout = self.layout(plan, cardWidth: chosen.width, depth: chosen.depth, narrows: format.width == nil)
        if format.paper != nil { fitToPaper(&layout) }
        return layout
    }

    /// The stacking depths tried, shallowest first.
    static let depths = [1, 2, 3, 4, Geometry.cardsPerSubcolumn]
    /// The card widths tried, in base font sizes: the reading width (15) and those around it.
    static let widthFactors = [12, 13.5, 15, 17, 19.5, 22, 25]

    /// Tries depths from the shallowest while the score improves.
    ///
    /// Depths that put the same number of cards side by side in every sub-column lay out the same
    /// drawing: only the first is tried.
    mutating func searchDepths(_ plan: MapPlan, width: Double, _ search: inout LayoutSearch) {
        var arrangements: Set<[[Int]]> = []
        var previous = Double.infinity
        for depth in Self.depths where arrangements.insert(across(plan, depth: depth)).inserted {
            let score = search.consider(width, depth: depth, plan: plan, renderer: &self)
            if score >= previous - LayoutSearch.tolerance { break }
            previous = score
        }
    }

    /// Tries every card width at `depth` but the reading width (already tried).
    ///
    /// Every one: the score does not always fall and rise once along the widths (a map's blank area
    /// changes in steps), and stopping where it first rose missed layouts a fifth smaller.
    mutating func searchWidths(_ plan: MapPlan, depth: Int, _ search: inout LayoutSearch) {
        for factor in Self.widthFactors where factor != 15 {
            search.consider((format.fontSize * factor).rounded(toPlaces: 2), depth: depth, plan: plan, renderer: &self)
        }
    }

    /// The least a layout of cards of `cardWidth` stacked `depth` deep can score, from its width
    /// alone: the sheet it needs is at least as wide as the drawing, its shape and blank area add
    /// nothing below zero, and the card width's own term is known.
    func lowestScore(_ plan: MapPlan, cardWidth: Double, depth: Int) -> Double {
        let g = geometry
        // The drawing's width as `layout` works it out, summed in the same order.
        var x = g.margin + g.laneHeaderWidth
        for count in across(plan, depth: depth).joined() {
            x += Self.subcolumnWidth(across: count, cardWidth: cardWidth, geometry: g)
        }
        let width = drawingWidth(gridRight: x)
        return log(max(width / targetAspect, 1)) + 0.2 * abs(log(cardWidth / geometry.cardWidth))
    }

    /// The aspect ratio the drawing aims at: the paper's, or landscape.
    var targetAspect: Double { format.paper.map { $0.aspectRatio(format.orientation) } ?? Self.landscapeAspect }

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
        for cards in self.across(plan, depth: depth).joined() {
            across += cards
            fixed += 2 * g.cellPadding + Double(cards - 1) * g.cardGap
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
