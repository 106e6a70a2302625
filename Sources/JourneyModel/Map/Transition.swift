/// A move from one stage or step to another.
///
/// Journeys are not linear: a transition may go back.
public struct Transition: Identified, Extensible, PersonaScoped, Hashable, Sendable, Codable {
    public var id: String
    /// The stage or step the move starts from.
    public var from: String
    /// The stage or step the move goes to.
    public var to: String
    /// Why or how the customer moves ("Compares again after the test drive").
    public var label: String?
    /// The personas who make this move; empty means all of them.
    public var personaIDs: [String]
    public var extensions: ExtensionData

    /// Creates a transition.
    public init(
        id: String,
        from: String,
        to: String,
        label: String? = nil,
        personaIDs: [String] = [],
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.label = label
        self.personaIDs = personaIDs
        self.extensions = extensions
    }
}
