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

    /// The format read (`drawio`, `graphml`, `vsdx`).
    public var format: String
    /// The page the map was recognized on.
    public var page: String?
    /// How the map was recognized: `table`, `swimlanes`, `shapes` or `none`.
    public var layout: String
    /// Whether stages ran as columns or as rows.
    public var orientation: String
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

    /// One line for people: `recognized 42 of 45 labels: 6 stages, 8 lanes, …; 3 unplaced`.
    public var summary: String {
        "recognized \(recognized) of \(labels) labels (\(layout), stages as \(orientation)): \(stages) stages, \(lanes) lanes, "
            + "\(items) items, \(personas) personas, \(transitions) transitions; \(unplaced.count) unplaced"
    }
}
