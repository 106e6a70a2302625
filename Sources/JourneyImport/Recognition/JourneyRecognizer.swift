import Foundation
import JourneyModel

/// Finds the journey map in a diagram.
///
/// The recognizer finds the grid of stages and lanes, the items in its cells, personas, the title and
/// transitions. Every label ends up somewhere; what cannot be placed is kept as an unplaced note and
/// reported.
public struct JourneyRecognizer: Sendable {
    /// The choices the recognizer would otherwise guess.
    public var options: RecognitionOptions

    public init(options: RecognitionOptions = RecognitionOptions()) {
        self.options = options
    }

    /// The namespace of the extension data the recognizer adds (unplaced notes, spans).
    public static let namespace = "journeykit.import"

    /// Recognizes a map in a diagram read from `file`.
    public func recognize(_ diagram: Diagram, file: String?) throws -> (
        map: JourneyMap, report: ImportReport, diagnostics: [Diagnostic]
    ) {
        // Pages without a name (GraphML) are called by their identifier, or by their position.
        let pages = diagram.pages.enumerated().map { index, page in
            var named = page
            if named.name.isEmpty { named.name = page.id.isEmpty ? "Page-\(index + 1)" : page.id }
            return named
        }
        var diagnostics: [Diagnostic] = []
        let chosenIndex: Int?
        if let wanted = options.page {
            guard let index = Self.pageIndex(named: wanted, in: pages) else {
                let names = pages.map { "'\($0.name)'" }.joined(separator: ", ")
                throw ReadError("the file has no page '\(wanted)' (pages: \(names))", at: SourceLocation(file: file))
            }
            chosenIndex = index
        } else {
            chosenIndex = nil
        }

        // Recognize every candidate page in every way that applies, and keep the one that reads best.
        let matcher = options.vocabulary == .standard ? VocabularyMatcher.standard : options.vocabulary.matcher
        var best: PageRecognition?
        var alternatives: [ImportReport.Alternative] = []
        for (index, page) in pages.enumerated() where chosenIndex == nil || chosenIndex == index {
            var bestOnPage: PageRecognition?
            var triedOnPage: [ImportReport.Alternative] = []
            for strategy in GridStrategy.applicable(to: page) {
                let recognition = PageRecognition(
                    page: page, format: diagram.format, strategy: strategy, options: options, matcher: matcher,
                    file: file)
                guard recognition.layout != .none || bestOnPage == nil else { continue }
                triedOnPage.append(.init(layout: recognition.layout, score: recognition.score))
                if bestOnPage == nil || recognition.score > bestOnPage!.score { bestOnPage = recognition }
            }
            guard let bestOnPage else { continue }
            if best == nil || bestOnPage.score > best!.score {
                best = bestOnPage
                alternatives = triedOnPage.filter { $0 != .init(layout: bestOnPage.layout, score: bestOnPage.score) }
            }
        }

        // Only the reading kept builds its items.
        best?.buildItems()
        var map = best?.map ?? JourneyMap(id: "imported", title: file.map(Self.baseName) ?? "Imported map")
        var unplaced = best?.unplaced ?? []
        diagnostics += best?.diagnostics ?? []
        // Labels on the other pages are kept too.
        for page in pages where page.id != best?.page.id || page.name != best?.page.name {
            for shape in page.shapes where !shape.text.isBlank {
                unplaced.append(
                    .init(
                        text: shape.text, page: page.name, x: shape.bounds?.midX, y: shape.bounds?.midY,
                        reason: "on another page"))
            }
            for edge in page.edges where !edge.text.isBlank {
                unplaced.append(
                    .init(text: edge.text, page: page.name, x: nil, y: nil, reason: "connector label on another page"))
            }
        }
        var notes: [(namespace: String, key: String, value: String)] = []
        notes.reserveCapacity(unplaced.count * 3)
        // In the order extension data keeps its keys (`unplaced-1`, `unplaced-10`, …, `unplaced-2`), so
        // that they are added without sorting.
        for number in Self.numbersInTextOrder(upTo: unplaced.count) {
            let note = unplaced[number - 1]
            let key = "unplaced-\(number)"
            var position = "page '\(note.page)'"
            if let x = note.x, let y = note.y {
                position += " at x=\(NumberText.format(x.rounded())), y=\(NumberText.format(y.rounded()))"
            }
            notes += [(Self.namespace, key, note.text), (Self.namespace, key + "-position", position)]
            notes.append((Self.namespace, key + "-reason", note.reason))
        }
        map.extensions.merge(notes)
        var labels = 0
        for page in pages {
            if let best, page.id == best.page.id && page.name == best.page.name {
                labels += best.labels
                continue
            }
            for position in page.shapes.indices where !page.shapes[position].text.isBlank { labels += 1 }
            for position in page.edges.indices where !page.edges[position].text.isBlank { labels += 1 }
        }
        let report = ImportReport(
            format: diagram.format, page: best?.page.name, layout: best?.layout ?? .none,
            orientation: best?.stagesAsRows == true ? .rows : .columns, score: best?.score ?? 0,
            alternatives: alternatives, steps: map.stages.reduce(0) { $0 + $1.steps.count }, labels: labels,
            stages: map.stages.count,
            lanes: map.lanes.count, items: map.stages.reduce(0) { $0 + $1.items.count }, personas: map.personas.count,
            transitions: map.transitions.count, title: best?.titleFromLabel ?? false, unplaced: unplaced)
        if !unplaced.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .note, code: "import-unplaced",
                    "\(unplaced.count) label(s) could not be placed in the map and are kept as unplaced notes (extension data '\(Self.namespace)')",
                    location: SourceLocation(file: file)))
        }
        return (map, report, diagnostics)
    }

    /// The numbers 1 through `count` in the order of their decimal texts: 1, 10, 100, 11, …, 2, 20, ….
    static func numbersInTextOrder(upTo count: Int) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(max(count, 0))
        var current = 1
        while numbers.count < count {
            numbers.append(current)
            if current <= count / 10 {
                current *= 10
            } else {
                while current % 10 == 9 || current + 1 > count { current /= 10 }
                current += 1
            }
        }
        return numbers
    }

    static func pageIndex(named wanted: String, in pages: [DiagramPage]) -> Int? {
        if let index = pages.firstIndex(where: { $0.name == wanted || $0.id == wanted }) { return index }
        if let number = Int(wanted), number >= 1, number <= pages.count { return number - 1 }
        return nil
    }

    static func baseName(_ file: String) -> String {
        var name = URL(fileURLWithPath: file).lastPathComponent
        while let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
