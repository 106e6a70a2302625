import Foundation
import JourneyModel
import Testing

@testable import JourneyCJML

/// What a CJML document holds outside CJML's own vocabulary comes back: the root's attributes and
/// elements of other namespaces, with their namespaces.
@Suite struct NamespaceTests {
    @Test func theRootsAttributesAndOtherNamespacesComeBack() throws {
        let document = """
            <CJML version="2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:noNamespaceSchemaLocation="cjml.xsd" lang="en" xml:space="preserve"><actualJourney>\
            <journeyID>J1</journeyID><journeyPhases><journeyPhase phaseID="P1"><phaseName>One</phaseName>\
            </journeyPhase></journeyPhases><touchpoints><actualCommunicationPoint><touchpointID>T1</touchpointID>\
            <belongsTo phaseIDref="P1"/><x:ext xmlns:x="urn:x" x:a="1" b="2">v</x:ext></actualCommunicationPoint>\
            </touchpoints></actualJourney></CJML>
            """
        let map = try JourneyCJMLFormat().read(Data(document.utf8), file: "ns.cjml").map
        let written = try JourneyCJMLFormat().write(map)
        let text = String(decoding: written, as: UTF8.self)
        #expect(
            text.hasPrefix(#"<CJML version="2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#), "\(text)")
        #expect(text.contains(#"xsi:noNamespaceSchemaLocation="cjml.xsd" lang="en" xml:space="preserve">"#))
        #expect(text.contains(#"<ns1:ext xmlns:ns1="urn:x" ns1:a="1" b="2">v</ns1:ext>"#), "\(text)")
        #expect(try JourneyCJMLFormat().read(written, file: "again.cjml").map == map)
    }
}
