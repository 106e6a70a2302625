import Foundation

/// The sizes of a draw.io drawing, in page pixels: the one place the writer's numbers live.
///
/// The defaults follow the SVG export's proportions: a lane head column, equal stage columns, cards
/// stacked in their cell and an emotion lane tall enough for the curve.
struct DrawioLayoutMetrics: Hashable, Sendable {
    /// Space around the drawing.
    var margin: Double = 40
    /// The height of the title line.
    var titleHeight: Double = 40
    /// Persona cards: width, height and the gap between them.
    var personaWidth: Double = 200
    var personaHeight: Double = 56
    var personaGap: Double = 16
    /// The width of the lane heads (the first column).
    var laneHeadWidth: Double = 160
    /// The width of each stage's column.
    var stageWidth: Double = 220
    /// The height of the stage heads (the first row).
    var stageHeadHeight: Double = 48
    /// The space around cards inside a cell and between stacked cards.
    var cardInset: Double = 10
    var cardGap: Double = 8
    /// The smallest card, and the height of a line of card text.
    var cardMinimumHeight: Double = 40
    var lineHeight: Double = 16
    /// About how many characters a card line holds at ``fontSize``.
    var charactersPerLine: Int = 28
    /// The smallest lane row.
    var laneMinimumHeight: Double = 64
    /// The emotion lane's height, the emotion points' diameter and the curve's space at top and bottom.
    var emotionLaneHeight: Double = 160
    var pointSize: Double = 12
    var curvePadding: Double = 28
    /// The stripe of the item kind's colour at a card's left edge.
    var stripeWidth: Double = 4
    /// Text sizes.
    var fontSize: Double = 12
    var headFontSize: Double = 13
    var titleFontSize: Double = 20

    /// The standard sizes.
    init() {}

    /// The height of a card showing `text`, by an estimate of its wrapped lines.
    func cardHeight(for text: String) -> Double {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            total + max(1, (line.count + charactersPerLine - 1) / charactersPerLine)
        }
        return max(cardMinimumHeight, Double(lines) * lineHeight + 2 * cardInset)
    }
}
