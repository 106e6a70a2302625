import JourneyModel

/// Draws an emotion curve over stage columns: the plot area, the neutral baseline, the scale and
/// one smooth line with markers per series.
struct ChartDrawing {
    let curve: EmotionCurve
    let columns: [EmotionCurve.Column]
    let top: Double
    let left: Double
    let width: Double
    let height: Double
    let styles: TextStyles
    let theme: SVGTheme
    let markerPrefix: String
    /// Where −2…+2 is drawn, when the chart's box holds more (labels above and below the plot).
    var plot: (top: Double, height: Double)? = nil
    /// The x of each point by stage and item position, when the map places points at their steps.
    var pointX: [Int: [Int: Double]]? = nil
    /// Whether the markers are drawn here; the map draws them with their labels, stage by stage.
    var drawsMarkers = true
    /// Whether each marker can take the keyboard's focus and then shows its details beside it (as it
    /// does under the pointer), for the curve an HTML page embeds.
    var focusableDetails = false

    /// The radius of a curve marker.
    static func markerSize(_ styles: TextStyles) -> Double { (styles.base * 0.36).rounded(toPlaces: 2) }

    /// The room above +2 and below −2, so markers and scale labels stay inside the plot.
    static func padding(_ styles: TextStyles) -> Double {
        max(markerSize(styles) * 1.3, styles[.axis].lineHeight / 2) + 2
    }

    /// The vertical position of a score.
    func y(_ score: Double) -> Double {
        EmotionCurve.y(
            forScore: score, top: plot?.top ?? top, height: plot?.height ?? height, padding: Self.padding(styles))
    }

    /// The x positions of a series' points: the column centre, or spread evenly across the column
    /// when the series has several points in one stage.
    func positions(_ series: EmotionCurve.Series) -> [(x: Double, point: EmotionCurve.Point)] {
        var counts: [Int: Int] = [:]
        for point in series.points { counts[point.stageIndex, default: 0] += 1 }
        var seen: [Int: Int] = [:]
        var result: [(x: Double, point: EmotionCurve.Point)] = []
        result.reserveCapacity(series.points.count)
        for point in series.points where point.stageIndex < columns.count {
            if let pointX, let position = point.position, let x = pointX[point.stageIndex]?[position] {
                result.append((x, point))
                continue
            }
            let column = columns[point.stageIndex]
            let count = counts[point.stageIndex] ?? 1
            let position = seen[point.stageIndex, default: 0]
            seen[point.stageIndex] = position + 1
            result.append((column.x + column.width * Double(position + 1) / Double(count + 1), point))
        }
        return result
    }

    /// Writes the chart as a group; with a label, the group is an image named by it.
    func write(to output: SVGOutput, label: String?) throws {
        if let label {
            try output.open("g", ["class": "chart", "role": "img"])
            try output.element("title", [:], text: label)
            try output.element("desc", [:], text: curve.accessibleDescription)
        } else {
            try output.open("g", ["class": "chart"])
        }
        try output.rect(x: left, y: top, width: width, height: height, className: "box b-chart")
        for score in [1.0, -1.0] {
            var grid = PathData()
            grid.move(left, y(score))
            grid.line(left + width, y(score))
            try output.path(grid.text, className: "c-grid")
        }
        var baseline = PathData()
        baseline.move(left, y(0))
        baseline.line(left + width, y(0))
        try output.path(baseline.text, className: "c-base")
        let axis = styles[.axis]
        for score in [2.0, 0, -2] {
            let label = TextBlock(lines: [Substring(Labels.score(score))], role: .axis, style: axis)
            try output.textBlock(label, x: left + styles.base * 0.3, top: y(score) - axis.lineHeight / 2)
        }
        for series in curve.series {
            let points = positions(series)
            if points.count > 1 {
                try output.path(
                    Self.smoothPath(points.map { ($0.x, y($0.point.score)) }),
                    className: SVGStyleSheet.seriesLineClass(series.styleIndex, theme: theme))
            }
            for (x, point) in points where drawsMarkers {
                let stage = point.stageIndex < curve.stageNames.count ? curve.stageNames[point.stageIndex] : ""
                var title = series.name + ", " + stage + ": " + Labels.score(point.score)
                if !point.text.isEmpty { title += " (" + point.text + ")" }
                if focusableDetails {
                    try writeFocusablePoint(
                        series: series.styleIndex, x: x, y: y(point.score), details: title, to: output)
                } else {
                    try Self.writeMarker(
                        series: series.styleIndex, x: x, y: y(point.score), prefix: markerPrefix, theme: theme,
                        title: title,
                        to: output)
                }
            }
        }
        try output.close()
        try output.newline()
    }

    /// A marker that takes the focus: its details in a tooltip, for screen readers, and in a box
    /// beside it that shows while it has the focus or the pointer.
    private func writeFocusablePoint(series: Int, x: Double, y: Double, details: String, to output: SVGOutput) throws {
        try output.open("g", ["class": "c-point", "tabindex": "0", "aria-label": details])
        try output.element("title", [:], text: details)
        try Self.writeMarker(series: series, x: x, y: y, prefix: markerPrefix, theme: theme, title: nil, to: output)
        let padding = (styles.base * 0.35).rounded(toPlaces: 2)
        var stacker = BoxStacker(width: min(styles.base * 16, width), padding: padding, styles: styles)
        stacker.text(details, .meta)
        let box = stacker.box(padding: padding, background: "box b-label")
        let clearance = Self.padding(styles)
        let boxY =
            y - clearance - box.height >= top
            ? y - clearance - box.height : min(y + clearance, top + height - box.height)
        let boxX = min(max(x - box.width / 2, left), left + width - box.width)
        try output.open("g", ["class": "c-detail", "aria-hidden": "true"])
        try BoxDrawing.write(
            box, x: boxX, y: max(boxY, top), radius: 3, markerPrefix: markerPrefix, theme: theme, to: output)
        try output.close()
        try output.close()
    }

    /// A smooth line through points ordered by x, as cubic Bézier segments with monotone tangents
    /// (Fritsch–Carlson), so the line never overshoots a point: it stays within −2…+2.
    static func smoothPath(_ points: [(x: Double, y: Double)]) -> String {
        var path = PathData()
        guard let first = points.first else { return "" }
        path.move(first.x, first.y)
        let count = points.count
        guard count > 1 else { return path.text }
        var slopes: [Double] = []
        slopes.reserveCapacity(count - 1)
        for index in 0..<(count - 1) {
            let dx = points[index + 1].x - points[index].x
            slopes.append(dx == 0 ? 0 : (points[index + 1].y - points[index].y) / dx)
        }
        var tangents = [Double](repeating: 0, count: count)
        tangents[0] = slopes[0]
        tangents[count - 1] = slopes[count - 2]
        if count > 2 {
            for index in 1..<(count - 1) {
                let before = slopes[index - 1]
                let after = slopes[index]
                tangents[index] = before * after <= 0 ? 0 : (before + after) / 2
            }
        }
        for index in 0..<(count - 1) where slopes[index] == 0 {
            tangents[index] = 0
            tangents[index + 1] = 0
        }
        for index in 0..<(count - 1) where slopes[index] != 0 {
            let alpha = tangents[index] / slopes[index]
            let beta = tangents[index + 1] / slopes[index]
            let sum = alpha * alpha + beta * beta
            if sum > 9 {
                let scale = 3 / sum.squareRoot()
                tangents[index] = scale * alpha * slopes[index]
                tangents[index + 1] = scale * beta * slopes[index]
            }
        }
        for index in 0..<(count - 1) {
            let start = points[index]
            let end = points[index + 1]
            let third = (end.x - start.x) / 3
            path.curve(
                start.x + third, start.y + tangents[index] * third, end.x - third, end.y - tangents[index + 1] * third,
                end.x, end.y)
        }
        return path.text
    }

    /// One marker, centred on (x, y), with a tooltip.
    static func writeMarker(
        series: Int, x: Double, y: Double, prefix: String, theme: SVGTheme, title: String?, to output: SVGOutput
    ) throws {
        let reference = "#" + prefix + "marker-" + String(series % Shapes.markerCount)
        try output.use(
            reference, x: x, y: y, className: SVGStyleSheet.seriesMarkerClass(series, theme: theme), title: title)
    }
}

/// What a legend explains.
enum LegendEntry {
    case kind(ItemKind)
    case series(Int, String)
    case baseline
    case backArrow
    case kpiBar
}

/// The legend: a framed box of samples with their meaning, flowing in rows.
enum Legend {
    static func label(_ entry: LegendEntry, chrome: Chrome) -> String {
        switch entry {
        case .kind(let kind): chrome.readableName(kind)
        case .series(_, let name): name
        case .baseline: chrome.legendBaseline
        case .backArrow: chrome.legendBackArrow
        case .kpiBar: chrome.legendKPIBar
        }
    }

    static func box(
        entries: [LegendEntry], width: Double, styles: TextStyles, title: String?, chrome: Chrome
    ) -> Box {
        let base = styles.base
        let padding = (base * 0.7).rounded(toPlaces: 2)
        var stacker = BoxStacker(width: width, padding: padding, styles: styles)
        if let title { stacker.text(title, .heading) }
        let body = styles[.secondary]
        let swatchWidth = (base * 2.4).rounded(toPlaces: 2)
        let swatchGap = (base * 0.5).rounded(toPlaces: 2)
        let entryGap = (base * 1.4).rounded(toPlaces: 2)
        let rowGap = (base * 0.4).rounded(toPlaces: 2)
        let left = stacker.left
        let right = stacker.right
        var x = left
        var rowTop = stacker.y + (title == nil ? 0 : base * 0.5)
        var rowHeight = 0.0
        for entry in entries {
            let textWidth = max(right - left - swatchWidth - swatchGap, base)
            let lines = body.wrap(label(entry, chrome: chrome), width: textWidth)
            var widest = 0.0
            for line in lines { widest = max(widest, body.width(line)) }
            let entryWidth = swatchWidth + swatchGap + widest + body.width(" ") + TextStyle.margin
            if x > left, x + entryWidth > right {
                x = left
                rowTop += rowHeight + rowGap
                rowHeight = 0
            }
            let block = TextBlock(lines: lines, role: .secondary, style: body)
            let swatchHeight = body.lineHeight
            stacker.overlay(
                .swatch(
                    entry, x: x, y: rowTop, width: swatchWidth, height: swatchHeight,
                    iconSize: Definitions.iconSize(styles)))
            stacker.overlay(.text(block, x: x + swatchWidth + swatchGap, y: rowTop))
            rowHeight = max(rowHeight, block.height, swatchHeight)
            x += entryWidth + entryGap
        }
        let bottom = rowTop + rowHeight + padding
        var box = stacker.box(padding: padding, background: "box b-frame")
        box.height = max(box.height, bottom)
        return box
    }

    static func write(
        _ box: Box, x: Double, y: Double, markerPrefix: String, theme: SVGTheme, label: String, to output: SVGOutput
    ) throws {
        try output.open("g", ["class": "legend", "role": "group", "aria-label": label])
        try BoxDrawing.write(box, x: x, y: y, radius: 4, markerPrefix: markerPrefix, theme: theme, to: output)
        try output.close()
        try output.newline()
    }

    static func writeSwatch(
        _ entry: LegendEntry, x: Double, y: Double, width: Double, height: Double, iconSize: Double,
        markerPrefix: String, theme: SVGTheme, to output: SVGOutput
    ) throws {
        let middle = y + height / 2
        switch entry {
        case .kind(let kind):
            let background: String
            let icon: Icon?
            switch kind {
            case .painPoint: (background, icon) = ("b-pain", .painPoint)
            case .opportunity: (background, icon) = ("b-opp", .opportunity)
            case .keyMoment: (background, icon) = ("b-key", .keyMoment)
            default: (background, icon) = ("b-card", nil)
            }
            let boxHeight = height * 0.8
            let top = middle - boxHeight / 2
            try output.rect(x: x, y: top, width: width, height: boxHeight, className: background, radius: 2)
            try output.rect(x: x, y: top, width: 4, height: boxHeight, className: SVGStyleSheet.accentClass(kind))
            if let icon {
                let size = iconSize
                try BoxDrawing.writeIcon(
                    icon, x: x + width / 2 - size / 2 + 2, y: middle - size / 2, size: size,
                    accentClass: SVGStyleSheet.accentClass(kind), markerPrefix: markerPrefix, theme: theme, to: output)
            }
        case .series(let index, _):
            var line = PathData()
            line.move(x, middle)
            line.line(x + width, middle)
            try output.path(line.text, className: SVGStyleSheet.seriesLineClass(index, theme: theme))
            try ChartDrawing.writeMarker(
                series: index, x: x + width / 2, y: middle, prefix: markerPrefix, theme: theme, title: nil, to: output)
        case .baseline:
            var line = PathData()
            line.move(x, middle)
            line.line(x + width, middle)
            try output.path(line.text, className: "c-base")
        case .backArrow:
            try TransitionDrawing.writeArrow(from: x + width, to: x, y: middle, size: height * 0.45, to: output)
        case .kpiBar:
            try BoxDrawing.write(
                .bar(
                    x: 0, y: middle - 3, width: width, value: 0.6,
                    target: KPIBarTarget(lower: 0.8, upper: 0.8, direction: nil), status: .unknown), x: x, y: 0,
                markerPrefix: markerPrefix,
                theme: theme, to: output)
        }
    }
}
