import JourneyModel
import JourneyTestSupport
import Testing

@Suite("Builder")
struct BuilderTests {
    @Test func buildsStagesItemsAndLanesInMapOrder() {
        let map = JourneyMap(title: "Buying a Car!", kind: .b2c) {
            Persona("Anna Berg", role: "First-time buyer")
            Stage("Awareness", goal: "Know what fits") {
                Touchpoint("Instagram ad", channel: .social)
                Action("Notices a friend's car")
                Action("Searches online")
                Emotion(1, "Curious")
            }
            Stage("Purchase") {
                Action("Signs")
            }
        }
        #expect(map.id == "buying-a-car")
        #expect(map.personas.map(\.id) == ["anna-berg"])
        #expect(map.stages.map(\.id) == ["awareness", "purchase"])
        #expect(map.stages[0].goal == "Know what fits")
        // Undeclared lanes come in the usual order, not the order of first use.
        #expect(map.lanes.map(\.kind) == [.actions, .emotions, .touchpoints])
        #expect(map.lanes.map(\.title) == ["Actions", "Emotions", "Touchpoints"])
        #expect(
            map.stages[0].items.map(\.id) == [
                "awareness-touchpoints-1", "awareness-actions-1", "awareness-actions-2", "awareness-emotions-1",
            ])
        #expect(
            map.items(inStage: "awareness", lane: "actions").map(\.text) == [
                "Notices a friend's car", "Searches online",
            ])
        #expect(map.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func putsItemsIntoDeclaredLanesOfTheirKind() {
        let map = JourneyMap(title: "Declared") {
            Lane(.touchpoints, title: "Channels", id: "channels")
            Lane(.actions, title: "Doing")
            Stage("One") {
                Touchpoint("Website", channel: .web)
                Action("Reads")
                Note("Loose label", lane: "notes")
                PainPoint("Slow", severity: .high).with(lane: "channels")
            }
        }
        #expect(map.lanes.map(\.id) == ["channels", "actions", "notes"])
        #expect(map.lanes[2].kind == LaneKind("notes"))
        #expect(map.stages[0].items.map(\.laneID) == ["channels", "actions", "notes", "channels"])
    }

    @Test func placesCustomItemsInTheirOwnLaneKind() throws {
        let map = JourneyMap(title: "Custom") {
            Stage("Decision") {
                ComplianceCheck("DPA signed", regulation: "GDPR")
            }
        }
        #expect(map.lanes.map(\.kind) == [ComplianceCheck.defaultLane])
        let check = try #require(map.items(of: ComplianceCheck.self).first)
        #expect(check.regulation == "GDPR")
        #expect(check.laneID == "com.example.compliance")
        #expect(map.items(of: Action.self).isEmpty)
    }

    @Test func supportsConditionsLoopsAndSteps() {
        let includeAdvocacy = false
        let names = ["A", "B", "C"]
        let map = JourneyMap(title: "Control flow") {
            for name in names {
                Stage(name) {
                    Step("First")
                    if name == "B" {
                        Action("Only in B").with(step: "first")
                    } else {
                        Thought("Elsewhere")
                    }
                }
            }
            if includeAdvocacy {
                Stage("Advocacy")
            }
            Transition(from: "c", to: "a", "Starts over")
        }
        #expect(map.stages.map(\.id) == ["a", "b", "c"])
        #expect(map.stages[1].items.map(\.text) == ["Only in B"])
        #expect(map.stages[1].items[0].stepID == "first")
        #expect(map.transitions.map(\.id) == ["c-to-a"])
        // Step identifiers repeat across stages here, and validation says so.
        #expect(map.validate().contains { $0.code == "duplicate-id" })
    }

    @Test func keepsGeneratedIdentifiersUnique() {
        let map = JourneyMap(title: "Clash") {
            Stage("S") {
                Action("Explicit", id: "s-actions-1")
                Action("Generated")
            }
        }
        #expect(map.stages[0].items.map(\.id) == ["s-actions-1", "s-actions-2"])
        #expect(!map.validate().contains { $0.code == "duplicate-id" })
    }

    @Test func makesIdentifiersFromAnyScript() {
        let map = JourneyMap(title: "顧客の旅") {
            Stage("Überlegung & Vergleich")
            Stage("???")
        }
        #expect(map.id == "顧客の旅")
        #expect(map.stages.map(\.id) == ["überlegung-vergleich", "stage"])
    }
}
