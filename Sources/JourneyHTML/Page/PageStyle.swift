import JourneyModel
import JourneySVG

/// The page's style sheet: layout, the table, cards, the narrow-screen and print layouts, and the
/// colours of the light and dark themes.
///
/// Colours come only from ``SVGTheme`` values, whose components are numbers, and the only other
/// values written into the sheet are the number of stages and the numbers of columns empty cells
/// span: no text of the map ever reaches CSS.
enum PageStyle {
    /// The item kinds with a stripe colour of their own.
    static let accentKinds: [ItemKind] = ItemKind.knownValues

    /// The width of the lane header column and the least width of a stage column, in rem.
    static let laneColumnWidth = 11
    static let stageColumnWidth = 15

    /// The style sheet for a page of `stageCount` stages.
    ///
    /// - Parameter emptySpans: how many stage columns the page's runs of empty cells span. A run is
    ///   one cell (`td.gap.span-N`, `colspan="N"`), so the page does not grow with lanes × stages; the
    ///   column lines inside it are drawn as its background, one every N-th of its width.
    static func css(
        theme: SVGTheme, darkTheme: SVGTheme?, stageCount: Int, paper: JourneyHTMLFormat.PrintPaper,
        emptySpans: Set<Int> = []
    ) -> String {
        var css = ":root{" + variables(theme) + "}\n"
        if let darkTheme {
            css += "@media screen and (prefers-color-scheme:dark){:root{" + variables(darkTheme) + "}}\n"
        }
        css += layout + layoutAccents + "\n"
        if !emptySpans.isEmpty {
            // After the banded rows' background, which it keeps: only the image and its origin change.
            css +=
                "table.journey tbody tr td.gap{background-image:repeating-linear-gradient(to right,"
                + "transparent 0 calc(100% / var(--span) - 1px),var(--line) 0 calc(100% / var(--span)));"
                + "background-origin:border-box}\n"
            css += emptySpans.sorted().map { ".span-\($0){--span:\($0)}" }.joined() + "\n"
        }
        let minimumWidth = laneColumnWidth + stageColumnWidth * max(stageCount, 1)
        css += "table.journey{width:max(100%,\(minimumWidth)rem)}\n"
        css += "col.lane-col{width:\(laneColumnWidth)rem}\n"
        // Narrow screens stack the stages: every cell is ordered by its stage.
        css += "@media screen and (max-width:720px){" + narrowLayout
        for index in 1...max(stageCount, 1) { css += ".stage-col-\(index){order:\(index)}" }
        css += ".curve-row>*{order:\(stageCount + 1)}}\n"
        css += "@page{size:\(paper.cssSize) landscape;margin:10mm}\n"
        css += printLayout
        return css
    }

    /// The custom properties holding a theme's colours.
    static func variables(_ theme: SVGTheme) -> String {
        var pairs: [(String, SVGColor)] = [
            ("page", theme.page), ("text", theme.text), ("muted", theme.mutedText), ("link", theme.link),
            ("line", theme.line), ("stage", theme.stageBackground), ("lane", theme.laneBackground),
            ("band", theme.bandBackground), ("card", theme.cardBackground), ("card-border", theme.cardBorder),
            ("pain", theme.painPointBackground), ("opportunity", theme.opportunityBackground),
            ("key", theme.keyMomentBackground), ("chip", theme.chipBackground), ("chart", theme.chartBackground),
            ("arrow", theme.arrow), ("accent-custom", theme.defaultAccent), ("on-target", theme.onTarget),
            ("off-target", theme.offTarget),
        ]
        for kind in accentKinds { pairs.append(("accent-" + kind.rawValue, theme.accent(for: kind))) }
        return pairs.map { "--\($0.0):\($0.1)" }.joined(separator: ";")
    }

    /// The colour scheme the page declares to the browser: `light`, `dark` or both.
    static func colorScheme(theme: SVGTheme, darkTheme: SVGTheme?) -> String {
        let base = theme.page.relativeLuminance < 0.5 ? "dark" : "light"
        return darkTheme == nil ? base : "light dark"
    }

    /// The text colours the page uses on each background, by custom property: every pair must reach
    /// WCAG AA (4.5:1).
    static func textPairs(_ theme: SVGTheme) -> [(foreground: String, background: String, ratio: Double)] {
        let backgrounds: [(String, SVGColor)] = [
            ("page", theme.page), ("stage", theme.stageBackground), ("lane", theme.laneBackground),
            ("band", theme.bandBackground), ("card", theme.cardBackground), ("pain", theme.painPointBackground),
            ("opportunity", theme.opportunityBackground), ("key", theme.keyMomentBackground),
            ("chip", theme.chipBackground),
        ]
        let foregrounds: [(String, SVGColor)] = [
            ("text", theme.text), ("muted", theme.mutedText), ("link", theme.link), ("on-target", theme.onTarget),
            ("off-target", theme.offTarget),
        ]
        return foregrounds.flatMap { foreground in
            backgrounds.map { (foreground.0, $0.0, foreground.1.contrastRatio(with: $0.1)) }
        }
    }

    /// What every page shares.
    static let layout = """
        *,*::before,*::after{box-sizing:border-box}
        [hidden]{display:none!important}
        body{margin:0;background:var(--page);color:var(--text);\
        font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif}
        a{color:var(--link)}
        a:focus-visible,select:focus-visible,input:focus-visible,.table-scroll:focus-visible{\
        outline:3px solid var(--link);outline-offset:2px}
        .skip-link{position:absolute;inset-inline-start:-100vw;top:0;background:var(--card);color:var(--link);\
        padding:.5rem 1rem}
        .skip-link:focus{inset-inline-start:1rem;z-index:10}
        .page-header,main,.page-footer{padding:0 1.5rem}
        h1{font-size:1.8rem;line-height:1.2;margin:1.2rem 0 .3rem}
        h2{font-size:1.35rem;margin:1.8rem 0 .6rem}
        h3{font-size:1.1rem;margin:0 0 .3rem}
        .map-facts{color:var(--muted);margin:0 0 .6rem}
        .summary{max-width:75rem;margin:0 0 .8rem}
        .metadata{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem 1rem;margin:.6rem 0;\
        font-size:.9rem;max-width:75rem}
        .metadata dt{color:var(--muted)}
        .metadata dd{margin:0}
        .summary,.metadata dd,.persona p,.persona dd,.persona li,.item p,.stage-goal,.stage-description,\
        .lane-description,.steps li,.transition-list li,caption{white-space:pre-line;overflow-wrap:anywhere}
        :lang(ja),:lang(zh){line-break:strict}
        :lang(ko){word-break:keep-all}
        .persona-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1rem;\
        list-style:none;padding:0;margin:0}
        .persona{background:var(--card);border:1px solid var(--card-border);border-radius:8px;padding:1rem;\
        break-inside:avoid}
        .persona-role{color:var(--muted);margin:0 0 .4rem}
        .chip{display:inline-block;background:var(--chip);color:var(--text);border-radius:999px;padding:0 .6rem;\
        font-size:.85rem;margin:0 0 .3rem;margin-inline-end:.3rem}
        .persona blockquote{margin:.6rem 0;padding-inline-start:.8rem;border-inline-start:3px solid var(--line);font-style:italic}
        .persona blockquote p{margin:0}
        .persona dl{margin:.5rem 0 0;font-size:.9rem}
        .persona-lists{columns:2 13rem;column-gap:1.5rem}
        .persona-lists div{break-inside:avoid;margin-bottom:.4rem}
        .persona dt{font-weight:600}
        .persona dd{margin:0}
        .persona ul{margin:0;padding-inline-start:1.1rem}
        .persona-attributes{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem}
        .persona-attributes dt{font-weight:400;color:var(--muted)}
        .chain-heading{margin-top:1.4rem}
        .chain{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;list-style:none;padding:0;margin:.4rem 0 1rem}
        .chain li{display:flex;align-items:center;gap:.4rem}
        .chain-step{background:var(--card);border:1px solid var(--card-border);border-radius:6px;padding:.3rem .7rem}
        .chain-arrow{display:inline-block;color:var(--muted);font-weight:700}
        [dir=rtl] .chain-arrow{transform:scaleX(-1)}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:flex-start;margin:0 0 .8rem;\
        padding:.6rem .8rem;border:1px solid var(--line);border-radius:6px;background:var(--band)}
        .filters fieldset{border:0;margin:0;padding:0;min-width:0}
        .filters legend{font-weight:600;padding:0;margin:0 0 .2rem}
        .filter-options{display:flex;flex-wrap:wrap;gap:.1rem 1rem}
        .filters label{white-space:nowrap}
        .filters select{font:inherit;color:var(--text);background:var(--card);border:1px solid var(--card-border);\
        border-radius:4px;padding:.1rem .3rem}
        .filter-status{color:var(--muted);margin:0;flex-basis:100%}
        .table-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px;background:var(--page)}
        table.journey{border-collapse:separate;border-spacing:0;table-layout:fixed}
        table.journey caption{text-align:start;font-weight:700;font-size:1.1rem;padding:.6rem .8rem}
        table.journey th,table.journey td{border-inline-end:1px solid var(--line);border-top:1px solid var(--line);\
        vertical-align:top;text-align:start;padding:.5rem;overflow-wrap:anywhere}
        table.journey th.stage{background:var(--stage)}
        .stage-name{display:block;font-size:1.05rem}
        .stage-goal,.stage-description,.stage-meta{display:block;font-weight:400;color:var(--muted);font-size:.88rem;\
        margin-top:.15rem}
        .stage-goal{color:var(--text)}
        .steps{font-weight:400;font-size:.85rem;margin:.3rem 0 0;padding-inline-start:1.2rem}
        table.journey th.lane-head,table.journey th.curve-head,table.journey .corner{position:sticky;inset-inline-start:0;z-index:1;\
        background:var(--lane)}
        table.journey .corner{z-index:2}
        .lane-description{display:block;font-weight:400;color:var(--muted);font-size:.85rem;margin-top:.15rem}
        table.journey tbody tr:nth-child(even) td{background:var(--band)}
        .items{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.45rem}
        .item{background:var(--card);border:1px solid var(--card-border);border-inline-start:4px solid var(--accent-custom);\
        border-radius:5px;padding:.35rem .5rem;break-inside:avoid}
        .item p{margin:0}
        .item-kind{display:block;font-size:.76rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
        .icon{display:inline-block;min-width:1.1em;font-style:normal}
        .item-detail,.item-meta{color:var(--muted);font-size:.86rem}
        .item .item-detail,.item .item-meta{margin-top:.2rem}
        .score{font-weight:700}
        .kpi-bar{display:block;width:100%;height:.55rem;margin-top:.25rem}
        .kpi-status{font-weight:600}.kpi-status.on-target{color:var(--on-target)}\
        .kpi-status.off-target{color:var(--off-target)}
        .tags,.activities{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:.3rem 0 0}
        .tags li,.activities li{background:var(--chip);border-radius:999px;padding:0 .45rem;font-size:.78rem}
        .item-links{margin:.25rem 0 0;padding-inline-start:1.1rem;font-size:.86rem}
        .item.kind-pain-point{background:var(--pain);border-inline-start:6px double var(--accent-pain-point)}
        .item.kind-key-moment{background:var(--key);border:2px solid var(--accent-key-moment);\
        border-inline-start-width:6px}
        .item.kind-opportunity{background:var(--opportunity);border-inline-start:4px dashed var(--accent-opportunity)}
        table.journey tbody tr.curve-row td.curve-cell{padding:.25rem 0;background:var(--chart)}
        .curve-cell svg{display:block;width:100%;height:auto}
        .curve-note{color:var(--muted);font-size:.85rem;margin:.4rem 0 0}
        .transition-list{padding-inline-start:1.2rem}
        .transition-list li{margin:.2rem 0}
        .back-marker{color:var(--arrow);font-weight:700}
        .legend-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.6rem;list-style:none;\
        padding:0;margin:0}
        .legend-list .item p{font-size:.86rem}
        .page-footer{color:var(--muted);font-size:.85rem;margin:2rem 0 1.5rem}
        .page-footer code{overflow-wrap:anywhere}

        """

    static let layoutAccents: String = {
        accentKinds.map { ".item.kind-\($0.rawValue){border-inline-start-color:var(--accent-\($0.rawValue))}" }.joined()
    }()

    /// Stages one below the other on narrow screens; each cell names its lane.
    static let narrowLayout = """
        .table-scroll{overflow:visible;border:0}\
        table.journey{display:flex;flex-direction:column;width:100%}\
        table.journey thead,table.journey tbody,table.journey tr{display:contents}\
        table.journey colgroup,table.journey .corner,table.journey th.lane-head{display:none}\
        table.journey caption{order:-1;padding:0 0 .4rem}\
        table.journey th,table.journey td{display:block;border:1px solid var(--line);border-top:0}\
        table.journey th.stage{margin-top:1rem;border-top:1px solid var(--line);border-radius:6px 6px 0 0}\
        table.journey td::before{content:attr(data-label);display:block;font-weight:700;font-size:.85rem;\
        margin-bottom:.25rem}\
        table.journey td:empty{display:none}\
        table.journey .curve-row th{margin-top:1rem;border-top:1px solid var(--line);background:var(--lane)}\
        table.journey td.curve-cell::before{content:none}
        """

    /// Paper: the whole table on the page width, headers repeated, cards never cut.
    static let printLayout = """
        @media print{\
        body{font-size:8.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
        .page-header,main,.page-footer{padding:0}\
        .filters,.skip-link{display:none!important}\
        .table-scroll{overflow:visible;border:0}\
        table.journey{width:100%!important}\
        col.lane-col{width:8rem}\
        table.journey th.lane-head,table.journey th.curve-head,table.journey .corner{position:static}\
        table.journey thead{display:table-header-group}\
        .item,.persona,.chain li,.curve-row{break-inside:avoid}\
        h2{break-after:avoid}\
        a{color:inherit}\
        .item-links a[href]::after{content:" (" attr(href) ")"}\
        }

        """
}
