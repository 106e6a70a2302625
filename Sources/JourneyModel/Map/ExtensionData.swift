/// Namespaced key/value pairs attached to an element, kept by every reader and writer.
///
/// The namespace says who owns a key: a format (`drawio`, `csv`), a tool, or a custom item type
/// (`com.example.compliance`). Values are text.
///
/// ```swift
/// item.extensions["drawio", "style"] = "rounded=1;fillColor=#dae8fc"
/// ```
///
/// The entries are stored in one array sorted by namespace and key: an element mostly carries a
/// handful, and maps can hold hundreds of thousands of elements. Add many entries at once with
/// ``merge(_:)``.
public struct ExtensionData: Hashable, Sendable, Codable {
    /// One entry: the namespace and key kept as one string, which for the usual short ones needs
    /// no storage of its own.
    private struct Entry: Hashable, Sendable {
        /// The namespace followed by the key.
        private var name: String
        var value: String
        /// Where the key starts in `name`, in UTF-8 code units.
        private var keyStart: Int32

        init(namespace: String, key: String, value: String) {
            name = namespace + key
            keyStart = Int32(namespace.utf8.count)
            self.value = value
        }

        private var split: String.Index { name.utf8.index(name.utf8.startIndex, offsetBy: Int(keyStart)) }
        var namespace: Substring { name[..<split] }
        var key: Substring { name[split...] }

        func `is`(_ namespace: String, _ key: String) -> Bool {
            self.namespace == namespace && self.key == key
        }

        func precedes(_ namespace: String, _ key: String) -> Bool {
            let own = self.namespace
            return own < Substring(namespace) || (own == namespace && self.key < Substring(key))
        }

        func precedes(_ other: Entry) -> Bool {
            let own = namespace
            let others = other.namespace
            return own < others || (own == others && key < other.key)
        }

        func hasSameName(as other: Entry) -> Bool { namespace == other.namespace && key == other.key }

        static func == (first: Entry, second: Entry) -> Bool {
            first.hasSameName(as: second) && first.value == second.value
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(namespace)
            hasher.combine(key)
            hasher.combine(value)
        }
    }

    /// Sorted by namespace, then key; no two entries share both.
    private var entries: [Entry]

    /// Creates empty extension data.
    public init() { entries = [] }

    /// Creates extension data from namespace → key → value.
    public init(_ namespaces: [String: [String: String]]) {
        entries = []
        merge(
            namespaces.flatMap { namespace, values in
                values.map { (namespace: namespace, key: $0.key, value: $0.value) }
            })
    }

    /// Namespace → key → value.
    public var namespaces: [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        for entry in entries { result[String(entry.namespace), default: [:]][String(entry.key)] = entry.value }
        return result
    }

    /// The value of `key` in `namespace`, or `nil`; setting `nil` removes the key.
    public subscript(namespace: String, key: String) -> String? {
        get {
            let index = firstIndex(notBefore: namespace, key)
            guard index < entries.count, entries[index].is(namespace, key) else { return nil }
            return entries[index].value
        }
        set {
            let index = firstIndex(notBefore: namespace, key)
            let found = index < entries.count && entries[index].is(namespace, key)
            switch (found, newValue) {
            case (true, let value?): entries[index].value = value
            case (true, nil): entries.remove(at: index)
            case (false, let value?): entries.insert(Entry(namespace: namespace, key: key, value: value), at: index)
            case (false, nil): break
            }
        }
    }

    /// Adds entries, replacing the values of keys already present.
    ///
    /// Of entries given twice the last wins. Sorts once, however many entries are added.
    public mutating func merge(_ added: [(namespace: String, key: String, value: String)]) {
        let new = added.map { Entry(namespace: $0.namespace, key: $0.key, value: $0.value) }
        guard let first = new.first else { return }
        // Entries that come in order after the present ones are simply appended.
        if entries.last.map({ $0.precedes(first) }) ?? true, zip(new, new.dropFirst()).allSatisfy({ $0.precedes($1) }) {
            if entries.isEmpty { entries = new } else { entries.append(contentsOf: new) }
            return
        }
        var combined = entries
        combined.append(contentsOf: new)
        // Later entries win: sort by key, and by position among equal keys, then keep the last.
        let order = combined.indices.sorted { first, second in
            let a = combined[first]
            let b = combined[second]
            if a.precedes(b) { return true }
            if b.precedes(a) { return false }
            return first < second
        }
        var merged: [Entry] = []
        merged.reserveCapacity(order.count)
        for index in order {
            let entry = combined[index]
            if let last = merged.last, last.hasSameName(as: entry) {
                merged[merged.count - 1] = entry
            } else {
                merged.append(entry)
            }
        }
        entries = merged
    }

    /// Whether there is no extension data.
    public var isEmpty: Bool { entries.isEmpty }

    /// Every entry, sorted by namespace then key, so writers are deterministic.
    public var sortedEntries: [(namespace: String, key: String, value: String)] {
        entries.map { (String($0.namespace), String($0.key), $0.value) }
    }

    /// The position of the first entry at or after `namespace` and `key`.
    private func firstIndex(notBefore namespace: String, _ key: String) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].precedes(namespace, key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: [String: String]].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(namespaces)
    }
}
