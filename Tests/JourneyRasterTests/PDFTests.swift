import Foundation
import JourneyModel
import JourneyRaster
import JourneySVG
import JourneyTestSupport
import Testing

/// PDF documents, checked with poppler's `pdfinfo` and `pdftotext`.
@Suite("PDF")
struct PDFTests {
    /// What `pdfinfo` says about a document.
    private func info(_ pdf: Data) throws -> [String: String] {
        let pdfinfo = try tool("pdfinfo", package: "poppler-utils")
        return try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("map.pdf")
            try pdf.write(to: file)
            let result = try Commands.run(pdfinfo, [file.path])
            #expect(result.status == 0, "\(result.errors)")
            var fields: [String: String] = [:]
            for line in result.output.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return fields
        }
    }

    /// The page's size in points, from `pdfinfo`.
    private func pageSize(_ pdf: Data) throws -> (width: Double, height: Double) {
        let words = try #require(try info(pdf)["Page size"]).split(separator: " ")
        return (try #require(Double(words[0])), try #require(Double(words[2])))
    }

    /// The text `pdftotext` extracts.
    private func text(_ pdf: Data) throws -> String {
        let pdftotext = try tool("pdftotext", package: "poppler-utils")
        return try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("map.pdf")
            try pdf.write(to: file)
            let result = try Commands.run(pdftotext, ["-enc", "UTF-8", file.path, "-"])
            #expect(result.status == 0, "\(result.errors)")
            return result.output
        }
    }

    @Test func everyExampleHasSelectableTextAndItsTitleAsTheDocumentsTitle() throws {
        for (name, map) in try examples() {
            let pdf = try map.export(as: .pdf)
            #expect(pdf.starts(with: Data("%PDF-".utf8)), "\(name)")
            let fields = try info(pdf)
            #expect(fields["Title"] == map.title, "\(name)")
            #expect(fields["Creator"] == "JourneyKit", "\(name)")
            #expect(fields["Pages"] == "1", "\(name)")
            #expect(fields["CreationDate"] == nil, "\(name): a date makes every write differ")
            let extracted = try text(pdf)
            #expect(extracted.contains(map.title), "\(name)")
            let stage = try #require(map.stages.first).name
            #expect(extracted.contains(stage), "\(name): no stage \(stage)")
        }
    }

    @Test func withoutPaperThePageIsTheDrawingsSize() throws {
        let map = try #require(try examples().first).map
        let svg = try svgSize(try map.export(as: .svg))
        let page = try pageSize(try map.export(as: .pdf))
        #expect(abs(page.width - svg.width * 0.75) < 1 && abs(page.height - svg.height * 0.75) < 1)
    }

    @Test(arguments: [
        (Paper.a3, 1190.55, 841.89), (Paper.a4, 841.89, 595.28), (Paper.letter, 792, 612), (Paper.tabloid, 1224, 792),
    ])
    func paperIsLandscapeUnlessPortrait(paper: Paper, long: Double, short: Double) throws {
        let map = try #require(try examples().first).map
        let landscape = try pageSize(try map.export(as: .pdf(paper: paper)))
        #expect(abs(landscape.width - long) < 1 && abs(landscape.height - short) < 1, "\(paper.name)")
        let portrait = try pageSize(try map.export(as: .pdf(paper: paper, orientation: .portrait)))
        #expect(abs(portrait.width - short) < 1 && abs(portrait.height - long) < 1, "\(paper.name)")
    }

    @Test func theMapIsFittedIntoTheMarginsKeepingItsAspectRatio() throws {
        let format = PDFFormat(paper: .a3)
        let tall = try format.pageLayout(width: 1000, height: 4000)
        #expect(abs(tall.map.height - (841.89 - 72)) < 0.01)
        #expect(abs(tall.map.width / tall.map.height - 0.25) < 1e-9)
        #expect(abs(tall.map.x - (1190.55 - tall.map.width) / 2) < 0.01)
        let wide = try format.pageLayout(width: 4000, height: 1000)
        #expect(abs(wide.map.width - (1190.55 - 72)) < 0.01 && abs(wide.map.y - (841.89 - wide.map.height) / 2) < 0.01)
        let huge = try PDFFormat().pageLayout(width: 1000, height: 40_000)
        #expect(huge.height == PDFFormat.maximumPageSide && abs(huge.width - 360) < 1e-9)
        var crowded = format
        crowded.margin = 500
        #expect(throws: WriteError.self) { try crowded.pageLayout(width: 100, height: 100) }
    }

    @Test func theSameMapGivesTheSameBytes() throws {
        for (name, map) in try examples() {
            #expect(try map.export(as: .pdf) == map.export(as: .pdf), "\(name)")
            #expect(try map.export(as: .pdf(paper: .a4)) == map.export(as: .pdf(paper: .a4)), "\(name)")
        }
    }

    @Test func hostileTextRendersAndReadsBack() throws {
        let pdf = try hostileMap.export(as: .pdf(paper: .a4))
        #expect(try info(pdf)["Title"] == hostileMap.title)
        let extracted = try text(pdf)
        for expected in ["<Tom & \"Jerry\">", "顧客の旅", "svg><script>alert(1)", "& &amp;", "\"compare\"", "العربية"] {
            #expect(extracted.contains(expected), "missing \(expected) in \(extracted)")
        }
    }

    @Test func theFormatIsNamedForTheCommandLine() {
        let format = PDFFormat()
        #expect(format.identifier == "pdf" && format.fileExtensions == ["pdf"])
        #expect(format.mediaType == "application/pdf" && format.orientation == .landscape && format.paper == nil)
        #expect(Paper.named("A3") == .a3 && Paper.named("legal") == nil)
    }
}
