/// A value from an open vocabulary: a set of well-known names that users may extend with their own.
///
/// Built-in values are static members (`Channel.email`); custom ones are made from text
/// (`Channel("trade fair")`, or a literal where the type is known). Values compare by their text.
public protocol OpenVocabulary: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String, StringLiteralType == String {
    /// The well-known values, in their conventional order.
    static var knownValues: [Self] { get }
    /// Creates a value from its text.
    init(rawValue: String)
}

extension OpenVocabulary {
    /// Creates a value from its text.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether this is one of the well-known values.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    public var description: String { rawValue }
}

/// What a lane shows; lanes are the rows of a journey map.
public struct LaneKind: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// What the customer does.
    public static let actions: Self = "actions"
    /// What the customer thinks and asks.
    public static let thoughts: Self = "thoughts"
    /// How the customer feels: the emotion curve.
    public static let emotions: Self = "emotions"
    /// Where the customer meets the company, and through which channel.
    public static let touchpoints: Self = "touchpoints"
    /// What gets in the customer's way.
    public static let painPoints: Self = "pain-points"
    /// Opportunities and key moments (moments of truth).
    public static let opportunities: Self = "opportunities"
    /// Measures the company plans, with owners.
    public static let measures: Self = "measures"
    /// Key performance indicators: conversion, ROI, loyalty.
    public static let kpis: Self = "kpis"
    /// Content the customer consumes.
    public static let content: Self = "content"
    /// What happens behind the scenes, and who owns it.
    public static let backstage: Self = "backstage"

    public static let knownValues: [Self] = [
        .actions, .thoughts, .emotions, .touchpoints, .painPoints, .opportunities, .measures, .kpis, .content,
        .backstage,
    ]

    /// The title a lane of this kind gets when none is given.
    public var defaultTitle: String {
        switch self {
        case .actions: "Actions"
        case .thoughts: "Thoughts & questions"
        case .emotions: "Emotions"
        case .touchpoints: "Touchpoints"
        case .painPoints: "Pain points"
        case .opportunities: "Opportunities"
        case .measures: "Measures"
        case .kpis: "KPIs"
        case .content: "Content"
        case .backstage: "Backstage"
        default: rawValue
        }
    }

    /// The kind of item a lane of this kind holds when an item does not say.
    public var defaultItemKind: ItemKind {
        switch self {
        case .actions: .action
        case .thoughts: .thought
        case .emotions: .emotion
        case .touchpoints: .touchpoint
        case .painPoints: .painPoint
        case .opportunities: .opportunity
        case .measures: .measure
        case .kpis: .kpi
        case .content: .content
        case .backstage: .backstage
        default: ItemKind(rawValue: rawValue)
        }
    }
}

/// What an item is.
///
/// Most lanes hold one kind; a custom item type brings its own.
public struct ItemKind: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let action: Self = "action"
    public static let thought: Self = "thought"
    public static let question: Self = "question"
    public static let emotion: Self = "emotion"
    public static let touchpoint: Self = "touchpoint"
    public static let painPoint: Self = "pain-point"
    public static let opportunity: Self = "opportunity"
    /// A moment of truth: where the customer decides whether the journey goes on.
    public static let keyMoment: Self = "key-moment"
    public static let measure: Self = "measure"
    public static let kpi: Self = "kpi"
    public static let content: Self = "content"
    public static let backstage: Self = "backstage"
    /// Text that could not be given a more specific kind, such as an imported label.
    public static let note: Self = "note"

    public static let knownValues: [Self] = [
        .action, .thought, .question, .emotion, .touchpoint, .painPoint, .opportunity, .keyMoment, .measure, .kpi,
        .content, .backstage, .note,
    ]

    /// The lane kind this kind of item goes into when a lane is not named.
    public var defaultLane: LaneKind {
        switch self {
        case .action: .actions
        case .thought, .question: .thoughts
        case .emotion: .emotions
        case .touchpoint: .touchpoints
        case .painPoint: .painPoints
        case .opportunity, .keyMoment: .opportunities
        case .measure: .measures
        case .kpi: .kpis
        case .content: .content
        case .backstage: .backstage
        default: LaneKind(rawValue: rawValue)
        }
    }
}

/// The channel through which a touchpoint happens.
public struct Channel: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let web: Self = "web"
    public static let email: Self = "email"
    public static let social: Self = "social"
    public static let search: Self = "search"
    public static let advertising: Self = "advertising"
    public static let phone: Self = "phone"
    public static let chat: Self = "chat"
    public static let app: Self = "app"
    public static let store: Self = "store"
    public static let event: Self = "event"
    public static let salesRep: Self = "sales-rep"
    public static let partner: Self = "partner"
    public static let print: Self = "print"
    public static let wordOfMouth: Self = "word-of-mouth"

    public static let knownValues: [Self] = [
        .web, .email, .social, .search, .advertising, .phone, .chat, .app, .store, .event, .salesRep, .partner,
        .print, .wordOfMouth,
    ]
}

/// The kind of a piece of content.
public struct ContentType: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let blogPost: Self = "blog-post"
    public static let whitepaper: Self = "whitepaper"
    public static let caseStudy: Self = "case-study"
    public static let demo: Self = "demo"
    public static let pricingPage: Self = "pricing-page"
    public static let video: Self = "video"
    public static let webinar: Self = "webinar"
    public static let review: Self = "review"
    public static let comparison: Self = "comparison"
    public static let newsletter: Self = "newsletter"
    public static let documentation: Self = "documentation"
    public static let socialPost: Self = "social-post"
    public static let advertisement: Self = "advertisement"

    public static let knownValues: [Self] = [
        .blogPost, .whitepaper, .caseStudy, .demo, .pricingPage, .video, .webinar, .review, .comparison,
        .newsletter, .documentation, .socialPost, .advertisement,
    ]
}

/// The part a persona plays in a B2B buying decision.
public struct DecisionRole: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Starts the buying process.
    public static let initiator: Self = "initiator"
    /// Will use what is bought.
    public static let user: Self = "user"
    /// Shapes the decision with expertise or opinion.
    public static let influencer: Self = "influencer"
    /// Makes the decision.
    public static let decisionMaker: Self = "decision-maker"
    /// Signs off; approval climbs the reports-to chain.
    public static let approver: Self = "approver"
    /// Negotiates and buys (procurement).
    public static let buyer: Self = "buyer"
    /// Controls what information reaches the others (IT, legal, an assistant).
    public static let gatekeeper: Self = "gatekeeper"

    public static let knownValues: [Self] = [
        .initiator, .user, .influencer, .decisionMaker, .approver, .buyer, .gatekeeper,
    ]
}

/// What a KPI measures.
public struct MetricKind: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let conversionRate: Self = "conversion-rate"
    public static let returnOnInvestment: Self = "roi"
    public static let loyaltyRate: Self = "loyalty-rate"
    public static let netPromoterScore: Self = "nps"
    public static let customerSatisfaction: Self = "csat"
    public static let churnRate: Self = "churn-rate"
    public static let reach: Self = "reach"
    public static let clickThroughRate: Self = "click-through-rate"
    public static let costPerAcquisition: Self = "cost-per-acquisition"
    public static let revenue: Self = "revenue"
    public static let timeToValue: Self = "time-to-value"
    /// How long customers stay in a stage before moving on (the median, as `journey analyze` measures it).
    public static let timeInStage: Self = "time-in-stage"

    public static let knownValues: [Self] = [
        .conversionRate, .returnOnInvestment, .loyaltyRate, .netPromoterScore, .customerSatisfaction, .churnRate,
        .reach, .clickThroughRate, .costPerAcquisition, .revenue, .timeToValue, .timeInStage,
    ]
}
