import Dispatch
import Foundation
internal import JourneyXMLCore

/// The labels of a page's cells, worked out on other cores while the file is still being read:
/// turning HTML into text is much of the work of reading a page.
///
/// The parser notes what each cell's label is made from as it reads the cell, and hands whole batches
/// to other cores; the page builder collects the labels, those of the last cells worked out then. The
/// labels are the same whichever thread made them.
final class DrawioLabels: @unchecked Sendable {
    /// How many cells go to another core at a time.
    static let batchSize = 4096

    /// What a label is made from: taken from a cell as it is read, so no cell is copied.
    struct Source: Sendable {
        var label: String
        var wrapper: [(name: String, value: String)]?
        var style: ParsedStyle
    }

    /// How many of the page's first cells have been handed over or are waiting in `pending`.
    private(set) var covered = 0
    /// The sources of the cells read since the last batch was handed over.
    private var pending: [Source] = []
    /// The labels of each batch handed over, filled in as the batches finish.
    private var batches: [[(text: String, raw: String?)]?] = []
    private let lock = NSLock()
    private let group = DispatchGroup()

    /// Notes a cell just read, at position `covered` of its page; hands a whole batch over.
    func append(_ cell: RawCell) {
        pending.append(Source(label: Self.labelSource(of: cell), wrapper: cell.wrapper, style: cell.style))
        covered += 1
        guard pending.count >= Self.batchSize else { return }
        var taken: [Source] = []
        swap(&taken, &pending)
        pending.reserveCapacity(Self.batchSize)
        let batch = taken
        let index = lock.withLock {
            batches.append(nil)
            return batches.count - 1
        }
        // The default pool: a more urgent one runs more batches at once, which takes more memory
        // (each thread allocates from its own arena) and saves no time on two cores.
        DispatchQueue.global().async(group: group) {
            let converter = HTMLTextConverter()
            let labels = batch.map { Self.label(of: $0, converter: converter) }
            self.lock.withLock { self.batches[index] = labels }
        }
    }

    /// The labels of all the page's cells, in order.
    func labels(of cells: [RawCell]) -> [(text: String, raw: String?)] {
        group.wait()
        var labels: [(text: String, raw: String?)] = []
        labels.reserveCapacity(cells.count)
        lock.withLock {
            for batch in batches { labels += batch! }
            batches = []
        }
        // The last cells read, and cells that did not come one by one (those of a compressed page
        // read on its own), are worked out now, on every core.
        var sources = pending
        pending = []
        for position in covered..<cells.count {
            sources.append(
                Source(
                    label: Self.labelSource(of: cells[position]), wrapper: cells[position].wrapper,
                    style: cells[position].style))
        }
        let remaining = sources
        let rest = Concurrently.map(remaining.count) { range in
            let converter = HTMLTextConverter()
            return remaining[range].map { Self.label(of: $0, converter: converter) }
        }
        for chunk in rest { labels += chunk }
        return labels
    }

    /// The text a cell's label is made from: a wrapper's `label`, else the cell's value.
    static func labelSource(of cell: RawCell) -> String {
        cell.wrapper?.first { $0.name == "label" }?.value ?? cell.value ?? ""
    }

    /// The label of a cell whose placeholders may name its ancestors' attributes, `inherited`
    /// holding them nearest first; the cell's own attributes come before them.
    static func label(
        of cell: RawCell, inherited: [(name: String, value: String)], converter: HTMLTextConverter
    ) -> (text: String, raw: String?) {
        let source = Source(label: labelSource(of: cell), wrapper: (cell.wrapper ?? []) + inherited, style: cell.style)
        return label(of: source, converter: converter)
    }

    private static func label(of source: Source, converter: HTMLTextConverter) -> (text: String, raw: String?) {
        var label = source.label
        if let wrapper = source.wrapper, wrapper.first(where: { $0.name == "placeholders" })?.value == "1" {
            label = resolvePlaceholders(label, attributes: wrapper)
        }
        if source.style.isHTML {
            let text = converter.plainText(fromHTML: label)
            return (text, text == label ? nil : label)
        }
        return (label, nil)
    }

    /// Replaces `%name%` with the first attribute `name` (the wrapper's own, then its ancestors');
    /// unknown names stay as written, and so do `%label%` and `%tooltip%`, as in draw.io.
    static func resolvePlaceholders(_ label: String, attributes: [(name: String, value: String)]) -> String {
        var result = ""
        var rest = Substring(label)
        while let start = rest.firstIndex(of: "%") {
            result += rest[..<start]
            let afterStart = rest.index(after: start)
            guard let end = rest[afterStart...].firstIndex(of: "%") else {
                rest = rest[start...]
                break
            }
            let name = String(rest[afterStart..<end])
            if name != "label", name != "tooltip", let value = attributes.first(where: { $0.name == name })?.value,
                !name.isEmpty
            {
                result += value
                rest = rest[rest.index(after: end)...]
            } else {
                result += rest[start..<end]
                rest = rest[end...]
            }
        }
        return result + rest
    }
}
