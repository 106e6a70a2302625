import JourneyModel
import Testing

@testable import JourneyImport

/// The shortcuts the recognizer takes on large pages give what sorting everything would.
@Suite("Finding the grid")
struct GridFindingTests {
    /// A small deterministic generator, so a failure can be reproduced from its seed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: 0..<20)
    func theMedianIsTheMiddleOfTheSortedValues(seed: Int) {
        var generator = Generator(state: UInt64(seed) + 1)
        let count = 1 + generator.next(200)
        // Few distinct values as well as many, so ties are common.
        let spread = seed.isMultiple(of: 2) ? 5 : 10_000
        let values = (0..<count).map { _ in Double(generator.next(spread)) / 4 }
        #expect(PageRecognition.median(values) == values.sorted()[count / 2])
    }

    @Test(arguments: 0..<40)
    func theFirstGroupIsTheOneFullSortingFinds(seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 7919 + 3)
        let count = 2 + generator.next(300)
        // Coordinates in rows: many shapes share one, some stand alone above the rest.
        let coordinates = (0..<count).map { _ -> Double in
            generator.next(5) == 0
                ? Double(generator.next(100)) : Double(100 + 60 * generator.next(20) + generator.next(7))
        }
        let positions = Array((0..<count).reversed())
        let tolerance = Double(1 + generator.next(30))
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
        var generator = Generator(state: 99)
        let samples: [Double] = [0, -0.0, 1, -1, 12.5, -12.345, 0.004, 0.005, 999_999_999_999_999, 1e15, 1e20, -3.999]
        var values = samples
        for _ in 0..<400 {
            let whole = Double(generator.next(2_000_000)) - 1_000_000
            let fraction = Double(generator.next(10_000)) / Double([1, 10, 100, 1000, 10_000][generator.next(5)])
            values.append(whole + (generator.next(2) == 0 ? 0 : fraction))
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

    @Test(arguments: [
        "Calls the hotline", "E-Mail from sales", "email", "e mail", "Newsletter",
        "Visits the showroom and the website",
        "Instagram ad", "App store review", "nothing here", "", "REPRESENTATIVE", "representatives", "web2 site",
        "a-very-long-word-without-channel-words-representative", "ad,ads;advert", "Mail", "e", "Google search",
    ])
    func findsChannelsInASCIITextAsInAnyText(text: String) {
        // A no-break space is white space outside ASCII: the same words, read the general way.
        #expect(PageRecognition.channel(in: text) == PageRecognition.channel(in: text + "\u{00A0}"))
    }
}
