import JourneyModel
import JourneyTestSupport
import Testing

@testable import JourneyImport

/// The shortcuts the recognizer takes on large pages give what sorting everything would.
@Suite("Finding the grid")
struct GridFindingTests {
    @Test(arguments: 0..<20)
    func theMedianIsTheMiddleOfTheSortedValues(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let count = 1 + Int.random(in: 0..<200, using: &generator)
        // Few distinct values as well as many, so ties are common.
        let spread = seed.isMultiple(of: 2) ? 5 : 10_000
        let values = (0..<count).map { _ in Double(Int.random(in: 0..<spread, using: &generator)) / 4 }
        #expect(PageRecognition.median(values) == values.sorted()[count / 2])
    }

    @Test(arguments: 0..<40)
    func theFirstGroupIsTheOneFullSortingFinds(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) + 1000)
        let count = 2 + Int.random(in: 0..<300, using: &generator)
        // Coordinates in rows: many shapes share one, some stand alone above the rest.
        let coordinates = (0..<count).map { _ -> Double in
            Int.random(in: 0..<5, using: &generator) == 0
                ? Double(Int.random(in: 0..<100, using: &generator))
                : Double(
                    100 + 60 * Int.random(in: 0..<20, using: &generator) + Int.random(in: 0..<7, using: &generator))
        }
        let positions = Array((0..<count).reversed())
        let tolerance = Double(1 + Int.random(in: 0..<30, using: &generator))
        for number in 1...3 {
            let expected: [Int] = {
                let multi = PageRecognition.clusters(positions, tolerance: tolerance) { coordinates[$0] }.filter {
                    $0.count >= 2
                }
                return multi.isEmpty ? [] : Array(multi[min(number - 1, multi.count - 1)])
            }()
            let found = PageRecognition.multiCluster(number: number, of: positions, tolerance: tolerance) {
                coordinates[$0]
            }
            #expect(found == expected, "seed \(seed), group \(number)")
        }
    }

    @Test func writesBoundsAsNumberTextWritesEachNumber() {
        var generator = SeededGenerator(seed: 99)
        let samples: [Double] = [0, -0.0, 1, -1, 12.5, -12.345, 0.004, 0.005, 999_999_999_999_999, 1e15, 1e20, -3.999]
        var values = samples
        for _ in 0..<400 {
            let whole = Double(Int.random(in: 0..<2_000_000, using: &generator)) - 1_000_000
            let fraction =
                Double(Int.random(in: 0..<10_000, using: &generator))
                / Double([1, 10, 100, 1000, 10_000][Int.random(in: 0..<5, using: &generator)])
            values.append(whole + (Int.random(in: 0..<2, using: &generator) == 0 ? 0 : fraction))
        }
        for index in stride(from: 0, to: values.count - 3, by: 1) {
            let bounds = DiagramRect(
                x: values[index], y: values[index + 1], width: values[index + 2], height: values[index + 3])
            let expected = [bounds.x, bounds.y, bounds.width, bounds.height].map {
                NumberText.format(($0 * 100).rounded() / 100)
            }.joined(separator: " ")
            #expect(SourceKeeper.text(of: bounds) == expected)
        }
    }
}
