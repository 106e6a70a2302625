import Foundation
import JourneyKit
import JourneyTestSupport
import Testing

/// How `journey convert` replaces its output: atomically, through a temporary file a later run can
/// recognize, keeping the permissions of the file it replaces and the links that lead to it.
@Suite("journey convert output files")
struct OutputFileTests {
    let folder: URL
    let input: URL

    init() throws {
        folder = try Journey.temporaryFolder()
        input = folder.appendingPathComponent("map.journey.xml")
        try SampleMaps.clean.export(as: .xml).write(to: input)
    }

    private func convert(to output: String) throws -> CommandResult {
        try Journey.run(["convert", input.path, output], in: folder)
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func removesTemporaryFilesLeftByRunsThatWereKilled() throws {
        let manager = FileManager.default
        // A process number no process has (above Linux's largest), for this output and another in
        // the folder; the test's own (alive), and a name that is not a process number.
        let stale = [".out.json.journey-tmp-999999999", ".other.json.journey-tmp-999999999"]
        let alive = ".out.json.journey-tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let others = [alive, ".out.json.journey-tmp-abc"]
        for name in stale + others {
            #expect(manager.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("x".utf8)))
        }
        let result = try convert(to: "out.json")
        #expect(result.status == 0, "\(result.errors)")
        let names = Set(try manager.contentsOfDirectory(atPath: folder.path))
        #expect(names.isDisjoint(with: stale))
        #expect(names.isSuperset(of: others))
        #expect(names == Set(others + ["map.journey.xml", "out.json"]))
    }

    @Test func keepsThePermissionsOfTheFileItReplaces() throws {
        let output = folder.appendingPathComponent("out.json").path
        for mode in [0o640, 0o600, 0o664] {
            try Data("old".utf8).write(to: URL(fileURLWithPath: output))
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: output)
            let result = try convert(to: output)
            #expect(result.status == 0, "\(result.errors)")
            #expect(try permissions(output) == mode, "\(String(mode, radix: 8))")
            #expect(try JourneyMap(Data(contentsOf: URL(fileURLWithPath: output)), format: .json) == SampleMaps.clean)
        }
    }

    @Test func writesThroughASymbolicLinkInsteadOfReplacingIt() throws {
        let manager = FileManager.default
        let targets = folder.appendingPathComponent("real")
        try manager.createDirectory(at: targets, withIntermediateDirectories: true)
        let target = targets.appendingPathComponent("target.json")
        try Data("old".utf8).write(to: target)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        // A relative link, and a link to that link.
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: "real/target.json")
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("chain.json").path, withDestinationPath: "link.json")
        for name in ["link.json", "chain.json"] {
            try Data("old".utf8).write(to: target)
            let result = try convert(to: name)
            #expect(result.status == 0, "\(result.errors)")
            let link = folder.appendingPathComponent(name).path
            #expect((try? manager.destinationOfSymbolicLink(atPath: link)) != nil, "\(name) is no longer a link")
            #expect(try JourneyMap(Data(contentsOf: target), format: .json) == SampleMaps.clean)
            #expect(try permissions(target.path) == 0o600)
            #expect(try manager.contentsOfDirectory(atPath: targets.path) == ["target.json"])
        }
        // A link to a file that does not exist yet: the file is made where the link points.
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("new.json").path, withDestinationPath: "real/new.json")
        #expect(try convert(to: "new.json").status == 0)
        #expect(
            try JourneyMap(Data(contentsOf: targets.appendingPathComponent("new.json")), format: .json)
                == SampleMaps.clean)
        #expect(
            try manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("new.json").path)
                == "real/new.json")
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        // A directory where the output should be: the rename fails after the temporary file is written.
        try FileManager.default.createDirectory(
            at: locked.appendingPathComponent("out.json"), withIntermediateDirectories: true)
        let result = try convert(to: "locked/out.json")
        #expect(result.status == 73)
        #expect(result.errors.contains("cannot write 'locked/out.json'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path) == ["out.json"])
    }
}
