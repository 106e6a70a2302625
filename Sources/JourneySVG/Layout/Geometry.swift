/// Sizes that follow from the base font size.
struct Geometry {
    /// How many cards a cell stacks, at most, before its sub-column gets another card column; the
    /// layout tries fewer to widen a tall map.
    static let cardsPerSubcolumn = 6
    /// The most cards side by side in one sub-column.
    static let maximumAcross = 6

    let margin: Double
    let laneHeaderWidth: Double
    let cardWidth: Double
    let minimumCardWidth: Double
    let cardPadding: Double
    let cellPadding: Double
    let cardGap: Double
    let stripeWidth: Double
    let tinyGap: Double
    let smallGap: Double
    let sectionGap: Double
    let chartHeight: Double
    let minimumLaneHeight: Double
    let personaWidth: Double
    let readingWidth: Double
    let arrowSpace: Double
    let arrowHead: Double
    /// The widest label at a point of the emotion curve.
    let pointLabelWidth: Double

    init(fontSize f: Double) {
        func size(_ factor: Double) -> Double { (f * factor).rounded(toPlaces: 2) }
        margin = size(2)
        laneHeaderWidth = size(11)
        cardWidth = size(15)
        minimumCardWidth = size(7)
        cardPadding = size(0.6)
        cellPadding = size(0.6)
        cardGap = size(0.6)
        stripeWidth = size(0.4)
        tinyGap = size(0.25)
        smallGap = size(0.6)
        sectionGap = size(1.5)
        chartHeight = size(10)
        minimumLaneHeight = size(3.5)
        personaWidth = size(17)
        readingWidth = size(60)
        arrowSpace = size(1.6)
        arrowHead = size(0.7)
        pointLabelWidth = size(13)
    }
}
