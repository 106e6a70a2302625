import Foundation
import JourneyModel
import Testing

@testable import JourneyMermaid

/// What Mermaid's parser refuses, JourneyKit refuses too, naming the file, line and column.
@Suite struct ErrorTests {
    @Test(
        arguments: [
            ("Journey\n  section S\n", 1, 1, "lowercase"),
            ("graph TD\n", 1, 1, "expected `journey`"),
            ("", 1, 1, "expected `journey`"),
            ("journey\n  section S\n    Task without score\n", 3, 23, "expected `:`"),
            ("journey\n  section S\n    : 5\n", 3, 5, "needs a name"),
            ("journey\n  section S\n    T:\n", 3, 6, "expected a score"),
            ("journey\n  section S\n    T: 5; more\n", 3, 9, "#59;"),
            ("journey\n  section S\n    Journey planning: 5\n", 3, 5, "cannot appear again"),
            ("journey\n  section S: x\n", 2, 12, "needs a name"),
        ] as [(String, Int, Int, String)])
    func refusesWhatMermaidRefuses(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(readError(text))
        #expect(error.location == SourceLocation(file: "test.mmd", line: line, column: column), "\(error)")
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test func locatesErrorsAfterFrontMatterAndCommentLines() throws {
        let error = try #require(readError("---\ntitle: T\n---\n%% c\njourney\n  %% c\n  section S\n    ;\n"))
        #expect(error.location == SourceLocation(file: "test.mmd", line: 8, column: 5))
    }

    @Test func theNumberOfJavaScript() {
        #expect(JavaScriptNumber.value(of: " 5 ") == 5)
        #expect(JavaScriptNumber.value(of: " ") == 0)
        #expect(JavaScriptNumber.value(of: "0x10") == 16)
        #expect(JavaScriptNumber.value(of: "1e1") == 10)
        #expect(JavaScriptNumber.value(of: ".5") == 0.5)
        #expect(JavaScriptNumber.value(of: "-Infinity") == -.infinity)
        #expect(JavaScriptNumber.value(of: "Hello").isNaN)
        #expect(JavaScriptNumber.value(of: "1_000").isNaN)
        #expect(JavaScriptNumber.value(of: "-0x10").isNaN)
    }
}
