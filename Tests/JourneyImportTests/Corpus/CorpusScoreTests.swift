import Foundation
import JourneyImport
import JourneyModel
import Testing

/// Imports every map of the corpus, compares it with its truth and prints the accuracy.
///
/// The targets: stages and lanes exact in every map, at least 98 % of cells in the right
/// stage × lane, every emotion score right (within 0.25, for curves drawn by hand), and no label lost.
@Suite("The journey-map corpus")
struct CorpusScoreTests {
    @Test func meetsTheAccuracyTargets() throws {
        let maps = try CorpusMap.all()
        #expect(maps.count >= 24, "the corpus holds \(maps.count) maps")
        var total = (cells: 0, right: 0, emotions: 0, emotionsRight: 0, extra: 0)
        var lines: [String] = []
        var failedMaps: [String] = []
        for corpusMap in maps {
            let result: ImportResult
            do {
                result = try corpusMap.format.importMap(contentsOf: corpusMap.url, file: corpusMap.name)
            } catch {
                lines.append("\(corpusMap.name): not read: \(error)")
                failedMaps.append(corpusMap.name)
                Issue.record(error, "\(corpusMap.name)")
                continue
            }
            let score = CorpusScore(map: result.map, report: result.report, truth: corpusMap.truth)
            expectNoLabelLost(result)
            total.cells += score.cells
            total.right += score.cellsRight
            total.emotions += score.emotions
            total.emotionsRight += score.emotionsRight
            total.extra += score.extraItems
            let truth = corpusMap.truth
            lines.append(
                "\(corpusMap.name) [\(truth.style), \(truth.language)]: stages \(score.stagesExact ? "✓" : "✗"), "
                    + "lanes \(score.lanesExact ? "✓" : "✗"), cells \(score.cellsRight)/\(score.cells), "
                    + "emotions \(score.emotionsRight)/\(score.emotions), extra \(score.extraItems), "
                    + "personas \(score.personasExact ? "✓" : "✗"), notes \(score.notesKept)/\(score.notes) "
                    + "(\(result.report.layout))")
            for miss in score.misses.prefix(12) { lines.append("    " + miss) }
            let perfect =
                score.stagesExact && score.lanesExact && score.emotionsRight == score.emotions && score.personasExact
                && score.titleRight && score.pageRight && score.notesKept == score.notes
            if !perfect { failedMaps.append(corpusMap.name) }
        }
        let cellShare = total.cells == 0 ? 0 : Double(total.right) / Double(total.cells)
        lines.append(
            "total: \(maps.count) maps, cells \(total.right)/\(total.cells) "
                + "(\(String(format: "%.1f", cellShare * 100)) %), emotions \(total.emotionsRight)/\(total.emotions), "
                + "extra items \(total.extra), maps short of a target: \(failedMaps.count)")
        print(lines.joined(separator: "\n"))
        #expect(failedMaps.isEmpty, "maps short of a target: \(failedMaps)")
        #expect(cellShare >= 0.98)
        #expect(total.emotionsRight == total.emotions)
    }
}
