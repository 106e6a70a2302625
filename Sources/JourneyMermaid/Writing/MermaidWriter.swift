import JourneyModel

/// Writes a map as a Mermaid journey and notes everything Mermaid cannot hold.
struct MermaidWriter {
    private(set) var lines: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    private let namespace = MapBuilder.namespace

    /// Writes `map`; the same map gives the same lines.
    init(_ map: JourneyMap) {
        let extensions = map.extensions
        if let frontMatter = extensions[namespace, "front-matter"] {
            lines += ["---", frontMatter, "---"]
        }
        if let directives = extensions[namespace, "directives"] { lines.append(directives) }
        lines.append("journey")
        writeHeader(map)
        let laneKinds = Dictionary(map.lanes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(map.personas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, stage) in map.stages.enumerated() {
            writeComments(stage.extensions[namespace, "comments"], indent: "  ")
            let unsectioned =
                index == 0 && stage.extensions[namespace, "unsectioned"] == "true"
                && stage.name == MapBuilder.unsectionedStageName
            if !unsectioned { lines.append("  section " + sectionName(stage)) }
            let pairing = TaskPairing(stage: stage, laneKinds: laneKinds)
            for task in pairing.tasks { writeTask(task, stage: stage, personas: names) }
            for emotion in pairing.unused {
                diagnostics.append(
                    Diagnostic(
                        .warning, code: "mermaid-emotion-dropped",
                        "the emotion “\(emotion.text)” matches no action's personas; Mermaid has no place for it",
                        at: .item(emotion.id, inStage: stage.id)))
            }
        }
        writeComments(extensions[namespace, "trailing-comments"], indent: "  ")
        diagnostics += LossReport.unwritten(in: map)
    }

    private mutating func report(_ replaced: [Character], in what: String, at path: ElementPath) {
        guard !replaced.isEmpty else { return }
        let lost = replaced.contains { $0.isNewline }
        let list = Array(Set(replaced.map { $0.isNewline ? "line break" : "“\($0)”" })).sorted().joined(separator: ", ")
        diagnostics.append(
            Diagnostic(
                lost ? .warning : .note, code: "mermaid-character-replaced",
                lost
                    ? "\(what): Mermaid cannot hold \(list) here; written as a space"
                    : "\(what): \(list) written as entity codes (#58; for “:”), which Mermaid shows as the character",
                at: path))
    }

    private mutating func writeHeader(_ map: JourneyMap) {
        let fromFrontMatter =
            map.extensions[namespace, "title-source"] == "front-matter"
            && map.extensions[namespace, "front-matter"].flatMap(FrontMatter.title(in:)) == map.title
        if let overridden = map.extensions[namespace, "overridden-titles"] {
            lines += overridden.split(separator: "\n").map { "  title \($0)" }
        }
        if !map.title.isEmpty, !fromFrontMatter {
            let title = MermaidText.encode(map.title, for: .title)
            report(title.replaced, in: "the title", at: .map)
            lines.append("  title " + title.text)
        }
        // Mermaid drops white space around these; one of only white space would swallow the next line.
        if let accessibleTitle = map.extensions[namespace, "acc-title"],
            !accessibleTitle.trimmingJavaScriptWhiteSpace.isEmpty
        {
            let text = MermaidText.encode(accessibleTitle, for: .accessibilityLine)
            report(text.replaced, in: "the accessible title", at: .map)
            lines.append("  accTitle: " + text.text)
        }
        if let summary = map.summary, !summary.trimmingJavaScriptWhiteSpace.isEmpty {
            if summary.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" })
                || map.extensions[namespace, "acc-descr-block"] == "true"
            {
                let text = MermaidText.encode(summary, for: .accessibilityBlock)
                report(text.replaced, in: "the summary", at: .map)
                lines +=
                    ["  accDescr {"]
                    + text.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
                lines.append("  }")
            } else {
                let text = MermaidText.encode(summary, for: .accessibilityLine)
                report(text.replaced, in: "the summary", at: .map)
                lines.append("  accDescr: " + text.text)
            }
        }
    }

    private mutating func writeComments(_ comments: String?, indent: String) {
        guard let comments else { return }
        for comment in comments.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(indent + (comment.hasPrefix("{") || comment.isEmpty ? "%% " : "%%") + comment)
        }
    }

    private mutating func sectionName(_ stage: Stage) -> String {
        if let raw = stage.extensions[namespace, "source-name"], MapBuilder.stageName(fromSource: raw) == stage.name {
            return raw
        }
        guard !stage.name.trimmingJavaScriptWhiteSpace.isEmpty else {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "mermaid-empty-name",
                    "the stage has no name, which Mermaid cannot hold; written as “\(MapBuilder.emptySectionName)”",
                    at: .stage(stage.id)))
            return MapBuilder.emptySectionName
        }
        let name = MermaidText.encode(stage.name, for: .section)
        report(name.replaced, in: "the stage name “\(stage.name)”", at: .stage(stage.id))
        return name.text
    }

    private mutating func writeTask(_ task: TaskPairing.Task, stage: Stage, personas: [String: Persona]) {
        let item = task.item
        let path = ElementPath.item(item.id, inStage: stage.id)
        writeComments(item.extensions[namespace, "comments"], indent: "    ")
        var name: String
        if let raw = item.extensions[namespace, "source-name"],
            MermaidText.decode(MermaidText.marked(raw), lineBreaks: true) == item.text
        {
            name = raw.trimmingJavaScriptWhiteSpace
        } else if item.text.isEmpty {
            name = "#32;"
            diagnostics.append(
                Diagnostic(.warning, code: "mermaid-empty-name", "the item has no text; written as a space", at: path))
        } else {
            let encoded = MermaidText.encode(item.text, for: .task)
            report(encoded.replaced, in: "the text of “\(item.text)”", at: path)
            name = encoded.text
        }
        name += ": " + score(task, path: path)
        let actors = item.personaIDs.map { id -> String in
            guard let persona = personas[id] else { return MermaidText.encode(id, for: .actor).text }
            if let raw = persona.extensions[namespace, "source-name"],
                MapBuilder.personaName(fromSource: raw) == persona.name
            {
                return raw.trimmingJavaScriptWhiteSpace
            }
            let encoded = MermaidText.encode(persona.name, for: .actor)
            report(encoded.replaced, in: "the persona name “\(persona.name)”", at: .persona(id))
            return encoded.text
        }
        if !actors.isEmpty { name += ": " + actors.joined(separator: ", ") }
        if let ignored = item.extensions[namespace, "ignored"], Self.isPlainData(ignored) { name += ":" + ignored }
        lines.append("    " + name)
    }

    /// Whether a text can stand in task data as it is.
    private static func isPlainData(_ text: String) -> Bool {
        !text.contains { "#;\n\r".contains($0) }
    }

    private mutating func score(_ task: TaskPairing.Task, path: ElementPath) -> String {
        if let emotion = task.emotion {
            if let raw = emotion.extensions[namespace, "score"], Self.isPlainData(raw), !raw.contains(":") {
                let value = JavaScriptNumber.value(of: raw)
                if emotion.score == nil || emotion.score?.source?.value == value {
                    return raw.trimmingJavaScriptWhiteSpace
                }
            }
            if let score = emotion.score {
                if let source = score.source, source.minimum == 1, source.maximum == 5 {
                    return NumberText.format(source.value)
                }
                return NumberText.format(score.value + 3)
            }
        }
        let scores = task.averaged.compactMap(\.score?.value)
        if !scores.isEmpty {
            let mean = scores.reduce(0, +) / Double(scores.count)
            diagnostics.append(
                Diagnostic(
                    .note, code: "mermaid-emotion-averaged",
                    "no emotion of the stage is for exactly this item's personas; written with the mean of \(scores.count)",
                    at: path))
            return NumberText.format(mean + 3)
        }
        diagnostics.append(
            Diagnostic(
                .note, code: "mermaid-no-emotion",
                "no emotion of the stage is for this item's personas; written with Mermaid's neutral score 3", at: path)
        )
        return "3"
    }
}
