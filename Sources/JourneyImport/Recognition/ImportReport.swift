/// How a page's journey map grid was drawn.
public enum GridLayout: String, Hashable, Sendable, Codable, CaseIterable {
    /// A table shape (draw.io `shape=table`, a yEd table node).
    case table
    /// Swimlanes: lanes with a title band, in a pool or loose.
    case swimlanes
    /// Containers (groups) holding each lane's cards.
    case containers
    /// Loose shapes aligned in a grid: header boxes, chevrons, sticky notes.
    case shapes
    /// No grid: the page is another kind of diagram.
    case none
}

/// Which way a recognized map runs.
public enum MapOrientation: String, Hashable, Sendable, Codable {
    /// Stages are columns, lanes rows (the usual layout).
    case columns
    /// Stages are rows, lanes columns (a map drawn vertically).
    case rows
}

/// What an import recognized and what it could not place, label by label.
public struct ImportReport: Hashable, Sendable, Codable {
    /// A label that is kept in the map as an unplaced note.
    public struct UnplacedLabel: Hashable, Sendable, Codable {
        /// The label.
        public var text: String
        /// The page it is on.
        public var page: String
        /// Where it is on the page (its centre), when the file says.
        public var x: Double?
        public var y: Double?
        /// Why it could not be placed.
        public var reason: String
    }

    /// A way of reading the page that scored lower.
    public struct Alternative: Hashable, Sendable, Codable {
        public var layout: GridLayout
        public var score: Int
    }

    /// The format read (`drawio`, `graphml`, `vsdx`).
    public var format: String
    /// The page the map was recognized on.
    public var page: String?
    /// How the grid was drawn, as recognized.
    public var layout: GridLayout
    /// Whether stages ran as columns or as rows.
    public var orientation: MapOrientation
    /// How well the page read as a journey map with the layout chosen: items placed count twice,
    /// stages and lanes once, headers the vocabulary knows (among the first 256 of each) three
    /// times.
    public var score: Int
    /// The other ways the page was tried, with their scores, so a user sees why it was read as it
    /// was.
    public var alternatives: [Alternative]
    /// Whether the stages hold steps (a second header row).
    public var steps: Int
    /// How many non-empty labels the file holds.
    public var labels: Int
    public var stages: Int
    public var lanes: Int
    public var items: Int
    public var personas: Int
    public var transitions: Int
    /// Whether a label became the map's title.
    public var title: Bool
    /// The labels kept as unplaced notes, and why.
    public var unplaced: [UnplacedLabel]

    /// How many labels were placed as something other than an unplaced note.
    public var recognized: Int { labels - unplaced.count }

    /// One line for people: `recognized 42 of 45 labels (shapes, stages as columns, score 96; also
    /// tried swimlanes 40): 6 stages, 8 lanes, …; 3 unplaced`.
    public var summary: String {
        let tried =
            alternatives.isEmpty
            ? "" : "; also tried " + alternatives.map { "\($0.layout.rawValue) \($0.score)" }.joined(separator: ", ")
        return "recognized \(recognized) of \(labels) labels (\(layout.rawValue), stages as \(orientation.rawValue), "
            + "score \(score)\(tried)): \(stages) stages\(steps > 0 ? " with \(steps) steps" : ""), \(lanes) lanes, "
            + "\(items) items, \(personas) personas, \(transitions) transitions; \(unplaced.count) unplaced"
    }
}
