import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// `journey convert` to PNG and PDF, one map and many.
@Suite("journey convert to PNG and PDF")
struct RasterCommandTests {
    private let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The width and height in a PNG's IHDR chunk.
    private func pngSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24 else { return nil }
        func big(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (big(16), big(20))
    }

    #if os(Linux)
        /// librsvg and cairo are loaded when a PNG or PDF is written, not by every call: the dynamic
        /// loader's own report (`LD_DEBUG=libs`) names them only then.
        @Test func librsvgIsLoadedOnlyForPNGAndPDF() throws {
            let folder = try Journey.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = Journey.examples[0].path
            func loaded(_ arguments: [String]) throws -> (status: Int32, rsvg: Bool, cairo: Bool) {
                let result = try Commands.run(
                    URL(fileURLWithPath: "/usr/bin/env"), ["LD_DEBUG=libs", Journey.executable.path] + arguments,
                    in: folder)
                return (result.status, result.errors.contains("librsvg-2.so"), result.errors.contains("libcairo.so"))
            }
            for arguments in [["--version"], ["convert", input, "map.svg"], ["convert", input, "map.html"]] {
                let run = try loaded(arguments)
                #expect(run.status == 0, "\(arguments)")
                #expect(!run.rsvg && !run.cairo, "\(arguments)")
            }
            for output in ["map.png", "map.pdf"] {
                let run = try loaded(["convert", input, output])
                #expect(run.status == 0, "\(output)")
                #expect(run.rsvg && run.cairo, "\(output)")
            }
        }
    #endif

    @Test func oneMapToPNGAndPDFByExtension() throws {
        let folder = try Journey.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Journey.examples[0].path
        let png = try Journey.run(["convert", input, "map.png"], in: folder)
        #expect(png.status == 0, "\(png.errors)")
        #expect(png.errors.contains("wrote map.png (PNG image)"), "\(png.errors)")
        let image = try Data(contentsOf: folder.appendingPathComponent("map.png"))
        #expect(image.starts(with: pngSignature))
        let once = try #require(pngSize(image))
        let scaled = try Journey.run(["convert", input, "half.png", "--scale", "1"], in: folder)
        #expect(scaled.status == 0, "\(scaled.errors)")
        let half = try #require(pngSize(try Data(contentsOf: folder.appendingPathComponent("half.png"))))
        #expect(half.width * 2 == once.width && half.height * 2 == once.height)

        let pdf = try Journey.run(["convert", input, "map.pdf", "--paper", "a4", "--portrait"], in: folder)
        #expect(pdf.status == 0, "\(pdf.errors)")
        let document = try Data(contentsOf: folder.appendingPathComponent("map.pdf"))
        #expect(document.starts(with: Data("%PDF-".utf8)))
        // Another process, the same bytes: nothing in the file depends on the time or the run.
        let again = try Journey.run(["convert", input, "-", "--to", "pdf", "--paper", "a4", "--portrait"], in: folder)
        #expect(again.status == 0 && again.outputData == document)
        if let pdfinfo = Commands.executable(named: "pdfinfo") {
            let info = try Commands.run(pdfinfo, [folder.appendingPathComponent("map.pdf").path])
            #expect(info.output.contains("595.") && info.output.contains("x 841.89 pts"), "\(info.output)")
        }
    }

    @Test func thePaperShapesTheSVGAndThePNGToo() throws {
        let folder = try Journey.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Journey.examples[0].path
        func size(_ svg: Data) throws -> (width: Double, height: Double) {
            let text = String(decoding: svg.prefix(2000), as: UTF8.self)
            let width = try #require(text.firstMatch(of: /<svg[^>]* width="([0-9.]+)"/)?.output.1)
            let height = try #require(text.firstMatch(of: /<svg[^>]* height="([0-9.]+)"/)?.output.1)
            return (try #require(Double(width)), try #require(Double(height)))
        }
        // Without paper: landscape. With A4 upright: A4's shape, in the SVG and the PNG alike.
        let plain = try Journey.run(["convert", input, "-", "--to", "svg"], in: folder)
        let landscape = try size(plain.outputData)
        #expect(plain.status == 0 && landscape.width / landscape.height > 1.3)
        let upright = try Journey.run(
            ["convert", input, "-", "--to", "svg", "--paper", "a4", "--portrait"], in: folder)
        #expect(upright.status == 0, "\(upright.errors)")
        let a4 = try size(upright.outputData)
        #expect(abs(a4.width / a4.height - 210.0 / 297) < 0.01, "\(a4)")
        let png = try Journey.run(
            ["convert", input, "-", "--to", "png", "--scale", "0.25", "--paper", "a4", "--portrait"], in: folder)
        let pixels = try #require(pngSize(png.outputData))
        #expect(abs(Double(pixels.width) / Double(pixels.height) - 210.0 / 297) < 0.01, "\(pixels)")
    }

    @Test func manyMapsToPNGAndPDF() throws {
        let folder = try Journey.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Journey.run(
            ["convert"] + Journey.examples.map(\.path) + ["-o", "out", "--to", "png,pdf", "--paper", "letter"],
            in: folder)
        #expect(run.status == 0, "\(run.errors)")
        for example in Journey.examples {
            let stem = example.deletingPathExtension().deletingPathExtension().lastPathComponent
            let png = try Data(contentsOf: folder.appendingPathComponent("out/\(stem).png"))
            let pdf = try Data(contentsOf: folder.appendingPathComponent("out/\(stem).pdf"))
            #expect(png.starts(with: pngSignature) && pdf.starts(with: Data("%PDF-".utf8)), "\(stem)")
        }
    }

    @Test func formatsListsThemAsWritable() throws {
        let formats = try Journey.run(["formats"])
        #expect(formats.status == 0)
        #expect(formats.output.contains("png") && formats.output.contains("pdf"), "\(formats.output)")
    }

    @Test(arguments: [
        ["--scale", "0"], ["--scale", "100"], ["--paper", "legal"], ["--portrait"],
    ])
    func badOptionsAreUsageErrors(options: [String]) throws {
        let run = try Journey.run(["convert", Journey.examples[0].path, "-", "--to", "png"] + options)
        #expect(run.status == 64, "\(options): \(run.errors)")
        #expect(run.outputData.isEmpty)
    }

    @Test func anImageOverTheLimitFailsNamingIt() throws {
        let run = try Journey.run(["convert", Journey.examples[0].path, "-", "--to", "png", "--scale", "16"])
        #expect(run.status == 65, "\(run.errors)")
        #expect(run.errors.contains("16,384 pixels a side"), "\(run.errors)")
    }
}
