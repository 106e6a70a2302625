import Foundation

/// The stage a unit most likely is in at its last event, and the probability of each stage.
public struct UnitPrediction: Hashable, Sendable {
    /// The customer or account.
    public var unit: String
    /// The most likely stage's index in the binding's stages (the earliest of equally likely ones).
    public var stage: Int
    /// The most likely stage's name.
    public var stageName: String
    /// The probability of each stage, in the binding's order.
    public var probabilities: [Double]

    public init(unit: String, stage: Int, stageName: String, probabilities: [Double]) {
        self.unit = unit
        self.stage = stage
        self.stageName = stageName
        self.probabilities = probabilities
    }

    /// The probability of the most likely stage.
    public var probability: Double { probabilities[stage] }
}

/// Writes predictions as JSON lines: `{"probabilities":{STAGE:p,…},"stage":STAGE,"unit":ID}`.
///
/// One object per line, keys sorted by their UTF-8 bytes, probabilities rounded to 6 decimals,
/// non-ASCII text as UTF-8: the same predictions give the same bytes. Stages are named by their
/// names, or by their identifiers when two stages share a name (names would collide as keys).
public struct PredictionLinesWriter: Sendable {
    /// The key of each stage, in the binding's order.
    public let stageKeys: [String]

    public init(stages: [StageBinding.Stage]) {
        let names = stages.map(\.name)
        stageKeys = Set(names).count == names.count ? names : stages.map(\.id)
    }

    /// The lines of all predictions, in the order given.
    public func data(_ predictions: [UnitPrediction]) -> Data {
        var bytes: [UInt8] = []
        for prediction in predictions { append(prediction, to: &bytes) }
        return Data(bytes)
    }

    /// One prediction's line, with its line feed.
    public func line(_ prediction: UnitPrediction) -> String {
        var bytes: [UInt8] = []
        append(prediction, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private var sortedStages: [Int] {
        stageKeys.indices.sorted { stageKeys[$0].utf8.lexicographicallyPrecedes(stageKeys[$1].utf8) }
    }

    private func append(_ prediction: UnitPrediction, to bytes: inout [UInt8]) {
        bytes += Array("{\"probabilities\":{".utf8)
        for (position, stage) in sortedStages.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(stageKeys[stage], to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            bytes += Array(Self.number(prediction.probabilities[stage]).utf8)
        }
        bytes += Array("},\"stage\":".utf8)
        Self.appendString(stageKeys[prediction.stage], to: &bytes)
        bytes += Array(",\"unit\":".utf8)
        Self.appendString(prediction.unit, to: &bytes)
        bytes += Array("}\n".utf8)
    }

    /// A probability rounded to 6 decimals, in Swift's shortest form (`0.812346`, `1.0`, `1e-06`).
    static func number(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        return rounded == 0 ? "0.0" : String(rounded)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case 0..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
