import Foundation

/// The JSON Schema (draft 2020-12) of the JSON format, version 1.
///
/// The schema describes what ``JourneyJSONFormat`` reads: the envelope, every key with its type, the
/// required keys, the closed enumerations, identifiers and the language tag. It is stricter than the
/// reader in one way: it refuses keys the format does not define, which the reader ignores and
/// loses. Give it to an editor or a validator to check hand-written maps; `journey schema --json`
/// prints it.
///
/// ```swift
/// try JourneyJSONSchema.data.write(to: URL(fileURLWithPath: "journey-map-1.schema.json"))
/// ```
public enum JourneyJSONSchema {
    /// The schema's `$id`: `urn:journeykit:journey-map:1:json-schema`.
    ///
    /// It follows the XML namespace of the same version, `urn:journeykit:journey-map:1`.
    public static let id = "urn:journeykit:journey-map:1:json-schema"

    /// The schema as shipped in the module, UTF-8 JSON ending with a line break.
    public static var data: Data { Data(PackageResources.journey_map_1_schema_json) }

    /// The schema as text.
    public static var text: String { String(decoding: PackageResources.journey_map_1_schema_json, as: UTF8.self) }
}
