import Foundation
import JourneyModel

/// How a page's grid is looked for; the recognizer tries each that applies and keeps the one that
/// reads the most.
enum GridStrategy: CaseIterable, Sendable {
    /// A table shape: its rows and columns are the grid.
    case table
    /// Swimlanes or containers stacked as lanes (or side by side as stages); the other axis from
    /// loose headers when the lanes do not give it.
    case swimlanes
    /// Loose shapes: a row of stage headers, a column of lane titles.
    case shapes

    /// Whether the page has what the strategy looks for.
    static func applicable(to page: DiagramPage) -> [GridStrategy] {
        var hasTable = false
        var lanes = 0
        var containers = 0
        for shape in page.shapes {
            switch shape.kind {
            case .table: hasTable = true
            case .swimlane: lanes += 1
            case .container where shape.bounds != nil: containers += 1
            default: break
            }
        }
        var strategies: [GridStrategy] = []
        if hasTable { strategies.append(.table) }
        if lanes > 0 || containers >= 2 { strategies.append(.swimlanes) }
        strategies.append(.shapes)
        return strategies
    }
}

/// The bands a strategy found.
struct FoundGrid {
    var columns: [Band] = []
    var rows: [Band] = []
    /// The cells of a table, each holding items one per line.
    var cells: [Int] = []
    /// Stage headers above a row of step headers: then the columns are steps, grouped in these.
    var stageGroups: [Band] = []
}

/// The stage bands of a map and, when the map has steps, which stage each band (a step) is in.
struct StageColumns {
    /// The bands items are placed in: stages, or steps when the map has them.
    var bands: [Band]
    /// The stages the bands are grouped in, when they are steps.
    var groups: [Band]
    /// For each band, the stage it belongs to.
    var stageOfBand: [Int]

    init(bands: [Band], groups: [Band]) {
        self.bands = bands
        self.groups = groups
        if groups.isEmpty {
            stageOfBand = Array(bands.indices)
        } else {
            // A step belongs to the stage above its middle; a stage standing alone is itself.
            stageOfBand = bands.map { band in
                let header = band.isStep ? (band.position + min(band.end, band.position + 1e6)) / 2 : band.position
                return groups.firstIndex { $0.contains(header) } ?? groups.lastIndex { $0.start <= header } ?? 0
            }
        }
    }

    /// Whether the stages hold steps.
    var hasSteps: Bool { !groups.isEmpty }
    /// The step a band is, for placing items by step.
    func step(ofBand band: Int) -> Int { hasSteps && bands[band].isStep ? band : -1 }
    /// The stage bands.
    var stages: [Band] { hasSteps ? groups : bands }
}
