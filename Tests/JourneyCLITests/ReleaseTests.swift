import Foundation
import JourneyTestSupport
import Testing

/// The version the tool reports is the one the changelog, the README and the getting-started article
/// name, so that a tag of that version is what they describe.
@Suite("Release")
struct ReleaseTests {
    private func text(_ path: String) throws -> String {
        try String(contentsOf: Journey.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theVersionIsTheSameEverywhere() throws {
        let version = try Journey.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." })
        let changelog = try text("CHANGELOG.md")
        let firstRelease = changelog.split(separator: "\n").first { $0.hasPrefix("## ") && !$0.contains("Unreleased") }
        #expect(firstRelease?.hasPrefix("## \(version) ") == true, "\(firstRelease ?? "no release section")")
        #expect(try text("README.md").contains("from: \"\(version)\")"))
        #expect(
            try text("Sources/JourneyKit/Documentation.docc/Articles/GettingStarted.md").contains(
                "from: \"\(version)\")"))
    }
}
