import JourneyModel

/// What one file may still use of its ``ReadLimits``: bytes expanded from compressed parts and
/// shapes read.
///
/// One budget is shared by every parser reading the same file (a compressed draw.io page is read by
/// a parser of its own), so that the limits hold for the file as a whole, not page by page.
final class ReadBudget {
    let limits: ReadLimits
    /// Bytes expanded so far, over all compressed pages and ZIP parts.
    private(set) var expanded = 0
    /// Shapes and connectors read so far, over all pages.
    private(set) var shapes = 0

    init(_ limits: ReadLimits) { self.limits = limits }

    /// How many more bytes compressed parts may expand to.
    var remainingExpansion: Int { max(0, limits.maximumExpandedSize - expanded) }

    /// Whether any expansion has been counted, for messages: a part alone over the limit, or the
    /// parts together.
    var hasExpanded: Bool { expanded > 0 }

    /// Counts bytes a compressed part expanded to.
    func spend(expanded bytes: Int) { expanded += bytes }

    /// Counts shapes or connectors read, refusing the file once they pass the limit.
    func count(shapes added: Int, at location: SourceLocation) throws(ReadError) {
        shapes += added
        try limits.checkShapeCount(shapes, at: location)
    }

    /// The message for expansion past the limit, naming where and how to raise it.
    func expansionMessage(_ what: String) -> String {
        let whole = hasExpanded ? " (with the parts read before it)" : ""
        return "\(what) expands beyond the limit of \(limits.maximumExpandedSize) bytes\(whole); "
            + "raise ReadLimits.maximumExpandedSize (--max-expanded-size) if the file is trusted"
    }
}

extension DiagramReadResult {
    /// This result, or a ``ReadError`` when its drawing holds more shapes and connectors than
    /// `limits` allow; for readers that count once the document is read.
    func checked(against limits: ReadLimits, file: String?) throws(ReadError) -> Self {
        let count = diagram.pages.reduce(0) { $0 + $1.shapes.count + $1.edges.count }
        try limits.checkShapeCount(count, at: SourceLocation(file: file))
        return self
    }
}
