/// Texts hold no character XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage
/// return, and the noncharacters U+FFFE and U+FFFF.
///
/// JSON and CSV could carry such characters, but the XML, HTML and SVG writers must refuse them, so a
/// map that validates converts to every format. Reported once per element, as
/// `unwritable-character`, naming the first such character and the field.
public struct CharacterRule: ValidationRule {
    public init() {}

    public func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        func report(_ fields: KeyValuePairs<String, [String?]>, at path: ElementPath) {
            for (field, texts) in fields {
                for case let text? in texts {
                    guard let bad = Self.firstUnwritable(in: text) else { continue }
                    let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
                    diagnostics.append(
                        Diagnostic(
                            .error, code: "unwritable-character",
                            "the \(field) holds \(code), a control character XML, HTML and SVG cannot carry",
                            at: path))
                    return
                }
            }
        }
        report(
            [
                "id": [map.id], "title": [map.title], "summary": [map.summary], "language": [map.language],
                "metadata": map.metadata.flatMap { [$0.key, $0.value] }, "extension data": Self.texts(map.extensions),
            ], at: .map)
        for persona in map.personas {
            report(
                [
                    "id": [persona.id, persona.reportsTo], "name": [persona.name],
                    "description": [persona.role, persona.description, persona.quote, persona.organization],
                    "lists": persona.goals + persona.needs + persona.motivations + persona.frustrations,
                    "attributes": persona.attributes.flatMap { [$0.key, $0.value] },
                    "decision role": [persona.decisionRole?.rawValue],
                    "extension data": Self.texts(persona.extensions),
                ], at: .persona(persona.id))
        }
        for lane in map.lanes {
            report(
                [
                    "id": [lane.id], "kind": [lane.kind.rawValue], "title": [lane.title],
                    "description": [lane.description], "extension data": Self.texts(lane.extensions),
                ], at: .lane(lane.id))
        }
        for stage in map.stages {
            report(
                [
                    "id": [stage.id] + stage.personaIDs, "name": [stage.name],
                    "description": [stage.goal, stage.description, stage.expectedDuration],
                    "extension data": Self.texts(stage.extensions),
                ], at: .stage(stage.id))
            for step in stage.steps {
                report(
                    [
                        "id": [step.id], "name": [step.name], "description": [step.description],
                        "extension data": Self.texts(step.extensions),
                    ], at: .step(step.id, inStage: stage.id))
            }
            for item in stage.items { report(Self.fields(of: item), at: .item(item.id, inStage: stage.id)) }
        }
        for transition in map.transitions {
            report(
                [
                    "id": [transition.id, transition.from, transition.to] + transition.personaIDs,
                    "label": [transition.label], "extension data": Self.texts(transition.extensions),
                ], at: .transition(transition.id))
        }
    }

    private static func fields(of item: Item) -> KeyValuePairs<String, [String?]> {
        [
            "id": [item.id, item.laneID, item.stepID] + item.personaIDs,
            "text": [item.text], "detail": [item.detail], "tags": item.tags, "activities": item.activities,
            "links": item.links.flatMap { [$0.url, $0.title] },
            "vocabulary values": [
                item.kind.rawValue, item.channel?.rawValue, item.severity?.rawValue, item.priority?.rawValue,
                item.contentType?.rawValue, item.metric?.kind?.rawValue,
            ],
            "owner": [item.owner], "unit": [item.metric?.unit], "extension data": texts(item.extensions),
        ]
    }

    private static func texts(_ extensions: ExtensionData) -> [String?] {
        extensions.sortedEntries.flatMap { [$0.namespace, $0.key, $0.value] }
    }

    /// The first character of `text` XML 1.0 cannot carry, or `nil`.
    public static func firstUnwritable(in text: String) -> Unicode.Scalar? {
        // Most texts are plain: look at the bytes first, the scalars only when a byte is suspect
        // (a C0 control, or the lead byte of U+FFFE and U+FFFF).
        let suspect = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
        }
        guard suspect else { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD: false
            case 0x0..<0x20, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
