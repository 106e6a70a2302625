import Foundation
internal import JourneyXMLCore

/// What a GraphML `<key>` declares, found through `yfiles.type`, `y:attr.uri` or `attr.name`.
///
/// Key identifiers (`d6`) differ from file to file, so data is never recognized by them.
enum GraphMLKeyRole: Hashable {
    /// A desktop yEd realizer (`yfiles.type="nodegraphics"`).
    case nodeGraphics
    /// A desktop yEd edge realizer (`yfiles.type="edgegraphics"`).
    case edgeGraphics
    /// yEd Live node labels (`…/NodeLabels`).
    case nodeLabels
    /// yEd Live node bounds (`…/NodeGeometry`).
    case nodeGeometry
    /// yEd Live node style (`…/NodeStyle`).
    case nodeStyle
    /// yEd Live edge labels (`…/EdgeLabels`).
    case edgeLabels
    /// yEd Live edge bends (`…/EdgeGeometry`).
    case edgeGeometry
    /// yEd Live edge style (`…/EdgeStyle`).
    case edgeStyle
    /// yEd Live port labels (`…/PortLabels`), read as labels of the port's node.
    case portLabels
    /// yEd Live shared objects (`…/SharedData`).
    case sharedData
    /// Desktop yEd shared resources (`yfiles.type="resources"`).
    case resources
    /// yEd Live user tags (`…/UserTags`), JSON.
    case userTags
    /// Data the user defined, under its name (`description`, `url`, custom properties).
    case custom(String)
    /// Bookkeeping that says nothing about the diagram (z-order, folding state, ports).
    case ignored
}

/// One declared key.
struct GraphMLKey {
    let id: String
    /// What the key is for (`node`, `edge`, `graph`, `all`, …).
    let domain: String
    let role: GraphMLKeyRole
    /// The default value of a user-defined key, if declared and not empty.
    let defaultValue: String?

    /// Whether the key applies to elements of a kind (`node`, `edge`).
    func applies(to kind: String) -> Bool { domain == kind || domain == "all" }
}

/// The keys of a GraphML file by identifier.
struct GraphMLKeys {
    private var keys: [String: GraphMLKey] = [:]
    /// User-defined keys with a default, in declaration order.
    private var defaulted: [GraphMLKey] = []

    init(root: XMLElement) {
        for element in root.children where GraphMLNames.isStructural(element, "key") {
            guard let id = element.attribute("id"), keys[id] == nil else { continue }
            let role = Self.role(of: element, id: id)
            var defaultValue: String?
            if case .custom = role, let value = element.child(localName: "default")?.textContent {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                defaultValue = trimmed.isEmpty ? nil : trimmed
            }
            let key = GraphMLKey(
                id: id, domain: element.attribute("for") ?? "all", role: role, defaultValue: defaultValue)
            keys[id] = key
            if defaultValue != nil { defaulted.append(key) }
        }
    }

    /// The key with an identifier.
    subscript(id: String) -> GraphMLKey? { keys[id] }

    /// The user-defined keys with a default value that apply to a kind of element.
    func defaults(for kind: String) -> [GraphMLKey] { defaulted.filter { $0.applies(to: kind) } }

    /// Every key with a role, for finding file-level data.
    func identifiers(of role: GraphMLKeyRole) -> Set<String> {
        Set(keys.values.filter { $0.role == role }.map(\.id))
    }

    private static let yFilesRoles: [String: GraphMLKeyRole] = [
        "NodeLabels": .nodeLabels, "NodeGeometry": .nodeGeometry, "NodeStyle": .nodeStyle,
        "EdgeLabels": .edgeLabels, "EdgeGeometry": .edgeGeometry, "EdgeStyle": .edgeStyle,
        "PortLabels": .portLabels, "SharedData": .sharedData, "UserTags": .userTags,
    ]

    private static func role(of key: XMLElement, id: String) -> GraphMLKeyRole {
        if let type = key.attribute("yfiles.type") {
            switch type {
            case "nodegraphics": return .nodeGraphics
            case "edgegraphics": return .edgeGraphics
            case "resources": return .resources
            default: return .ignored
            }
        }
        // yFiles for HTML declares its own data with a URI; anything it declares that is not listed
        // here is bookkeeping (z-order, folding, ports).
        if let uri = key.anyAttribute("attr.uri") {
            let last = uri.split(separator: "/").last.map(String.init) ?? uri
            return yFilesRoles[last] ?? .ignored
        }
        if let name = key.attribute("attr.name"), !name.isEmpty { return .custom(name) }
        return .custom(id)
    }
}

/// The objects a yEd Live file shares between nodes and edges (`y:SharedData`, keyed by `x:Key`)
/// and desktop yEd's resources (`y:Resources`, keyed by `id`), with reference resolution.
struct YEdSharedData {
    private var objects: [String: XMLElement] = [:]
    /// How many references are followed in a row before giving up (references may form cycles).
    static let maximumChain = 16

    init(root: XMLElement, keys: GraphMLKeys) {
        let sharedKeys = keys.identifiers(of: .sharedData).union(keys.identifiers(of: .resources))
        for data in root.children where GraphMLNames.isStructural(data, "data") {
            guard let key = data.attribute("key"), sharedKeys.contains(key) else { continue }
            for container in data.children {
                for object in container.children {
                    guard let name = object.anyAttribute("Key") ?? object.attribute("id"), objects[name] == nil
                    else { continue }
                    objects[name] = object
                }
            }
        }
    }

    /// The shared object with a key.
    func object(_ key: String) -> XMLElement? { objects[key] }

    /// The key named by a markup reference such as `{y:GraphMLReference 5}`, or `nil` when the value
    /// is no reference.
    static func referenceKey(in value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), !trimmed.hasPrefix("{}") else { return nil }
        let inner = trimmed.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
        guard inner.count == 2, inner[0].hasSuffix("GraphMLReference") else { return nil }
        return String(inner[1])
    }

    /// The element itself, or the shared object a `y:GraphMLReference` element names (followed
    /// through chains of references); `nil` when a reference cannot be resolved.
    func resolve(_ element: XMLElement) -> XMLElement? {
        var current = element
        for _ in 0..<Self.maximumChain {
            guard current.localName == "GraphMLReference" else { return current }
            guard let key = current.attribute("ResourceKey") ?? current.anyAttribute("ResourceKey"),
                let next = objects[key]
            else { return nil }
            current = next
        }
        return nil
    }

    /// The shared object an attribute value refers to, resolved; `nil` when the value is no reference
    /// or names nothing.
    func resolve(attributeValue value: String) -> XMLElement? {
        guard let key = Self.referenceKey(in: value), let object = objects[key] else { return nil }
        return resolve(object)
    }

    /// The text an attribute value stands for: a reference resolved to the text of the shared
    /// object, `{x:Null}` as empty, `{}` escapes removed.
    func string(forAttributeValue value: String) -> String? {
        if Self.referenceKey(in: value) != nil {
            return resolve(attributeValue: value)?.textContent
        }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("{}") { return String(trimmed.dropFirst(2)) }
        if trimmed == "{x:Null}" { return "" }
        return value
    }
}
