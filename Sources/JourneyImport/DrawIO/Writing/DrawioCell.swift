import JourneyModel

/// One cell of a draw.io page as the writer builds it, before it is written as XML.
struct DrawioCell {
    /// What the cell is in draw.io's model.
    enum Kind {
        /// The root (`0`): no parent, carries the map's own data.
        case root
        /// The layer (`1`) every drawing hangs under.
        case layer
        /// A shape.
        case vertex
        /// A connector from one cell to another.
        case edge(source: String, target: String)
    }

    /// The identifier, unique in the file.
    var id: String
    /// The cell this one is drawn in: the layer, the table, a row or a card.
    var parent: String?
    var kind: Kind
    /// The label as draw.io holds it (HTML with `html=1` in the style).
    var label = ""
    /// JourneyKit's and draw.io's attributes on a `<UserObject>` wrapper, in writing order; none
    /// writes a plain `<mxCell>`.
    var data: [(name: String, value: String)] = []
    /// The style, in writing order.
    var style = DrawioStyle()
    /// The geometry relative to the parent (absolute for cells on the layer).
    var frame: Frame?
    /// The size a table cell takes when its table is collapsed (draw.io writes it on table cells).
    var alternateSize: (width: Double, height: Double)?
    /// Whether edges may attach to the cell (table cells say no, as draw.io's own do).
    var connectable = true

    /// A rectangle in page pixels.
    struct Frame {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }
    }
}

/// A draw.io style: `key=value` pairs joined by `;`, a shape name first when there is one.
struct DrawioStyle {
    private(set) var entries: [(key: String, value: String?)] = []

    init(_ entries: [(key: String, value: String?)] = []) {
        self.entries = entries
    }

    /// A style led by a bare shape name (`ellipse`, `text`).
    init(shape: String, _ entries: [(key: String, value: String?)]) {
        self.entries = [(shape, nil)] + entries
    }

    mutating func set(_ key: String, _ value: String) {
        entries.append((key, value))
    }

    /// The style string, with its final `;` as draw.io writes it.
    var text: String {
        entries.map { entry in entry.value.map { "\(entry.key)=\($0)" } ?? entry.key }.joined(separator: ";")
            + (entries.isEmpty ? "" : ";")
    }
}
