import JourneyModel

// A KPI on a card: its numbers, its status and its bar.
extension MapRenderer {
    /// A KPI's value and target with its direction ("41% · target ≤ 25%"), its status in words and
    /// colour ("✗ off target"), and its bar.
    func addMetric(_ metric: Metric, of item: Item, to content: inout CardContent) {
        let g = geometry
        let direction = metric.effectiveDirection(text: item.text)
        var parts: [String] = []
        if let value = metric.value, value.isFinite {
            parts.append(Labels.quantity(value, unit: metric.unit, language: map.language))
        }
        if let target = DisplayText.target(
            metric, direction: direction, language: map.language, chrome: chrome, atStart: parts.isEmpty)
        {
            parts.append(target)
        }
        guard !parts.isEmpty else { return }
        content.lines.append(.text(parts.joined(separator: " \u{00B7} "), .figure, indent: 0, gap: g.tinyGap))
        let status = metric.status(in: direction)
        if let text = chrome.status(status) {
            content.lines.append(.text(text, status == .onTarget ? .onTarget : .offTarget, indent: 0, gap: g.tinyGap))
        }
        if let (value, target) = Self.kpiBar(metric, direction: direction) {
            content.lines.append(.bar(value: value, target: target, status: status, height: 6, gap: g.tinyGap + 2))
        }
    }

    /// A KPI's bar: its value and target as fractions of the larger, when both are finite, not
    /// negative and not both zero.
    static func kpiBar(_ metric: Metric, direction: MetricDirection?) -> (Double, KPIBarTarget)? {
        guard let value = metric.value, value.isFinite, value >= 0 else { return nil }
        let bounds: ClosedRange<Double>
        if let range = direction?.range {
            bounds = range
        } else if let target = metric.target, target.isFinite {
            // Checked first: a range of NaN cannot be formed.
            bounds = target...target
        } else {
            return nil
        }
        guard bounds.lowerBound.isFinite, bounds.upperBound.isFinite, bounds.lowerBound >= 0 else { return nil }
        let scale = max(value, bounds.upperBound)
        guard scale > 0 else { return nil }
        let target = KPIBarTarget(
            lower: bounds.lowerBound / scale, upper: bounds.upperBound / scale, direction: direction)
        return (value / scale, target)
    }
}
