import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import Testing

@testable import JourneyHTML

@Suite("Hostile texts stay text")
struct SafetyTests {
    /// Elements and attributes that can run or load something.
    private static let activeElements: Set<String> = [
        "script", "img", "iframe", "object", "embed", "link", "base", "form", "video", "audio", "source", "textarea",
    ]

    @Test func rendersEveryPayloadAsPlainText() throws {
        let page = try RenderedPage(HostileMap.map)
        let scripts = page.tree.all("script")
        #expect(scripts.count == 2)
        #expect(scripts.map { $0.attribute("type") } == ["application/vnd.journeykit.map+xml", nil])
        #expect(page.tree.all("style").count == 2)  // the page's and the emotion curve's
        for node in page.tree.descendants {
            #expect(!Self.activeElements.contains(node.name) || node.name == "script", "element \(node.name)")
            for attribute in node.attributes {
                #expect(!attribute.name.hasPrefix("on"), "\(node.name) has \(attribute.name)")
                #expect(!["srcdoc", "autofocus", "src", "formaction"].contains(attribute.name))
            }
        }
        let texts = Set(page.table?.all(class: "item-text").map(\.textContent) ?? [])
        for payload in HostileMap.payloads + HostileStrings.all {
            #expect(texts.contains(shown(payload)), "payload \(payload)")
        }
        #expect(page.tree.first("title")?.textContent == HostileMap.title)
        #expect(page.tree.first("h1")?.textContent == HostileMap.title)
        #expect(page.tree.first("html")?.attribute("lang") == "en")
    }

    @Test func keepsAttributeValuesWhole() throws {
        let page = try RenderedPage(HostileMap.map)
        let laneTitle = HostileMap.map.lanes[0].title
        let cells = page.laneRows.first?.children("td") ?? []
        #expect(!cells.isEmpty)
        // A run of empty cells is one cell spanning them.
        #expect(
            cells.allSatisfy {
                $0.attribute("data-label") == laneTitle
                    && $0.attributes.count == ($0.attribute("colspan") == nil ? 2 : 3)
            })
        let chain = try #require(page.tree.all(class: "chain").first)
        #expect(chain.attribute("aria-label") == "Approval chain from " + HostileMap.payloads[4])
    }

    @Test func endsEveryRawTextElementOnlyWhereThePageDoes() throws {
        let page = try RenderedPage(HostileMap.map)
        func count(_ needle: String) -> Int { page.html.lowercased().components(separatedBy: needle).count - 1 }
        #expect(count("</script") == 2)
        #expect(count("</style") == 2)
        // The page's title, the curve's and one per point of the curve.
        #expect(count("</title") == page.tree.all("title").count)
        #expect(count("<title") == page.tree.all("title").count)
        #expect(count("<!--") == 0)
        #expect(count("<![cdata[") == 0)
    }

    @Test func makesNoLinkOfAnUnsafeAddress() throws {
        let page = try RenderedPage(HostileMap.map)
        for anchor in page.tree.all("a") {
            let href = try #require(anchor.attribute("href"))
            #expect(href.hasPrefix("https://") || href.hasPrefix("#"), "link \(href)")
        }
        let shownLinks = page.tree.all(class: "item-links").flatMap { $0.children("li") }.map(\.textContent)
        for address in HostileMap.unsafeLinks {
            #expect(shownLinks.contains { $0.contains(shown(address)) && $0.contains("not linked") }, "\(address)")
        }
    }

    @Test func refersToNothingOutsideTheFile() throws {
        for map in [HostileMap.map, SampleMaps.everyField, SampleMaps.clean] {
            let page = try RenderedPage(map)
            for node in page.tree.descendants {
                for attribute in node.attributes {
                    switch attribute.name {
                    case "src", "srcset", "poster", "data", "action", "formaction", "background", "manifest":
                        Issue.record("\(node.name) has \(attribute.name)=\(attribute.value)")
                    case "href", "xlink:href":
                        if node.name != "a" {
                            #expect(attribute.value.hasPrefix("#"), "\(node.name) \(attribute.name)=\(attribute.value)")
                        }
                    default: break
                    }
                }
            }
            for style in page.tree.all("style") {
                #expect(!style.textContent.contains("url("))
                #expect(!style.textContent.contains("@import"))
            }
            #expect(page.tree.all("link").isEmpty)
            #expect(page.html.contains("default-src 'none'"))
        }
    }

    @Test func mentionsNoWebAddressOutsideLinksAndSVGNamespaces() throws {
        var map = SampleMaps.everyField
        for index in map.stages.indices {
            for item in map.stages[index].items.indices { map.stages[index].items[item].links = [] }
        }
        let html = String(decoding: try map.export(as: .html(embedsSource: false)), as: UTF8.self)
        let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        #expect(!withoutNamespaces.contains("http:"))
        #expect(!withoutNamespaces.contains("https:"))
        #expect(!withoutNamespaces.contains("\"//"))
        #expect(!withoutNamespaces.contains("(//"))
    }

    @Test func writesNoTextOfTheMapIntoTheStyleSheet() throws {
        let marker = "QQmarkerQQ"
        var map = SampleMaps.everyField
        map.title = marker
        map.lanes[0].title = marker
        map.lanes[0].kind = LaneKind(marker)
        map.stages[0].name = marker
        map.stages[0].items[0].kind = ItemKind(marker)
        map.stages[0].items[0].text = marker
        map.personas[0].name = marker
        let page = try RenderedPage(map)
        for style in page.tree.all("style") { #expect(!style.textContent.contains(marker)) }
        for node in page.tree.descendants {
            #expect(!node.classes.contains { $0.contains(marker) })
        }
    }

    @Test func allowsExactlyItsOwnScriptByHash() throws {
        let page = try RenderedPage(SampleMaps.clean)
        let script = try #require(page.tree.all("script").first { $0.attribute("type") == nil })
        let digest = Data(SHA256.digest(Array(script.textContent.utf8))).base64EncodedString()
        let policy = try #require(
            page.tree.all("meta").first { $0.attribute("http-equiv") == "Content-Security-Policy" }?.attribute(
                "content"))
        #expect(policy.contains("script-src 'sha256-\(digest)';"))
        #expect(!policy.contains("unsafe-inline';") || policy.contains("style-src 'unsafe-inline'"))
        #expect(!policy.contains("script-src 'unsafe-inline'"))
    }

    @Test func reachesWCAGAAContrastForEveryTextColour() {
        for theme in [SVGThemeChoice.light, .dark] {
            for pair in PageStyle.textPairs(theme.theme) {
                #expect(pair.ratio >= 4.5, "\(theme) \(pair.foreground) on \(pair.background): \(pair.ratio)")
            }
        }
    }

    @Test func keepsItsClassesApartFromTheEmotionCurvesStyleSheet() throws {
        let page = try RenderedPage(SampleMaps.everyField)
        let styles = page.tree.all("style")
        let curveStyle = try #require(styles.last?.textContent)
        let curveClasses = Set(
            curveStyle.matches(of: /\.([A-Za-z][A-Za-z0-9_-]*)/).map { String($0.output.1) })
        let svg = try #require(page.tree.first("svg"))
        let outside = page.tree.descendants.filter { node in
            var parent = node.parent
            while let current = parent {
                if current === svg { return false }
                parent = current.parent
            }
            return node !== svg
        }
        let pageClasses = Set(outside.flatMap(\.classes))
        #expect(pageClasses.intersection(curveClasses).isEmpty, "\(pageClasses.intersection(curveClasses))")
    }
}

/// The built-in themes, named for test output.
enum SVGThemeChoice: CustomStringConvertible {
    case light, dark

    var theme: SVGTheme { self == .light ? .light : .dark }
    var description: String { self == .light ? "light" : "dark" }
}
