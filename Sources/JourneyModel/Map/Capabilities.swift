/// Something with an identifier that is unique within its map.
///
/// Identifiers are non-empty and contain no white space, so lists of them can be written
/// space-separated (as the canonical XML does).
public protocol Identified {
    /// The identifier, unique within the map.
    var id: String { get }
}

/// Something that can carry extension data.
///
/// Extension data is what a format or a tool knows about an element that JourneyKit's schema does not
/// model. Importers keep what they do not understand here.
public protocol Extensible {
    /// Namespaced key/value pairs.
    var extensions: ExtensionData { get set }
}

/// Something scoped to some of the map's personas; an empty list means every persona.
public protocol PersonaScoped {
    /// The identifiers of the personas this concerns.
    var personaIDs: [String] { get }
}

/// Something that belongs to a stage: an item or a step.
///
/// Stages hold their content in their bodies, which is also how the builder reads:
/// `Stage("Awareness") { Action("Sees an ad") }`.
public protocol StageContent: Sendable {
    /// Adds this content to a stage.
    func add(to stage: inout Stage)
}

/// Something that sits in a lane: the item types.
public protocol LaneContent {
    /// The identifier of the lane this sits in; empty to let the builder choose the lane.
    var laneID: String { get }
}

/// Something measured: a value against a target, in a unit.
public protocol Measurable {
    /// The measurement.
    var metric: Metric { get }
}
