import Foundation
import JourneyModel
import JourneyRaster
import JourneySVG
import Testing

/// PNG images of the bundled examples and of maps made to break renderers.
@Suite("PNG")
struct PNGTests {
    @Test func everyExampleIsAPNGOfTheDrawingsSizeTimesTheScale() throws {
        let maps = try examples()
        #expect(maps.count >= 2)
        for (name, map) in maps {
            let size = try svgSize(try map.export(as: .svg))
            let png = try map.export(as: .png)
            #expect(png.starts(with: pngSignature), "\(name)")
            let header = try #require(pngSize(png), "\(name) has no IHDR")
            #expect(header.width == Int((size.width * 2).rounded(.up)), "\(name)")
            #expect(header.height == Int((size.height * 2).rounded(.up)), "\(name)")
            let pixels = try PNGPixels(png)
            #expect(pixels.width == header.width && pixels.height == header.height)
            // Not blank: a drawing with text, cards and a curve has many colours.
            let colours = Set(stride(from: 0, to: pixels.pixels.count, by: 7).map { pixels.pixels[$0] })
            #expect(colours.count > 50, "\(name) has \(colours.count) colours")
        }
    }

    @Test func theScaleSetsThePixelsPerSVGPixel() throws {
        let map = try #require(try examples().first).map
        let size = try svgSize(try map.export(as: .svg))
        for scale in [0.5, 1, 3] {
            let header = try #require(pngSize(try map.export(as: .png(scale: scale))))
            #expect(header.width == Int((size.width * scale).rounded(.up)), "scale \(scale)")
            #expect(header.height == Int((size.height * scale).rounded(.up)), "scale \(scale)")
        }
    }

    @Test func theDrawingsOptionsAndThemeAreKept() throws {
        let map = try #require(try examples().first).map
        // Wide enough for the example's nine sub-columns (its purchase stage has four steps).
        let narrow = JourneySVGFormat(width: 1400)
        let size = try svgSize(try map.export(as: narrow))
        let header = try #require(pngSize(try map.export(as: .png(svg: narrow, scale: 1))))
        #expect(header.width == Int(size.width.rounded(.up)) && header.width == 1400)
        let light = try PNGPixels(try map.export(as: .png(scale: 0.25)))
        let dark = try PNGPixels(try map.export(as: .png(svg: .svg(theme: .dark), scale: 0.25)))
        // The corner is the page's background: light on light, dark on dark.
        #expect(brightness(light[0, 0]) > 200 && brightness(dark[0, 0]) < 80)
    }

    @Test func theSameMapGivesTheSameBytes() throws {
        let map = try #require(try examples().first).map
        #expect(try map.export(as: .png(scale: 1)) == map.export(as: .png(scale: 1)))
    }

    @Test func hostileTextRenders() throws {
        let png = try hostileMap.export(as: .png(scale: 1))
        #expect(png.starts(with: pngSignature))
        let pixels = try PNGPixels(png)
        #expect(Set(pixels.pixels).count > 20)
    }

    @Test func anImageOverThePixelLimitsIsRefusedNamingTheLimit() throws {
        let map = try #require(try examples().first).map
        let error = try #require(throws: WriteError.self) { try map.export(as: .png(scale: 16)) }
        #expect(error.kind == .invalidOptions)
        #expect(error.message.contains("16,384 pixels a side"), "\(error.message)")
        let small = PNGFormat(limits: .init(maximumSide: 100_000, maximumPixels: 1_000_000))
        let total = try #require(throws: WriteError.self) { try map.export(as: small) }
        #expect(total.message.contains("limit of 1,000,000 pixels"), "\(total.message)")
    }

    @Test(arguments: [0, -1, 0.05, 17, .nan, .infinity])
    func aScaleOutOfRangeIsRefused(scale: Double) throws {
        let map = try #require(try examples().first).map
        let error = try #require(throws: WriteError.self) { try map.export(as: .png(scale: scale)) }
        #expect(error.kind == .invalidOptions)
    }

    @Test func theFormatIsNamedForTheCommandLine() {
        let format = PNGFormat()
        #expect(format.identifier == "png" && format.fileExtensions == ["png"] && format.mediaType == "image/png")
    }

    private func brightness(_ pixel: UInt32) -> Int {
        Int((pixel >> 16) & 0xFF + (pixel >> 8) & 0xFF + pixel & 0xFF) / 3
    }
}

/// A map whose texts break careless renderers: markup, quotes, right-to-left and CJK text.
let hostileMap = JourneyMap(title: "<Tom & \"Jerry\"> 'quoted' — 顧客の旅", kind: .b2c) {
    Persona("Zoë <admin>", id: "zoe")
    Stage("עברית ו-العربية", id: "rtl") {
        Action("</svg><script>alert(1)</script> & &amp; &unknown;")
        Emotion(-1, "不安 😟", personas: ["zoe"])
    }
    Stage("検討 & \"compare\"", id: "cjk") {
        Touchpoint("]]> <![CDATA[ x ]]>", channel: .web)
        PainPoint("'single' \"double\" `back`", severity: .high)
    }
}
