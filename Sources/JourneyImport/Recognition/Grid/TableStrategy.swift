import Foundation
import JourneyModel

extension PageRecognition {
    /// The grid of a table (`shape=table`), when the page has one.
    ///
    /// Its first row and column (or the ones named in the options) are the headers; its other
    /// cells hold items, one per line. Leading rows with one label at most (a title merged across
    /// the table) are the title.
    mutating func findTable() -> (columns: [Band], rows: [Band], cells: [Int])? {
        var table: Int?
        for position in page.shapes.indices where page.shapes[position].kind == .table {
            guard let area = bounds(position)?.area else { continue }
            if table == nil || area > bounds(table!)!.area { table = position }
        }
        guard let table else { return nil }
        let tableRows = children(of: table).sorted { bounds($0)!.y < bounds($1)!.y }
        let grid: [[Int]] = tableRows.map { row in children(of: row).sorted { bounds($0)!.x < bounds($1)!.x } }
        guard grid.count >= 2, grid.allSatisfy({ !$0.isEmpty }) else { return nil }
        used[table] = true
        for row in tableRows { used[row] = true }
        if !blank[table] { titleCandidates.append(table) }
        // Rows above the header row holding one label at most (a title merged across the table) give
        // the title, not the stages.
        var titleRows = 0
        if options.headerRow == nil {
            func labels(_ row: [Int]) -> Int {
                row.filter { !blank[$0] && page.shapes[$0].style["visible"] != "0" }.count
            }
            while titleRows < grid.count - 2, labels(grid[titleRows]) <= 1 {
                for cell in grid[titleRows] where !blank[cell] && !used[cell] { titleCandidates.append(cell) }
                for cell in grid[titleRows] { used[cell] = true }
                titleRows += 1
            }
        }
        let headerRowIndex = min(max((options.headerRow ?? titleRows + 1) - 1, 0), grid.count - 1)
        let headerColumnIndex = max((options.headerColumn ?? 1) - 1, 0)

        var columns: [Band] = []
        for (index, cell) in grid[headerRowIndex].enumerated() where index != headerColumnIndex {
            used[cell] = true
            let cellBounds = bounds(cell)!
            columns.append(
                Band(
                    title: page.shapes[cell].text, start: cellBounds.x, end: cellBounds.maxX, headers: [cell],
                    position: cellBounds.x))
        }
        var rows: [Band] = []
        var cells: [Int] = []
        for (rowIndex, row) in grid.enumerated() where rowIndex != headerRowIndex && rowIndex >= titleRows {
            if headerColumnIndex < row.count {
                let header = row[headerColumnIndex]
                used[header] = true
                let rowBounds = bounds(tableRows[rowIndex])!
                rows.append(
                    Band(
                        title: page.shapes[header].text, start: rowBounds.y, end: rowBounds.maxY, headers: [header],
                        position: rowBounds.y))
            }
            for (columnIndex, cell) in row.enumerated() where columnIndex != headerColumnIndex {
                cells.append(cell)
            }
        }
        for (index, cell) in grid[headerRowIndex].enumerated() where index == headerColumnIndex && !blank[cell] {
            unplaced.append(note(cell, reason: "corner header of the table"))
            used[cell] = true
        }
        // Let the bands meet, so loose shapes drawn over the table are placed too.
        Self.closeGaps(&columns, lastEnd: columns.map(\.end).max() ?? .infinity)
        Self.closeGaps(&rows, lastEnd: rows.map(\.end).max() ?? .infinity)
        return (columns, rows, cells)
    }

    /// The children of a shape that have geometry, in document order.
    func children(of position: Int) -> [Int] {
        (childrenByParent[page.shapes[position].id] ?? []).filter { bounds($0) != nil }
    }
}
