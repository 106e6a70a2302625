import Foundation
import JourneyModel
import Testing

@Suite("ContentSample")
struct ContentSampleTests {
    @Test func findsTheRootElementPastDeclarationsAndComments() throws {
        let sample = ContentSample(
            Data(
                """
                \u{FEFF}<?xml version="1.0"?>
                <!-- a comment with <tags> -->
                <!DOCTYPE x>
                <j:journeyMap id="1" xmlns:j='urn:journeykit:journey-map:1'>
                """.utf8))
        let root = try #require(sample.xmlRoot)
        #expect(root.name == "j:journeyMap")
        #expect(root.namespace == "urn:journeykit:journey-map:1")
    }

    @Test func readsTheDefaultNamespace() throws {
        let root = try #require(ContentSample(Data(#"<mxfile host="x"><diagram/></mxfile>"#.utf8)).xmlRoot)
        #expect(root.name == "mxfile" && root.namespace == nil)
        let graphml = try #require(
            ContentSample(Data(#"<graphml xmlnsx="no" xmlns="http://graphml.graphdrawing.org/xmlns">"#.utf8)).xmlRoot)
        #expect(graphml.namespace == "http://graphml.graphdrawing.org/xmlns")
    }

    @Test func decodesUTF16() throws {
        var data = Data([0xFE, 0xFF])
        for unit in "<r/>".utf16 { data.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        #expect(ContentSample(data).text == "<r/>")
    }

    @Test func decodesUTF32AndTellsItFromUTF16() throws {
        let text = "<r>ü😀</r>"
        let little = Data([0xFF, 0xFE, 0x00, 0x00]) + text.data(using: .utf32LittleEndian)!
        let big = Data([0x00, 0x00, 0xFE, 0xFF]) + text.data(using: .utf32BigEndian)!
        let utf16 = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        for data in [little, big, utf16] {
            #expect(ContentSample(data).text == text)
            #expect(ContentSample(data).xmlRoot?.name == "r")
        }
    }

    @Test func leavesOutACharacterCutAtTheEndOfAUTF16Sample() throws {
        let data =
            Data([0xFF, 0xFE]) + String(repeating: "😀", count: ContentSample.length).data(using: .utf16LittleEndian)!
        let text = try #require(ContentSample(data).text)
        #expect(text.unicodeScalars.allSatisfy { $0 == "😀" })
    }

    @Test func toleratesASampleCutInsideACharacter() {
        let data = Data(String(repeating: "ü", count: ContentSample.length).utf8)
        #expect(ContentSample(data).text?.isEmpty == false)
    }

    @Test func saysNothingAboutNonXML() {
        #expect(ContentSample(Data("stage,lane\n".utf8)).xmlRoot == nil)
        #expect(ContentSample(Data([0xFF, 0x00, 0xC3])).xmlRoot == nil)
        #expect(ContentSample(Data("<".utf8)).xmlRoot == nil)
    }
}

@Suite("UTF-16 and UTF-32 to UTF-8")
struct UTF8TranscoderTests {
    static let text = "a\u{0}ü€😀\u{FFFF}z"

    static let encodings: [(UnicodeEncoding, String.Encoding)] = [
        (.utf16LittleEndian, .utf16LittleEndian), (.utf16BigEndian, .utf16BigEndian),
        (.utf32LittleEndian, .utf32LittleEndian), (.utf32BigEndian, .utf32BigEndian),
    ]

    private func transcode(_ bytes: [UInt8], from encoding: UnicodeEncoding, cuttingAt cut: Int) -> [UInt8] {
        var transcoder = UTF8Transcoder(from: encoding)
        var output: [UInt8] = []
        bytes[..<cut].withUnsafeBytes { transcoder.transcode($0, into: &output) }
        bytes[cut...].withUnsafeBytes { transcoder.transcode($0, into: &output) }
        transcoder.finish(into: &output)
        return output
    }

    @Test func givesTheSameTextWhereverThePiecesAreCut() {
        for (encoding, foundation) in Self.encodings {
            let bytes = [UInt8](Self.text.data(using: foundation)!)
            for cut in 0...bytes.count {
                #expect(transcode(bytes, from: encoding, cuttingAt: cut) == Array(Self.text.utf8), "\(encoding) \(cut)")
            }
        }
    }

    @Test func turnsBrokenTextIntoReplacementCharacters() {
        // A lone high surrogate, a lone low one, and a byte left over.
        let broken: [UInt8] = [0x3D, 0xD8, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00, 0x43]
        let expected = "\u{FFFD}A\u{FFFD}B\u{FFFD}"
        #expect(transcode(broken, from: .utf16LittleEndian, cuttingAt: 3) == Array(expected.utf8))
        // Beyond U+10FFFF.
        #expect(transcode([0x00, 0x00, 0x11, 0x00], from: .utf32LittleEndian, cuttingAt: 2) == [0xEF, 0xBF, 0xBD])
    }

    @Test func readsTheByteOrderMarks() {
        #expect(UnicodeEncoding(byteOrderMarkOf: [0xFF, 0xFE, 0x00, 0x00]) == .utf32LittleEndian)
        #expect(UnicodeEncoding(byteOrderMarkOf: [0xFF, 0xFE, 0x41, 0x00]) == .utf16LittleEndian)
        #expect(UnicodeEncoding(byteOrderMarkOf: [0x00, 0x00, 0xFE, 0xFF]) == .utf32BigEndian)
        #expect(UnicodeEncoding(byteOrderMarkOf: [0xFE, 0xFF]) == .utf16BigEndian)
        #expect(UnicodeEncoding(byteOrderMarkOf: [0xEF, 0xBB, 0xBF, 0x41]) == .utf8)
        #expect(UnicodeEncoding(byteOrderMarkOf: Array("<r/>".utf8)) == nil)
        #expect(UnicodeEncoding.utf8(transcoding: Data("plain".utf8)) == nil)
    }
}
