// A metric's direction is written flat beside its other fields, as in the canonical XML:
// `"direction": "range", "targetMinimum": 20, "targetMaximum": 30`. A metric without a direction is
// written as before directions existed.

extension Metric: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, value, target, unit, direction, targetMinimum, targetMaximum
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decodeIfPresent(MetricKind.self, forKey: .kind),
            value: try container.decodeIfPresent(Double.self, forKey: .value),
            target: try container.decodeIfPresent(Double.self, forKey: .target),
            unit: try container.decodeIfPresent(String.self, forKey: .unit))
        let keyword = try container.decodeIfPresent(String.self, forKey: .direction)
        let minimum = try container.decodeIfPresent(Double.self, forKey: .targetMinimum)
        let maximum = try container.decodeIfPresent(Double.self, forKey: .targetMaximum)
        guard let keyword else {
            guard minimum == nil, maximum == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: minimum == nil ? .targetMaximum : .targetMinimum, in: container,
                    debugDescription: "a target minimum or maximum needs \"direction\": \"range\"")
            }
            return
        }
        do {
            direction = try MetricDirection(keyword: keyword, minimum: minimum, maximum: maximum)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .direction, in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(direction?.keyword, forKey: .direction)
        try container.encodeIfPresent(direction?.range?.lowerBound, forKey: .targetMinimum)
        try container.encodeIfPresent(direction?.range?.upperBound, forKey: .targetMaximum)
    }
}
