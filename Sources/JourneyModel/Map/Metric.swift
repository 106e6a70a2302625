/// A measured value against its target: a KPI's numbers.
///
/// Whether the value meets the target depends on which way the KPI should move: a churn rate of
/// 41 % misses a target of 25 %, a conversion rate of 41 % beats one. ``direction`` says so; when it
/// is absent, ``effectiveDirection`` infers it from the kind (and ``effectiveDirection(text:words:)``
/// from the KPI's name too).
public struct Metric: Hashable, Sendable {
    /// What is measured, such as conversion rate, ROI or loyalty rate.
    public var kind: MetricKind?
    /// The current value.
    public var value: Double?
    /// The target value.
    ///
    /// A ``MetricDirection/targetRange(_:)`` direction carries its own bounds, and they decide the
    /// status; a target given beside them is kept but not used.
    public var target: Double?
    /// The unit (`%`, `EUR`, `days`, `points`).
    public var unit: String?
    /// Which way the value should move, as the map states it; `nil` leaves it to inference.
    public var direction: MetricDirection?

    public init(
        kind: MetricKind? = nil, value: Double? = nil, target: Double? = nil, unit: String? = nil,
        direction: MetricDirection? = nil
    ) {
        self.kind = kind
        self.value = value
        self.target = target
        self.unit = unit
        self.direction = direction
    }

    /// Whether no field is set: such a metric still says the item is measured.
    public var isEmpty: Bool { kind == nil && value == nil && target == nil && unit == nil && direction == nil }
}

/// Which way a KPI should move.
///
/// Formats write it as one of three words, `higher`, `lower` and `range`, the range with its bounds
/// beside it (`targetMinimum`, `targetMaximum`); see Docs/decisions/0055-kpi-direction.md.
public enum MetricDirection: Hashable, Sendable {
    /// More is better: conversion rate, revenue, NPS. The target is a floor.
    case higherIsBetter
    /// Less is better: churn, cost per acquisition, time to value. The target is a ceiling.
    case lowerIsBetter
    /// The value should stay within bounds, such as a reply time of 20–30 minutes.
    case targetRange(ClosedRange<Double>)

    /// The words formats write, in the order of the cases.
    public static let keywords = ["higher", "lower", "range"]

    /// The word formats write: `higher`, `lower` or `range`.
    public var keyword: String {
        switch self {
        case .higherIsBetter: "higher"
        case .lowerIsBetter: "lower"
        case .targetRange: "range"
        }
    }

    /// The bounds of a target range; `nil` for the other directions.
    public var range: ClosedRange<Double>? {
        if case .targetRange(let range) = self { return range }
        return nil
    }

    /// Reads a direction from the fields formats keep: a keyword and, for `range` only, both bounds.
    ///
    /// Bounds must be finite with the minimum not above the maximum; the error's description says
    /// what is wrong, for a reader to give it a location.
    public init(keyword: String, minimum: Double?, maximum: Double?) throws(InvalidMetricDirection) {
        switch keyword {
        case "higher", "lower":
            guard minimum == nil, maximum == nil else {
                throw InvalidMetricDirection(
                    "a target minimum or maximum belongs only to the direction 'range', not to '\(keyword)'")
            }
            self = keyword == "higher" ? .higherIsBetter : .lowerIsBetter
        case "range":
            guard let minimum, let maximum else {
                throw InvalidMetricDirection("the direction 'range' needs both a target minimum and a target maximum")
            }
            guard minimum.isFinite, maximum.isFinite, minimum <= maximum else {
                throw InvalidMetricDirection(
                    "a target range needs finite bounds with the minimum not above the maximum; "
                        + "it has \(NumberText.format(minimum)) to \(NumberText.format(maximum))")
            }
            self = .targetRange(minimum...maximum)
        default:
            throw InvalidMetricDirection(
                "the direction '\(keyword)' is not one of \(Self.keywords.joined(separator: ", "))")
        }
    }
}

/// Why fields do not make a ``MetricDirection``.
public struct InvalidMetricDirection: Error, Hashable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// Whether a KPI meets its target.
public enum MetricStatus: String, Hashable, Sendable, CaseIterable {
    /// The value meets the target in the KPI's direction, or lies within its range.
    case onTarget = "on-target"
    /// The value misses the target.
    case offTarget = "off-target"
    /// No value, no target or no direction: nothing can be said.
    case unknown
}

extension Metric {
    /// The direction as stated, else the one the kind implies (churn rate: lower is better).
    public var effectiveDirection: MetricDirection? {
        direction ?? kind.flatMap { MetricDirectionWords.standard.direction(ofKind: $0) }
    }

    /// The direction as stated, else the one the kind implies, else the one the KPI's name implies
    /// ("Cart abandonment", "Kündigungsquote": lower is better).
    public func effectiveDirection(text: String, words: MetricDirectionWords = .standard) -> MetricDirection? {
        if let direction { return direction }
        if let kind, let direction = words.direction(ofKind: kind) { return direction }
        return words.direction(ofText: text)
    }

    /// Whether the value meets the target, in the ``effectiveDirection``.
    public var status: MetricStatus { status(in: effectiveDirection) }

    /// Whether the value meets the target, in the direction given: higher is better meets a target at
    /// or above it, lower is better at or below it, a range between its bounds, both included.
    public func status(in direction: MetricDirection?) -> MetricStatus {
        guard let direction, let value, value.isFinite else { return .unknown }
        switch direction {
        case .targetRange(let range):
            return range.contains(value) ? .onTarget : .offTarget
        case .higherIsBetter, .lowerIsBetter:
            guard let target, target.isFinite else { return .unknown }
            let meets = direction == .higherIsBetter ? value >= target : value <= target
            return meets ? .onTarget : .offTarget
        }
    }
}
