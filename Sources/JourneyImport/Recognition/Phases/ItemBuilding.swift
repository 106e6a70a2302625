import Foundation
import JourneyModel

extension PageRecognition {
    /// The items of every stage, each built in its place by whichever thread builds it.
    final class StageSlots: @unchecked Sendable {
        private var buffers: [UnsafeMutableBufferPointer<Item>?]

        init(counts: [Int]) {
            buffers = counts.map { .allocate(capacity: $0) }
        }

        /// Puts an item in its slot; each slot is filled once, by one thread.
        func put(_ item: Item, stage: Int, slot: Int) {
            (buffers[stage]!.baseAddress! + slot).initialize(to: item)
        }

        /// Moves a stage's items, all slots filled, into an array, and lets go of the slots.
        func takeItems(of stage: Int) -> [Item] {
            guard let buffer = buffers[stage] else { return [] }
            buffers[stage] = nil
            defer { buffer.deallocate() }
            return [Item](unsafeUninitializedCapacity: buffer.count) { destination, count in
                if let base = buffer.baseAddress {
                    destination.baseAddress!.moveInitialize(from: base, count: buffer.count)
                }
                count = buffer.count
            }
        }

        deinit {
            // Stages not taken (none, once building finished) still hold their items.
            for case let buffer? in buffers {
                buffer.deinitialize()
                buffer.deallocate()
            }
        }
    }

    /// What building items from placements needs, shared by the threads that build them.
    struct ItemFactory: Sendable {
        let page: DiagramPage
        let format: String
        let lanes: [LaneFacts]
        let stageIDs: [String]
        /// `stage-lane-` for every stage and lane, the start of item identifiers.
        let prefixes: [String]
        let details: [PlacementDetail]
        let stagesAsRows: Bool
        let reader: ItemReader
        /// The identifier of the step each stage band is, when the map has steps.
        let stepIDs: [String?]

        /// `prefix` followed by `number`, written at once.
        static func identifier(_ prefix: String, _ number: Int32) -> String {
            var prefix = prefix
            return prefix.withUTF8 { start in
                var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                return withUnsafeMutableBytes(of: &digits) { scratch in
                    var value = Int(number)
                    var count = 0
                    repeat {
                        scratch[scratch.count - 1 - count] = UInt8(ascii: "0") + UInt8(value % 10)
                        value /= 10
                        count += 1
                    } while value > 0 && count < scratch.count
                    return String(unsafeUninitializedCapacity: start.count + count) { buffer in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<start.count]).initialize(from: start)
                        for offset in 0..<count {
                            buffer[start.count + offset] = scratch[scratch.count - count + offset]
                        }
                        return start.count + count
                    }
                }
            }
        }

        func build(_ placements: ArraySlice<Placement>, into slots: StageSlots) {
            var source = SourceKeeper(format: format)
            for placement in placements {
                let position = Int(placement.position)
                let shapeKind = page.shapes[position].kind
                let lane = lanes[Int(placement.lane)]
                let stage = Int(placement.stage)
                let prefix = prefixes[stage * lanes.count + Int(placement.lane)]
                let detail = placement.detail >= 0 ? details[Int(placement.detail)] : nil
                // Where the shape's centre lies across the lanes.
                let laneValue = stagesAsRows ? page.shapes[position].bounds!.midX : page.shapes[position].bounds!.midY
                var extensions = source.extensions(for: page.shapes[position])
                if let spans = detail?.spans {
                    extensions[JourneyRecognizer.namespace, "spans"] = spans.map { stageIDs[$0] }.joined(separator: " ")
                }
                if placement.isCurvePoint {
                    let value = lane.score(at: laneValue) ?? 0
                    // A word drawn beside the point labels it.
                    let label = detail?.label.map { page.shapes[$0] }
                    var point = Item(
                        id: Self.identifier(prefix, placement.number), kind: .emotion, laneID: lane.id,
                        text: label?.text ?? "", score: EmotionScore((min(2, max(-2, value)) * 100).rounded() / 100))
                    if let label { extensions[JourneyRecognizer.namespace, "label-id"] = label.id }
                    if placement.step >= 0, let step = stepIDs[Int(placement.step)] { point.stepID = step }
                    point.extensions = extensions
                    slots.put(point, stage: stage, slot: Int(placement.slot))
                    continue
                }
                for (offset, text) in (detail?.lines ?? [page.shapes[position].text]).enumerated() {
                    var item = Item(
                        id: Self.identifier(prefix, placement.number + Int32(offset)),
                        kind: reader.itemKind(for: text, in: lane.kind, default: lane.defaultItemKind), laneID: lane.id,
                        text: text)
                    var itemExtensions = extensions
                    if lane.kind == .emotions || item.kind == .emotion {
                        if let reading = reader.emotion(in: text) {
                            item.score = EmotionScore(reading.score)
                            if reading.label != text {
                                // The label without the score's notation; the text as written is kept.
                                item.text = reading.label
                                itemExtensions[JourneyRecognizer.namespace, "written"] = text
                            }
                        } else if shapeKind != .tableCell, let value = lane.score(at: laneValue) {
                            item.score = EmotionScore((min(2, max(-2, value)) * 100).rounded() / 100)
                        }
                    }
                    if lane.kind == .touchpoints { item.channel = reader.channel(in: text) }
                    if placement.step >= 0, let step = stepIDs[Int(placement.step)] { item.stepID = step }
                    item.extensions = itemExtensions
                    slots.put(item, stage: stage, slot: Int(placement.slot) + offset)
                }
            }
        }
    }
}
