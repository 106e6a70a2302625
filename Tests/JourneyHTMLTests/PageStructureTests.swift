import Foundation
import JourneyHTML
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("The page's structure")
struct PageStructureTests {
    @Test func isAnHTML5DocumentInTheMapsLanguage() throws {
        let page = try RenderedPage(SampleMaps.everyField)
        #expect(page.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        let html = try #require(page.tree.first("html"))
        #expect(html.children("head").count == 1)
        #expect(html.children("body").count == 1)
        #expect(page.tree.first("meta")?.attribute("charset") == "utf-8")
        #expect(page.tree.first("title")?.textContent == "Every field")
    }

    @Test func fallsBackToEnglishWhenTheLanguageIsMissingOrNotATag() throws {
        var map = SampleMaps.clean
        map.language = nil
        #expect(try RenderedPage(map).tree.first("html")?.attribute("lang") == "en")
        map.language = "de\" onload=\"x"
        let page = try RenderedPage(map, format: JourneyHTMLFormat(embedsSource: false))
        #expect(page.tree.first("html")?.attribute("lang") == "en")
        #expect(page.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        map.language = "de-CH"
        #expect(try RenderedPage(map).tree.first("html")?.attribute("lang") == "de-CH")
    }

    @Test func headsEveryStageColumnWithItsNameAndGoal() throws {
        let map = SampleMaps.everyField
        let page = try RenderedPage(map)
        let table = try #require(page.table)
        #expect(table.first("caption")?.textContent == map.title)
        let headers = try #require(table.first("thead")).all("th")
        #expect(headers.count == map.stages.count)
        for (header, stage) in zip(headers, map.stages) {
            #expect(header.attribute("scope") == "col")
            #expect(header.all(class: "stage-name").first?.textContent == stage.name)
            if let goal = stage.goal {
                #expect(header.all(class: "stage-goal").first?.textContent == "Goal: " + goal)
            }
        }
        #expect(headers[0].all("li").map(\.textContent) == ["Research"])
        #expect(headers[0].all(class: "stage-meta").first?.textContent.contains("2 weeks") == true)
    }

    @Test func headsEveryLaneRowAndListsEachCellsItemsInOrder() throws {
        let map = SampleMaps.everyField
        let page = try RenderedPage(map)
        let rows = page.laneRows
        let knownLanes = Set(map.lanes.map(\.id))
        let lost = map.allItems.filter { !knownLanes.contains($0.laneID) }
        #expect(rows.count == map.lanes.count + (lost.isEmpty ? 0 : 1))
        for (row, lane) in zip(rows, map.lanes) {
            let header = try #require(row.children("th").first)
            #expect(header.attribute("scope") == "row")
            #expect(header.children.first?.textContent == lane.title)
            let cells = row.children("td")
            #expect(cells.count == map.stages.count)
            for (cell, stage) in zip(cells, map.stages) {
                let expected = stage.items.filter { $0.laneID == lane.id }.map { shown($0.text) }
                let texts = cell.all(class: "item-text").map(\.textContent)
                #expect(texts == expected, "lane \(lane.id), stage \(stage.id)")
            }
        }
    }

    @Test(arguments: 0..<60)
    func showsEveryItemOfGeneratedMaps(seed: Int) throws {
        var generator = MapGenerator(seed: UInt64(seed))
        let map = generator.map()
        let page = try RenderedPage(map)
        let shownTexts = page.laneRows.flatMap { $0.all(class: "item-text").map(\.textContent) }
        #expect(shownTexts.sorted() == map.allItems.map { shown($0.text) }.sorted(), "seed \(seed)")
        let stageHeaders = try #require(page.table?.first("thead")).all("th")
        #expect(stageHeaders.count == map.stages.count)
        for (header, stage) in zip(stageHeaders, map.stages) {
            let name = stage.name.isEmpty ? stage.id : stage.name
            #expect(header.all(class: "stage-name").first?.textContent == shown(name), "seed \(seed)")
        }
    }

    @Test func rendersEmptyMapsAndMapsWithoutLanes() throws {
        let empty = JourneyMap(id: "empty", title: " ")
        let page = try RenderedPage(empty)
        #expect(page.tree.first("title")?.textContent == "Journey map")
        #expect(page.table?.first("thead")?.all("th").isEmpty == true)
        #expect(page.laneRows.isEmpty)
        #expect(try JourneyMap(try empty.export(as: .html), format: .html) == empty)

        var laneless = JourneyMap(id: "laneless", title: "No lanes")
        laneless.stages = [
            Stage(id: "s1", name: "", items: [Item(id: "i1", kind: .action, laneID: "actions", text: "Acts")])
        ]
        let lanelessPage = try RenderedPage(laneless)
        #expect(lanelessPage.table?.first("thead")?.all("th").first?.textContent == "s1")
        #expect(lanelessPage.laneRows.map { $0.attribute("data-lane") } == ["other"])
        #expect(lanelessPage.laneRows.first?.all(class: "item-text").map(\.textContent) == ["Acts"])
    }

    @Test func putsItemsOfUnknownLanesInARowOfTheirOwn() throws {
        var map = SampleMaps.clean
        map.stages[0].items.append(Item(id: "stray", kind: .note, laneID: "nowhere", text: "Stray item"))
        let page = try RenderedPage(map)
        let last = try #require(page.laneRows.last)
        #expect(last.attribute("data-lane") == "other")
        #expect(last.all(class: "item-text").map(\.textContent) == ["Stray item"])
    }

    @Test func keepsHeadingsInOrder() throws {
        for map in [SampleMaps.everyField, SampleMaps.clean] {
            let page = try RenderedPage(map)
            let levels = page.tree.descendants.compactMap { node -> Int? in
                guard node.name.count == 2, node.name.first == "h", let level = Int(node.name.dropFirst()) else {
                    return nil
                }
                return level
            }
            #expect(levels.first == 1)
            #expect(levels.filter { $0 == 1 }.count == 1)
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "heading levels \(levels)")
            }
        }
    }

    @Test func showsPersonasAndTheApprovalChainAsAChain() throws {
        let map = SampleMaps.everyField
        let page = try RenderedPage(map)
        let section = try #require(page.tree.all("section").first { $0.classes.contains("personas") })
        #expect(section.first("h2")?.textContent == "Buying committee")
        let cards = section.all(class: "persona")
        #expect(cards.map { $0.first("h3")?.textContent } == ["Lead", "Head"])
        #expect(cards[0].textContent.contains("Decision role: Initiator"))
        #expect(cards[0].textContent.contains("Reports to Head"))
        #expect(cards[0].first("blockquote")?.textContent == "I just want to see who does what.")
        let chain = try #require(section.all("ol").first { $0.classes.contains("chain") })
        #expect(chain.children("li").map { $0.first("strong")?.textContent } == ["Lead", "Head"])
        #expect(chain.all(class: "chain-arrow").count == 1)
    }

    @Test func endsAChainThatLoopsOrLeavesTheMapWithANote() throws {
        var map = SampleMaps.everyField
        map.personas[1].reportsTo = "lead"
        let looping = try RenderedPage(map)
        #expect(looping.tree.all(class: "chain").first?.textContent.contains("(again: the chain loops)") == true)
        map.personas[1].reportsTo = "board"
        let leaving = try RenderedPage(map)
        #expect(leaving.tree.all(class: "chain").first?.textContent.contains("board (not among the personas)") == true)
    }

    @Test func marksPainPointsAndKeyMomentsByMoreThanColour() throws {
        let page = try RenderedPage(SampleMaps.everyField)
        let pain = try #require(page.tree.all(class: "kind-pain-point").first { $0.name == "li" })
        #expect(pain.all(class: "item-kind").first?.textContent == "\u{26A0}Pain point \u{00B7} severity high")
        #expect(pain.all(class: "icon").first?.attribute("aria-hidden") == "true")
        let key = try #require(page.tree.all(class: "kind-key-moment").first { $0.name == "li" })
        #expect(key.all(class: "item-kind").first?.textContent == "\u{2605}Key moment \u{00B7} priority high")
    }

    @Test func showsKPIsAgainstTheirTargets() throws {
        let page = try RenderedPage(SampleMaps.everyField)
        let kpi = try #require(page.tree.all(class: "kpi").first)
        #expect(
            kpi.textContent
                == "Conversion rate \u{00B7} value 1.5% \u{00B7} target \u{2265} 2.25% \u{00B7} \u{2717} off target")
        #expect(kpi.all(class: "off-target").first?.textContent == "\u{2717} off target")
        let meter = try #require(page.tree.first("meter"))
        #expect(meter.attribute("value") == "1.5")
        #expect(meter.attribute("max") == "2.25")
        #expect(meter.attribute("low") == "2.25" && meter.attribute("optimum") == "2.25")
        #expect(meter.attribute("aria-label") == "1.5% of the target \u{2265} 2.25%")
    }

    @Test func tellsKPIsOnAndOffTargetInTheirDirectionByWordAndColour() throws {
        let map = JourneyMap(title: "KPIs", language: "de") {
            Stage("Retention") {
                KPI("Churn", kind: .churnRate, value: 41, target: 25, unit: "%")
                KPI("Trial conversion", kind: .conversionRate, value: 45, target: 40, unit: "%")
                KPI("Umsatz", value: 420_000, unit: "EUR")
            }
        }
        let page = try RenderedPage(map)
        let kpis = page.tree.all(class: "kpi")
        #expect(kpis.count == 3)
        #expect(
            kpis[0].textContent
                == "Abwanderungsrate \u{00B7} Wert 41% \u{00B7} Ziel \u{2264} 25% \u{00B7} \u{2717} Ziel verfehlt")
        #expect(kpis[1].all(class: "on-target").first?.textContent == "\u{2713} Ziel erreicht")
        #expect(kpis[2].textContent == "Wert 420.000 EUR")
        let meters = page.tree.all("meter")
        #expect(meters.first?.attribute("high") == "25" && meters.first?.attribute("optimum") == "0")
        #expect(
            page.html.contains("--off-target:#b42318")
                && page.html.contains(".kpi-status.off-target{color:var(--off-target)}"))
    }

    @Test func listsActivitiesAfterTheTags() throws {
        var map = SampleMaps.clean
        map.stages[0].items[2].tags = ["paid"]
        map.stages[0].items[2].activities = ["pricing_view", "<b>sign&up</b> \"now\"", "two\nlines"]
        let page = try RenderedPage(map)
        let lists = page.tree.all(class: "activities")
        #expect(lists.count == 1)
        let list = try #require(lists.first)
        #expect(list.name == "ul" && list.attribute("aria-label") == "Event activities")
        #expect(list.children("li").map(\.textContent) == ["pricing_view", "<b>sign&up</b> \"now\"", "two\nlines"])
        #expect(page.html.contains("<li>&lt;b&gt;sign&amp;up&lt;/b&gt; \"now\"</li>"))
        let item = try #require(list.parent)
        let classes = item.children.map(\.classes)
        let tags = try #require(classes.firstIndex { $0.contains("tags") })
        let activities = try #require(classes.firstIndex { $0.contains("activities") })
        #expect(tags < activities)
        #expect(try RenderedPage(SampleMaps.clean).tree.all(class: "activities").isEmpty)
    }

    @Test func theMapComesBeforeThePersonasWhichTheHeaderLinksTo() throws {
        let map = SampleMaps.clean
        let page = try RenderedPage(map)
        let journey = try #require(page.html.range(of: "id=\"journey\""))
        let personas = try #require(page.html.range(of: "class=\"personas\""))
        #expect(journey.lowerBound < personas.lowerBound)
        let links = page.tree.all(class: "persona-links").flatMap { $0.children("a") }
        #expect(links.map(\.textContent) == map.personas.map { $0.name.isEmpty ? $0.id : $0.name })
        for (index, link) in links.enumerated() {
            #expect(link.attribute("href") == "#persona-\(index + 1)")
            #expect(page.html.contains("id=\"persona-\(index + 1)\""))
        }
    }

    @Test func theHeaderOfABuyingOrganizationNamesTheBuyingCommittee() throws {
        var map = SampleMaps.clean
        let line = { (page: RenderedPage) in page.tree.all(class: "persona-links").first?.textContent ?? "" }
        #expect(line(try RenderedPage(map)).hasPrefix("Personas: "))
        map.kind = .b2b
        #expect(line(try RenderedPage(map)).hasPrefix("Buying committee: "))
        map.language = "de"
        #expect(line(try RenderedPage(map)).hasPrefix("Buying Center: "))
        map.language = "fr"
        #expect(line(try RenderedPage(map)).hasPrefix("Comité d'achat : "))
    }

    @Test func linksOnlyHTTPAndMailtoAddresses() throws {
        var map = SampleMaps.clean
        map.stages[0].items[0].links = [
            Link("https://example.com/a?b=1&c=2", title: "Report"), Link("mailto:team@example.com"),
            Link("javascript:alert(1)", title: "Click"), Link("ftp://example.com/file"),
        ]
        let page = try RenderedPage(map)
        // Links within the page (the skip link, the personas' names in the header) are not addresses.
        let anchors = page.tree.all("a").filter { $0.attribute("href")?.hasPrefix("#") == false }
        #expect(anchors.map { $0.attribute("href") } == ["https://example.com/a?b=1&c=2", "mailto:team@example.com"])
        #expect(anchors.allSatisfy { $0.attribute("rel") == "noopener noreferrer" })
        #expect(page.html.contains("href=\"https://example.com/a?b=1&amp;c=2\""))
        let texts = page.tree.all(class: "item-links").flatMap { $0.children("li") }.map(\.textContent)
        #expect(
            texts.contains("Click (javascript:alert(1)) \u{2014} not linked: only http, https and mailto addresses are")
        )
        #expect(texts.contains { $0.hasPrefix("ftp://example.com/file") })
    }

    @Test func alignsTheEmotionCurveWithTheStageColumns() throws {
        let map = SampleMaps.everyField
        let page = try RenderedPage(map)
        let rows = try #require(page.table?.first("tbody")).children("tr")
        let curveIndex = try #require(rows.firstIndex { $0.classes.contains("curve-row") })
        let emotionsLane = try #require(map.lanes.firstIndex { $0.kind == .emotions })
        #expect(curveIndex == emotionsLane + 1)
        let cell = try #require(rows[curveIndex].first("td"))
        #expect(cell.attribute("colspan") == "\(map.stages.count)")
        let svg = try #require(cell.first("svg"))
        #expect(svg.attribute("viewbox")?.hasPrefix("0 0 400 ") == true)
        #expect(svg.attribute("role") == "img")
    }

    @Test(arguments: [1e19, 1e308, -1e300])
    func drawsScoresFarOutsideTheBand(score: Double) throws {
        var map = SampleMaps.clean
        let emotion = try #require(map.stages[1].items.firstIndex { $0.score != nil })
        map.stages[1].items[emotion].score = EmotionScore(score)
        let page = try RenderedPage(map)
        let svg = try #require(page.tree.all(class: "curve-row").first?.first("svg"))
        #expect(svg.attribute("role") == "img")
        #expect(page.html.contains(DisplayText.score(score)))
    }

    @Test func leavesTheCurveOutWhenNothingIsScored() throws {
        var map = SampleMaps.clean
        for index in map.stages.indices { map.stages[index].items.removeAll { $0.score != nil } }
        let page = try RenderedPage(map)
        #expect(page.tree.first("svg") == nil)
        #expect(page.tree.all(class: "curve-row").isEmpty)
    }

    @Test func offersFiltersThatStayHiddenWithoutJavaScript() throws {
        let map = SampleMaps.everyField
        let page = try RenderedPage(map)
        let filters = try #require(page.tree.element(id: "journey-filters"))
        #expect(filters.has("hidden"))
        let options = try #require(page.tree.element(id: "filter-persona")).all("option")
        #expect(options.map(\.textContent) == ["All personas", "Lead", "Head"])
        let boxes = filters.all("input")
        #expect(boxes.count == map.lanes.count + 1)
        #expect(boxes.allSatisfy { $0.has("checked") })
        // Nothing else in the page is hidden: without the script, the whole map shows.
        let hidden = page.tree.descendants.filter { $0.has("hidden") }
        #expect(hidden.map { $0.attribute("id") } == ["journey-filters"])
        let items = page.table?.all("li").filter { $0.has("data-personas") } ?? []
        #expect(items.count == map.allItems.count)
        let emotion = try #require(items.first { $0.textContent.contains("Anxious") })
        #expect(emotion.attribute("data-personas") == "p2")
    }

    @Test func writesNoScriptWhenNotInteractive() throws {
        let page = try RenderedPage(SampleMaps.everyField, format: JourneyHTMLFormat(interactive: false))
        #expect(page.tree.element(id: "journey-filters") == nil)
        let scripts = page.tree.all("script")
        #expect(scripts.map { $0.attribute("type") } == ["application/vnd.journeykit.map+xml"])
        #expect(page.html.contains("script-src 'none'"))
    }

    @Test func writesTheSameBytesEveryTime() throws {
        let map = SampleMaps.everyField
        let first = try map.export(as: .html)
        #expect(try map.export(as: .html) == first)
        var generator = MapGenerator(seed: 7)
        let generated = generator.map()
        #expect(try generated.export(as: .html) == (try generated.export(as: .html)))
    }
}

/// A grid of thousands of stages by thousands of lanes is mostly empty: the page grows with the
/// items, lanes and stages, not with their product.
@Suite("Pages of large empty grids")
struct LargeGridTests {
    /// `size` stages by `size` lanes with a card in one cell of every `spacing`-th stage.
    static func sparseGrid(size: Int, spacing: Int) -> JourneyMap {
        var map = JourneyMap(id: "grid", title: "Grid")
        for lane in 0..<size { map.lanes.append(Lane(id: "l\(lane)", kind: .actions, title: "Lane \(lane)")) }
        for stage in 0..<size {
            var items: [Item] = []
            if stage % spacing == 0 {
                items.append(Item(id: "i\(stage)", kind: .action, laneID: "l\(stage)", text: "Card \(stage)"))
            }
            map.stages.append(Stage(id: "s\(stage)", name: "Stage \(stage)", items: items))
        }
        return map
    }

    @Test func runsOfEmptyCellsAreOneCellSpanningThem() throws {
        let map = Self.sparseGrid(size: 12, spacing: 5)
        let page = try RenderedPage(map)
        for (index, row) in page.laneRows.enumerated() {
            let cells = row.children("td")
            // Every row spans all the stage columns.
            let spanned = cells.reduce(0) { $0 + (Int($1.attribute("colspan") ?? "1") ?? 1) }
            #expect(spanned == 12, "row \(index)")
            let hasCard = index % 5 == 0
            #expect(cells.count == (hasCard ? (index == 0 ? 2 : 3) : 1), "row \(index)")
            if hasCard {
                let full = try #require(cells.first { $0.first("ul") != nil })
                #expect(full.attribute("class") == "stage-col-\(index + 1)" && full.attribute("colspan") == nil)
            }
            for cell in cells where cell.attribute("colspan") != nil {
                // The column lines inside a spanning cell come from its span class.
                #expect(cell.classes.contains("gap") && cell.classes.contains("span-\(cell.attribute("colspan")!)"))
            }
        }
        let css = try #require(page.tree.first("style")).textContent
        // Spans of 12 (empty rows), 11 (after stage 0), 5, 6, 10 (around the cards of rows 5 and 10).
        for span in [5, 6, 10, 11, 12] { #expect(css.contains(".span-\(span){--span:\(span)}")) }
        #expect(!css.contains(".span-1{"))
    }

    @Test func aLargeEmptyGridGivesAPageThatGrowsWithItsStagesAndLanes() throws {
        let map = Self.sparseGrid(size: 800, spacing: 40)
        let html = try map.export(as: .html(interactive: true))
        // Heads, filters, the style rule of each stage column, the embedded map and the cards: a few
        // hundred bytes per stage and lane. One empty cell each was 50 MB for 800 × 800.
        #expect(html.count < (800 + 800) * 1_000)
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.components(separatedBy: "<td").count - 1 <= 800 * 3)
    }
}
