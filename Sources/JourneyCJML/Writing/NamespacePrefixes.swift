/// The prefixes an element written back from kept data declares for its namespaces.
///
/// `xsi` stands for XML Schema instance attributes, `xml` for `xml:lang` and `xml:space` (never
/// declared), `ns1`, `ns2`, … for others in the order they come. Each element declares its own, so a
/// kept element stands on its own wherever it goes.
struct NamespacePrefixes {
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    /// The namespace of `xml:lang` and `xml:space`, bound to `xml` without a declaration.
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// The prefixes and URIs to declare, in order.
    private(set) var declarations: [(prefix: String, uri: String)] = []

    init(_ node: CJMLNode) {
        for uri in [node.namespace] + node.attributes.map(\.namespace) {
            guard let uri, !uri.isEmpty, uri != Self.xml, !declarations.contains(where: { $0.uri == uri }) else {
                continue
            }
            let taken = Set(declarations.map(\.prefix))
            var prefix = uri == Self.schemaInstance ? "xsi" : "ns\(declarations.count + 1)"
            var number = declarations.count + 1
            while taken.contains(prefix) {
                number += 1
                prefix = "ns\(number)"
            }
            declarations.append((prefix, uri))
        }
    }

    /// A name with the prefix of its namespace; as it is without one.
    func qualified(_ name: String, in uri: String?) -> String {
        if uri == Self.xml { return "xml:" + name }
        guard let uri, let prefix = declarations.first(where: { $0.uri == uri })?.prefix else { return name }
        return prefix + ":" + name
    }
}
