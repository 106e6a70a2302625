/// One row of an activity stream: who did what, when.
///
/// The shape analytics teams keep events in (Activity Schema, Snowplow): a timestamp, the customer,
/// the activity, and for B2B the account (the buying organization) the customer acts for.
public struct ActivityEvent: Hashable, Sendable {
    /// When it happened, in seconds since 1970-01-01T00:00:00Z.
    public var timestamp: Double
    /// Who did it.
    public var customer: String
    /// What they did, such as `pricing_view`.
    public var activity: String
    /// The buying organization the customer acts for, if the log says.
    public var account: String?
    /// The revenue the event brought (or lost), if the log says.
    public var revenueImpact: Double?

    public init(
        timestamp: Double, customer: String, activity: String, account: String? = nil, revenueImpact: Double? = nil
    ) {
        self.timestamp = timestamp
        self.customer = customer
        self.activity = activity
        self.account = account
        self.revenueImpact = revenueImpact
    }
}

/// The names of the columns (CSV) or keys (JSON lines) an event log keeps its fields in.
public struct EventColumns: Hashable, Sendable {
    /// The timestamp: ISO 8601 or seconds since 1970 (`ts`).
    public var timestamp: String
    /// The customer (`customer`).
    public var customer: String
    /// The activity (`activity`).
    public var activity: String
    /// The account, optional in the log (`account`).
    public var account: String
    /// The revenue impact, optional in the log (`revenue_impact`).
    public var revenueImpact: String

    /// The Activity Schema's names: `ts`, `customer`, `activity`, `account`, `revenue_impact`.
    public static let standard = EventColumns()

    public init(
        timestamp: String = "ts", customer: String = "customer", activity: String = "activity",
        account: String = "account", revenueImpact: String = "revenue_impact"
    ) {
        self.timestamp = timestamp
        self.customer = customer
        self.activity = activity
        self.account = account
        self.revenueImpact = revenueImpact
    }
}
