/// A paper size, in PostScript points (1/72 inch): the shape the SVG drawing takes and the page of a PDF.
///
/// ```swift
/// let drawing = JourneySVGFormat(paper: .a3)                      // shaped for A3, landscape
/// let poster = PDFFormat(paper: .a3)                              // on an A3 page, landscape
/// let handout = PDFFormat(paper: .letter, orientation: .portrait)
/// ```
///
/// The one list of sizes: `JourneySVG` shapes drawings with it and `JourneyRaster` lays PDF pages out
/// with it, so a drawing made for a paper fills that paper's page.
public struct Paper: Sendable, Hashable {
    /// The name on the command line: `a3`, `a4`, `letter`, `tabloid`.
    public var name: String
    /// The short side, in points.
    public var shortSide: Double
    /// The long side, in points.
    public var longSide: Double

    public init(name: String, shortSide: Double, longSide: Double) {
        self.name = name
        self.shortSide = min(shortSide, longSide)
        self.longSide = max(shortSide, longSide)
    }

    /// ISO 216 A3, 297 × 420 mm.
    public static let a3 = Paper(name: "a3", shortSide: 297 * pointsPerMillimetre, longSide: 420 * pointsPerMillimetre)
    /// ISO 216 A4, 210 × 297 mm.
    public static let a4 = Paper(name: "a4", shortSide: 210 * pointsPerMillimetre, longSide: 297 * pointsPerMillimetre)
    /// US Letter, 8.5 × 11 inches.
    public static let letter = Paper(name: "letter", shortSide: 612, longSide: 792)
    /// US Tabloid (Ledger), 11 × 17 inches.
    public static let tabloid = Paper(name: "tabloid", shortSide: 792, longSide: 1224)

    /// The built-in sizes.
    public static let builtIn: [Paper] = [.a3, .a4, .letter, .tabloid]

    /// The built-in size of that name (any case), or `nil`.
    public static func named(_ name: String) -> Paper? {
        builtIn.first { $0.name == name.lowercased() }
    }

    /// The page's width and height in points.
    public func size(_ orientation: Orientation) -> (width: Double, height: Double) {
        orientation == .landscape ? (longSide, shortSide) : (shortSide, longSide)
    }

    /// Width divided by height: about 1.41 for ISO paper in landscape, 0.71 in portrait.
    public func aspectRatio(_ orientation: Orientation) -> Double {
        let page = size(orientation)
        return page.width / page.height
    }

    /// Which side of the paper is horizontal.
    public enum Orientation: String, Sendable, Hashable, CaseIterable {
        /// The long side horizontal: journey maps are wider than tall.
        case landscape
        /// The short side horizontal.
        case portrait
    }

    private static let pointsPerMillimetre = 72 / 25.4
}
