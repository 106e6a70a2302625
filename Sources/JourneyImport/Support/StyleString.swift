/// A draw.io style string: `key=value;` pairs, possibly led by bare tokens naming the shape.
struct StyleString {
    /// The key/value pairs in order; a bare token is a key with an empty value.
    private(set) var pairs: [(key: String, value: String)] = []
    /// The bare tokens, in order (`swimlane`, `text`, `ellipse`, …).
    private(set) var tokens: [String] = []

    /// Splits on `;`, then on the first `=`: values may hold `=`, commas and data URIs.
    init(_ style: String) {
        for part in style.split(separator: ";", omittingEmptySubsequences: true) {
            if let equals = part.firstIndex(of: "=") {
                pairs.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
            } else {
                let token = String(part)
                tokens.append(token)
                pairs.append((token, ""))
            }
        }
    }

    /// The pairs as a dictionary; a key given twice keeps its last value, as draw.io does.
    var properties: [String: String] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The value of a key, ignoring ASCII case (`whiteSpace` and `whitespace` both occur).
    subscript(key: String) -> String? {
        pairs.last { Self.equalIgnoringASCIICase($0.key, key) }?.value
    }

    /// Whether a bare token or a `shape=` value names this shape (given in lowercase).
    func names(_ shape: String) -> Bool {
        tokens.contains { Self.equalIgnoringASCIICase($0, shape) }
            || self["shape"].map { Self.equalIgnoringASCIICase($0, shape) } == true
    }

    private static func equalIgnoringASCIICase(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator()
        var secondBytes = second.utf8.makeIterator()
        while true {
            switch (firstBytes.next(), secondBytes.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                let lowerA = a >= 65 && a <= 90 ? a + 32 : a
                let lowerB = b >= 65 && b <= 90 ? b + 32 : b
                if lowerA != lowerB { return false }
            default: return false
            }
        }
    }
}
