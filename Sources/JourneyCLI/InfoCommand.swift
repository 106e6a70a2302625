import ArgumentParser
import Foundation
internal import JourneyKit

/// `journey info FILE`: what a map holds.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a map's stages, lanes, personas and item counts."
    )

    @Argument(help: "The map to describe; - for standard input.", completion: .file())
    var file: String

    @Option(help: "The input format, when it cannot be recognized from the content.", completion: .readerNames)
    var from: String?

    func run() throws {
        try reportingFailures {
            let map = try Input(file).read(with: CommandFormats.registry, format: from).map
            StandardOutput.print(Self.describe(map))
        }
    }

    static func describe(_ map: JourneyMap) -> String {
        describe(map, items: map.allItems)
    }

    /// The description, from the map and its items: the items are gone through once, however many
    /// lanes the map has (thousands, in tall drawings).
    static func describe(_ map: JourneyMap, items: some Sequence<Item>) -> String {
        // Counted in one pass over the items, not one per lane.
        var itemCount = 0
        var itemsPerLane: [String: Int] = [:]
        for item in items {
            itemCount += 1
            itemsPerLane[item.laneID, default: 0] += 1
        }
        var lines: [String] = []
        lines.append(map.title)
        lines.append(
            "  \(map.kind.rawValue.uppercased()), \(map.state == .current ? "as-is" : "to-be"), \(map.scope.rawValue)"
                + (map.language.map { ", language \($0)" } ?? ""))
        lines.append(
            "  \(count(map.stages.count, "stage")), \(count(map.lanes.count, "lane")), "
                + "\(count(map.personas.count, "persona")), \(count(itemCount, "item")), "
                + "\(count(map.transitions.count, "transition"))")
        if !map.personas.isEmpty {
            lines.append("Personas:")
            for persona in map.personas {
                var parts = [persona.name]
                if let role = persona.role { parts.append(role) }
                if let decisionRole = persona.decisionRole { parts.append("decision role: \(decisionRole)") }
                if let boss = persona.reportsTo { parts.append("reports to \(boss)") }
                lines.append("  \(persona.id): \(parts.joined(separator: ", "))")
            }
        }
        if !map.stages.isEmpty {
            lines.append("Stages:")
            for (index, stage) in map.stages.enumerated() {
                lines.append("  \(index + 1). \(stage.id): \(stage.name) (\(count(stage.items.count, "item")))")
            }
        }
        if !map.lanes.isEmpty {
            lines.append("Lanes:")
            for lane in map.lanes {
                let count = itemsPerLane[lane.id, default: 0]
                lines.append("  \(lane.id): \(lane.title) [\(lane.kind)] (\(Self.count(count, "item")))")
            }
        }
        if !map.transitions.isEmpty {
            lines.append("Transitions:")
            let places = PlaceIndex(map)
            for transition in map.transitions {
                let direction = places.isBackward(transition) ? " (back)" : ""
                lines.append(
                    "  \(transition.from) → \(transition.to)\(direction)" + (transition.label.map { ": \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
