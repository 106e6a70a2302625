import Foundation
import JourneyModel

extension PageRecognition {
    /// Stages (with their steps) and lanes from the headers' texts; identifiers from the names,
    /// made unique with `-2`, `-3`, … at a cost independent of how often a name repeats.
    mutating func buildStagesAndLanes(columns: StageColumns, laneBands: [Band]) {
        var ids = IdentifierPool()
        func unique(_ base: String) -> String { ids.unique(base) }
        // A header's first line names the stage or lane; further lines describe it.
        func split(_ title: String) -> (name: String, rest: String?) {
            let lines = title.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let first = lines.first else { return ("", nil) }
            return (first, lines.count > 1 ? lines.dropFirst().joined(separator: "\n") : nil)
        }
        func identifier(_ name: String, fallback: String) -> String {
            let slug = Identifiers.slug(name, fallback: fallback)
            guard slug.count > 40 else { return slug }
            let cut = slug.prefix(40)
            return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        var source = SourceKeeper(format: format)
        map.stages = columns.stages.map { band in
            let (name, rest) = split(band.title)
            var stage = Stage(
                id: unique(identifier(name, fallback: "stage")), name: name.isEmpty ? "Stage" : name, goal: rest)
            if let header = band.headers.first {
                stage.extensions = source.extensions(for: page.shapes[header])
            }
            return stage
        }
        if columns.hasSteps {
            for (band, stage) in zip(columns.bands, columns.stageOfBand) where band.isStep {
                let (name, rest) = split(band.title)
                let stageID = map.stages[stage].id
                var step = Step(
                    id: unique(stageID + "-" + identifier(name, fallback: "step")), name: name.isEmpty ? "Step" : name,
                    description: rest)
                if let header = band.headers.first { step.extensions = source.extensions(for: page.shapes[header]) }
                map.stages[stage].steps.append(step)
            }
        }
        map.lanes = laneBands.map { band in
            let (name, rest) = split(band.title)
            let title = name.isEmpty ? "Lane" : name
            let kind = matcher.laneKind(forTitle: title) ?? LaneKind(rawValue: identifier(title, fallback: "lane"))
            var lane = Lane(
                id: unique(identifier(title, fallback: "lane")), kind: kind, title: title, description: rest)
            if let header = band.headers.first {
                lane.extensions = source.extensions(for: page.shapes[header])
            }
            return lane
        }
    }
}
