import Foundation
import JourneyModel

/// Turns a parsed journey into a map: sections → stages, tasks → an action and an emotion each,
/// actors → personas; what has no field of its own goes to extension data under ``namespace``.
struct MapBuilder {
    /// The extension namespace for what Mermaid holds and the model has no field for.
    static let namespace = "mermaid"
    /// The name of the stage holding tasks written before any section (Mermaid's empty section).
    static let unsectionedStageName = "Start"
    /// The name of a persona for an empty actor (`Task: 5:`).
    static let emptyActorName = "Unnamed actor"
    /// The name of a stage whose section name is only white space.
    static let emptySectionName = "Untitled section"

    let journey: ParsedJourney
    let preprocessed: PreprocessedJourney
    let file: String?
    let start: SourceLocation

    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap = SourceMap()
    private var personas: [Persona] = []
    private var personaIDsByName: [String: String] = [:]
    private var usedIDs = IdentifierPool()

    init(journey: ParsedJourney, preprocessed: PreprocessedJourney, file: String?, start: SourceLocation) {
        self.journey = journey
        self.preprocessed = preprocessed
        self.file = file
        self.start = start
        sourceMap = SourceMap(file: file)
    }

    /// A section name as the map shows it, from the text as written.
    static func stageName(fromSource raw: String) -> String {
        let name = MermaidText.decode(MermaidText.marked(raw), lineBreaks: true)
        return name.isEmpty ? emptySectionName : name
    }

    /// An actor as the map names the persona.
    static func personaName(fromSource raw: String) -> String {
        let name = MermaidText.decode(MermaidText.marked(raw), lineBreaks: false)
        return name.isEmpty ? emptyActorName : name
    }

    private func location(_ located: ParsedJourney.Located) -> SourceLocation {
        SourceLocation(file: file, line: located.line, column: located.column)
    }

    private mutating func uniqueID(_ base: String) -> String { usedIDs.unique(base) }

    mutating func build() -> JourneyMap {
        let title = journey.titles.last.map { MermaidText.decode($0.text, lineBreaks: false) }
        var map = JourneyMap(
            id: Identifiers.slug(title ?? preprocessed.frontMatterTitle ?? "", fallback: "journey"),
            title: title ?? preprocessed.frontMatterTitle ?? "",
            lanes: [Lane(kind: .actions), Lane(kind: .emotions)])
        usedIDs = IdentifierPool(used: ["actions", "emotions"])
        sourceMap.locations[.map] = start
        var extensions: [(namespace: String, key: String, value: String)] = []
        func keep(_ key: String, _ value: String?) {
            if let value { extensions.append((Self.namespace, key, value)) }
        }
        keep("front-matter", preprocessed.frontMatter)
        if title == nil, preprocessed.frontMatterTitle != nil { keep("title-source", "front-matter") }
        keep(
            "overridden-titles",
            journey.titles.count > 1 ? journey.titles.dropLast().map(\.text).joined(separator: "\n") : nil)
        keep("directives", preprocessed.directives.isEmpty ? nil : preprocessed.directives.joined(separator: "\n"))
        if let accessibleTitle = journey.accessibleTitles.last {
            keep("acc-title", MermaidText.decodeEntities(accessibleTitle.text.trimmingJavaScriptWhiteSpace))
        }
        if let description = journey.accessibleDescriptions.last {
            var text = MermaidText.decodeEntities(description.value.text.trimmingJavaScriptWhiteSpace)
            if description.isBlock {
                text = text.replacingOccurrences(of: #"\n\s+"#, with: "\n", options: .regularExpression)
                keep("acc-descr-block", "true")
            }
            map.summary = text
        }
        map.stages = buildStages()
        map.personas = personas
        attachComments(to: &map)
        map.extensions.merge(extensions)
        return map
    }

    private mutating func buildStages() -> [Stage] {
        var stages: [Stage] = []
        if journey.tasks.contains(where: { $0.section == nil }) {
            var stage = Stage(id: uniqueID("start"), name: Self.unsectionedStageName)
            stage.extensions[Self.namespace, "unsectioned"] = "true"
            stages.append(stage)
        }
        let offset = stages.count
        for section in journey.sections {
            let name = Self.stageName(fromSource: section.text)
            var stage = Stage(id: uniqueID(Identifiers.slug(name, fallback: "section")), name: name)
            if MermaidText.encode(name, for: .section).text != MermaidText.source(section.text) {
                stage.extensions[Self.namespace, "source-name"] = MermaidText.source(section.text)
            }
            sourceMap.locations[.stage(stage.id)] = location(section)
            stages.append(stage)
        }
        for (number, task) in journey.tasks.enumerated() {
            let index = task.section.map { $0 + offset } ?? 0
            stages[index].items += makeItems(task, number: number + 1, stageID: stages[index].id)
        }
        return stages
    }

    private mutating func personaIDs(for actors: [String], at located: ParsedJourney.Located) -> [String] {
        var ids: [String] = []
        for raw in actors.map({ MermaidText.source($0) }) {
            let id: String
            if let known = personaIDsByName[raw] {
                id = known
            } else {
                let name = Self.personaName(fromSource: raw)
                id = uniqueID(Identifiers.slug(name, fallback: "actor"))
                var persona = Persona(id: id, name: name)
                if MermaidText.encode(name, for: .actor).text != raw {
                    persona.extensions[Self.namespace, "source-name"] = raw
                }
                personas.append(persona)
                personaIDsByName[raw] = id
                sourceMap.locations[.persona(id)] = location(located)
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private mutating func makeItems(_ task: ParsedJourney.Task, number: Int, stageID: String) -> [Item] {
        // As Mermaid's `addTask`: the data after `:` split at `:`; the score is the first part, the
        // actors the second split at `,`; further parts are ignored.
        let parts = task.data.text.dropFirst().split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let scoreText = parts[0]
        let actors =
            parts.count > 1 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init) : []
        let name = MermaidText.decode(task.name.text, lineBreaks: true)
        let actionID = uniqueID("task-\(number)")
        let personaIDs = personaIDs(for: actors, at: task.data)
        var action = Item(id: actionID, kind: .action, laneID: "actions", text: name, personaIDs: personaIDs)
        var emotion = Item(
            id: uniqueID("\(actionID)-emotion"), kind: .emotion, laneID: "emotions", text: name, personaIDs: personaIDs)
        emotion.extensions[Self.namespace, "task"] = actionID
        if MermaidText.encode(name, for: .task).text != MermaidText.source(task.name.text) {
            action.extensions[Self.namespace, "source-name"] = MermaidText.source(task.name.text)
        }
        if parts.count > 2 {
            let ignored = MermaidText.source(parts.dropFirst(2).joined(separator: ":"), trimming: false)
            action.extensions[Self.namespace, "ignored"] = ignored
            diagnostics.append(
                Diagnostic(
                    .warning, code: "mermaid-ignored-task-data",
                    "Mermaid ignores “:\(ignored)” after the actors of task “\(name)”; kept in extension data",
                    at: .item(actionID, inStage: stageID), location: location(task.data)))
        }
        let path = ElementPath.item(emotion.id, inStage: stageID)
        let value = JavaScriptNumber.value(of: scoreText)
        let trimmed = scoreText.trimmingJavaScriptWhiteSpace
        if value.isFinite {
            emotion.score = EmotionScore(value, onScale: 1...5)
            if NumberText.format(value) != trimmed {
                emotion.extensions[Self.namespace, "score"] = MermaidText.source(scoreText, trimming: false)
            }
            if !(1...5).contains(value) {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "mermaid-score-out-of-range",
                        "the score \(trimmed) of task “\(name)” lies outside Mermaid's 1…5; kept as it is",
                        at: path, location: location(task.data)))
            }
        } else {
            emotion.extensions[Self.namespace, "score"] = MermaidText.source(scoreText, trimming: false)
            diagnostics.append(
                Diagnostic(
                    .warning, code: "mermaid-score-not-a-number",
                    "the score “\(trimmed)” of task “\(name)” is not a number (Mermaid reads it as \(value.isNaN ? "NaN" : "\(value)")); "
                        + "the emotion has no score and the text is kept in extension data",
                    at: path, location: location(task.data)))
        }
        sourceMap.locations[.item(actionID, inStage: stageID)] = location(task.name)
        sourceMap.locations[path] = location(task.data)
        return [action, emotion]
    }

    /// Gives each comment to the section or task on its line or after it; the rest to the map.
    private func attachComments(to map: inout JourneyMap) {
        let comments = (preprocessed.comments + journey.comments).sorted { $0.line < $1.line }
        guard !comments.isEmpty else { return }
        var anchors: [(line: Int, stage: Int, item: Int?)] = []
        var sectionIndex = map.stages.first?.extensions[Self.namespace, "unsectioned"] == nil ? 0 : 1
        for (index, section) in journey.sections.enumerated() {
            anchors.append((section.line, index + sectionIndex, nil))
        }
        var taskCounts: [Int: Int] = [:]
        for task in journey.tasks {
            let stage = task.section.map { $0 + sectionIndex } ?? 0
            let item = taskCounts[stage, default: 0]
            taskCounts[stage] = item + 2
            anchors.append((task.name.line, stage, item))
        }
        sectionIndex = 0
        anchors.sort { ($0.line, $0.item == nil ? 0 : 1) < ($1.line, $1.item == nil ? 0 : 1) }
        var byAnchor: [Int: [String]] = [:]
        var trailing: [String] = []
        for comment in comments {
            if let anchor = anchors.firstIndex(where: { $0.line >= comment.line }) {
                byAnchor[anchor, default: []].append(comment.text)
            } else {
                trailing.append(comment.text)
            }
        }
        for (anchor, texts) in byAnchor {
            let target = anchors[anchor]
            let joined = texts.joined(separator: "\n")
            if let item = target.item {
                map.stages[target.stage].items[item].extensions[Self.namespace, "comments"] = joined
            } else {
                map.stages[target.stage].extensions[Self.namespace, "comments"] = joined
            }
        }
        if !trailing.isEmpty { map.extensions[Self.namespace, "trailing-comments"] = trailing.joined(separator: "\n") }
    }
}
