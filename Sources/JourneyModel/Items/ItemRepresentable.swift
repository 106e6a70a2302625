/// A typed view of an ``Item``: the built-in item types and custom ones conform.
///
/// A map stores every item as an ``Item``, so any format can carry any item, including kinds it has
/// never heard of. A conforming type gives an item a kind and a convenient, typed face. A custom type
/// keeps its own fields in the item's extension data, under its own namespace; that way it
/// round-trips through every format without registering anything:
///
/// ```swift
/// struct ComplianceCheck: ItemRepresentable {
///     static let itemKind = ItemKind("com.example.compliance-check")
///     var item: Item
///
///     init(_ text: String, regulation: String) {
///         item = Item(kind: Self.itemKind, text: text)
///         item.extensions["com.example", "regulation"] = regulation
///     }
///     init(unchecked item: Item) { self.item = item }
///
///     var regulation: String? { item.extensions["com.example", "regulation"] }
/// }
/// ```
public protocol ItemRepresentable: Identified, PersonaScoped, LaneContent, StageContent {
    /// The kind of item this type represents.
    static var itemKind: ItemKind { get }
    /// The lane kind items of this type go into when the builder chooses the lane.
    static var defaultLane: LaneKind { get }
    /// The item behind this view.
    var item: Item { get set }
    /// Wraps an item already known to be of ``itemKind``.
    init(unchecked item: Item)
}

extension ItemRepresentable {
    public static var defaultLane: LaneKind { itemKind.defaultLane }

    /// Views an item as this type, or returns `nil` when the item is of another kind.
    public init?(item: Item) {
        guard item.kind == Self.itemKind else { return nil }
        self.init(unchecked: item)
    }

    public var id: String { item.id }
    public var personaIDs: [String] { item.personaIDs }
    public var laneID: String { item.laneID }

    /// The text shown on the map.
    public var text: String {
        get { item.text }
        set { item.text = newValue }
    }

    /// Returns a copy with the common fields set; `nil` leaves a field as it is.
    public func with(
        id: String? = nil,
        lane laneID: String? = nil,
        step stepID: String? = nil,
        detail: String? = nil,
        personas personaIDs: [String]? = nil,
        tags: [String]? = nil,
        links: [Link]? = nil,
        activities: [String]? = nil
    ) -> Self {
        var copy = self
        if let id { copy.item.id = id }
        if let laneID { copy.item.laneID = laneID }
        if let stepID { copy.item.stepID = stepID }
        if let detail { copy.item.detail = detail }
        if let personaIDs { copy.item.personaIDs = personaIDs }
        if let tags { copy.item.tags = tags }
        if let links { copy.item.links = links }
        if let activities { copy.item.activities = activities }
        return copy
    }
}
