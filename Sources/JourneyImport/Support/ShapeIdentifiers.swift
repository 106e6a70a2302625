import Foundation
import JourneyModel

/// Keeps the identifiers of one page's shapes (or edges) unique while a reader goes through them.
///
/// The first element with an identifier keeps it; a later one gets `#2`, `#3`, … appended and a
/// warning, so both survive. References in the file (edge ends, parents) resolve to the first.
struct UniqueIdentifiers {
    /// What the identifiers name, for messages: `shape`, `edge`.
    let noun: String
    private var used: Set<String> = []
    private var first: [String: String] = [:]
    /// The next suffix to try for each identifier used more than once, so that renaming stays linear
    /// however many elements share one identifier.
    private var nextSuffix: [String: Int] = [:]

    init(noun: String) { self.noun = noun }

    /// The identifier to use for an element the file calls `raw`.
    mutating func claim(_ raw: String, location: SourceLocation?, diagnostics: inout [Diagnostic]) -> String {
        guard used.contains(raw) else {
            used.insert(raw)
            first[raw] = raw
            return raw
        }
        var counter = nextSuffix[raw] ?? 2
        var candidate = "\(raw)#\(counter)"
        while used.contains(candidate) {
            counter += 1
            candidate = "\(raw)#\(counter)"
        }
        nextSuffix[raw] = counter + 1
        used.insert(candidate)
        diagnostics.append(
            Diagnostic(
                .warning, code: "import-duplicate-id",
                "the identifier '\(raw)' is used by more than one \(noun); this one is read as '\(candidate)'",
                location: location))
        return candidate
    }

    /// The identifier given to the first element the file calls `raw`, if there is one.
    func resolve(_ raw: String) -> String? { first[raw] }

    /// Whether an identifier has been given out.
    func contains(_ identifier: String) -> Bool { used.contains(identifier) }
}

enum ShapeHierarchy {
    /// Drops parent links that name no shape on the page or that go round in a cycle, with a warning
    /// for each, so that whoever walks the tree later always reaches the top.
    static func repair(_ page: inout DiagramPage, diagnostics: inout [Diagnostic]) {
        var index: [String: Int] = [:]
        for (position, shape) in page.shapes.enumerated() where index[shape.id] == nil {
            index[shape.id] = position
        }
        for position in page.shapes.indices {
            guard let parent = page.shapes[position].parentID, index[parent] == nil else { continue }
            diagnostics.append(
                Diagnostic(
                    .warning, code: "import-dangling-parent",
                    "the shape '\(page.shapes[position].id)' names the parent '\(parent)', which is not on "
                        + "page '\(page.name)'; it is read as a top-level shape",
                    location: page.shapes[position].location))
            page.shapes[position].parentID = nil
        }
        // 0: not seen, 1: on the current path, 2: known to reach the top.
        var state = [UInt8](repeating: 0, count: page.shapes.count)
        for start in page.shapes.indices where state[start] == 0 {
            var path: [Int] = []
            var current = start
            while true {
                if state[current] == 2 { break }
                if state[current] == 1 {
                    // The link from the last shape on the path closes the cycle: drop it.
                    if let last = path.last {
                        let shape = page.shapes[last]
                        diagnostics.append(
                            Diagnostic(
                                .warning, code: "import-parent-cycle",
                                "the shape '\(shape.id)' is inside itself through its parents; its link to "
                                    + "'\(shape.parentID ?? "")' is dropped",
                                location: shape.location))
                        page.shapes[last].parentID = nil
                    }
                    break
                }
                state[current] = 1
                path.append(current)
                guard let parent = page.shapes[current].parentID, let next = index[parent] else { break }
                current = next
            }
            for position in path { state[position] = 2 }
        }
    }
}
