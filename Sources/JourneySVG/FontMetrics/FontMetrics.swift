/// Advance widths of one font by code point, as the renderer will lay the glyphs out.
///
/// Built from runs of code points that share a width (see `Scripts/generate-font-metrics.py`), with
/// a direct table for the first code points so common text needs no search.
final class FontMetrics: Sendable {
    /// Font units per em.
    let unitsPerEm: Double
    /// How far glyphs rise above the baseline, in em.
    let ascent: Double
    /// How far glyphs reach below the baseline, in em (positive).
    let descent: Double

    private static let directCount = 0x800
    /// Widths in em of code points below `directCount`; negative where the font has no glyph.
    private let direct: [Double]
    private let firsts: [UInt32]
    private let lasts: [UInt32]
    private let widths: [Double]

    /// Creates metrics from runs: triples of first code point, count of further code points, width.
    init(unitsPerEm: Int, ascender: Int, descender: Int, runs: [UInt32]) {
        let em = Double(unitsPerEm)
        self.unitsPerEm = em
        ascent = Double(ascender) / em
        descent = Double(-descender) / em
        var direct = [Double](repeating: -1, count: Self.directCount)
        var firsts: [UInt32] = []
        var lasts: [UInt32] = []
        var widths: [Double] = []
        let count = runs.count / 3
        firsts.reserveCapacity(count)
        lasts.reserveCapacity(count)
        widths.reserveCapacity(count)
        for index in 0..<count {
            let first = runs[3 * index]
            let last = first + runs[3 * index + 1]
            let width = Double(runs[3 * index + 2]) / em
            firsts.append(first)
            lasts.append(last)
            widths.append(width)
            if first < UInt32(Self.directCount) {
                for code in first...min(last, UInt32(Self.directCount - 1)) { direct[Int(code)] = width }
            }
        }
        self.direct = direct
        self.firsts = firsts
        self.lasts = lasts
        self.widths = widths
    }

    /// The advance of a code point in em, or `nil` when the font has no glyph for it.
    func advance(_ scalar: Unicode.Scalar) -> Double? {
        let code = scalar.value
        if code < UInt32(Self.directCount) {
            let width = direct[Int(code)]
            return width < 0 ? nil : width
        }
        var low = 0
        var high = firsts.count
        while low < high {
            let middle = (low + high) / 2
            if lasts[middle] < code { low = middle + 1 } else { high = middle }
        }
        guard low < firsts.count, firsts[low] <= code else { return nil }
        return widths[low]
    }

    /// The advance of an ASCII byte in em (every ASCII printable character has a glyph).
    @inline(__always)
    func asciiAdvance(_ byte: UInt8) -> Double {
        let width = direct[Int(byte)]
        return width < 0 ? 0 : width
    }
}
