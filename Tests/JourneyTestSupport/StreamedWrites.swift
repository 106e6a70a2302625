import Foundation
import JourneyModel

/// What a streaming writer hands on, for tests comparing it with the output written whole.
public enum StreamedWrites {
    /// The pieces `writer` hands on for `map`, in order.
    public static func pieces(_ writer: some StreamingJourneyWriter, _ map: JourneyMap) throws -> [Data] {
        var pieces: [Data] = []
        try writer.write(map, to: { pieces.append(Data($0)) })
        return pieces
    }

    /// The error an output throws from its first piece on.
    public struct Full: Error {}

    /// How many pieces `writer` offers an output that refuses the first before the output's error
    /// comes out of it: 1 when it stops there; `nil` when the write ended without that error.
    ///
    /// - Throws: any other error the writer throws.
    public static func piecesOfferedToAFullOutput(_ writer: some StreamingJourneyWriter, _ map: JourneyMap)
        throws -> Int?
    {
        var calls = 0
        do {
            try writer.write(
                map,
                to: { _ in
                    calls += 1
                    throw Full()
                })
        } catch is Full {
            return calls
        }
        return nil
    }

    /// A map of one stage with `count` action cards, large enough to be handed on in several pieces.
    public static func largeMap(cards count: Int) -> JourneyMap {
        let items = (0..<count).map { Item(id: "i\($0)", kind: .action, laneID: "actions", text: "Card \($0)") }
        return JourneyMap(
            id: "big", title: "Big", stages: [Stage(id: "s", name: "S", items: items)], lanes: [Lane(kind: .actions)])
    }
}
