import Foundation
import JourneyModel
import JourneySVG
import JourneyXMLCore
import Testing

@testable import JourneySVG

/// Maps in languages written from right to left are drawn mirrored.
@Suite("Right-to-left drawings")
struct RightToLeftTests {
    /// The first rectangle of the element with an identifier: a stage's head, a lane's head, a card.
    private func box(_ svg: RenderedSVG, id: String) throws -> (x: Double, width: Double) {
        let group = try #require(svg.element(id: id), "no element \(id)")
        let rect = try #require(group.descendants.first { $0.localName == "rect" })
        return (try #require(rect.number("x")), try #require(rect.number("width")))
    }

    @Test func writingDirectionFollowsTheLanguage() {
        for tag in ["ar", "ar-EG", "he", "he-IL", "fa", "ur", "az-Arab", "yi"] {
            #expect(WritingDirection(language: tag) == .rightToLeft, "\(tag)")
        }
        for tag in [nil, "", "en", "ja", "zh-Hant", "tl", "ar-Latn", "arn", "mul"] {
            #expect(WritingDirection(language: tag) == .leftToRight, "\(tag ?? "nil")")
        }
    }

    @Test func anArabicMapRunsItsStagesFromTheRight() throws {
        let svg = try RenderedSVG(LanguageFixtures.map("ar"))
        #expect(svg.root.attribute("direction") == "rtl")
        #expect(svg.root.attribute("lang") == "ar")
        let first = try box(svg, id: "jm-lang-ar-stage-s0")
        let last = try box(svg, id: "jm-lang-ar-stage-s2")
        #expect(first.x > last.x)
        // Lane titles stand at the right of the stages.
        let lane = try box(svg, id: "jm-lang-ar-lane-actions")
        #expect(lane.x > first.x + first.width - 0.01)
    }

    @Test func mirroringIsTheSameLayoutReflected() throws {
        let hebrew = LanguageFixtures.map("he")
        let ltr = try RenderedSVG(hebrew, format: JourneySVGFormat(locale: "he-Latn"))
        let rtl = try RenderedSVG(hebrew)
        #expect(ltr.root.attribute("direction") == nil)
        #expect(rtl.root.attribute("direction") == "rtl")
        let width = try #require(ltr.root.number("width"))
        #expect(rtl.root.number("width") == width)
        for id in ["stage-s0", "stage-s1", "stage-s2", "lane-actions", "item-a0", "item-pp1", "transition-back"] {
            let left = try box(ltr, id: "jm-lang-he-" + id)
            let right = try box(rtl, id: "jm-lang-he-" + id)
            #expect(abs(right.x - (width - left.x - left.width)) < 0.02, "\(id)")
            #expect(right.width == left.width)
        }
    }

    /// Every position in the drawing is reflected, whatever code wrote it: a drawing that bypassed
    /// the mirror would leave a rectangle, a text or a path where it was.
    @Test func everyPositionIsReflected() throws {
        // Arabic in Latin letters has the Arabic chrome and runs left to right: the same words.
        let map = LanguageFixtures.map("ar")
        let ltr = try RenderedSVG(map, format: JourneySVGFormat(locale: "ar-Latn"))
        let rtl = try RenderedSVG(map, format: JourneySVGFormat(locale: "ar"))
        let width = try #require(ltr.root.number("width"))
        let mirror = HorizontalMirror(width: width)
        // What is drawn, outside `<defs>`, whose shapes keep their own coordinates.
        func drawn(_ svg: RenderedSVG) -> [XMLElement] {
            var result: [XMLElement] = []
            func visit(_ element: XMLElement) {
                guard element.localName != "defs" else { return }
                if ["rect", "text", "tspan", "path", "use"].contains(element.localName) { result.append(element) }
                for child in element.children { visit(child) }
            }
            visit(svg.root)
            return result
        }
        let before = drawn(ltr)
        let after = drawn(rtl)
        #expect(before.count == after.count && before.count > 100)
        for (left, right) in zip(before, after) {
            #expect(left.localName == right.localName)
            switch left.localName {
            case "rect":
                let x = try #require(left.number("x"))
                let w = try #require(left.number("width"))
                #expect(
                    abs(try #require(right.number("x")) - mirror.x(x, extent: w)) < 0.02,
                    "\(left.localName) \(left.attribute("class") ?? "")")
            case "path":
                #expect(
                    right.attribute("d") == mirror.path(try #require(left.attribute("d"))),
                    "\(left.localName) \(left.attribute("class") ?? "")")
            default:
                guard let x = left.number("x") else {
                    #expect(right.number("x") == nil)
                    continue
                }
                let reflected = try #require(right.number("x"))
                // Points (text anchors, markers) reflect as points; icons by their size.
                #expect(
                    abs(reflected - mirror.x(x)) < 20 && reflected <= mirror.x(x) + 0.02,
                    "\(left.localName) \(left.attribute("class") ?? "")")
            }
        }
    }

    @Test func textStartsAtTheRightEdgeOfItsBox() throws {
        var map = LanguageFixtures.map("ar")
        // A card whose text starts in Latin letters, as a product name would.
        map.stages[0].items.insert(
            Item(id: "latin", kind: .action, laneID: "actions", text: "Mobile banking app: تطبيق البنك"), at: 1)
        let svg = try RenderedSVG(map)
        var arabic = 0
        var latin = 0
        for id in ["jm-lang-ar-item-a0", "jm-lang-ar-item-latin"] {
            let card = try #require(svg.element(id: id))
            let rect = try #require(card.descendants.first { $0.localName == "rect" })
            let right = try #require(rect.number("x")) + (try #require(rect.number("width")))
            let texts = card.descendants.filter { $0.localName == "text" || $0.localName == "tspan" }
            #expect(!texts.isEmpty)
            for text in texts {
                if let x = text.number("x") {
                    // Inside the card, near its right edge.
                    #expect(x < right && x > right - 30, "\(text.drawnText) at \(x), card ends at \(right)")
                }
                guard text.localName == "text" else { continue }
                // Arabic starts there, reading leftwards; text starting in Latin letters ends there.
                if text.drawnText.first.map({ $0.isASCII }) == true {
                    latin += 1
                    #expect(text.attribute("text-anchor") == "end" && text.attribute("direction") == "ltr")
                } else {
                    arabic += 1
                    #expect(text.attribute("text-anchor") == nil && text.attribute("direction") == nil)
                }
            }
        }
        #expect(arabic > 0 && latin > 0)
        // The curve's scale has no letters: "+2" reads left to right, at the plot's right edge.
        let scale = svg.elements(named: "text").filter { $0.drawnText == "+2" }
        #expect(scale.count == 1 && scale.allSatisfy { $0.attribute("text-anchor") == "end" })
    }

    @Test func theCurveAndTheArrowsRunTheOtherWay() throws {
        let svg = try RenderedSVG(LanguageFixtures.map("ar"))
        // The curve's markers are drawn in its points, with their labels.
        let markers = svg.elements(class: "point").flatMap(\.children).filter { $0.localName == "use" }
        let points = markers.compactMap { $0.number("x") }
        #expect(points.count >= 3)
        // One persona, one point per stage, stages in journey order: x falls.
        let curve = Array(points.prefix(3))
        #expect(curve == curve.sorted(by: >), "\(curve)")
        // The transition goes back from the third stage to the second, which is to its right now.
        let transition = try #require(svg.element(id: "jm-lang-ar-transition-back"))
        let arrow = try #require(transition.descendants.first { $0.attribute("class") == "arrow" })
        let path = try #require(arrow.attribute("d"))
        let numbers = path.split(whereSeparator: { "ML ".contains($0) }).compactMap { Double($0) }
        #expect(numbers.count == 4)
        #expect(numbers[0] < numbers[2], "\(path)")
        // Its label reads from the right: the arrow between the stage names points left.
        #expect(transition.drawnText.contains("الاستخدام الأول \u{2190} التقديم"))
        #expect(HorizontalMirror.turningArrows("a → b ← c") == "a ← b → c")
    }

    @Test func textReadsInTheDirectionOfItsFirstLetter() {
        #expect(HorizontalMirror.readsRightToLeft(["تقارن بين ثلاثة بنوك"]))
        #expect(HorizontalMirror.readsRightToLeft(["12 – מחלקת השכר"]))
        #expect(!HorizontalMirror.readsRightToLeft(["Action"]))
        #expect(!HorizontalMirror.readsRightToLeft(["+2"]))
        #expect(!HorizontalMirror.readsRightToLeft(["KPI · متفائلة"]))
        #expect(!HorizontalMirror.readsRightToLeft(["顧客 עברית"]))
    }

    @Test func pathDataIsMirroredPointByPoint() {
        let mirror = HorizontalMirror(width: 100)
        #expect(mirror.path("M10 20L30 40C1 2 3 4 5 6Z") == "M90 20L70 40C99 2 97 4 95 6Z")
        #expect(mirror.path("M-5 0H20V7h-3l2 1Z") == "M105 0H80V7h3l-2 1Z")
        #expect(mirror.path("M0 0A5 5 30 1 0 10 0") == "M100 0A5 5 -30 1 1 90 0")
        #expect(mirror.path("M10.5,1e1 L20 0") == "M89.5 10L80 0")
        #expect(mirror.path("nonsense") == "nonsense")
        #expect(mirror.x(10, extent: 30) == 60)
    }

    @Test func aLeftToRightMapIsUnchanged() throws {
        let map = LanguageFixtures.map("de")
        let plain = try map.export(as: .svg)
        #expect(!String(decoding: plain, as: UTF8.self).contains("direction="))
    }
}
