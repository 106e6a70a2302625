import JourneyModel

// A KPI in an item: its numbers, its status and its meter.
extension PageRenderer {
    /// A KPI: its value against its target in its direction, its status in words, sign and colour,
    /// and a meter whose low, high and optimum say which side of the target is good.
    mutating func writeMetric(_ metric: Metric, of item: Item) {
        let direction = metric.effectiveDirection(text: item.text)
        let status = metric.status(in: direction)
        var parts: [String] = []
        if let kind = metric.kind { parts.append(chrome.name(kind)) }
        if let value = metric.value {
            parts.append(
                Chrome.fill(chrome.value, PageLabels.quantity(value, unit: metric.unit, language: map.language)))
        }
        if let target = DisplayText.target(metric, direction: direction, language: map.language, chrome: chrome) {
            parts.append(target)
        }
        let statusText = chrome.status(status)
        guard !parts.isEmpty || statusText != nil else { return }
        out.open("p", [("class", "item-meta kpi")])
        out.text(parts.joined(separator: " \u{00B7} "))
        if let statusText {
            if !parts.isEmpty { out.text(" \u{00B7} ") }
            out.element("span", [("class", "kpi-status " + status.rawValue)], text: statusText)
        }
        out.close()
        writeMeter(metric, direction: direction)
    }

    private mutating func writeMeter(_ metric: Metric, direction: MetricDirection?) {
        guard let value = metric.value, value.isFinite, value >= 0 else { return }
        // Checked first: a range of NaN cannot be formed.
        let bounds = direction?.range ?? metric.target.flatMap { $0.isFinite ? $0...$0 : nil }
        guard let bounds, bounds.lowerBound.isFinite, bounds.upperBound.isFinite, bounds.lowerBound >= 0,
            bounds.upperBound > 0
        else { return }
        let maximum = max(value, bounds.upperBound)
        let target = DisplayText.target(metric, direction: direction, language: map.language, chrome: chrome) ?? ""
        let label = Chrome.fill(
            chrome.valueOfTarget, PageLabels.quantity(value, unit: metric.unit, language: map.language), target)
        var attributes = [
            ("class", "kpi-bar"), ("min", "0"), ("max", NumberText.format(maximum)),
            ("value", NumberText.format(value)),
        ]
        // The browser colours the meter by which side of low and high the optimum is on.
        switch direction {
        case .higherIsBetter?:
            attributes += [("low", NumberText.format(bounds.lowerBound)), ("optimum", NumberText.format(maximum))]
        case .lowerIsBetter?:
            attributes += [("high", NumberText.format(bounds.upperBound)), ("optimum", "0")]
        case .targetRange(let range)?:
            attributes += [
                ("low", NumberText.format(range.lowerBound)), ("high", NumberText.format(range.upperBound)),
                ("optimum", NumberText.format((range.lowerBound + range.upperBound) / 2)),
            ]
        case nil:
            break
        }
        out.open("meter", attributes + [("aria-label", label)])
        out.text(label)
        out.close()
    }
}
