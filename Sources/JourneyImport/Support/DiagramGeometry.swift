import Foundation

/// The checks every reader applies to the geometry a file gives, so that no shape reaches the
/// recognizer with bounds that are not numbers.
extension DiagramRect {
    /// Whether the position, the size and the far edges are all finite numbers.
    var isFinite: Bool {
        x.isFinite && y.isFinite && width.isFinite && height.isFinite && maxX.isFinite && maxY.isFinite
    }

    /// Whether the width or the height is negative.
    var hasNegativeSize: Bool { width < 0 || height < 0 }

    /// The same area with a negative width or height made positive: the left and top edges move.
    var standardized: DiagramRect {
        var result = self
        if width < 0 {
            result.x += width
            result.width = -width
        }
        if height < 0 {
            result.y += height
            result.height = -height
        }
        return result
    }

    /// "width and height", for messages about negative sizes.
    var negativeSizeDescription: String {
        switch (width < 0, height < 0) {
        case (true, true): "width and height"
        case (true, false): "width"
        default: "height"
        }
    }
}

extension DiagramPoint {
    /// Whether both coordinates are finite numbers.
    var isFinite: Bool { x.isFinite && y.isFinite }
}
