/// Namespaced key/value pairs attached to an element, kept by every reader and writer.
///
/// The namespace says who owns a key: a format (`drawio`, `csv`), a tool, or a custom item type
/// (`com.example.compliance`). Values are text.
///
/// ```swift
/// item.extensions["drawio", "style"] = "rounded=1;fillColor=#dae8fc"
/// ```
public struct ExtensionData: Hashable, Sendable, Codable {
    /// Namespace → key → value.
    public private(set) var namespaces: [String: [String: String]]

    /// Creates empty extension data.
    public init() { namespaces = [:] }

    /// Creates extension data from namespace → key → value.
    public init(_ namespaces: [String: [String: String]]) {
        self.namespaces = namespaces.filter { !$0.value.isEmpty }
    }

    /// The value of `key` in `namespace`, or `nil`; setting `nil` removes the key.
    public subscript(namespace: String, key: String) -> String? {
        get { namespaces[namespace]?[key] }
        set {
            namespaces[namespace, default: [:]][key] = newValue
            if namespaces[namespace]?.isEmpty == true { namespaces[namespace] = nil }
        }
    }

    /// Whether there is no extension data.
    public var isEmpty: Bool { namespaces.isEmpty }

    /// Every entry, sorted by namespace then key, so writers are deterministic.
    public var sortedEntries: [(namespace: String, key: String, value: String)] {
        namespaces.keys.sorted().flatMap { namespace in
            namespaces[namespace]!.keys.sorted().map { key in (namespace, key, namespaces[namespace]![key]!) }
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: [String: String]].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(namespaces)
    }
}
