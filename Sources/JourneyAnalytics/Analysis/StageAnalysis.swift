import JourneyModel

/// Measures a map's stages from events: how many units entered each stage, converted to a later one,
/// dropped out or went back, and how long they stayed.
///
/// Add events in any order, then ask for the ``report()``. The analysis keeps about 16 bytes per
/// event whose activity the map binds (20 with accounts) and one entry per unit; events of other
/// activities are only counted. The definitions are in Docs/Analytics.md; in short, for a stage *k*
/// and a unit:
///
/// - *entered*: the unit has an event of stage *k*;
/// - *converted*: after its first event of *k* (strictly later in time), the unit has an event of a
///   later stage — within the window when one is set;
/// - *regressed*: the unit has an event of *k* strictly later than an event of a later stage;
/// - *time in stage*: from the first event of *k* to the first event of a later stage after it.
///
/// ```swift
/// var analysis = StageAnalysis(binding: try StageBinding(map: map))
/// try EventLogReader().read(contentsOf: events) { analysis.add($0) }
/// let report = analysis.report()
/// ```
public struct StageAnalysis: Sendable {
    /// The stages and their activities.
    public let binding: StageBinding
    /// Whose journey is followed, and the window.
    public let options: AnalysisOptions

    var log = EventColumnsStore()
    /// With ``AnalysisOptions/assumesSortedInput``: the units' figures so far, instead of ``log``.
    private(set) var sorted: SortedUnits?
    /// With ``AnalysisOptions/assumesSortedInput``: the first event earlier than its unit's previous
    /// one, which was not counted; `nil` when the log was sorted.
    public private(set) var orderViolation: OrderViolation?
    private(set) var activityEvents: [Int]
    private var units = NameNumbers()
    private var customers = NameNumbers()
    /// The units' names, by number.
    var unitNames: [String] { units.names }
    private(set) var eventCount = 0
    private(set) var unmatched: [String: Int] = [:]
    private(set) var eventsWithoutAccount = 0
    private(set) var revenueByStage: [Double]
    private(set) var unmatchedRevenue = 0.0
    private(set) var sawRevenue = false
    private(set) var period: ClosedRange<Double>?

    public init(binding: StageBinding, options: AnalysisOptions = AnalysisOptions()) {
        self.binding = binding
        self.options = options
        revenueByStage = Array(repeating: 0, count: binding.stages.count)
        activityEvents = Array(repeating: 0, count: binding.activities.count)
        if options.assumesSortedInput {
            sorted = SortedUnits(
                stageCount: binding.stages.count, activityCount: binding.activities.count,
                keepsCustomers: options.unit == .account)
        }
    }

    /// Takes one event into account.
    public mutating func add(_ event: ActivityEvent) {
        eventCount += 1
        period =
            period.map { min($0.lowerBound, event.timestamp)...max($0.upperBound, event.timestamp) }
            ?? event.timestamp...event.timestamp
        guard let unitName = options.unit.name(of: event) else {
            eventsWithoutAccount += 1
            return
        }
        let unit = units.number(of: unitName)
        guard let activity = binding.index(of: event.activity) else {
            unmatched[event.activity, default: 0] += 1
            if let impact = event.revenueImpact {
                unmatchedRevenue += impact
                sawRevenue = true
            }
            return
        }
        if let impact = event.revenueImpact {
            revenueByStage[binding.activityStages[activity]] += impact
            sawRevenue = true
        }
        let customer = options.unit == .account ? customers.number(of: event.customer) : nil
        guard sorted != nil else {
            log.append(unit: unit, activity: Int32(activity), time: event.timestamp, customer: customer)
            return
        }
        let stage = binding.activityStages[activity]
        if sorted!.add(unit: Int(unit), activity: activity, stage: stage, time: event.timestamp, customer: customer) {
            activityEvents[activity] += 1
        } else if orderViolation == nil {
            orderViolation = OrderViolation(event: event, number: eventCount)
        }
    }

    /// The figures of every stage and activity, from the events added so far.
    public func report() -> StageReport {
        StageComputation(analysis: self).report()
    }
}

/// The events whose activity the map binds, kept column by column.
struct EventColumnsStore: Sendable {
    private(set) var units: [Int32] = []
    private(set) var activities: [Int32] = []
    private(set) var times: [Double] = []
    private(set) var customers: [Int32] = []

    var count: Int { units.count }

    /// Keeps one event; `customer` only when following accounts.
    mutating func append(unit: Int32, activity: Int32, time: Double, customer: Int32?) {
        units.append(unit)
        activities.append(activity)
        times.append(time)
        if let customer { customers.append(customer) }
    }
}
