import Testing

@testable import JourneySVG

/// Line breaking by Unicode's rules (UAX #14) for text without spaces.
@Suite("Line breaking by Unicode rules")
struct LineBreakingTests {
    private let style = TextStyle(metrics: .dejaVuSans, size: 10)

    /// Characters no line may start with: closing punctuation, small kana, marks.
    private static let noStart: Set<Character> = [
        "、", "。", "，", "．", "：", "；", "！", "？", "」", "』", "）", "】", "〉", "》", "”", "ー", "っ", "ゃ", "ゅ",
        "ょ", "ッ", "ャ", "ュ", "ョ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ぁ", "々", "・", ":", ";", ",", ".", "!", "?", ")",
    ]
    /// Characters no line may end with: opening brackets.
    private static let noEnd: Set<Character> = ["「", "『", "（", "【", "〈", "《", "“", "("]

    /// Wraps a text at every width from narrow to wide and checks each wrapping.
    private func checkEveryWidth(_ text: String, _ check: ([Substring], Double) -> Void) {
        for width in stride(from: 40.0, through: 260, by: 7) {
            check(style.wrap(text, width: width), width)
        }
    }

    private func expectKinsoku(_ lines: [Substring], in text: String) {
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        for (index, line) in lines.enumerated() {
            if index > 0, let first = line.first {
                #expect(!Self.noStart.contains(first), "line \(index) starts with \(first): \(lines)")
            }
            if index < lines.count - 1, let last = line.last {
                #expect(!Self.noEnd.contains(last), "line \(index) ends with \(last): \(lines)")
            }
        }
    }

    @Test func japaneseLinesNeverStartWithClosingPunctuationOrSmallKana() {
        let texts = [
            "検討チームを作り、要件を洗い出して優先順位を付ける。「見積もり」を比較し、ショールームへ行く。",
            "ジャーニーマップ：顧客の体験を、ステップごとにチェックする！ほんとう？ちょっと待って。",
            "要件の見直し: 次のステップへ進む（担当：山田）『最終版』を承認っ。",
        ]
        for text in texts {
            checkEveryWidth(text) { lines, width in
                #expect(lines.count > 1 || style.width(text) <= width)
                expectKinsoku(lines, in: text)
            }
        }
    }

    @Test func chineseLinesNeverStartWithClosingPunctuationNorEndWithOpeningBrackets() {
        let text = "客户比较了三家供应商的报价，并且在“试用版”结束之前（第十四天）做出了决定。这是关键时刻！"
        checkEveryWidth(text) { lines, width in
            #expect(lines.count > 1 || style.width(text) <= width)
            expectKinsoku(lines, in: text)
        }
    }

    @Test func cjkLinesFitTheWidthAndBreakBetweenIdeographs() {
        let text = "顧客は店舗で試乗を予約し週末に家族と一緒に来店する予定です"
        for width in [40.0, 60, 95, 150] {
            let lines = style.wrap(text, width: width)
            #expect(lines.joined() == text)
            for line in lines { #expect(style.width(line) <= width, "\(line) in \(width)") }
            // Greedy filling: every line but the last is nearly full (breaks come between any two
            // ideographs).
            for line in lines.dropLast() {
                #expect(style.width(line) + style.width("顧") > width - style.spaceWidth - TextStyle.margin)
            }
        }
    }

    @Test func koreanBreaksAtSpacesAndKeepsWordsWhole() {
        let text = "고객은 주말에 가족과 함께 매장을 방문하여 시승을 예약합니다"
        let words = Set(text.split(separator: " "))
        for width in [60.0, 90, 130] {
            let lines = style.wrap(text, width: width)
            #expect(lines.joined(separator: " ") == text)
            for line in lines {
                for word in line.split(separator: " ") { #expect(words.contains(word), "\(word) split in \(lines)") }
            }
        }
    }

    @Test func latinWordsInsideCJKTextStayWhole() {
        let text = "営業担当者がJourneyKitのDashboardを開いて、KPIを確認する。"
        // Every width holds "JourneyKit" on one line; a word too long for a line would be cut.
        for width in [80.0, 120, 160] {
            let lines = style.wrap(text, width: width)
            #expect(lines.joined() == text)
            let joined = lines.map(String.init)
            for word in ["JourneyKit", "Dashboard", "KPI"] {
                let whole = joined.contains { $0.contains(word) }
                #expect(whole, "\(word) broken in \(joined)")
            }
        }
    }

    @Test func aWordCutForBeingTooLongLeavesNoClosingPunctuationAlone() {
        let text = "詳細はDonaudampfschifffahrtsgesellschaftskapitänswitwe。"
        checkEveryWidth(text) { lines, width in
            expectKinsoku(lines, in: text)
            for line in lines { #expect(style.width(line) <= width, "\(line) in \(width)") }
        }
        // Cut between characters, the word still reads whole when the lines are joined.
        #expect(style.wrap(text, width: 60).joined() == text)
    }

    @Test func theTableClassifiesWhatMatters() {
        #expect(LineBreakClass("。").kind == .closing)
        #expect(LineBreakClass("」").kind == .closing)
        #expect(LineBreakClass("「").kind == .opening)
        #expect(LineBreakClass("ー").kind == .nonStarter)
        #expect(LineBreakClass("ょ").kind == .nonStarter)
        #expect(LineBreakClass("！").kind == .exclamation)
        #expect(LineBreakClass("：").kind == .nonStarter)
        #expect(LineBreakClass(",").kind == .infixSeparator)
        #expect(LineBreakClass("漢").kind == .ideographic)
        #expect(LineBreakClass("😀").kind == .ideographic)
        #expect(LineBreakClass("한").kind == .alphabetic)
        #expect(LineBreakClass("a").kind == .alphabetic)
        // Latin punctuation keeps numbers and abbreviations whole; East Asian punctuation does not
        // hold the next character.
        #expect(!LineBreakClass.allowsBreak(between: LineBreakClass("."), and: LineBreakClass("5")))
        #expect(LineBreakClass.allowsBreak(between: LineBreakClass("。"), and: LineBreakClass("N")))
        #expect(!LineBreakClass.allowsBreak(between: LineBreakClass("「"), and: LineBreakClass("見")))
        #expect(!LineBreakClass.allowsBreak(between: LineBreakClass("見"), and: LineBreakClass("。")))
    }
}
