import Foundation
import JourneyModel

extension PageRecognition {
    /// Whether a shape is a persona card anywhere on the page.
    ///
    /// A stick figure, a shape with a `persona` attribute, or a label that starts with a persona cue
    /// of the vocabulary as a whole word ("Persona: Anna", not "Personal motivation"). Worked out once
    /// per shape, when the recognition starts.
    func isPersonaCard(_ position: Int) -> Bool { personaCards[position] }

    /// Whether each shape of a page is a persona card (see ``isPersonaCard(_:)``).
    static func personaCards(of page: DiagramPage, blank: [Bool], matcher: VocabularyMatcher) -> [Bool] {
        page.shapes.indices.map { position in
            guard !blank[position] else { return false }
            if let name = page.shapes[position].shapeName, containsIgnoringCase(name, "actor") { return true }
            let attributes = page.shapes[position].attributes
            if !attributes.isEmpty, attributes.keys.contains(where: { $0.lowercased() == "persona" }) { return true }
            return matcher.personaName(in: page.shapes[position].text) != nil
        }
    }

    /// A card outside the grid that introduces a person: a box (not free text, not a note) with a
    /// name over a second line ("Anna Keller" / "Designer"), or a second line naming a role of a
    /// buying organization.
    func isPersonaCardBesideGrid(_ position: Int) -> Bool {
        let shape = page.shapes[position]
        guard shape.kind == .shape || shape.kind == .image || shape.kind == .container, !matcher.isNote(shape.text)
        else { return false }
        let lines = shape.text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count >= 2 else { return false }
        return Self.looksLikeName(lines[0]) || lines.dropFirst().contains { matcher.namesRole(String($0)) }
    }

    mutating func addPersona(from position: Int) {
        used[position] = true
        let shape = page.shapes[position]
        var lines = shape.text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var name = lines.isEmpty ? "Persona" : lines.removeFirst()
        if let rest = matcher.personaName(in: name) {
            name = rest
            if name.isEmpty, !lines.isEmpty { name = lines.removeFirst() }
        }
        if name.isEmpty { name = "Persona" }
        let base = Identifiers.slug(name, fallback: "persona")
        var id = base
        var number = 2
        while personaIDs.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        personaIDs.insert(id)
        var persona = Persona(id: id, name: name)
        if let role = shape.attributes.first(where: { $0.key.lowercased() == "role" })?.value {
            persona.role = role
        } else if let first = lines.first, lines.count <= 2, matcher.namesRole(first) || lines.count == 1 {
            persona.role = lines.removeFirst()
        }
        persona.description = lines.isEmpty ? nil : lines.joined(separator: "\n")
        var source = SourceKeeper(format: format)
        persona.extensions = source.extensions(for: shape)
        map.personas.append(persona)
    }

    /// Whether `text` contains `word` (lowercase ASCII), ignoring ASCII case.
    static func containsIgnoringCase(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            outer: for start in 0...(haystack.count - needle.count) {
                for offset in needle.indices {
                    var byte = haystack[start + offset]
                    if byte >= 65 && byte <= 90 { byte += 32 }
                    if byte != needle[offset] { continue outer }
                }
                return true
            }
            return false
        }
    }

    /// Gives the items of a lane that follows one persona to that persona.
    ///
    /// Such a lane is "Emotions – Anna", or a stakeholder lane titled with a persona's role
    /// ("IT-Leiter (Entscheider)" beside the card "Markus Weber / IT-Leiter"): its items' persona
    /// identifiers are set, unless an item names its own. The items
    /// of a custom lane that follows a person are their actions, and the map follows a buying
    /// organization (B2B).
    mutating func attributeLanesToPersonas() {
        var personaOfLane: [String: String] = [:]
        for lane in map.lanes {
            let matching = map.personas.filter { Self.lane(titled: lane.title, follows: $0) }
            if matching.count == 1 { personaOfLane[lane.id] = matching[0].id }
        }
        // A custom lane of its own for a person (one of the personas, or a role: "Einkauf
        // (Gatekeeper)") holds what they do: a buying committee, a B2B map.
        let stakeholderLanes = Set(
            map.lanes.filter { !$0.kind.isKnown && (personaOfLane[$0.id] != nil || matcher.namesRole($0.title)) }
                .map(\.id))
        guard !personaOfLane.isEmpty || !stakeholderLanes.isEmpty else { return }
        if !stakeholderLanes.isEmpty { map.kind = .b2b }
        for stage in map.stages.indices {
            for index in map.stages[stage].items.indices {
                let item = map.stages[stage].items[index]
                if stakeholderLanes.contains(item.laneID) { map.stages[stage].items[index].kind = .action }
                guard item.personaIDs.isEmpty, let persona = personaOfLane[item.laneID] else { continue }
                map.stages[stage].items[index].personaIDs = [persona]
            }
        }
    }

    /// Whether a lane's title names a persona: their full name, their first name, or their role.
    static func lane(titled title: String, follows persona: Persona) -> Bool {
        let titleWords = TitleWords.of(title)
        let nameWords = TitleWords.of(persona.name)
        if !nameWords.isEmpty, TitleWords.contain(titleWords, phrase: nameWords) { return true }
        if let first = nameWords.first, first.count >= 3, nameWords.count >= 2, titleWords.contains(first) {
            return true
        }
        if let role = persona.role {
            // The role's first part ("IT-Leiter" of "IT-Leiter, Weber GmbH") as the title's first part.
            let roleKey = TitleWords.of(String(role.split(separator: ",").first ?? ""))
            let titleKey = TitleWords.of(String(title.split(separator: "(").first ?? ""))
            if !roleKey.isEmpty, roleKey == titleKey { return true }
        }
        return false
    }
}
