/// The words JourneyKit itself writes around a map, in one language: its chrome.
///
/// Headings, legends, labels, kind names, severities, KPI statuses and durations come from one table
/// per language, chosen by the map's language (``for(language:)``); the map's own texts are the
/// user's and are never translated. Plain data, like ``MetricDirectionWords``: every property
/// starts in English, and a language sets its own words. A template holds `{}` where a value goes,
/// or `{1}`, `{2}`, … for several (``fill(_:_:)``).
public struct Chrome: Hashable, Sendable {
    /// The language (the primary subtag of a BCP 47 tag: "en", "ja").
    public var code: String

    // MARK: The model's vocabularies

    /// Item kinds: "Pain point".
    public var itemKinds: [ItemKind: String] = [
        .action: "Action", .thought: "Thought", .question: "Question", .emotion: "Emotion",
        .touchpoint: "Touchpoint", .painPoint: "Pain point", .opportunity: "Opportunity",
        .keyMoment: "Key moment", .measure: "Measure", .kpi: "KPI", .content: "Content",
        .backstage: "Backstage", .note: "Note",
    ]
    /// Channels: "Sales rep".
    public var channels: [Channel: String] = [
        .web: "Web", .email: "Email", .social: "Social media", .search: "Search", .advertising: "Advertising",
        .phone: "Phone", .chat: "Chat", .app: "App", .store: "Store", .event: "Event", .salesRep: "Sales rep",
        .partner: "Partner", .print: "Print", .wordOfMouth: "Word of mouth",
    ]
    /// Content types: "Case study".
    public var contentTypes: [ContentType: String] = [
        .blogPost: "Blog post", .whitepaper: "Whitepaper", .caseStudy: "Case study", .demo: "Demo",
        .pricingPage: "Pricing page", .video: "Video", .webinar: "Webinar", .review: "Review",
        .comparison: "Comparison", .newsletter: "Newsletter", .documentation: "Documentation",
        .socialPost: "Social post", .advertisement: "Advertisement",
    ]
    /// Decision roles: "Decision maker".
    public var decisionRoles: [DecisionRole: String] = [
        .initiator: "Initiator", .user: "User", .influencer: "Influencer", .decisionMaker: "Decision maker",
        .approver: "Approver", .buyer: "Buyer", .gatekeeper: "Gatekeeper",
    ]
    /// Metric kinds: "Conversion rate".
    public var metricKinds: [MetricKind: String] = [
        .conversionRate: "Conversion rate", .returnOnInvestment: "ROI", .loyaltyRate: "Loyalty rate",
        .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Churn rate", .reach: "Reach",
        .clickThroughRate: "Click-through rate", .costPerAcquisition: "Cost per acquisition",
        .revenue: "Revenue", .timeToValue: "Time to value", .timeInStage: "Time in stage",
    ]
    /// Severities on a card: "High severity".
    public var severities: [Severity: String] = [
        .low: "Low severity", .medium: "Medium severity", .high: "High severity", .critical: "Critical severity",
    ]
    /// Priorities on a card: "High priority".
    public var priorities: [Priority: String] = [
        .low: "Low priority", .medium: "Medium priority", .high: "High priority",
    ]
    /// Severity levels after a label: "Severity: high".
    public var severityLevels: [Severity: String] = [
        .low: "low", .medium: "medium", .high: "high", .critical: "critical",
    ]
    /// Priority levels after a label: "Priority: high".
    public var priorityLevels: [Priority: String] = [.low: "low", .medium: "medium", .high: "high"]

    // MARK: The map's kind

    public var b2c = "B2C"
    public var b2b = "B2B"
    public var asIs = "As-is"
    public var toBe = "To-be"
    public var buyerJourney = "Buyer journey"
    public var customerJourney = "Customer journey"
    /// The title of a map without one.
    public var untitledMap = "Journey map"
    public var languageChip = "Language: {}"
    /// Whether a noun that starts a label is lowercased inside a sentence ("buyer journey map"); not
    /// in German, whose nouns keep their capital.
    public var lowercasesInSentences = true
    /// The drawing's description: state, scope and kind: "As-is customer journey map (B2C)".
    public var mapDescription = "{1} {2} map ({3})"
    public var stageCountOne = "{} stage"
    public var stageCountOther = "{} stages"
    public var laneCountOne = "{} lane"
    public var laneCountOther = "{} lanes"

    // MARK: Personas

    public var persona = "Persona"
    public var personas = "Personas"
    public var buyingCommittee = "Buying committee"
    public var allPersonas = "All personas"
    public var reportsTo = "Reports to {}"
    public var approvesPurchase = "Approves the purchase"
    public var approval = "Approval: {}"
    public var decisionRole = "Decision role: {}"
    public var goals = "Goals"
    public var needs = "Needs"
    public var motivations = "Motivations"
    public var frustrations = "Frustrations"
    public var approvalChain = "Approval chain"
    public var approvalChains = "Approval chains"
    public var approvalChainNote = "Approval climbs from the first person to the last, each reporting to the next."
    public var approvalChainFrom = "Approval chain from {}"

    // MARK: Stages, lanes, cards

    public var journey = "Journey"
    public var lanes = "Lanes"
    public var steps = "Steps"
    public var duration = "Duration: {}"
    public var stepList = "Steps: {}"
    public var who = "Who: {}"
    public var goal = "Goal: {}"
    public var takes = "Takes {}"
    public var personaList = "Personas: {}"
    /// The buying organization's members in a B2B map's header line: "Buying committee: {}".
    public var committeeList = "Buying committee: {}"
    public var step = "Step: {}"
    public var owner = "Owner: {}"
    public var severity = "Severity: {}"
    public var priority = "Priority: {}"
    /// A severity after an item's kind: "Pain point · severity high".
    public var severityInLabel = "severity {}"
    /// A priority after an item's kind: "Opportunity · priority low".
    public var priorityInLabel = "priority {}"
    public var score = "Score"
    public var channel = "Channel: {}"
    public var content = "Content: {}"
    public var forPersonas = "For: {}"
    public var tags = "Tags"
    public var eventActivities = "Event activities"
    public var links = "Links"
    /// The lane of items whose lane the map does not have.
    public var otherLane = "Other"
    public var otherItems = "Other items"
    public var otherItemsNote = "Items whose lane is not in the map"
    public var goingBack = "Going back"
    public var goingBackNote = "Transitions to an earlier stage or step"
    public var goesBack = "goes back"
    public var transitions = "Transitions"
    public var emotionCurve = "Emotion curve"
    public var emotionCurveNote = "Scores from \u{2212}2 to +2, one line per persona"
    public var skipToMap = "Skip to the journey map"
    public var madeWith = "Made with JourneyKit."
    /// How to read a page back; `{}` is the command.
    public var readBack = "This page carries the map itself; read it back with {}."
    /// What the filters show: "Showing 12 of 40 items." (`{1}` shown, `{2}` in all).
    public var filterStatus = "Showing {1} of {2} items."

    // MARK: KPIs

    /// A KPI's target: "target ≥ 40%".
    public var target = "target {}"
    /// A KPI's target when no value comes before it: "Target ≥ 40%".
    public var targetAtStart = "Target {}"
    public var value = "value {}"
    /// A KPI meter's label: "41% of the target ≤ 25%".
    public var valueOfTarget = "{1} of the {2}"
    public var onTarget = "on target"
    public var offTarget = "off target"
    public var noTarget = "no target to compare"

    // MARK: Legend

    public var legend = "Legend"
    public var legendBaseline = "Neutral (0); the scale runs from \u{2212}2 to +2"
    public var legendBackArrow = "Goes back to an earlier stage or step"
    public var legendKPIBar = "KPI value; the line marks the target"
    public var legendEveryone = "Items that name no persona concern every persona."
    public var legendSigns =
        "Pain points, opportunities and key moments differ by sign, edge and label as well as by colour."
    public var legendScores =
        "Emotion scores run from \u{2212}2 (very negative) through 0 (neutral) to +2 (very positive); "
        + "the curve draws one line per persona, told apart by dash pattern and marker shape."
    public var legendKPIs = "KPIs show the measured value against the target."
    public var legendFilters =
        "The filters hide items of other personas and whole lanes; the emotion curve always shows every line."
    /// What each item kind means, in the page's legend.
    public var kindDescriptions: [ItemKind: String] = Chrome.englishKindDescriptions
    public var customKindDescription = "A kind of item this map defines."

    // MARK: Facts and durations

    public var b2cJourney = "B2C journey"
    public var b2bJourney = "B2B journey"
    public var currentState = "current state (as-is)"
    public var futureState = "future state (to-be)"
    public var buyerJourneyFact = "buyer journey"
    public var customerJourneyFact = "whole customer journey"
    /// Duration units, singular and plural: "year" → "{} year", "years" → "{} years".
    public var durationUnits: [String: String] = [
        "year": "{} year", "years": "{} years", "month": "{} month", "months": "{} months",
        "week": "{} week", "weeks": "{} weeks", "day": "{} day", "days": "{} days", "hour": "{} hour",
        "hours": "{} hours", "minute": "{} minute", "minutes": "{} minutes", "second": "{} second",
        "seconds": "{} seconds",
    ]
    /// What goes between the parts of a duration: "1 year 6 months".
    public var durationSeparator = " "

    /// A table in English, for a language to change.
    public init(code: String = "en") { self.code = code }
}
