import Foundation
import JourneyModel
import Testing

@testable import JourneyMermaid

/// Reads Mermaid text with the default format.
func read(_ text: String, format: JourneyMermaidFormat = JourneyMermaidFormat()) throws -> ReadResult {
    try format.read(Data(text.utf8), file: "test.mmd")
}

/// The error reading `text` gives, or `nil` when it reads.
func readError(_ text: String) -> ReadError? {
    do {
        _ = try read(text)
        return nil
    } catch let error as ReadError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

/// The root of the package, for the examples.
func packageRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

extension JourneyMap {
    /// The actions, in order, with their stage's name.
    var actionTexts: [String] { stages.flatMap { $0.items.filter { $0.kind == .action }.map(\.text) } }
    /// The emotions' scores on Mermaid's scale, as the source gave them.
    var sourceScores: [Double?] {
        stages.flatMap { $0.items.filter { $0.kind == .emotion }.map { $0.score?.source?.value } }
    }
}
