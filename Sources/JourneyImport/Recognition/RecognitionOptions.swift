import JourneyModel

/// Choices the recognizer would otherwise guess.
public struct RecognitionOptions: Hashable, Sendable {
    /// Which way the map runs.
    public enum Orientation: String, Hashable, Sendable, CaseIterable {
        /// Decide from the headers' texts: stage names or lane titles.
        case automatic
        /// Stages are columns, lanes are rows (the usual layout).
        case stagesAsColumns = "columns"
        /// Stages are rows, lanes are columns (a map drawn vertically).
        case stagesAsRows = "rows"
    }

    /// The page holding the map, by name or 1-based number; `nil` picks the page where the most
    /// items are placed.
    public var page: String?
    /// Which way the map runs.
    public var orientation: Orientation
    /// Which row of the grid holds the headers of the columns (1-based); `nil` takes the first.
    public var headerRow: Int?
    /// Which column of the grid holds the headers of the rows (1-based); `nil` takes the first.
    public var headerColumn: Int?
    /// The words that tell lane titles, stage names, emotions, personas and notes; every built-in
    /// language by default.
    public var vocabulary: RecognitionVocabulary

    public init(
        page: String? = nil, orientation: Orientation = .automatic, headerRow: Int? = nil, headerColumn: Int? = nil,
        vocabulary: RecognitionVocabulary = .standard
    ) {
        self.vocabulary = vocabulary
        self.page = page
        self.orientation = orientation
        self.headerRow = headerRow
        self.headerColumn = headerColumn
    }
}
