import Foundation
import JourneyModel

extension PageRecognition {
    /// Stages are columns unless the options say otherwise or the headers' texts say so: lane
    /// titles across the top or stage names down the side.
    mutating func decideOrientation(columns: [Band], rows: [Band]) {
        switch options.orientation {
        case .stagesAsColumns: stagesAsRows = false
        case .stagesAsRows: stagesAsRows = true
        case .automatic:
            // Judged on the first 256 headers of each axis: enough to tell, on pages of any size.
            func laneScore(_ bands: [Band]) -> Int {
                bands.prefix(256).filter { matcher.laneKind(forTitle: $0.title) != nil }.count
            }
            func stageScore(_ bands: [Band]) -> Int { bands.prefix(256).filter { matcher.isStageName($0.title) }.count }
            let usual = laneScore(rows) + stageScore(columns)
            let transposed = laneScore(columns) + stageScore(rows)
            stagesAsRows = transposed > usual
        }
    }
}
