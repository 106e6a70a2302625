import Foundation
import JourneyHTML
import JourneyModel
import JourneyTestSupport
import Testing

@Suite("The page's own words in the map's language")
struct ChromeLanguageTests {
    private func page(_ map: JourneyMap, locale: String? = nil) throws -> String {
        String(decoding: try JourneyHTMLFormat(locale: locale).write(map), as: UTF8.self)
    }

    /// Phrases every page of the test map writes.
    static func keyPhrases(_ chrome: Chrome) -> [String] {
        [
            chrome.legend, chrome.journey, chrome.lanes, chrome.allPersonas, chrome.transitions, chrome.approvalChain,
            chrome.name(.painPoint), chrome.name(.keyMoment), chrome.onTarget, chrome.offTarget,
            chrome.buyingCommittee, chrome.emotionCurve, chrome.kindDescriptions[.painPoint]!, chrome.legendFilters,
            Chrome.fill(chrome.severityInLabel, chrome.severityLevels[.critical]!),
            Chrome.fill(chrome.priorityInLabel, chrome.priorityLevels[.medium]!), chrome.madeWith, chrome.currentState,
            Chrome.fill(chrome.priority, chrome.priorityLevels[.high]!),
        ]
    }

    @Test(
        "Every language's key phrases",
        arguments: ["en", "es", "pt-BR", "de-AT", "fr-CA", "ja", "zh-Hans", "tl", "ar-EG", "he"])
    func keyPhrases(language: String) throws {
        let chrome = Chrome.for(language: language)
        let html = try page(LocalizedMaps.everyChromeWord(language: language))
        let text = ChromeText.readable(html)
        for phrase in Self.keyPhrases(chrome) {
            #expect(ChromeText.text(text, contains: phrase), "\(language): \(phrase)")
        }
        #expect(html.contains("aria-label=\"\(chrome.steps)\""), "\(language)")
        #expect(html.contains("<html lang=\"\(language)\""), "the page's language stays the map's")
    }

    @Test("No English word is left in a Japanese, Tagalog, Arabic or Hebrew page", arguments: ["ja", "tl", "ar", "he"])
    func noEnglish(language: String) throws {
        let html = try page(LocalizedMaps.everyChromeWord(language: language))
        let attributes = html.matches(of: /(?:aria-label|aria-roledescription|data-template|title)="([^"]*)"/).map {
            String($0.1)
        }
        let text = ChromeText.readable(html) + " " + attributes.joined(separator: " ")
        let left = ChromeText.english(in: text, replacedBy: Chrome.for(language: language))
        #expect(left.isEmpty, "\(language): \(left)")
    }

    @Test("The locale option overrides the map's language, and the page keeps the map's lang")
    func localeOverrides() throws {
        let html = try page(LocalizedMaps.everyChromeWord(language: "ja"), locale: "tl")
        let text = ChromeText.readable(html)
        #expect(ChromeText.text(text, contains: Chrome.tagalog.legendFilters))
        #expect(!text.contains(Chrome.japanese.legend))
        #expect(html.contains("<html lang=\"ja\""))
    }

    @Test("A language without a table falls back to English")
    func fallback() throws {
        let text = ChromeText.readable(try page(LocalizedMaps.everyChromeWord(language: "xx")))
        for phrase in Self.keyPhrases(.english) { #expect(ChromeText.text(text, contains: phrase), "\(phrase)") }
    }
}
