import ArgumentParser
import Foundation
internal import JourneyKit
internal import JourneyRaster

/// Options for drawn outputs: SVG, HTML, PNG and PDF.
struct DrawingOptions: ParsableArguments {
    @Option(help: "Drawings: the colours, light, dark or print (HTML: fixes the page to this theme).")
    var theme: String?

    @Option(
        help: "SVG, PNG, PDF: the drawing's width in pixels; columns share it (default: chosen for a landscape sheet).")
    var width: Double?

    @Option(
        help: ArgumentHelp(
            "SVG, PNG, PDF, HTML: shape the drawing for a3, a4, letter or tabloid paper, landscape.",
            discussion:
                "The SVG (and so the PNG) takes the paper's proportions; the PDF's page is that paper; the HTML page prints on it, landscape. Default: a landscape drawing of A-series proportions, and a PDF page of its size."
        ))
    var paper: String?

    @Flag(help: "SVG, PNG, PDF: turn the paper upright (with --paper); HTML prints landscape.")
    var portrait = false

    @Option(help: "SVG, PNG, PDF: the lanes to draw, by identifier, comma-separated, in this order.")
    var lanes: String?

    @Option(help: "SVG, PNG, PDF: the personas to draw, by identifier, comma-separated.")
    var personas: String?

    @Option(
        help: ArgumentHelp(
            "SVG, HTML, PNG, PDF: the language of the words JourneyKit writes (legend, labels), a BCP 47 tag.",
            discussion:
                "Default: the map's language. en, es, pt, de, fr, ja, zh, tl, ar and he have tables; others get "
                + "English. Right-to-left languages (ar, he, fa, ur, ...) are drawn mirrored."))
    var locale: String?

    func validate() throws {
        if let theme, Self.theme(named: theme) == nil {
            let names = SVGTheme.builtIn.map(\.name).joined(separator: ", ")
            throw ValidationError("--theme must be one of \(names), not '\(theme)'.")
        }
        if let width, !(width.isFinite && (100...100_000).contains(width)) {
            throw ValidationError("--width must be between 100 and 100000 pixels, not \(width).")
        }
        if let paper, Paper.named(paper) == nil {
            let names = Paper.builtIn.map(\.name).joined(separator: ", ")
            throw ValidationError("--paper must be one of \(names), not '\(paper)'.")
        }
        if portrait && paper == nil {
            throw ValidationError("--portrait turns the paper; name it with --paper (a3, a4, letter, tabloid).")
        }
        for (name, list) in [("--lanes", lanes), ("--personas", personas)] {
            if let list, Self.identifiers(list).isEmpty { throw ValidationError("\(name) names no identifier.") }
        }
        if let locale, locale.isEmpty || !locale.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            throw ValidationError("--locale must be a language tag such as ja or pt-BR, not '\(locale)'.")
        }
    }

    /// The writer with these options applied when it draws; other writers as they are.
    func applied(to writer: any JourneyWriter) -> any JourneyWriter {
        if let svg = writer as? JourneySVGFormat { return applied(toSVG: svg) }
        if var png = writer as? PNGFormat {
            png.svg = applied(toSVG: png.svg)
            return png
        }
        if var pdf = writer as? PDFFormat {
            pdf.svg = applied(toSVG: pdf.svg)
            if let paper = paper.flatMap(Paper.named) {
                pdf.paper = paper
                pdf.orientation = orientation
            }
            return pdf
        }
        if var html = writer as? JourneyHTMLFormat {
            if let theme = theme.flatMap(Self.theme(named:)) {
                html.theme = theme
                html.darkTheme = nil
            }
            if let locale { html.locale = locale }
            if let paper = paper.flatMap(Paper.named).flatMap(JourneyHTMLFormat.PrintPaper.init) { html.paper = paper }
            return html
        }
        return writer
    }

    private func applied(toSVG format: JourneySVGFormat) -> JourneySVGFormat {
        var format = format
        if let theme = theme.flatMap(Self.theme(named:)) { format.theme = theme }
        if let width { format.width = width }
        if let lanes { format.lanes = Self.identifiers(lanes) }
        if let personas { format.personas = Self.identifiers(personas) }
        if let locale { format.locale = locale }
        if let paper = paper.flatMap(Paper.named) {
            format.paper = paper
            format.orientation = orientation
        }
        return format
    }

    private var orientation: Paper.Orientation { portrait ? .portrait : .landscape }

    static func theme(named name: String) -> SVGTheme? {
        SVGTheme.builtIn.first { $0.name == name.lowercased() }
    }

    static func identifiers(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
