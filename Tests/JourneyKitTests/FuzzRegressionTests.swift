import Foundation
import JourneyKit
import Testing

@testable import journey_fuzz

/// Every input kept from fuzzing runs cleanly through its fuzz target.
///
/// The inputs are those fuzzing found and the hostile inputs that found the first crashes; the
/// target runs its reader, validation, every writer and the lossless read-backs, and stops the
/// program on any failure, so a regression fails the test run.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// `Fixtures/fuzz/TARGET/FILE`, one folder per fuzz target.
    static let inputs: [(target: FuzzTarget, file: URL)] = {
        guard let root = Bundle.module.url(forResource: "Fixtures/fuzz", withExtension: nil) else { return [] }
        var inputs: [(FuzzTarget, URL)] = []
        for target in FuzzTarget.allCases {
            let folder = root.appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            inputs += names.sorted().map { (target, folder.appendingPathComponent($0)) }
        }
        return inputs
    }()

    @Test func theKeptInputsAreThere() {
        #expect(Self.inputs.count >= 7)
        #expect(Set(Self.inputs.map(\.target)).count >= 5)
    }

    @Test(arguments: inputs.map { "\($0.target.rawValue)/\($0.file.lastPathComponent)" })
    func keptInputRunsCleanly(_ name: String) throws {
        let input = try #require(Self.inputs.first { "\($0.target.rawValue)/\($0.file.lastPathComponent)" == name })
        let data = try Data(contentsOf: input.file)
        input.target.run(data)
        // The sniffing target sees the same input as any reader would.
        FuzzTarget.sniff.run(data)
    }

    @Test func anEventLogThatReadsIsMeasuredAndWrittenBack() throws {
        let events = try #require(Self.inputs.first { $0.target == .events })
        let data = try Data(contentsOf: events.file)
        var count = 0
        _ = try EventLogReader().read(data, file: nil) { _ in count += 1 }
        #expect(count > 0)
        FuzzTarget.events.run(data)
    }

    @Test func everyTargetHasSeedsAndAReader() {
        for target in FuzzTarget.allCases {
            #expect(!target.seedExtensions.isEmpty)
            if target != .sniff && target != .events {
                #expect(FuzzTarget.registry.reader(identifier: target.rawValue) != nil, "\(target.rawValue)")
            }
        }
    }
}
