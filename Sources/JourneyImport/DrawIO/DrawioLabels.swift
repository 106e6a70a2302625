import Dispatch
import Foundation
import JourneyXMLCore

/// The labels of a page's cells, worked out on other cores while the file is still being read:
/// turning HTML into text is much of the work of reading a page.
///
/// The parser hands over cells in batches as it reads them; the page builder collects the labels,
/// those of the last cells worked out then. The labels are the same whichever thread made them.
final class DrawioLabels: @unchecked Sendable {
    /// How many cells go to another core at a time.
    static let batchSize = 4096

    /// How many of the page's first cells have been handed over.
    private(set) var handedOver = 0
    /// The labels of each batch handed over, filled in as the batches finish.
    private var batches: [[(text: String, raw: String?)]?] = []
    private let lock = NSLock()
    private let group = DispatchGroup()

    /// Hands the next batch of cells over, when a whole batch is waiting.
    func cellsAppended(_ cells: [RawCell], styles: StyleCache) {
        guard cells.count - handedOver >= Self.batchSize else { return }
        let batch = Array(cells[handedOver..<cells.count])
        let batchStyles = batch.map { styles.parsed($0.style) }
        handedOver = cells.count
        let index = lock.withLock {
            batches.append(nil)
            return batches.count - 1
        }
        DispatchQueue.global().async(group: group) {
            let labels = Self.labels(of: batch[...], styles: batchStyles[...], converter: HTMLTextConverter())
            self.lock.withLock { self.batches[index] = labels }
        }
    }

    /// The labels of all the page's cells, in order.
    func labels(of cells: [RawCell], styles: [ParsedStyle]) -> [(text: String, raw: String?)] {
        group.wait()
        var labels: [(text: String, raw: String?)] = []
        labels.reserveCapacity(cells.count)
        lock.withLock {
            for batch in batches { labels += batch! }
            batches = []
        }
        // Cells handed over count from the page's start; later ones (the last, or those of a
        // compressed page) are worked out now, on every core.
        let start = min(handedOver, cells.count)
        let rest = Concurrently.map(cells.count - start) { range in
            Self.labels(
                of: cells[start + range.lowerBound..<start + range.upperBound],
                styles: styles[start + range.lowerBound..<start + range.upperBound], converter: HTMLTextConverter())
        }
        for chunk in rest { labels += chunk }
        return labels
    }

    private static func labels(
        of cells: ArraySlice<RawCell>, styles: ArraySlice<ParsedStyle>, converter: HTMLTextConverter
    ) -> [(text: String, raw: String?)] {
        zip(cells, styles).map { label(of: $0, style: $1, converter: converter) }
    }

    /// The plain text of a cell's label, and the label as stored when it differs.
    static func label(of cell: RawCell, style: ParsedStyle, converter: HTMLTextConverter) -> (
        text: String, raw: String?
    ) {
        var label = cell.wrapper?.first { $0.name == "label" }?.value ?? cell.value ?? ""
        if let wrapper = cell.wrapper, wrapper.first(where: { $0.name == "placeholders" })?.value == "1" {
            label = resolvePlaceholders(label, attributes: wrapper)
        }
        if style.isHTML {
            let text = converter.plainText(fromHTML: label)
            return (text, text == label ? nil : label)
        }
        return (label, nil)
    }

    /// Replaces `%name%` with the wrapper attribute `name`; unknown names stay as written.
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
            if let value = attributes.first(where: { $0.name == name })?.value, !name.isEmpty {
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
