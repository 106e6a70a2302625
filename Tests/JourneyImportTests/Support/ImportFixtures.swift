import Foundation
import JourneyImport
import JourneyModel
import Testing
import ZIPFoundation

/// draw.io documents written for these tests.
enum DrawioFixtures {
    /// A loose grid: a title, three stage headers, three lane headers, items, an emotion lane with
    /// textual scores and a connector going back from Decision to Consideration.
    static let looseModel = #"""
        <mxGraphModel dx="1000" dy="800" grid="1"><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="title" value="Buying a bike" style="text;fontSize=20;" vertex="1" parent="1"><mxGeometry x="120" y="0" width="300" height="30" as="geometry"/></mxCell><mxCell id="s1" value="Awareness" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="120" y="50" width="160" height="40" as="geometry"/></mxCell><mxCell id="s2" value="Consideration" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="300" y="50" width="160" height="40" as="geometry"/></mxCell><mxCell id="s3" value="Decision" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="480" y="52" width="160" height="40" as="geometry"/></mxCell><mxCell id="l1" value="Actions" vertex="1" parent="1"><mxGeometry x="0" y="110" width="100" height="60" as="geometry"/></mxCell><mxCell id="l2" value="Emotions" vertex="1" parent="1"><mxGeometry x="0" y="190" width="100" height="60" as="geometry"/></mxCell><mxCell id="l3" value="Pain points" vertex="1" parent="1"><mxGeometry x="2" y="270" width="100" height="60" as="geometry"/></mxCell><mxCell id="a1" value="Sees a friend's bike" vertex="1" parent="1"><mxGeometry x="130" y="115" width="140" height="50" as="geometry"/></mxCell><mxCell id="a2" value="Reads reviews" vertex="1" parent="1"><mxGeometry x="310" y="118" width="140" height="50" as="geometry"/></mxCell><mxCell id="e1" value="+1 curious" vertex="1" parent="1"><mxGeometry x="130" y="195" width="140" height="50" as="geometry"/></mxCell><mxCell id="e2" value="😞" vertex="1" parent="1"><mxGeometry x="310" y="195" width="140" height="50" as="geometry"/></mxCell><mxCell id="p1" value="Too many models" vertex="1" parent="1"><mxGeometry x="320" y="280" width="120" height="40" as="geometry"/></mxCell><mxCell id="back" value="Compares again" style="edgeStyle=orthogonalEdgeStyle;" edge="1" parent="1" source="s3" target="s2"><mxGeometry relative="1" as="geometry"/></mxCell></root></mxGraphModel>
        """#

    /// The same page as `looseModel`, compressed the way draw.io does: percent-encoded, raw
    /// DEFLATE, base64.
    static let looseCompressed =
        "xZdRc6MgEMc/DdNXhaSnj01q+tSZm6ZfgOpWmSpkAJN4n/4gYhPFdu7m1HvIRP7AZn+7G1gR2VbnJ0kPxbPIoEQ4yM6IPCKMwyAIzJdVmlaJOiGXLHOLrEASRLZSCN0+VectlNZSt6jdtftiNmxtHqgErv9kg2a6hHbTkZY1tOqmbhjPjUbN5419uBVKN6VboeFs7G/eBdd79suK5ofIxlkCaea/9OjKaaIFogItG7Ok2+A8Dppb/4MTy3TRKqQLXQEsL3QnthpV7Tj/NHylNw8uAOPBUKEXiYeTdRyU8iIgRc0zsDvDecDXPnl4P0K+moIce+RbwRXLQFLNBJ+f/jOp/4OeePSPkDK1CPgqGoDj5cDLkYJPbb7VBGB9rDAcSejYH/l+Ci6/nJNKzAQWLwnmV+pPyrh1XzCup6DDPTr8Y0E66pfjHkC5e+hdMuDZnepdSf924pJhja592NUI7HoKWL9GX4BmFk/CkcFpimSScEgYLUcIfjoR3hgxSGvJRK3mSGG8YArBTyHaBSjeoThCcTJH/pbEO/j5exXCCBXl1sfKNrmTVOngSMXRyKGDZ7oD32j6MdL8VNb9y9GTXw7YQRsAWQ57NxRSFyIXnJbJVXWtgV33fVSMWVHLFPqtiKYyB33bnPnRk1Ca5uzYt/8XoTDD64vGZe7m3YUkvwE="

    /// The first half of `looseCompressed`'s DEFLATE stream.
    static let truncatedCompressed =
        "xZdRc6MgEMc/DdNXhaSnj01q+tSZm6ZfgOpWmSpkAJN4n/4gYhPFdu7m1HvIRP7AZn+7G1gR2VbnJ0kPxbPIoEQ4yM6IPCKMwyAIzJdVmlaJOiGXLHOLrEASRLZSCN0+VectlNZSt6jdtftiNmxtHqgErv9kg2a6hHbTkZY1tOqmbhjPjUbN5419uBVKN6VboeFs7G/eBdd79suK5ofIxlkCaea/9OjKaaIFogItG7Ok2+A8Dppb/4MTy3TRKqQLXQEsL3QnthpV7Tj/NHylNw8uAOPBUKEXiYeTdRyU8iIgRc0zsDvDecDXPnl4P0K+moIce+RbwRXLQFLNBJ+f/g=="

    /// A page that inflates to about 3 MB of white space.
    static let inflationBomb =
        "7cGxDYAgEADAVdyABQgtlUOYQEKBeUMoHN9BvLt8v3Vdzzij9VnyitjlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfiOnFbFLTvdb1/WMM1qf5QM="

    static func file(pages: [(name: String, content: String)], extraAttributes: String = "") -> Data {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mxfile host=\"test\"\(extraAttributes)>\n"
        for (index, page) in pages.enumerated() {
            text += "  <diagram id=\"page\(index + 1)\" name=\"\(page.name)\">\(page.content)</diagram>\n"
        }
        return Data((text + "</mxfile>\n").utf8)
    }
}

/// Every text a map holds, for checking that no label was lost.
func allTexts(of map: JourneyMap) -> [String] {
    var texts =
        [map.title]
        + map.stages.flatMap { [$0.name, $0.goal ?? ""] + $0.steps.flatMap { [$0.name, $0.description ?? ""] } }
        + map.lanes.flatMap { [$0.title, $0.description ?? ""] }
    texts += map.allItems.map(\.text)
    texts += map.allItems.compactMap { $0.extensions[JourneyRecognizer.namespace, "written"] }
    texts += map.personas.flatMap { [$0.name, $0.role ?? "", $0.description ?? ""] }
    texts += map.transitions.compactMap(\.label)
    texts += map.extensions.namespaces[JourneyRecognizer.namespace, default: [:]]
        .filter { !$0.key.hasSuffix("-position") && !$0.key.hasSuffix("-reason") }.map(\.value)
    return texts
}

/// Checks that every non-empty label of the diagram ends up somewhere in the map.
func expectNoLabelLost(_ result: ImportResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let texts = allTexts(of: result.map).joined(separator: "\n")
    for page in result.diagram.pages {
        for label in page.shapes.map(\.text) + page.edges.map(\.text) where !label.allSatisfy(\.isWhitespace) {
            for line in label.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
                var text = line.trimmingCharacters(in: .whitespaces)
                // A persona card's "Persona:" prefix names the kind of card, not the persona.
                if text.lowercased().hasPrefix("persona") {
                    text = String(text.dropFirst("persona".count)).trimmingCharacters(
                        in: CharacterSet(charactersIn: " :"))
                }
                #expect(texts.contains(text), "label '\(line)' was lost", sourceLocation: sourceLocation)
            }
        }
    }
    #expect(
        result.report.unplaced.count + result.report.recognized == result.report.labels, sourceLocation: sourceLocation)
}

/// Compresses a page the way draw.io does: percent-encoding, raw DEFLATE, base64.
enum DrawioTestCompression {
    static func compress(_ model: String) -> String? {
        guard let encoded = model.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else { return nil }
        let input = Data(encoded.utf8)
        var output = Data()
        do {
            _ = try Data.compress(
                size: Int64(input.count), bufferSize: 64 * 1024,
                provider: { position, size in input.subdata(in: Int(position)..<Int(position) + size) },
                consumer: { output.append($0) })
        } catch {
            return nil
        }
        return output.base64EncodedString()
    }
}
