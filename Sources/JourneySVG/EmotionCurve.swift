import Foundation
import JourneyModel
internal import JourneyXMLCore

/// The emotion curve of a map: one line through the scores per persona, on −2…+2, stage by stage.
///
/// The SVG map draws it in its emotions lane. Use it on its own to put the curve beside your own
/// table of stages, as the HTML exporter does: give the x position and width of every stage column,
/// and the curve's points sit at the columns' centres.
///
/// ```swift
/// let curve = EmotionCurve(map: map)
/// let svg = try curve.svg(columns: [.init(x: 0, width: 180), .init(x: 180, width: 240)], height: 140)
/// ```
///
/// Emotions that name no persona make one line for everyone; emotions that name personas add a
/// point to each of their lines. Scores outside −2…+2 are drawn at the nearest end of the scale.
public struct EmotionCurve: Hashable, Sendable {
    /// One score: where it is in the journey, what it says and how high it is.
    public struct Point: Hashable, Sendable {
        /// The position of the stage in the map.
        public var stageIndex: Int
        /// The emotion item's identifier.
        public var itemID: String
        /// The score on −2…+2, as the map gives it.
        public var score: Double
        /// The word for the feeling.
        public var text: String
        /// The position of the item in its stage's items, where the curve was collected from a map:
        /// the SVG map places the point at the item's step.
        var position: Int?

        public init(stageIndex: Int, itemID: String, score: Double, text: String) {
            self.stageIndex = stageIndex
            self.itemID = itemID
            self.score = score
            self.text = text
        }
    }

    /// One line of the curve: a persona's scores, or everyone's.
    public struct Series: Hashable, Sendable {
        /// The persona, or `nil` for emotions that name no persona.
        public var personaID: String?
        /// The name shown in the legend.
        public var name: String
        /// Which colour, dash pattern and marker the line uses: 0 for everyone, then 1 + the
        /// persona's position in the map, so a persona looks the same in every drawing of the map.
        public var styleIndex: Int
        /// The points in journey order.
        public var points: [Point]

        public init(personaID: String?, name: String, styleIndex: Int, points: [Point]) {
            self.personaID = personaID
            self.name = name
            self.styleIndex = styleIndex
            self.points = points
        }
    }

    /// A stage column the curve is drawn over: its left edge and width, in pixels.
    public struct Column: Hashable, Sendable {
        public var x: Double
        public var width: Double

        public init(x: Double, width: Double) {
            self.x = x
            self.width = width
        }
    }

    /// The names of the map's stages, in order.
    public var stageNames: [String]
    /// The lines, everyone's first, then the personas' in map order.
    public var series: [Series]
    /// The words the curve writes itself (its legend, everyone's line), in the map's language.
    public var chrome: Chrome = .english
    /// Which way the stages run: from the right in a map written from right to left, whose
    /// drawing ``svg(columns:height:theme:fontSize:legend:idPrefix:)`` then mirrors (the columns
    /// are still given from the left, first stage first).
    public var direction: WritingDirection = .leftToRight

    /// Collects the curve of a map.
    ///
    /// - Parameters:
    ///   - map: the map.
    ///   - lanes: the lanes whose scored items make the curve; `nil` for every lane of kind
    ///     `emotions`.
    ///   - personas: the personas whose lines to keep; `nil` for all. Everyone's line is always kept.
    public init(map: JourneyMap, lanes: [String]? = nil, personas: [String]? = nil) {
        let laneIDs = Set(lanes ?? map.lanes.filter { $0.kind == .emotions }.map(\.id))
        var builder = SeriesBuilder(personaIndex: SeriesBuilder.personaIndex(of: map), personas: personas)
        for (stageIndex, stage) in map.stages.enumerated() {
            for (position, item) in stage.items.enumerated() where laneIDs.contains(item.laneID) {
                builder.add(item, stageIndex: stageIndex, position: position)
            }
        }
        let chrome = Chrome.for(language: map.language)
        self.init(stageNames: map.stages.map(\.name), series: builder.series(map: map, chrome: chrome))
        self.chrome = chrome
        direction = WritingDirection(language: map.language)
    }

    /// A curve of lines already collected; the stage names are shared, not copied, between the
    /// curves of one map.
    init(stageNames: [String], series: [Series]) {
        self.stageNames = stageNames
        self.series = series
    }

    /// Collects the lines of one curve, item by item in journey order.
    struct SeriesBuilder {
        private let shown: Set<String>?
        private let personaIndex: [String: Int]
        private var everyone: [Point] = []
        private var byPersona: [String: [Point]] = [:]
        private var unknownOrder: [String] = []

        /// The position of each persona in the map, the first of two with one identifier.
        static func personaIndex(of map: JourneyMap) -> [String: Int] {
            var personaIndex: [String: Int] = [:]
            for (index, persona) in map.personas.enumerated() where personaIndex[persona.id] == nil {
                personaIndex[persona.id] = index
            }
            return personaIndex
        }

        /// A builder; `personaIndex` is ``personaIndex(of:)``, made once and shared by the builders
        /// of one map.
        init(personaIndex: [String: Int], personas: [String]?) {
            shown = personas.map(Set.init)
            self.personaIndex = personaIndex
        }

        /// Adds an item of the curve's lanes: a point when it is scored (an emotion without a score
        /// counts as 0), on every line it belongs to.
        mutating func add(_ item: Item, stageIndex: Int, position: Int) {
            guard let score = item.score?.value ?? (item.kind == .emotion ? 0 : nil), score.isFinite else { return }
            var point = Point(stageIndex: stageIndex, itemID: item.id, score: score, text: item.text)
            point.position = position
            if item.personaIDs.isEmpty {
                everyone.append(point)
                return
            }
            var seen: Set<String> = []
            for personaID in item.personaIDs where seen.insert(personaID).inserted {
                if let shown, !shown.contains(personaID) { continue }
                if personaIndex[personaID] == nil, byPersona[personaID] == nil { unknownOrder.append(personaID) }
                byPersona[personaID, default: []].append(point)
            }
        }

        /// The lines: everyone's first, then the personas' in map order, then personas the map lacks.
        func series(map: JourneyMap, chrome: Chrome) -> [Series] {
            var series: [Series] = []
            if !everyone.isEmpty {
                series.append(
                    Series(
                        personaID: nil, name: map.personas.isEmpty ? chrome.name(.emotion) : chrome.allPersonas,
                        styleIndex: 0,
                        points: everyone))
            }
            guard !byPersona.isEmpty else { return series }
            // The map's personas that have points, in map order: only those, so that a curve costs
            // what it draws, not the number of personas.
            let known = byPersona.keys.compactMap { id in personaIndex[id] }.sorted()
            for index in known {
                let persona = map.personas[index]
                if let points = byPersona[persona.id] {
                    series.append(
                        Series(
                            personaID: persona.id, name: persona.name.isEmpty ? persona.id : persona.name,
                            styleIndex: index + 1, points: points))
                }
            }
            for (offset, personaID) in unknownOrder.enumerated() {
                series.append(
                    Series(
                        personaID: personaID, name: personaID, styleIndex: map.personas.count + 1 + offset,
                        points: byPersona[personaID] ?? []))
            }
            return series
        }
    }

    /// Whether there is nothing to draw.
    public var isEmpty: Bool { series.isEmpty }

    /// The vertical position of a score in a plot area, so other drawings can line up with it.
    ///
    /// +2 sits `padding` below `top`, −2 `padding` above the bottom, 0 in the middle; scores
    /// outside −2…+2 are clamped.
    public static func y(forScore score: Double, top: Double, height: Double, padding: Double) -> Double {
        let clamped = min(max(score.isFinite ? score : 0, -2), 2)
        let middle = top + height / 2
        let amplitude = max(height / 2 - padding, 0)
        return middle - clamped / 2 * amplitude
    }

    /// Equal columns over a width, one per stage.
    public func columns(width: Double) -> [Column] {
        let count = max(stageNames.count, 1)
        let columnWidth = width / Double(count)
        return stageNames.indices.map { Column(x: Double($0) * columnWidth, width: columnWidth) }
    }

    /// The curve as a standalone SVG element (`<svg>…</svg>`, no XML declaration), to embed in HTML
    /// or save as a file.
    ///
    /// The drawing is as wide as the right edge of the last column; with `legend`, a legend of the
    /// lines follows below the plot. It has `role="img"`, a `<title>` and a `<desc>` that lists every
    /// score in words. Each point takes the keyboard's focus (`tabindex="0"`) and then shows its
    /// line, stage, score and words in a box beside it, as it does under the pointer.
    ///
    /// - Parameters:
    ///   - columns: the stage columns, one per stage, in pixels from the left edge.
    ///   - height: the height of the plot area.
    ///   - theme: the colours.
    ///   - fontSize: the base font size of labels, in pixels.
    ///   - legend: whether to draw the legend below the plot.
    ///   - idPrefix: what every `id` in the drawing starts with; make it unique in the page.
    /// - Throws: `WriteError` when a text holds characters XML cannot carry, or the columns do not
    ///   match the stages.
    public func svg(
        columns: [Column], height: Double = 140, theme: SVGTheme = .light, fontSize: Double = 13,
        legend: Bool = true, idPrefix: String = "emotion-curve"
    ) throws -> String {
        guard columns.count == stageNames.count else {
            throw WriteError(
                "the curve has \(stageNames.count) stages but \(columns.count) columns were given",
                kind: .invalidOptions)
        }
        guard height.isFinite, height > 0, fontSize.isFinite, fontSize > 0 else {
            throw WriteError("the curve's height and font size must be positive numbers", kind: .invalidOptions)
        }
        let styles = TextStyles(fontSize: fontSize)
        let sanitized = SVGIdentifiers.sanitize(idPrefix)
        let prefix = (sanitized.first?.isLetter == true ? sanitized : "c-" + sanitized) + "-"
        var ids = SVGIdentifiers(prefix: prefix)
        let width = columns.map { $0.x + $0.width }.max() ?? 0
        let legendBox: Box? =
            legend && !series.isEmpty
            ? Legend.box(
                entries: series.map { .series($0.styleIndex, $0.name) } + [.baseline],
                width: max(width, fontSize * 10), styles: styles, title: nil, chrome: chrome)
            : nil
        let totalHeight = height + (legendBox.map { $0.height + fontSize * 0.5 } ?? 0)
        do {
            let output = try SVGOutput()
            if direction == .rightToLeft { output.mirror = HorizontalMirror(width: width) }
            let titleID = ids.make("title", "curve")
            let descriptionID = ids.make("desc", "curve")
            try output.openRoot(
                "svg",
                attributes: [
                    ("xmlns", SVGOutput.namespace), ("xmlns:xlink", SVGOutput.xlinkNamespace),
                    ("class", "jm theme-" + SVGIdentifiers.sanitize(theme.name)), ("width", SVGNumber.format(width)),
                    ("height", SVGNumber.format(totalHeight)),
                    ("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(totalHeight)),
                    ("role", "img"), ("aria-labelledby", titleID), ("aria-describedby", descriptionID),
                    ("font-family", SVGStyleSheet.fontFamily),
                ])
            try output.element("title", ["id": titleID], text: chrome.emotionCurve)
            try output.element("desc", ["id": descriptionID], text: accessibleDescription)
            try output.newline()
            try SVGStyleSheet.write(theme: theme, styles: styles, to: output)
            try Definitions.write(prefix: prefix, styles: styles, theme: theme, stripes: nil, to: output)
            var chart = ChartDrawing(
                curve: self, columns: columns, top: 0, left: columns.first?.x ?? 0,
                width: width - (columns.first?.x ?? 0),
                height: height, styles: styles, theme: theme, markerPrefix: prefix)
            chart.focusableDetails = true
            try chart.write(to: output, label: nil)
            if let legendBox {
                try Legend.write(
                    legendBox, x: 0, y: height + fontSize * 0.5, markerPrefix: prefix, theme: theme,
                    label: chrome.legend,
                    to: output)
            }
            try output.closeRoot()
            let bytes = try output.finish()
            var text = String(decoding: bytes, as: UTF8.self)
            // The writer starts no document, so there is no declaration to remove; drop the final line break.
            if text.hasSuffix("\n") { text.removeLast() }
            return text
        } catch let error as XMLError {
            throw WriteError("cannot write the emotion curve: \(error.message)")
        }
    }

    /// The curve as a standalone SVG over equal columns filling `width`.
    public func svg(
        width: Double, height: Double = 140, theme: SVGTheme = .light, fontSize: Double = 13, legend: Bool = true,
        idPrefix: String = "emotion-curve"
    ) throws -> String {
        try svg(
            columns: columns(width: width), height: height, theme: theme, fontSize: fontSize, legend: legend,
            idPrefix: idPrefix)
    }

    /// Every score in words, line by line: "Anna Keller: Awareness 0 (Curious), Consideration −1 (…)".
    public var accessibleDescription: String {
        guard !series.isEmpty else { return "No emotions are scored." }
        return series.map { line in
            let points = line.points.map { point in
                let stage = point.stageIndex < stageNames.count ? stageNames[point.stageIndex] : ""
                let feeling = point.text.isEmpty ? "" : " (" + point.text + ")"
                return stage + " " + Labels.score(point.score) + feeling
            }
            return line.name + ": " + points.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}
