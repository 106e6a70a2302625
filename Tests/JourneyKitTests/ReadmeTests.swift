import Foundation
import JourneyKit
import Testing

/// The example in README.md, kept here so it keeps compiling and saying what it claims.
@Suite("README")
struct ReadmeTests {
    @Test func theReadmeExampleIsCompleteAndRoundTrips() throws {
        let map = JourneyMap(title: "Buying a car", kind: .b2c) {
            Persona("Anna", id: "anna", role: "First-time buyer")
            Stage("Awareness", goal: "Know which cars fit my life") {
                Action("Notices a friend's new car")
                Emotion(+1, "Curious", personas: ["anna"])
                Touchpoint("Instagram ad", channel: .social)
                KPI("Ad click-through", kind: .clickThroughRate, value: 1.2, target: 2, unit: "%")
            }
            Stage("Consideration", goal: "Find the car that fits", duration: "P2M") {
                Action("Compares models online")
                Emotion(-1, "Overwhelmed", personas: ["anna"])
                Touchpoint("Configurator", channel: .web)
                PainPoint("Prices are hard to compare", severity: .high)
                KPI("Configurator completions", kind: .conversionRate, value: 8, target: 12, unit: "%")
            }
            Transition(from: "consideration", to: "awareness", "Starts over after a bad test drive")
        }
        #expect(map.validate() == [])
        let xml = try map.export(as: .xml)
        let again = try JourneyMap(xml, format: .xml)
        #expect(again == map)
        #expect(map.isBackward(map.transitions[0]))
    }
}
