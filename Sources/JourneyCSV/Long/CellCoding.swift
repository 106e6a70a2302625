import Foundation
import JourneyModel

/// How the long layout puts lists, links, dictionaries and numbers into single cells, losslessly.
///
/// Lists are written the way people would type them, one value per line (or, for identifiers,
/// separated by spaces), whenever that reads back to exactly the same list; otherwise, as when a
/// value itself holds a line break, the cell holds a JSON array. Dictionaries (metadata, attributes,
/// extension data) are JSON objects with sorted keys.
enum CellCoding {
    // MARK: Lists

    /// A list of texts: one per line, or a JSON array when lines would not read back the same.
    static func encode(lines values: [String]) -> String? {
        encode(values, separator: "\n")
    }

    /// A list of identifiers: separated by spaces, or a JSON array when that would not read back the same.
    static func encode(identifiers values: [String]) -> String? {
        guard !values.isEmpty else { return nil }
        let friendly = values.joined(separator: " ")
        return decode(identifiers: friendly) == values ? friendly : json(values)
    }

    private static func encode(_ values: [String], separator: Character) -> String? {
        guard !values.isEmpty else { return nil }
        let friendly = values.joined(separator: String(separator))
        if decodeList(friendly, separator: separator) == values { return friendly }
        return json(values)
    }

    /// The list of texts a cell holds.
    static func decode(lines cell: String?) -> [String] {
        guard let cell else { return [] }
        return decodeList(cell, separator: "\n")
    }

    /// The list of identifiers a cell holds: separated by any white space, as XML lists are, or a
    /// JSON array.
    static func decode(identifiers cell: String?) -> [String] {
        guard let cell else { return [] }
        if cell.hasPrefix("["), let values = try? JSONDecoder().decode([String].self, from: Data(cell.utf8)) {
            return values
        }
        return Identifiers.split(cell)
    }

    private static func decodeList(_ cell: String, separator: Character) -> [String] {
        if cell.hasPrefix("["), let values = try? JSONDecoder().decode([String].self, from: Data(cell.utf8)) {
            return values
        }
        return cell.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Links

    private struct LinkRecord: Codable, Equatable {
        var url: String
        var title: String?
    }

    /// Links: one per line as `address` or `address title`, or a JSON array of `{"url", "title"}`.
    static func encode(links: [Link]) -> String? {
        guard !links.isEmpty else { return nil }
        let friendly = links.map { link in link.title.map { "\(link.url) \($0)" } ?? link.url }
            .joined(separator: "\n")
        if decode(links: friendly) == links { return friendly }
        return json(links.map { LinkRecord(url: $0.url, title: $0.title) })
    }

    /// The links a cell holds.
    static func decode(links cell: String?) -> [Link] {
        guard let cell else { return [] }
        if cell.hasPrefix("["), let records = try? JSONDecoder().decode([LinkRecord].self, from: Data(cell.utf8)) {
            return records.map { Link($0.url, title: $0.title) }
        }
        return cell.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let space = line.firstIndex(of: " ") else { return Link(String(line)) }
            return Link(String(line[..<space]), title: String(line[line.index(after: space)...]))
        }
    }

    // MARK: Dictionaries

    /// A dictionary as a JSON object with sorted keys; `nil` when empty.
    static func encode(dictionary: [String: String]) -> String? {
        dictionary.isEmpty ? nil : json(dictionary)
    }

    /// Extension data as a JSON object of namespaces; `nil` when empty.
    static func encode(extensions: ExtensionData) -> String? {
        extensions.isEmpty ? nil : json(extensions.namespaces)
    }

    /// The dictionary a cell holds; `nil` when the cell is not a JSON object of texts.
    static func decode(dictionary cell: String?) -> [String: String]? {
        guard let cell else { return [:] }
        return try? JSONDecoder().decode([String: String].self, from: Data(cell.utf8))
    }

    /// The extension data a cell holds; `nil` when the cell is not a JSON object of namespaces.
    static func decode(extensions cell: String?) -> ExtensionData? {
        guard let cell else { return ExtensionData() }
        return (try? JSONDecoder().decode([String: [String: String]].self, from: Data(cell.utf8)))
            .map(ExtensionData.init)
    }

    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding texts and dictionaries of texts cannot fail.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    // MARK: Numbers

    /// A number as text; `nil` for `nil`.
    ///
    /// - Throws: ``WriteError`` for infinities and NaN, which CSV readers cannot read back.
    static func encode(number: Double?, path: ElementPath, field: String) throws -> String? {
        guard let number else { return nil }
        guard number.isFinite else { throw WriteError("the \(field) \(number) is not a finite number", at: path) }
        return NumberText.format(number)
    }

    /// A scale as `minimum..maximum`.
    static func encode(scale source: SourceScore, path: ElementPath) throws -> String {
        let minimum = try encode(number: source.minimum, path: path, field: "scale minimum") ?? ""
        let maximum = try encode(number: source.maximum, path: path, field: "scale maximum") ?? ""
        return "\(minimum)..\(maximum)"
    }

    /// A KPI's direction: `higher`, `lower`, or a target range as `minimum..maximum`.
    static func encode(direction: MetricDirection, path: ElementPath) throws -> String {
        guard let range = direction.range else { return direction.keyword }
        let minimum = try encode(number: range.lowerBound, path: path, field: "target minimum") ?? ""
        let maximum = try encode(number: range.upperBound, path: path, field: "target maximum") ?? ""
        return "\(minimum)..\(maximum)"
    }

    /// A KPI's direction written as `higher`, `lower` or `minimum..maximum`; `nil` for other text.
    static func decode(direction cell: String) -> MetricDirection? {
        let keyword = cell.trimmingCharacters(in: .whitespaces).lowercased()
        if keyword == "higher" || keyword == "lower" {
            return try? MetricDirection(keyword: keyword, minimum: nil, maximum: nil)
        }
        guard let (minimum, maximum) = decode(scale: cell) else { return nil }
        return try? MetricDirection(keyword: "range", minimum: minimum, maximum: maximum)
    }

    /// The minimum and maximum of a scale written as `minimum..maximum`.
    static func decode(scale cell: String) -> (Double, Double)? {
        guard let range = cell.range(of: ".."),
            let minimum = NumberText.parse(String(cell[..<range.lowerBound])),
            let maximum = NumberText.parse(String(cell[range.upperBound...]))
        else { return nil }
        return (minimum, maximum)
    }
}
