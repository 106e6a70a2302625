import Foundation
import JourneyModel

/// The `<style>` element: every colour, size and line style, as classes.
enum SVGStyleSheet {
    /// The font the metrics describe, then the generic family as a fallback.
    static let fontFamily = "'DejaVu Sans', sans-serif"

    /// The item kinds with a colour class of their own (`a-pain-point`); others use `a-default`.
    static let accentKinds: [ItemKind] = ItemKind.knownValues

    static func accentClass(_ kind: ItemKind) -> String {
        accentKinds.contains(kind) ? "a-" + kind.rawValue : "a-default"
    }

    /// Dash patterns of the curve lines, cycled through by series.
    static let dashes = ["none", "7 3", "2 3", "9 3 2 3", "4 4", "12 3 3 3"]

    /// The class that fills a card of a kind with its background and coloured stripe.
    static func stripeClass(_ kind: ItemKind) -> String {
        accentKinds.contains(kind) ? "f-" + kind.rawValue : "f-default"
    }

    /// Writes the style sheet; with a prefix, also the card fills that draw each kind's stripe with
    /// the gradients ``Definitions`` writes under that prefix.
    ///
    /// Cards of other widths than the standard (`stripeVariants` − 1 of them) have fills of their
    /// own, `f-action-1`, …, so their stripes are as wide as the standard card's.
    static func write(
        theme: SVGTheme, styles: TextStyles, stripePrefix: String? = nil, stripeVariants: Int = 1,
        to output: SVGOutput
    ) throws {
        var css = ".jm text{font-family:\(fontFamily)}"
        for role in TextRole.allCases {
            css += ".\(role.className){font-size:\(SVGNumber.format(styles[role].size))px;"
            css += "font-weight:\(role.isBold ? "bold" : "normal");fill:\(role.color(in: theme))"
            if role == .link { css += ";text-decoration:underline" }
            css += "}"
        }
        let border = "stroke:\(theme.cardBorder);stroke-width:1"
        css += ".b-page{fill:\(theme.page)}"
        css += ".b-frame{fill:\(theme.page);stroke:\(theme.line);stroke-width:1}"
        css += ".b-stage{fill:\(theme.stageBackground)}"
        css += ".b-lane{fill:\(theme.laneBackground)}"
        css += ".b-band{fill:\(theme.bandBackground)}"
        css += ".b-card{fill:\(theme.cardBackground);\(border)}"
        css += ".b-pain{fill:\(theme.painPointBackground);\(border)}"
        css += ".b-opp{fill:\(theme.opportunityBackground);\(border)}"
        css += ".b-key{fill:\(theme.keyMomentBackground);\(border)}"
        css += ".b-chip{fill:\(theme.chipBackground)}"
        css += ".b-chart{fill:\(theme.chartBackground);stroke:\(theme.line);stroke-width:1}"
        css += ".g-line{fill:none;stroke:\(theme.line);stroke-width:1}"
        css += ".g-step{fill:none;stroke:\(theme.line);stroke-width:0.75;stroke-dasharray:3 3}"
        css += ".b-step{fill:\(theme.stageBackground);stroke:\(theme.line);stroke-width:0.5}"
        css += ".b-label{fill:\(theme.chartBackground);fill-opacity:0.92;stroke:\(theme.line);stroke-width:0.75}"
        css += ".c-base{fill:none;stroke:\(theme.mutedText);stroke-width:1;stroke-dasharray:4 3}"
        css += ".c-grid{fill:none;stroke:\(theme.line);stroke-width:0.5}"
        css += ".c-line{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}"
        css += ".c-detail{display:none}.c-point:focus .c-detail,.c-point:hover .c-detail{display:inline}"
        css += ".c-point:focus{outline:none}.c-point:focus>use{stroke:\(theme.text);stroke-width:2}"
        for index in 0..<seriesStyleCount(theme) {
            let color = theme.seriesColor(index)
            css += ".s\(index){stroke:\(color)}.m\(index){fill:\(color);stroke:\(theme.chartBackground);stroke-width:1}"
        }
        for (index, dash) in dashes.enumerated() { css += ".d\(index){stroke-dasharray:\(dash)}" }
        for kind in accentKinds { css += ".a-\(kind.rawValue){fill:\(theme.accent(for: kind))}" }
        css += ".a-default{fill:\(theme.defaultAccent)}"
        if let stripePrefix {
            for variant in 0..<max(stripeVariants, 1) {
                let suffix = variant == 0 ? "" : "-" + String(variant)
                for name in accentKinds.map(\.rawValue) + ["default"] {
                    css += ".f-\(name)\(suffix){fill:url(#\(stripePrefix)stripe-\(name)\(suffix))}"
                }
            }
        }
        css += ".i-cut{fill:\(theme.cardBackground)}"
        css += ".k-track{fill:\(theme.chipBackground)}"
        css += ".k-value{fill:\(theme.accent(for: .kpi))}"
        css += ".k-on{fill:\(theme.onTarget)}.k-off{fill:\(theme.offTarget)}"
        css += ".k-good{fill:\(theme.onTarget);fill-opacity:0.22}"
        css += ".k-target{fill:none;stroke:\(theme.text);stroke-width:2}"
        css += ".arrow{fill:none;stroke:\(theme.arrow);stroke-width:1.5}"
        css += ".arrow-head{fill:\(theme.arrow)}"
        try output.element("style", [:], text: css)
        try output.newline()
    }

    /// How many series colour classes the sheet defines.
    static func seriesStyleCount(_ theme: SVGTheme) -> Int { max(theme.seriesColors.count, 1) }

    /// The classes of a series' line: colour and dash pattern.
    static func seriesLineClass(_ index: Int, theme: SVGTheme) -> String {
        "c-line s\(index % seriesStyleCount(theme)) d\(index % dashes.count)"
    }

    /// The class of a series' marker.
    static func seriesMarkerClass(_ index: Int, theme: SVGTheme) -> String {
        "m\(index % seriesStyleCount(theme))"
    }
}

/// The marker shapes of curve points and the card icons.
enum Shapes {
    static let markerCount = 6

    /// A marker shape centred on the origin, of radius `r`.
    static func marker(_ shape: Int, radius r: Double) -> String {
        var path = PathData()
        switch shape % markerCount {
        case 0:  // circle, as two arcs
            let text = "M\(SVGNumber.format(-r)) 0A\(SVGNumber.format(r)) \(SVGNumber.format(r)) 0 1 0 "
            return text + "\(SVGNumber.format(r)) 0A\(SVGNumber.format(r)) \(SVGNumber.format(r)) 0 1 0 "
                + "\(SVGNumber.format(-r)) 0Z"
        case 1:  // square
            let side = r * 0.9
            path.move(-side, -side)
            path.line(side, -side)
            path.line(side, side)
            path.line(-side, side)
        case 2:  // diamond
            let reach = r * 1.2
            path.move(0, -reach)
            path.line(reach, 0)
            path.line(0, reach)
            path.line(-reach, 0)
        case 3:  // triangle, point up
            let reach = r * 1.2
            path.move(0, -reach)
            path.line(reach, reach * 0.8)
            path.line(-reach, reach * 0.8)
        case 4:  // triangle, point down
            let reach = r * 1.2
            path.move(0, reach)
            path.line(reach, -reach * 0.8)
            path.line(-reach, -reach * 0.8)
        default:  // plus
            let arm = r * 1.1
            let half = r * 0.4
            path.move(-half, -arm)
            path.line(half, -arm)
            path.line(half, -half)
            path.line(arm, -half)
            path.line(arm, half)
            path.line(half, half)
            path.line(half, arm)
            path.line(-half, arm)
            path.line(-half, half)
            path.line(-arm, half)
            path.line(-arm, -half)
            path.line(-half, -half)
        }
        path.close()
        return path.text
    }

    /// A warning triangle in a square of `size` at (x, y): the triangle and the "!" cut into it.
    static func painPoint(x: Double, y: Double, size: Double) -> (shape: String, cut: String) {
        var triangle = PathData()
        triangle.move(x + size / 2, y)
        triangle.line(x + size, y + size)
        triangle.line(x, y + size)
        triangle.close()
        let bar = size * 0.14
        var cut = PathData()
        cut.move(x + size / 2 - bar / 2, y + size * 0.35)
        cut.line(x + size / 2 + bar / 2, y + size * 0.35)
        cut.line(x + size / 2 + bar / 2, y + size * 0.68)
        cut.line(x + size / 2 - bar / 2, y + size * 0.68)
        cut.close()
        cut.move(x + size / 2 - bar / 2, y + size * 0.76)
        cut.line(x + size / 2 + bar / 2, y + size * 0.76)
        cut.line(x + size / 2 + bar / 2, y + size * 0.9)
        cut.line(x + size / 2 - bar / 2, y + size * 0.9)
        cut.close()
        return (triangle.text, cut.text)
    }

    /// An opportunity: a circle with a plus cut into it.
    static func opportunity(x: Double, y: Double, size: Double) -> (shape: String, cut: String) {
        let r = size / 2
        let cx = x + r
        let cy = y + r
        let circle =
            "M\(SVGNumber.format(cx - r)) \(SVGNumber.format(cy))A\(SVGNumber.format(r)) \(SVGNumber.format(r)) 0 1 0 "
            + "\(SVGNumber.format(cx + r)) \(SVGNumber.format(cy))A\(SVGNumber.format(r)) \(SVGNumber.format(r)) 0 1 0 "
            + "\(SVGNumber.format(cx - r)) \(SVGNumber.format(cy))Z"
        let arm = r * 0.55
        let half = r * 0.16
        var cut = PathData()
        cut.move(cx - half, cy - arm)
        cut.line(cx + half, cy - arm)
        cut.line(cx + half, cy - half)
        cut.line(cx + arm, cy - half)
        cut.line(cx + arm, cy + half)
        cut.line(cx + half, cy + half)
        cut.line(cx + half, cy + arm)
        cut.line(cx - half, cy + arm)
        cut.line(cx - half, cy + half)
        cut.line(cx - arm, cy + half)
        cut.line(cx - arm, cy - half)
        cut.line(cx - half, cy - half)
        cut.close()
        return (circle, cut.text)
    }

    /// A key moment: a five-pointed star.
    static func star(x: Double, y: Double, size: Double) -> String {
        let cx = x + size / 2
        let cy = y + size / 2 + size * 0.04
        let outer = size / 2
        let inner = outer * 0.45
        var path = PathData()
        for index in 0..<10 {
            let radius = index % 2 == 0 ? outer : inner
            let angle = Double.pi / 5 * Double(index) - Double.pi / 2
            let px = cx + radius * cos(angle)
            let py = cy + radius * sin(angle)
            if index == 0 { path.move(px, py) } else { path.line(px, py) }
        }
        path.close()
        return path.text
    }
}

/// Writes boxes and their pieces.
enum BoxDrawing {
    /// Writes a box's rectangle and pieces at (x, y), inside an open group.
    static func write(
        _ box: Box, x: Double, y: Double, radius: Double, markerPrefix: String, theme: SVGTheme, to output: SVGOutput
    ) throws {
        try output.rect(x: x, y: y, width: box.width, height: box.height, className: box.background, radius: radius)
        var titleID = box.titleID
        for piece in box.pieces {
            if let id = titleID, case .text(let block, let dx, let dy) = piece {
                try output.textBlock(block, x: x + dx, top: y + dy, id: id)
                titleID = nil
                continue
            }
            try write(piece, x: x, y: y, markerPrefix: markerPrefix, theme: theme, to: output)
        }
    }

    static func write(
        _ piece: Piece, x: Double, y: Double, markerPrefix: String, theme: SVGTheme, to output: SVGOutput
    ) throws {
        switch piece {
        case .text(let block, let dx, let dy):
            try output.textBlock(block, x: x + dx, top: y + dy)
        case .link(let block, let url, let dx, let dy):
            if Link(url).isSafe {
                try output.openLink(url)
                try output.textBlock(block, x: x + dx, top: y + dy)
                try output.close()
            } else {
                try output.textBlock(block, x: x + dx, top: y + dy)
            }
        case .chip(let block, let dx, let dy, let width, let height):
            try output.open("g", ["class": "chip"])
            let padding = (block.style.size * 0.45).rounded(toPlaces: 2)
            try output.rect(
                x: x + dx, y: y + dy, width: width, height: height, className: "box b-chip", radius: height / 2.5)
            try output.textBlock(block, x: x + dx + padding, top: y + dy + padding * 0.3)
            try output.close()
        case .bar(let dx, let dy, let width, let value, let target, let status):
            let height = 6.0
            try output.rect(x: x + dx, y: y + dy, width: width, height: height, className: "k-track", radius: 3)
            if let good = target.good, good.upperBound > good.lowerBound {
                try output.rect(
                    x: x + dx + width * good.lowerBound, y: y + dy, width: width * (good.upperBound - good.lowerBound),
                    height: height, className: "k-good")
            }
            let valueClass =
                switch status {
                case .onTarget: "k-on"
                case .offTarget: "k-off"
                case .unknown: "k-value"
                }
            try output.rect(
                x: x + dx, y: y + dy, width: width * value, height: height, className: valueClass, radius: 3)
            var tick = PathData()
            for position in target.lower == target.upper ? [target.lower] : [target.lower, target.upper] {
                tick.move(x + dx + width * position, y + dy - 2)
                tick.line(x + dx + width * position, y + dy + height + 2)
            }
            try output.path(tick.text, className: "k-target")
        case .swatch(let entry, let dx, let dy, let width, let height, let iconSize):
            try Legend.writeSwatch(
                entry, x: x + dx, y: y + dy, width: width, height: height, iconSize: iconSize,
                markerPrefix: markerPrefix, theme: theme, to: output)
        case .box(let box, let dx, let dy, let className):
            try output.open("g", ["class": className])
            try write(box, x: x + dx, y: y + dy, radius: 4, markerPrefix: markerPrefix, theme: theme, to: output)
            try output.close()
        case .icon(let icon, let dx, let dy, let size, let accentClass):
            try writeIcon(
                icon, x: x + dx, y: y + dy, size: size, accentClass: accentClass, markerPrefix: markerPrefix,
                theme: theme, to: output)
        }
    }

    static func writeIcon(
        _ icon: Icon, x: Double, y: Double, size: Double, accentClass: String, markerPrefix: String,
        theme: SVGTheme, to output: SVGOutput
    ) throws {
        let name: String
        switch icon {
        case .painPoint: name = "icon-pain"
        case .opportunity: name = "icon-opportunity"
        case .keyMoment: name = "icon-key"
        case .marker(let series):
            try ChartDrawing.writeMarker(
                series: series, x: x + size / 2, y: y + size / 2, prefix: markerPrefix, theme: theme, title: nil,
                to: output)
            return
        }
        let reference = "#" + markerPrefix + name
        try output.use(reference, x: x, y: y, extent: size)
    }
}

/// Shapes drawn many times, defined once in `<defs>` and drawn with `<use>`: curve markers and the
/// icons of pain points, opportunities and key moments.
enum Definitions {
    /// The size of a card icon.
    static func iconSize(_ styles: TextStyles) -> Double { (styles[.meta].size * 1.05).rounded(toPlaces: 2) }

    /// Writes the definitions; with `stripes`, the fraction of a card's width its stripe takes for
    /// each card width drawn, also the card icons and one gradient per item kind and card width that
    /// paints a card's stripe and background.
    static func write(
        prefix: String, styles: TextStyles, theme: SVGTheme, stripes: [Double]?, to output: SVGOutput
    ) throws {
        let icons = stripes != nil
        // A mirrored drawing's stripes stand at the cards' right edge; its shapes here are not
        // mirrored, `<use>` places them.
        let mirrored = output.mirror != nil
        try output.withoutMirroring {
            try writeDefinitions(
                prefix: prefix, styles: styles, theme: theme, stripes: stripes ?? [], icons: icons,
                mirrored: mirrored, to: output)
        }
    }

    private static func writeDefinitions(
        prefix: String, styles: TextStyles, theme: SVGTheme, stripes: [Double], icons: Bool, mirrored: Bool,
        to output: SVGOutput
    ) throws {
        try output.open("defs")
        let radius = ChartDrawing.markerSize(styles)
        for shape in 0..<Shapes.markerCount {
            try output.element(
                "path", ["id": prefix + "marker-" + String(shape), "d": Shapes.marker(shape, radius: radius)])
        }
        if icons {
            let size = iconSize(styles)
            let pain = Shapes.painPoint(x: 0, y: 0, size: size)
            let opportunity = Shapes.opportunity(x: 0, y: 0, size: size)
            for (name, shape, cut, accent) in [
                ("icon-pain", pain.shape, pain.cut, ItemKind.painPoint),
                ("icon-opportunity", opportunity.shape, opportunity.cut, ItemKind.opportunity),
                ("icon-key", Shapes.star(x: 0, y: 0, size: size), "", ItemKind.keyMoment),
            ] {
                try output.open("g", ["id": prefix + name])
                try output.path(shape, className: SVGStyleSheet.accentClass(accent))
                if !cut.isEmpty { try output.path(cut, className: "i-cut") }
                try output.close()
            }
        }
        for (variant, stripe) in stripes.enumerated() {
            // Two stops at the same offset make a hard edge: the accent colour up to the stripe's
            // width, the card's background after it.
            let offset = SVGNumber.format(stripe * 100) + "%"
            let suffix = variant == 0 ? "" : "-" + String(variant)
            for kind in SVGStyleSheet.accentKinds + [ItemKind("")] {
                let name = kind.rawValue.isEmpty ? "default" : kind.rawValue
                let accent = kind.rawValue.isEmpty ? theme.defaultAccent : theme.accent(for: kind)
                let background: SVGColor
                switch kind {
                case .painPoint: background = theme.painPointBackground
                case .opportunity: background = theme.opportunityBackground
                case .keyMoment: background = theme.keyMomentBackground
                default: background = theme.cardBackground
                }
                let id = prefix + "stripe-" + name + suffix
                if mirrored {
                    try output.open("linearGradient", ["id": id, "x1": "1", "x2": "0", "y2": "0"])
                } else {
                    try output.open("linearGradient", ["id": id, "x2": "1", "y2": "0"])
                }
                try output.element("stop", ["offset": offset, "stop-color": accent.description])
                try output.element("stop", ["offset": offset, "stop-color": background.description])
                try output.close()
            }
        }
        try output.close()
        try output.newline()
    }
}
