import Foundation
import JourneyTestSupport
import Testing

/// `Scripts/check-module-graph.sh`: the imports under Sources/ follow the architecture, and the
/// script catches those that do not.
@Suite("Module graph")
struct ModuleGraphTests {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let bash = URL(fileURLWithPath: "/bin/bash")

    /// A copy of what the script reads: the script, Sources/ and Docs/Architecture.md.
    private func copyOfThePackage() throws -> URL {
        let folder = try Commands.temporaryFolder(prefix: "module-graph")
        let manager = FileManager.default
        for path in ["Scripts/check-module-graph.sh", "Sources", "Docs/Architecture.md"] {
            let target = folder.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: Self.packageRoot.appendingPathComponent(path), to: target)
        }
        return folder
    }

    private func check(_ root: URL) throws -> CommandResult {
        try Commands.run(Self.bash, [root.appendingPathComponent("Scripts/check-module-graph.sh").path])
    }

    @Test func thePackageFollowsItsModuleGraph() throws {
        let result = try check(Self.packageRoot)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
    }

    @Test func anImportOutsideTheGraphFailsNamingFileAndLine() throws {
        let root = try copyOfThePackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Sources/JourneyCSV/LaneNames.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        try ("import Foundation\ninternal import JourneyXMLCore\n" + text).write(
            to: file, atomically: true, encoding: .utf8)
        let result = try check(root)
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "Sources/JourneyCSV/LaneNames.swift:2: error: JourneyCSV imports JourneyXMLCore, which the module graph does not allow"
            ), "\(result.output)")
    }

    @Test func aCModuleMustBeImportedInternal() throws {
        let root = try copyOfThePackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Sources/JourneyXMLCore/LibXML2.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "internal import CLibXML2", with: "import CLibXML2")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.output.contains("Sources/JourneyXMLCore/LibXML2.swift:1: error: the C module CLibXML2"))
    }

    @Test func theArchitectureTableMustAgree() throws {
        let root = try copyOfThePackage()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Docs/Architecture.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
            !$0.hasPrefix("| `JourneyJSON` |")
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try check(root)
        #expect(result.status == 1)
        #expect(result.output.contains("the module table has no row for JourneyJSON"))
    }
}
