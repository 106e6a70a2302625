/// A person whose journey the map follows; in a B2B map, one member of the buying committee.
public struct Persona: Identified, Extensible, Hashable, Sendable, Codable {
    public var id: String
    /// The persona's name.
    public var name: String
    /// Job title or life situation ("Head of IT", "Young parent").
    public var role: String?
    /// A short portrait.
    public var description: String?
    /// What they want to achieve.
    public var goals: [String]
    /// What they need on the way.
    public var needs: [String]
    /// Why they act.
    public var motivations: [String]
    /// What annoys or blocks them.
    public var frustrations: [String]
    /// A quote in their own words.
    public var quote: String?
    /// Further attributes such as age, location and budget.
    public var attributes: [String: String]
    /// B2B: the organization the persona works for.
    public var organization: String?
    /// B2B: the part they play in the buying decision.
    public var decisionRole: DecisionRole?
    /// B2B: the identifier of the persona they report to; approval climbs this chain.
    public var reportsTo: String?
    public var extensions: ExtensionData

    /// Creates a persona.
    public init(
        id: String,
        name: String,
        role: String? = nil,
        description: String? = nil,
        goals: [String] = [],
        needs: [String] = [],
        motivations: [String] = [],
        frustrations: [String] = [],
        quote: String? = nil,
        attributes: [String: String] = [:],
        organization: String? = nil,
        decisionRole: DecisionRole? = nil,
        reportsTo: String? = nil,
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.description = description
        self.goals = goals
        self.needs = needs
        self.motivations = motivations
        self.frustrations = frustrations
        self.quote = quote
        self.attributes = attributes
        self.organization = organization
        self.decisionRole = decisionRole
        self.reportsTo = reportsTo
        self.extensions = extensions
    }
}
