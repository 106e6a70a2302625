import Foundation
import JourneyModel

/// Writes a stage report back into its map as KPI items, so the map's drawings show what was
/// measured beside what was planned.
///
/// Per stage that units entered, three KPIs in the map's KPI lane (added when the map has none):
/// the conversion rate (`%`; not for the last stage, from which there is nothing to convert to), the
/// units that entered (`customers` or `accounts`) and the median time in stage. A KPI the stage already has — the same metric kind, or the same text — gets the
/// measured value and keeps everything else: its target, text, identifier and, for times, its unit.
/// Running the write-back again replaces the values instead of adding items.
///
/// ```swift
/// let measured = MeasuredKPIs(report).applied(to: map)
/// ```
public struct MeasuredKPIs: Sendable {
    /// The figures written.
    public let report: StageReport

    public init(_ report: StageReport) { self.report = report }

    /// The map with the report's figures as KPI items in the stages the report names.
    public func applied(to map: JourneyMap) -> JourneyMap {
        var map = map
        var identifiers = IdentifierPool(used: Self.identifiers(of: map))
        let laneID = kpiLane(in: &map, identifiers: &identifiers)
        let figuresByID = Dictionary(report.stages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let last = report.stages.last?.id
        for index in map.stages.indices {
            guard let figures = figuresByID[map.stages[index].id], figures.entered > 0 else { continue }
            // Nobody converts from the last stage: there is no later one to reach.
            for measurement in measurements(figures) where !(figures.id == last && measurement.kind == .conversionRate)
            {
                apply(measurement, to: &map.stages[index], laneID: laneID, identifiers: &identifiers)
            }
        }
        return map
    }

    /// One KPI to write: what it measures, its default text, its value and unit.
    struct Measurement {
        var kind: MetricKind
        var text: String
        var value: Double
        var unit: String
        /// Converts the value into another unit the KPI already uses; `nil` when it cannot.
        var convert: (String) -> Double?
    }

    func measurements(_ figures: StageFigures) -> [Measurement] {
        var result: [Measurement] = []
        if let rate = figures.conversionRate {
            result.append(
                Measurement(
                    kind: .conversionRate, text: "Conversion rate", value: Self.rounded(rate * 100, places: 1),
                    unit: "%", convert: { _ in nil }))
        }
        let noun = report.unit == .account ? "account" : "customer"
        result.append(
            Measurement(
                kind: .reach, text: report.unit == .account ? "Accounts entered" : "Customers entered",
                value: Double(figures.entered), unit: figures.entered == 1 ? noun : noun + "s", convert: { _ in nil }))
        if let seconds = figures.medianSecondsInStage {
            let (value, unit) = DurationUnits.natural(seconds)
            result.append(
                Measurement(
                    kind: .timeInStage, text: "Median time in stage", value: value, unit: unit,
                    convert: { DurationUnits.value(seconds, in: $0) }))
        }
        return result
    }

    private func apply(
        _ measurement: Measurement, to stage: inout Stage, laneID: String, identifiers: inout IdentifierPool
    ) {
        let existing = stage.items.firstIndex { item in
            item.kind == .kpi
                && (item.metric?.kind == measurement.kind
                    || (item.metric?.kind == nil
                        && item.text.trimmingWhitespace.lowercased() == measurement.text.lowercased()))
        }
        if let existing {
            var metric = stage.items[existing].metric ?? Metric()
            metric.kind = measurement.kind
            if let unit = metric.unit, unit != measurement.unit, let converted = measurement.convert(unit) {
                metric.value = converted
            } else {
                metric.value = measurement.value
                metric.unit = measurement.unit
            }
            stage.items[existing].metric = metric
            return
        }
        stage.items.append(
            Item(
                id: identifiers.unique("\(stage.id)-\(measurement.kind.rawValue)"), kind: .kpi, laneID: laneID,
                text: measurement.text, detail: detail,
                metric: Metric(kind: measurement.kind, value: measurement.value, unit: measurement.unit)))
    }

    /// Where the figures come from, for the items written.
    private var detail: String {
        let units = report.unit == .account ? "accounts" : "customers"
        var text = "Measured from \(report.events) events of \(report.units) \(units)"
        if let period = report.period {
            text += ", \(ISOTime.text(period.lowerBound).prefix(10)) to \(ISOTime.text(period.upperBound).prefix(10))"
        }
        return text
    }

    /// The identifier of the map's first KPI lane; a KPI lane is added when there is none.
    private func kpiLane(in map: inout JourneyMap, identifiers: inout IdentifierPool) -> String {
        if let lane = map.lanes.first(where: { $0.kind == .kpis }) { return lane.id }
        let lane = Lane(id: identifiers.unique("kpis"), kind: .kpis)
        map.lanes.append(lane)
        return lane.id
    }

    private static func identifiers(of map: JourneyMap) -> Set<String> {
        var used = Set(map.personas.map(\.id) + map.lanes.map(\.id) + map.transitions.map(\.id))
        for stage in map.stages {
            used.insert(stage.id)
            for step in stage.steps { used.insert(step.id) }
            for item in stage.items { used.insert(item.id) }
        }
        return used
    }

    static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}

/// Durations written as KPI values in a unit people read.
enum DurationUnits {
    /// The seconds in each unit a KPI may already use, by the unit's spellings.
    static let seconds: [String: Double] = [
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "d": 86_400, "day": 86_400, "days": 86_400,
        "w": 604_800, "wk": 604_800, "week": 604_800, "weeks": 604_800,
    ]

    /// The seconds as days, hours or minutes, whichever reads best, to two decimals.
    static func natural(_ seconds: Double) -> (Double, String) {
        let unit = seconds >= 86_400 ? "days" : seconds >= 3600 ? "hours" : seconds >= 60 ? "minutes" : "seconds"
        return (value(seconds, in: unit)!, unit)
    }

    /// The seconds in a unit named by one of its spellings, to two decimals; `nil` for other units.
    static func value(_ seconds: Double, in unit: String) -> Double? {
        guard let scale = Self.seconds[unit.trimmingWhitespace.lowercased()] else { return nil }
        return MeasuredKPIs.rounded(seconds / scale, places: 2)
    }
}
