import JourneyModel
import Testing

@Suite("Chrome templates")
struct ChromeFillTests {
    @Test func fillsNumberedAndBarePlaceholders() {
        #expect(Chrome.fill("Step: {}", "Test drive") == "Step: Test drive")
        #expect(Chrome.fill("{1} {2} map ({3})", "Car", "B2C", "en") == "Car B2C map (en)")
        #expect(Chrome.fill("{2} before {1}, {1} again", "a", "b") == "b before a, a again")
        #expect(Chrome.fill("Ziel: {} · 目標 {}", "München", "売上") == "Ziel: München · 目標 München")
    }

    @Test func fillsEachPlaceholderOnceAndKeepsTheRestAsWritten() {
        // A value that looks like a placeholder is not filled again.
        #expect(Chrome.fill("{1} / {2}", "{2}", "x") == "{2} / x")
        // Placeholders without a value, or not placeholders at all, stay as written.
        #expect(Chrome.fill("{3} {0} {x} {12345} {", "a") == "{3} {0} {x} {12345} {")
        #expect(Chrome.fill("{01} {001} {1}", "a") == "{01} {001} a")
        #expect(Chrome.fill("Owner: {}") == "Owner: {}")
        #expect(Chrome.fill("") == "")
        #expect(Chrome.fill("{}", "") == "")
    }
}
