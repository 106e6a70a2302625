import Foundation
import JourneyModel
import JourneySVG
import JourneyTestSupport
import Testing

@Suite("The drawing's own words in the map's language")
struct ChromeLanguageTests {
    private func readable(_ map: JourneyMap, locale: String? = nil) throws -> String {
        let svg = String(decoding: try JourneySVGFormat(locale: locale).write(map), as: UTF8.self)
        let attributes = svg.matches(of: /(?:aria-label|aria-roledescription|title)="([^"]*)"/).map { String($0.1) }
        return ChromeText.readable(svg) + " " + attributes.joined(separator: " ")
    }

    /// Phrases every drawing of the test map writes.
    static func keyPhrases(_ chrome: Chrome) -> [String] {
        [
            chrome.legend, chrome.name(.painPoint), chrome.name(.keyMoment), chrome.name(.opportunity),
            chrome.severities[.critical]!, chrome.severities[.low]!, chrome.priorities[.medium]!, chrome.onTarget,
            chrome.offTarget, chrome.buyingCommittee, chrome.name(.approver), chrome.goingBack, chrome.legendBaseline,
            chrome.name(.salesRep), chrome.name(.churnRate), chrome.name(.caseStudy), chrome.asIs,
        ]
    }

    @Test(
        "Every language's key phrases",
        arguments: ["en", "es", "pt-BR", "de-CH", "fr", "ja", "zh-Hant", "tl", "ar", "he-IL"])
    func keyPhrases(language: String) throws {
        let chrome = Chrome.for(language: language)
        #expect(chrome.code == String(language.prefix(2)))
        let text = try readable(LocalizedMaps.everyChromeWord(language: language))
        for phrase in Self.keyPhrases(chrome) {
            #expect(ChromeText.text(text, contains: phrase), "\(language): \(phrase)")
        }
        let duration = Chrome.fill(chrome.duration, DisplayText.duration("P1Y6M", chrome: chrome))
        #expect(ChromeText.text(text, contains: duration), "\(language): \(duration)")
    }

    @Test(
        "No English word is left in a Japanese, Tagalog, Arabic or Hebrew drawing", arguments: ["ja", "tl", "ar", "he"])
    func noEnglish(language: String) throws {
        let text = try readable(LocalizedMaps.everyChromeWord(language: language))
        let left = ChromeText.english(in: text, replacedBy: Chrome.for(language: language))
        #expect(left.isEmpty, "\(language): \(left.sorted())")
    }

    @Test("The locale option overrides the map's language")
    func localeOverrides() throws {
        let text = try readable(LocalizedMaps.everyChromeWord(language: "ja"), locale: "de")
        #expect(ChromeText.text(text, contains: Chrome.german.legend))
        #expect(!text.contains(Chrome.japanese.legend))
    }

    @Test("A language without a table falls back to English")
    func fallback() throws {
        #expect(Chrome.for(language: "xx") == .english)
        #expect(Chrome.for(language: nil) == .english)
        let text = try readable(LocalizedMaps.everyChromeWord(language: "xx"))
        for phrase in Self.keyPhrases(.english) { #expect(ChromeText.text(text, contains: phrase), "\(phrase)") }
    }
}
