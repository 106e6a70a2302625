import Foundation
import JourneyModel

/// Choosing and trimming the row of loose headers.
extension PageRecognition {
    /// The top row of aligned shapes, stepping over rows of persona cards, and over a top row
    /// naming no stage when a row below names several (or when it is a pair of labels — a title and
    /// a date — above a longer row naming a stage).
    func chooseHeaderRow(_ candidates: [Int], tolerance: Double) -> [Int] {
        let rows = Self.firstClusters(
            4, of: candidates, tolerance: tolerance, by: { bounds($0)!.midY },
            extent: { (bounds($0)!.y, bounds($0)!.maxY) })
        let readable = rows.filter { !looksLikePersonaCards($0) }
        guard let first = readable.first else { return rows.first ?? [] }
        // Long rows are judged on their first 64 shapes: the rule is about most of them.
        func named(_ row: [Int]) -> Int { row.prefix(64).filter { matcher.isStageName(page.shapes[$0].text) }.count }
        // A top row of lane titles heads a map drawn vertically: it stays.
        let lanes = first.prefix(64).filter { matcher.laneKind(forTitle: page.shapes[$0].text) != nil }.count
        guard named(first) == 0, lanes * 2 < min(first.count, 64) else { return grown(first, candidates: candidates) }
        let better = readable.dropFirst().first { row in
            let count = named(row)
            return count >= 2 && count * 2 >= min(row.count, 64) || first.count <= 2 && row.count >= 3 && count >= 1
        }
        return grown(better ?? first, candidates: candidates)
    }

    /// A header row with the headers drawn a little off it: shapes whose centre lies within the
    /// row's height and which stand beside, not under, its members.
    func grown(_ row: [Int], candidates: [Int]) -> [Int] {
        guard let top = row.map({ bounds($0)!.y }).min(), let bottom = row.map({ bounds($0)!.maxY }).max() else {
            return row
        }
        let members = Set(row)
        let height = Self.median(row.map { bounds($0)!.height })
        // The members across the page, looked up by bisection: each shape is compared with its
        // neighbours only.
        var across = row.map { bounds($0)! }.sorted { $0.x < $1.x }
        func standsBeside(_ box: DiagramRect) -> Bool {
            var low = 0
            var high = across.count
            while low < high {
                let middle = (low + high) / 2
                if across[middle].x < box.x { low = middle + 1 } else { high = middle }
            }
            var index = low
            // Members starting further left may reach over it; those starting right of its end do not.
            var checked = 0
            while index > 0 && checked < 8 {
                index -= 1
                checked += 1
            }
            for other in across[index...] {
                if other.x >= box.maxX { break }
                if min(box.maxX, other.maxX) - max(box.x, other.x) > min(box.width, other.width) * 0.25 { return false }
            }
            return true
        }
        var added: [Int] = []
        for position in candidates where !members.contains(position) {
            let box = bounds(position)!
            guard box.midY > top, box.midY < bottom, box.height <= height * 1.5, standsBeside(box) else { continue }
            added.append(position)
            let insertion = across.firstIndex { $0.x >= box.x } ?? across.count
            across.insert(box, at: insertion)
        }
        return row + added
    }

    /// Whether most shapes of a row are persona cards: a person's name over a role or description,
    /// or a role alone.
    func looksLikePersonaCards(_ row: [Int]) -> Bool {
        let sample = row.prefix(64)
        let cards = sample.filter { position in
            let text = page.shapes[position].text
            let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            guard lines.count >= 2, !matcher.isStageName(text), matcher.laneKind(forTitle: text) == nil else {
                return false
            }
            return lines.dropFirst().contains { matcher.namesRole(String($0)) } || Self.looksLikeName(lines[0])
        }
        return cards.count * 2 > sample.count
    }

    /// Whether a line reads as a person's name.
    ///
    /// Two to four capitalized words of letters ("Anna Keller", "Dr. Markus Weber"), or a short
    /// line in a script without capitals.
    static func looksLikeName(_ line: Substring) -> Bool {
        let words = line.split(separator: " ").filter { !$0.isEmpty }
        guard (1...4).contains(words.count), !line.contains(where: \.isNumber) else { return false }
        // Scripts without capitals (Japanese, Chinese): a short name of one or two parts.
        if !line.contains(where: { $0.isUppercase || $0.isLowercase }) {
            return words.count <= 2 && line.filter { !$0.isWhitespace }.count <= 6
        }
        guard words.count >= 2 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
        }
    }

    /// The longest run of a header row (or column) without a wide gap.
    ///
    /// A caption or a table drawn beside the grid, in line with its headers, is no header. A gap is
    /// wide when it is more than three times the usual gap and more than half the usual header's
    /// size.
    func mainRun(of headers: [Int], across: Bool) -> [Int] {
        guard headers.count >= 3 else { return headers }
        let boxes = headers.map { bounds($0)! }
        let order = boxes.indices.sorted { across ? boxes[$0].x < boxes[$1].x : boxes[$0].y < boxes[$1].y }
        let gaps = zip(order, order.dropFirst()).map { first, second in
            across ? boxes[second].x - boxes[first].maxX : boxes[second].y - boxes[first].maxY
        }
        let usualGap = max(Self.median(gaps), 0)
        let usualSize = Self.median(boxes.map { across ? $0.width : $0.height })
        var runs: [[Int]] = [[order[0]]]
        for (index, gap) in gaps.enumerated() {
            if gap > max(usualGap * 3, usualSize / 2) { runs.append([]) }
            runs[runs.count - 1].append(order[index + 1])
        }
        guard runs.count > 1, let longest = runs.max(by: { $0.count < $1.count }) else { return headers }
        let kept = Set(longest)
        return headers.enumerated().filter { kept.contains($0.offset) }.map(\.element)
    }

    /// A header row without the numbers drawn beside its names (a circle holding "1" left of
    /// "Research"): when a row mixes two or more labels that are only numbers with two or more
    /// that are not, the numbers mark the headers and are left to be notes.
    func withoutNumberMarks(_ row: [Int]) -> [Int] {
        func isNumberMark(_ position: Int) -> Bool {
            let text = page.shapes[position].text.trimmingCharacters(in: .whitespacesAndNewlines)
            return !text.isEmpty && text.allSatisfy { $0.isNumber || ".):#".contains($0) }
        }
        let marks = row.filter(isNumberMark)
        guard marks.count >= 2, row.count - marks.count >= 2 else { return row }
        let markSet = Set(marks)
        return row.filter { !markSet.contains($0) }
    }

    /// The left column of aligned shapes, stepping over a column of persona cards (the buying
    /// committee drawn left of the lane titles), and over a left column naming no lane when one of
    /// the next names several.
    func chooseHeaderColumn(_ candidates: [Int], tolerance: Double) -> [Int] {
        let columns = Self.firstClusters(3, of: candidates, tolerance: tolerance, by: { bounds($0)!.midX })
        let readable = columns.filter { !looksLikePersonaCards($0) }
        guard let first = readable.first else { return columns.first ?? [] }
        func named(_ column: [Int]) -> Int {
            column.prefix(64).filter { matcher.laneKind(forTitle: page.shapes[$0].text) != nil }.count
        }
        guard named(first) == 0,
            let better = readable.dropFirst().first(where: { named($0) >= 2 && named($0) * 2 >= min($0.count, 64) })
        else { return first }
        return better
    }

    /// A header row (or column) without a free text at either end that is no header like the others.
    ///
    /// A heading over persona cards below the lane titles, a caption beside the stages: such an end
    /// is free text where every other header is a box, and either less than half their
    /// size across the run or set apart by more than twice the usual gap.
    func withoutStrayEnds(_ headers: [Int], across: Bool) -> [Int] {
        guard headers.count >= 3 else { return headers }
        var kept = headers.sorted { across ? bounds($0)!.x < bounds($1)!.x : bounds($0)!.y < bounds($1)!.y }
        func isBox(_ position: Int) -> Bool { page.shapes[position].kind != .text }
        func size(_ position: Int) -> Double { across ? bounds(position)!.width : bounds(position)!.height }
        func start(_ position: Int) -> Double { across ? bounds(position)!.x : bounds(position)!.y }
        func end(_ position: Int) -> Double { across ? bounds(position)!.maxX : bounds(position)!.maxY }
        let gaps = zip(kept, kept.dropFirst()).map { start($1) - end($0) }
        let usualGap = max(Self.median(gaps), 0)
        for atEnd in [true, false] where kept.count >= 3 {
            let index = atEnd ? kept.count - 1 : 0
            let position = kept[index]
            let others = kept.indices.filter { $0 != index }.map { kept[$0] }
            guard !isBox(position), others.allSatisfy(isBox) else { continue }
            let usualSize = Self.median(others.map(size))
            let gap = atEnd ? start(position) - end(kept[index - 1]) : start(kept[1]) - end(position)
            if size(position) < usualSize / 2 || gap > max(usualGap * 2, 10) { kept.remove(at: index) }
        }
        let keep = Set(kept)
        return headers.filter { keep.contains($0) }
    }
}
