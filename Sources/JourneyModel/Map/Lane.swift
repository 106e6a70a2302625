/// A lane: a row of the map showing one aspect of every stage (actions, emotions, touchpoints, …).
public struct Lane: Identified, Extensible, Hashable, Sendable, Codable {
    public var id: String
    /// What the lane shows; built-in or custom.
    public var kind: LaneKind
    /// The title shown at the left of the row.
    public var title: String
    /// A longer description.
    public var description: String?
    public var extensions: ExtensionData

    /// Creates a lane; the title defaults to the kind's usual title and the identifier to the kind.
    public init(
        id: String? = nil,
        kind: LaneKind,
        title: String? = nil,
        description: String? = nil,
        extensions: ExtensionData = ExtensionData()
    ) {
        self.id = id ?? kind.rawValue
        self.kind = kind
        self.title = title ?? kind.defaultTitle
        self.description = description
        self.extensions = extensions
    }
}
