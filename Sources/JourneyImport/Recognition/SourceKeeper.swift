import Foundation
import JourneyModel

/// Keeps what a shape's source says beyond the map as extension data: its identifier, style, custom
/// attributes, rich label and bounds.
struct SourceKeeper {
    let format: String
    /// The last style written out, as shapes mostly share one style dictionary.
    private var lastStyle: (properties: [String: String], text: String)?

    init(format: String) { self.format = format }

    /// The extension data of a shape's source.
    mutating func extensions(for shape: DiagramShape) -> ExtensionData {
        var extensions = ExtensionData()
        keep(shape, in: &extensions, prefix: "")
        return extensions
    }

    /// Adds a shape's source to `extensions`, with keys starting with `prefix`.
    mutating func keep(_ shape: DiagramShape, in extensions: inout ExtensionData, prefix: String) {
        if prefix != keys.prefix { keys = Keys(prefix: prefix) }
        // In key order (attribute.…, bounds, id, label, style), which extension data keeps anyway.
        var entries: [(namespace: String, key: String, value: String)] = []
        entries.reserveCapacity(4 + shape.attributes.count)
        let attributes = shape.attributes
        if !attributes.isEmpty {
            for key in attributes.keys.sorted() { entries.append((format, keys.attribute + key, attributes[key]!)) }
        }
        if let bounds = shape.bounds { entries.append((format, keys.bounds, Self.text(of: bounds))) }
        entries.append((format, keys.id, shape.id))
        if let raw = shape.rawText { entries.append((format, keys.label, raw)) }
        if !shape.style.isEmpty { entries.append((format, keys.style, styleText(shape.style))) }
        extensions.merge(entries)
    }

    /// `x y width height`, each rounded to hundredths, as ``NumberText`` writes numbers.
    static func text(of bounds: DiagramRect) -> String {
        let values = (bounds.x, bounds.y, bounds.width, bounds.height)
        let rounded = [values.0, values.1, values.2, values.3].map { ($0 * 100).rounded() / 100 }
        // Whole numbers, the usual case, are written digit by digit; others as NumberText does.
        guard rounded.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }) else {
            return rounded.map(NumberText.format).joined(separator: " ")
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * 17) { buffer in
            var end = 0
            for (index, value) in rounded.enumerated() {
                if index > 0 {
                    buffer[end] = UInt8(ascii: " ")
                    end += 1
                }
                var whole = Int64(value)
                if whole < 0 {
                    buffer[end] = UInt8(ascii: "-")
                    end += 1
                    whole = -whole
                }
                let start = end
                repeat {
                    buffer[end] = UInt8(ascii: "0") + UInt8(whole % 10)
                    end += 1
                    whole /= 10
                } while whole > 0
                var low = start
                var high = end - 1
                while low < high {
                    buffer.swapAt(low, high)
                    low += 1
                    high -= 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
        }
    }

    /// The keys for one prefix, made once.
    private struct Keys {
        let prefix: String
        let attribute: String
        let bounds: String
        let id: String
        let label: String
        let style: String

        init(prefix: String) {
            self.prefix = prefix
            attribute = prefix + "attribute."
            bounds = prefix + "bounds"
            id = prefix + "id"
            label = prefix + "label"
            style = prefix + "style"
        }
    }

    private var keys = Keys(prefix: "")

    /// A style as `key=value` pairs in key order, joined by `;`.
    private mutating func styleText(_ style: [String: String]) -> String {
        // Comparing dictionaries that share storage is immediate.
        if let lastStyle, lastStyle.properties == style { return lastStyle.text }
        let text = style.keys.sorted().map { key in style[key]!.isEmpty ? key : "\(key)=\(style[key]!)" }.joined(
            separator: ";")
        lastStyle = (style, text)
        return text
    }
}
