/// A draw.io style string: `key=value;` pairs, possibly led by bare tokens naming the shape.
struct StyleString {
    /// The key/value pairs; a bare token becomes a key with an empty value.
    var properties: [String: String] = [:]
    /// The bare tokens, in order (`swimlane`, `text`, `ellipse`, …).
    var tokens: [String] = []

    /// Splits on `;`, then on the first `=`: values may hold `=`, commas and data URIs.
    init(_ style: String) {
        for part in style.split(separator: ";", omittingEmptySubsequences: true) {
            if let equals = part.firstIndex(of: "=") {
                let key = String(part[..<equals])
                properties[key] = String(part[part.index(after: equals)...])
            } else {
                let token = String(part)
                tokens.append(token)
                properties[token] = ""
            }
        }
    }

    /// The value of a key, ignoring case (`whiteSpace` and `whitespace` both occur).
    subscript(key: String) -> String? {
        if let value = properties[key] { return value }
        let lowered = key.lowercased()
        return properties.first { $0.key.lowercased() == lowered }?.value
    }

    /// Whether a bare token or a `shape=` value names this shape.
    func names(_ shape: String) -> Bool {
        tokens.contains { $0.lowercased() == shape } || self["shape"]?.lowercased() == shape
    }
}
