import Foundation

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
            var namespace = namespace
            var key = key
            let split = namespace.utf8.count
            name = namespace.withUTF8 { first in
                key.withUTF8 { second in
                    String(unsafeUninitializedCapacity: first.count + second.count) { buffer in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<first.count]).initialize(from: first)
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[first.count...]).initialize(from: second)
                        return first.count + second.count
                    }
                }
            }
            keyStart = Int32(split)
            self.value = value
        }

        private var split: String.Index { name.utf8.index(name.utf8.startIndex, offsetBy: Int(keyStart)) }
        var namespace: Substring { name[..<split] }
        var key: Substring { name[split...] }

        /// −1, 0 or 1 as this entry's namespace and key sort before, with or after the given ones.
        func order(_ namespace: String, _ key: String) -> Int {
            var name = name
            var namespace = namespace
            var key = key
            let split = Int(keyStart)
            let quick: Int? = name.withUTF8 { own in
                namespace.withUTF8 { otherNamespace in
                    key.withUTF8 { otherKey in
                        guard let first = Order.ofBytes(UnsafeBufferPointer(rebasing: own[..<split]), otherNamespace)
                        else { return nil }
                        return first != 0
                            ? first : Order.ofBytes(UnsafeBufferPointer(rebasing: own[split...]), otherKey)
                    }
                }
            }
            if let quick { return quick }
            let first = Order.of(self.namespace, Substring(namespace))
            return first != 0 ? first : Order.of(self.key, Substring(key))
        }

        /// −1, 0 or 1 as this entry's namespace and key sort before, with or after another's.
        func order(_ other: Entry) -> Int {
            var name = name
            var otherName = other.name
            let split = Int(keyStart)
            let otherSplit = Int(other.keyStart)
            let quick: Int? = name.withUTF8 { own in
                otherName.withUTF8 { others in
                    guard
                        let first = Order.ofBytes(
                            UnsafeBufferPointer(rebasing: own[..<split]),
                            UnsafeBufferPointer(rebasing: others[..<otherSplit]))
                    else { return nil }
                    return first != 0
                        ? first
                        : Order.ofBytes(
                            UnsafeBufferPointer(rebasing: own[split...]),
                            UnsafeBufferPointer(rebasing: others[otherSplit...]))
                }
            }
            if let quick { return quick }
            let first = Order.of(namespace, other.namespace)
            return first != 0 ? first : Order.of(key, other.key)
        }

        func `is`(_ namespace: String, _ key: String) -> Bool { order(namespace, key) == 0 }
        func precedes(_ namespace: String, _ key: String) -> Bool { order(namespace, key) < 0 }
        func precedes(_ other: Entry) -> Bool { order(other) < 0 }
        func hasSameName(as other: Entry) -> Bool { order(other) == 0 }

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

/// How two texts order: by their Unicode scalars in composed form, byte by byte for ASCII text.
private enum Order {
    /// −1, 0 or 1 as `first` sorts before, with or after `second`.
    static func of(_ first: Substring, _ second: Substring) -> Int {
        var first = first
        var second = second
        let quick: Int? = first.withUTF8 { a in second.withUTF8 { b in ofBytes(a, b) } }
        if let quick { return quick }
        // `String`'s own `<` is not a strict order for text that is not in composed form ("e" and
        // a combining accent against "é…"); composed scalars are, and equal exactly when `==` is.
        let composedFirst = String(first).precomposedStringWithCanonicalMapping.unicodeScalars
        let composedSecond = String(second).precomposedStringWithCanonicalMapping.unicodeScalars
        if composedFirst.elementsEqual(composedSecond) { return 0 }
        return composedFirst.lexicographicallyPrecedes(composedSecond) ? -1 : 1
    }

    /// The order of two UTF-8 texts when their bytes alone tell it (ASCII where they differ), else
    /// `nil`.
    static func ofBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let common = min(a.count, b.count)
        var index = 0
        while index < common {
            let x = a[index]
            let y = b[index]
            // Unicode text (and a mark that may join the letter before it) needs composing.
            if x >= 0x80 || y >= 0x80 { return nil }
            if x != y {
                if index + 1 < a.count && a[index + 1] >= 0x80 { return nil }
                if index + 1 < b.count && b[index + 1] >= 0x80 { return nil }
                return x < y ? -1 : 1
            }
            index += 1
        }
        if a.count == b.count { return 0 }
        // A text that begins the other sorts first: a joining mark only makes a letter greater than
        // any ASCII.
        return a.count < b.count ? -1 : 1
    }
}
