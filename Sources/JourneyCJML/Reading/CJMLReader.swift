import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Reads a CJML document into a map: parse safely, check the root and version, choose the journey,
/// then map it (see the extensions in Mapping/).
struct CJMLReader {
    let file: String?
    /// Which journey to read, from 1; `nil` reads the first.
    let journeyNumber: Int?

    var diagnostics: [Diagnostic] = []
    var sourceMap: SourceMap
    var usedIDs = IdentifierPool()
    /// Persona identifiers by the actor identifier CJML refers to them by.
    var personaIDsByActor: [String: String] = [:]
    var personas: [Persona] = []
    /// Stage indexes by phase identifier.
    var stageIndexesByPhase: [String: Int] = [:]
    var stages: [Stage] = []
    /// How many touchpoints were read, for their position.
    var touchpointCount = 0
    /// `planned` or `actual`, as the journey's touchpoint elements begin.
    var journeyKind = "actual"

    init(file: String?, journeyNumber: Int?) {
        self.file = file
        self.journeyNumber = journeyNumber
        sourceMap = SourceMap(file: file)
    }

    func location(_ node: CJMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    mutating func uniqueID(_ name: String, fallback: String) -> String { usedIDs.make(from: name, fallback: fallback) }

    mutating func warn(_ code: String, _ message: String, at path: ElementPath, _ node: CJMLNode) {
        diagnostics.append(Diagnostic(.warning, code: code, message, at: path, location: location(node)))
    }

    /// Reads the whole document.
    mutating func read(_ data: Data) throws -> ReadResult {
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, fileName: file)
        } catch let error as XMLError {
            throw ReadError(
                error.message,
                at: SourceLocation(file: file, line: error.location.line, column: error.location.column),
                kind: ReadError.Kind(rawValue: error.kind.rawValue))
        }
        var emptied = 0
        let root = CJMLNode(document.root, emptied: &emptied)
        if root.name == CJMLNames.swimlaneRoot {
            return ReadResult(map: readSwimlane(root), diagnostics: diagnostics, sourceMap: sourceMap)
        }
        let version = try checkRoot(root)
        let (journey, before, after) = try chooseJourney(in: root)
        var map = try readJourney(journey)
        var kept: [(namespace: String, key: String, value: String)] = []
        func keep(_ key: String, _ value: String?) {
            if let value { kept.append((CJMLNames.namespace, key, value)) }
        }
        keep(CJMLKey.version, version)
        keep(CJMLKey.versionAbsent, version == nil ? "true" : nil)
        keep(
            CJMLKey.rootAttributes,
            KeptElements.encode(root.attributes.filter { $0.name != CJMLTag.version || $0.namespace != nil }))
        keep(CJMLKey.before, KeptElements.encode(before))
        keep(CJMLKey.after, KeptElements.encode(after))
        map.extensions.merge(kept)
        if emptied > 0 {
            diagnostics.append(
                Diagnostic(
                    .note, code: "cjml-nan-empty",
                    "\(emptied) values written as “nan” (an empty spreadsheet cell) are read as empty", at: .map,
                    location: location(root)))
        }
        return ReadResult(map: map, diagnostics: diagnostics, sourceMap: sourceMap)
    }

    /// Refuses what is not CJML 2.0 or 3.0; returns the version given.
    private func checkRoot(_ root: CJMLNode) throws -> String? {
        guard root.name == CJMLNames.root else {
            throw ReadError(
                "expected a <CJML> root element, found <\(root.name)>", at: location(root), kind: .unsupportedFormat)
        }
        guard let version = root.attribute(CJMLTag.version) else { return nil }
        guard CJMLNames.versions.contains(version) else {
            throw ReadError(
                "this document uses CJML version \(version); versions \(CJMLNames.versions.joined(separator: " and ")) are read",
                at: location(root), kind: .unsupportedFormat)
        }
        return version
    }

    /// The journey to read and what comes before and after it at the top level.
    private mutating func chooseJourney(in root: CJMLNode) throws -> (CJMLNode, [CJMLNode], [CJMLNode]) {
        let journeyIndexes = root.children.indices.filter {
            [CJMLNames.plannedJourney, CJMLNames.actualJourney].contains(root.children[$0].name)
        }
        guard !journeyIndexes.isEmpty else {
            throw ReadError(
                "the document holds no <plannedJourney> or <actualJourney>", at: location(root), kind: .invalid)
        }
        let chosen = journeyNumber ?? 1
        guard journeyIndexes.indices.contains(chosen - 1) else {
            throw ReadError(
                "the document holds \(journeyIndexes.count) journeys; there is no journey \(chosen)",
                at: location(root), kind: .invalid)
        }
        if journeyIndexes.count > 1, journeyNumber == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "cjml-several-journeys",
                    "the document holds \(journeyIndexes.count) journeys; read the first (choose another with the "
                        + "journey option, --page on the command line); the others are kept in extension data",
                    at: .map, location: location(root)))
        }
        let index = journeyIndexes[chosen - 1]
        return (
            root.children[index], Array(root.children[..<index]).filter { !$0.isEmpty },
            Array(root.children[(index + 1)...]).filter { !$0.isEmpty }
        )
    }
}
