import JourneyModel

/// `<score>` and `<metric>` made from their attributes, for both readers of the format.
///
/// ``XMLMapReader`` turns a ``Problem`` into a ``ReadError`` at the element; ``StreamedMapBuilder``
/// refuses the document, which the tree reader then reads again and reports.
enum ScoreAndMetric {
    /// Why an element's attributes make no value, in the words the reader reports.
    struct Problem: Error {
        let message: String
    }

    /// A `<score>`: a `value`, and all three source attributes or none.
    static func score(_ attribute: (StaticString) -> String?) throws(Problem) -> EmotionScore {
        guard let value = try number("score", "value", attribute) else {
            throw Problem(message: "<score> needs the attribute value")
        }
        let source = (
            try number("score", "sourceValue", attribute), try number("score", "sourceMinimum", attribute),
            try number("score", "sourceMaximum", attribute)
        )
        switch source {
        case (nil, nil, nil):
            return EmotionScore(value: value, source: nil)
        case (let sourceValue?, let minimum?, let maximum?):
            return EmotionScore(
                value: value, source: SourceScore(value: sourceValue, minimum: minimum, maximum: maximum))
        default:
            throw Problem(message: "<score> needs all of sourceValue, sourceMinimum and sourceMaximum, or none of them")
        }
    }

    /// A `<metric>`, with `targetMinimum` and `targetMaximum` only for `direction="range"`.
    static func metric(_ attribute: (StaticString) -> String?) throws(Problem) -> Metric {
        let minimum = try number("metric", "targetMinimum", attribute)
        let maximum = try number("metric", "targetMaximum", attribute)
        var direction: MetricDirection?
        if let keyword = attribute("direction") {
            do {
                direction = try MetricDirection(keyword: keyword, minimum: minimum, maximum: maximum)
            } catch {
                throw Problem(message: "<metric>: \(error.description)")
            }
        } else if minimum != nil || maximum != nil {
            throw Problem(message: "<metric> has a targetMinimum or targetMaximum but no direction=\"range\"")
        }
        return Metric(
            kind: attribute("kind").map(MetricKind.init(rawValue:)),
            value: try number("metric", "value", attribute),
            target: try number("metric", "target", attribute),
            unit: attribute("unit"),
            direction: direction)
    }

    private static func number(
        _ element: StaticString, _ name: StaticString, _ attribute: (StaticString) -> String?
    ) throws(Problem) -> Double? {
        guard let text = attribute(name) else { return nil }
        guard let value = NumberText.parse(text) else {
            throw Problem(message: "<\(element)> has \(name)=\"\(text)\", which is not a finite number")
        }
        return value
    }
}
