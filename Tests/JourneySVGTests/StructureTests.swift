import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import JourneyXMLCore
import Testing

/// Removes white space, to compare drawn text (wrapped into lines) with the map's text.
private func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
}

@Suite("SVG structure")
struct StructureTests {
    @Test func theFormatDescribesItself() {
        let format: JourneySVGFormat = .svg
        #expect(format.identifier == "svg")
        #expect(format.fileExtensions == ["svg"])
        #expect(format.mediaType == "image/svg+xml")
        #expect(format.theme == .light && format.width == nil && format.fontSize == 13)
        let custom: JourneySVGFormat = .svg(theme: .dark, width: 900, fontSize: 11, lanes: ["actions"], personas: [])
        #expect(custom.theme == .dark && custom.width == 900 && custom.fontSize == 11 && custom.lanes == ["actions"])
    }

    @Test func drawsEveryStageLaneAndCard() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map)
        #expect(svg.root.localName == "svg" && svg.root.namespaceURI == "http://www.w3.org/2000/svg")
        for stage in map.stages {
            let group = try #require(svg.element(id: "jm-every-field-stage-\(stage.id)"))
            #expect(group.attribute("role") == "group")
            let label = try #require(group.attribute("aria-labelledby").flatMap(svg.element(id:)))
            #expect(label.drawnText == stage.name)
            for item in stage.items {
                let card = try #require(
                    group.descendants.first { $0.attribute("id") == "jm-every-field-item-\(item.id)" },
                    "card \(item.id) in stage \(stage.id)")
                #expect(squeezed(card.drawnText).contains(squeezed(item.text)))
                // A card, or a point of the emotion curve with its label.
                if card.classes.contains("card") {
                    #expect(
                        card.children.first?.localName == "rect" && card.children.first?.classes.contains("box") == true
                    )
                } else {
                    #expect(card.classes.contains("point") && item.laneID == "emotions")
                    #expect(card.children.first?.localName == "title")
                    #expect(card.children.contains { $0.localName == "rect" && $0.classes.contains("box") })
                }
            }
        }
        for lane in map.lanes {
            let group = try #require(svg.element(id: "jm-every-field-lane-\(lane.id)"))
            #expect(group.drawnText.hasPrefix(lane.title))
        }
        // Every item is drawn once: scored emotions as points of the curve, the rest as cards.
        let points = svg.elements(class: "point")
        #expect(svg.elements(class: "card").count + points.count == map.allItems.count)
        #expect(points.count == map.allItems.filter { $0.laneID == "emotions" && $0.score != nil }.count)
    }

    @Test func readsStageByStage() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map)
        let stageIDs = svg.elements(class: "stage").compactMap { $0.attribute("id") }
        #expect(stageIDs == map.stages.map { "jm-every-field-stage-\($0.id)" })
        // Every card of a stage comes after every card of the stages before it, and after its head.
        let order = svg.elements.compactMap { $0.attribute("id") }
        var previousLast = -1
        for stage in map.stages {
            let head = try #require(order.firstIndex(of: "jm-every-field-stage-name-\(stage.id)"))
            let positions = try stage.items.map { item in
                try #require(order.firstIndex(of: "jm-every-field-item-\(item.id)"))
            }
            #expect(head > previousLast)
            #expect(positions.allSatisfy { $0 > head })
            previousLast = positions.max() ?? head
        }
    }

    @Test func isAnAccessibleDocumentWithTitleAndDescriptionFirst() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map)
        let root = svg.root
        #expect(root.attribute("role") == "graphics-document")
        let children = root.children
        #expect(children.count > 2)
        #expect(children[0].localName == "title" && children[0].text == map.title)
        #expect(children[1].localName == "desc" && children[1].text.contains(map.summary ?? "-"))
        #expect(root.attribute("aria-labelledby") == children[0].attribute("id"))
        #expect(root.attribute("aria-describedby") == children[1].attribute("id"))
        #expect(root.attribute("lang") == "en-GB")
        #expect(root.attribute("font-family")?.hasPrefix("'DejaVu Sans'") == true)
        // Texts are real text, not outlines.
        #expect(svg.elements(named: "text").count > map.allItems.count)
    }

    @Test func identifiersAreUniqueValidAndMadeFromTheMapsIdentifiers() throws {
        var map = SampleMaps.clean
        map.id = "my map_1"
        map.stages[0].id = "a b"
        map.stages[1].id = "a_b"
        map.stages[0].items[0].id = "ü"
        map.stages[0].items[1].id = "1st"
        map.stages[1].items[0].id = ""
        map.stages[1].items[1].id = ""
        let svg = try RenderedSVG(map)
        let ids = svg.elements.compactMap { $0.attribute("id") }
        #expect(Set(ids).count == ids.count)
        let name = /[A-Za-z_][A-Za-z0-9_.-]*/
        for id in ids { #expect(id.wholeMatch(of: name) != nil, "\(id)") }
        #expect(ids.contains("jm-my_20_map__1-stage-a_20_b"))
        #expect(ids.contains("jm-my_20_map__1-stage-a__b"))
        #expect(ids.contains("jm-my_20_map__1-item-_fc_"))
        #expect(ids.contains("jm-my_20_map__1-item-1st"))
    }

    @Test func numbersHaveAtMostTwoDecimalsAndNeverNegativeZero() throws {
        var generator = MapGenerator(seed: 7)
        for _ in 0..<5 {
            let svg = try RenderedSVG(generator.map(), format: .svg(fontSize: 13.37))
            for element in svg.elements {
                for name in ["x", "y", "width", "height", "rx"] {
                    guard let value = element.attribute(name) else { continue }
                    #expect(value.wholeMatch(of: /-?[0-9]+(\.[0-9]{1,2})?/) != nil, "\(name)=\(value)")
                    #expect(value != "-0")
                }
            }
        }
    }

    @Test func writesTheSameBytesForTheSameMapAndOptions() throws {
        for theme in SVGTheme.builtIn {
            let format = JourneySVGFormat(theme: theme, width: 1200)
            let map = Fixtures.multilingual
            #expect(try map.export(as: format) == (try map.export(as: format)))
        }
        for seed in 0..<30 {
            var generator = MapGenerator(seed: UInt64(seed))
            let map = generator.map()
            let first = try map.export(as: .svg)
            #expect(try map.export(as: .svg) == first, "seed \(seed)")
            _ = try XMLDocument(data: first)
        }
    }

    @Test func drawsTheHeaderWithKindAndBuyingCommittee() throws {
        let svg = try RenderedSVG(Fixtures.multilingual)
        let header = try #require(svg.elements(class: "header").first)
        let text = header.drawnText
        for expected in [
            "B2B", "To-be", "Buyer journey", "Buying committee", "Zoë Ångström", "Decision maker", "Approver",
            "Approves the purchase", "Reports to 山田 健二",
            "Approval: Maria Santos (gatekeeper) → Zoë Ångström (decision maker) → 山田 健二 (approver)",
        ] {
            #expect(text.contains(expected), "header lacks \(expected)")
        }
        let persona = SampleMaps.clean
        let b2c = try RenderedSVG(persona).elements(class: "header").first?.drawnText ?? ""
        #expect(b2c.contains("B2C") && b2c.contains("As-is") && b2c.contains("Persona") && b2c.contains("Anna"))
    }

    @Test func tellsPainPointsOpportunitiesAndKeyMomentsApartByMoreThanColour() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map)
        func card(_ id: String) throws -> XMLElement {
            try #require(svg.element(id: "jm-every-field-item-\(id)"))
        }
        let items = map.stages[0].items
        let pain = try card(try #require(items.first { $0.kind == .painPoint }).id)
        let opportunity = try card(try #require(items.first { $0.kind == .opportunity }).id)
        let key = try card(try #require(items.first { $0.kind == .keyMoment }).id)
        let uses = { (card: XMLElement) in card.descendants.compactMap { $0.attribute("href") } }
        #expect(uses(pain) == ["#jm-every-field-icon-pain"])
        #expect(uses(opportunity) == ["#jm-every-field-icon-opportunity"])
        #expect(uses(key) == ["#jm-every-field-icon-key"])
        #expect(pain.drawnText.hasPrefix("Pain point · High severity"))
        #expect(opportunity.drawnText.hasPrefix("Opportunity · Medium priority"))
        #expect(key.drawnText.hasPrefix("Key moment · High priority"))
        #expect(pain.children[0].classes.contains("b-pain") && opportunity.children[0].classes.contains("b-opp"))
        // The icons are defined once.
        #expect(svg.element(id: "jm-every-field-icon-pain")?.parentIsDefinitions(in: svg) == true)
    }

    @Test func showsKPIValuesAgainstTargetsAndTouchpointChannels() throws {
        let svg = try RenderedSVG(SampleMaps.everyField)
        let kpi = try #require(svg.elements(class: "card").first { $0.drawnText.contains("Visit-to-lead") })
        #expect(kpi.drawnText.contains("1.5% · target ≥ 2.25%"))
        #expect(kpi.drawnText.contains("✗ off target"))
        let value = try #require(kpi.descendants.first { $0.classes.contains("k-off") })
        let track = try #require(kpi.descendants.first { $0.classes.contains("k-track") })
        let ratio = try #require(value.number("width")) / (try #require(track.number("width")))
        #expect(abs(ratio - 1.5 / 2.25) < 0.01)
        let onlyValue = try #require(svg.elements(class: "card").first { $0.drawnText.contains("Win rate") })
        #expect(onlyValue.drawnText.contains("30 · target 25–35") && onlyValue.drawnText.contains("✓ on target"))
        #expect(onlyValue.descendants.contains { $0.classes.contains("k-on") })
        let touchpoint = try #require(svg.elements(class: "card").first { $0.drawnText.contains("Sales call") })
        let chip = try #require(touchpoint.descendants.first { $0.classes.contains("chip") })
        #expect(chip.drawnText == "trade fair")
        let web = try #require(
            svg.elements(class: "card").first { $0.drawnText.contains("Blog") && $0.drawnText.contains("Web") })
        #expect(web.descendants.contains { $0.localName == "a" && $0.attribute("href") == "https://example.com/blog" })
    }

    @Test func drawsTransitionsThatGoBackAsArrows() throws {
        let map = SampleMaps.everyField
        let svg = try RenderedSVG(map)
        let transitions = svg.elements(class: "transition")
        // Every transition is drawn, forward ones too; those that go back are marked.
        #expect(transitions.count == map.transitions.count)
        #expect(
            transitions.filter { $0.classes.contains("back") }.count == map.transitions.filter(map.isBackward).count)
        let back = try #require(transitions.first)
        #expect(back.attribute("id") == "jm-every-field-transition-\(map.transitions[0].id)")
        #expect(back.drawnText.contains("Decision → Awareness") && back.drawnText.contains("Back to research"))
        let arrow = try #require(back.descendants.first { $0.classes.contains("arrow") })
        // From the decision column's centre leftwards to the awareness column's centre.
        let heads = svg.elements(class: "stage-head").map { $0.children[0] }
        let centres = try heads.map { try #require($0.number("x")) + (try #require($0.number("width"))) / 2 }
        let points = try #require(arrow.attribute("d")).split(whereSeparator: { "ML ".contains($0) }).compactMap {
            Double($0)
        }
        // The arrow starts a little short of the middle, so arrows of a chain of moves do not touch.
        #expect(abs(points[0] - centres[1]) <= 13 * 0.7 + 0.01)
        #expect(points[2] > centres[0] && points[2] < centres[1])
        #expect(try RenderedSVG(SampleMaps.clean).elements(class: "transition").isEmpty)
    }

    @Test func hasALegendOfWhatTheMapShows() throws {
        let svg = try RenderedSVG(SampleMaps.everyField)
        let legend = try #require(svg.elements(class: "legend").first).drawnText
        for entry in [
            "Legend", "Pain point", "Opportunity", "Key moment", "Touchpoint", "KPI value", "Neutral (0)", "Goes back",
        ] {
            #expect(legend.contains(entry), "legend lacks \(entry)")
        }
        // A custom kind reads as words, not as its identifier.
        #expect(legend.contains("Compliance check") && !legend.contains("com.example"))
        // The curve's lines are explained beside the curve, in the emotions lane's head.
        let emotions = try #require(svg.element(id: "jm-every-field-lane-emotions")).drawnText
        #expect(emotions.contains("Lead") && emotions.contains("Head"))
        #expect(!legend.contains("Lead"))
    }

    @Test func drawsCustomLanesAndItemsThatNameUndeclaredLanes() throws {
        var map = SampleMaps.clean
        map.stages[0].items.append(Item(id: "stray", kind: "com.example.thing", laneID: "undeclared", text: "Stray"))
        let svg = try RenderedSVG(map)
        #expect(svg.element(id: "jm-clean-lane-undeclared")?.drawnText == "Undeclared")
        #expect(svg.element(id: "jm-clean-item-stray")?.drawnText.contains("Stray") == true)
    }
}

extension XMLElement {
    func parentIsDefinitions(in svg: RenderedSVG) -> Bool {
        svg.elements(named: "defs").contains { $0.children.contains { $0.attribute("id") == attribute("id") } }
    }
}
