import Foundation
import JourneyModel
internal import JourneyXMLCore

/// Writes a planned map as a CJML document the way the CJML tools write them: no declaration, no
/// namespace, the journey's elements in the converter's order, kept elements where they were.
struct CJMLWriter {
    let plan: CJMLPlan
    private let xml: XMLWriter

    init(plan: CJMLPlan) throws {
        self.plan = plan
        xml = try XMLWriter(indentation: "  ")
    }

    private var map: JourneyMap { plan.map }

    /// The document's bytes.
    func write() throws -> Data {
        do {
            try xml.startElement(CJMLNames.root)
            if CJMLPlan.value(map, CJMLKey.versionAbsent) == nil {
                try xml.writeAttribute(CJMLTag.version, plan.version)
            }
            let rootAttributes = KeptElements.decodeAttributes(CJMLPlan.value(map, CJMLKey.rootAttributes))
            try writeAttributes(rootAttributes, of: CJMLNode(name: CJMLNames.root, attributes: rootAttributes))
            try writeKept(CJMLPlan.value(map, CJMLKey.before))
            try writeJourney()
            try writeKept(CJMLPlan.value(map, CJMLKey.after))
            try xml.endElement()
            return try xml.finish()
        } catch let error as XMLError {
            throw WriteError(error.message, kind: .unrepresentable)
        }
    }

    private func writeJourney() throws {
        let kind = map.state == .future ? CJMLTag.planned : CJMLTag.actual
        try xml.startElement(kind + CJMLTag.journeySuffix)
        if CJMLPlan.value(map, CJMLKey.journeyIDAbsent) == nil {
            try xml.writeElement(CJMLTag.journeyID, text: CJMLPlan.value(map, CJMLKey.journeyID) ?? map.id)
        }
        if CJMLPlan.value(map, CJMLKey.titleAbsent) == nil {
            try xml.writeElement(CJMLTag.journeyTitle, text: map.title)
        }
        try writePhases()
        if let summary = map.summary { try xml.writeElement(CJMLTag.journeyShortSummary, text: summary) }
        try writeKept(CJMLPlan.value(map, CJMLKey.extra))
        try xml.startElement(CJMLTag.actors)
        for actor in plan.actors { try write(actor) }
        try xml.endElement()
        try xml.startElement(CJMLTag.touchpoints)
        for touchpoint in plan.touchpoints { try write(touchpoint, kind: kind) }
        try xml.endElement()
        try xml.endElement()
    }

    private func writePhases() throws {
        let stages = map.stages.filter { CJMLPlan.value($0, CJMLKey.implicit) == nil }
        if stages.isEmpty, CJMLPlan.value(map, CJMLKey.phasesAbsent) != nil { return }
        try xml.startElement(CJMLTag.journeyPhases)
        for stage in stages {
            let kept = KeptElements.decode(CJMLPlan.value(stage, CJMLKey.extra))?.first.flatMap {
                KeptElements.isWritable($0) ? $0 : nil
            }
            try xml.startElement(kept?.name ?? CJMLTag.journeyPhase)
            try xml.writeAttribute(CJMLTag.phaseID, phaseID(of: stage))
            for attribute in kept?.attributes ?? [] { try xml.writeAttribute(attribute.name, attribute.value) }
            let derivedName = phaseID(of: stage).isEmpty ? CJMLNames.unnamedPhase : phaseID(of: stage)
            if CJMLPlan.value(stage, CJMLKey.nameAbsent) == nil || stage.name != derivedName {
                try xml.writeElement(CJMLTag.phaseName, text: stage.name)
            }
            if let description = stage.description { try xml.writeElement(CJMLTag.phaseDescription, text: description) }
            for child in kept?.children ?? [] { try write(child) }
            try xml.endElement()
        }
        try xml.endElement()
    }

    private func phaseID(of stage: Stage) -> String {
        CJMLPlan.value(stage, CJMLKey.phaseID) ?? stage.id
    }

    private func write(_ actor: CJMLPlan.Actor) throws {
        let kept = KeptElements.decode(CJMLPlan.value(actor.persona, CJMLKey.extra))?.first.flatMap {
            KeptElements.isWritable($0) ? $0 : nil
        }
        try xml.startElement(actor.element)
        try xml.writeAttribute(actor.isReference ? CJMLTag.actorIDref : CJMLTag.actorID, actor.actorID)
        for attribute in kept?.attributes ?? [] { try xml.writeAttribute(attribute.name, attribute.value) }
        if !(kept?.text.isEmpty ?? true) { try xml.writeText(kept?.text ?? "") }
        if actor.persona.name != actor.actorID { try xml.writeElement(CJMLTag.actorName, text: actor.persona.name) }
        if let organization = actor.persona.organization {
            try xml.writeElement(CJMLTag.companyName, text: organization)
        }
        for child in kept?.children ?? [] { try write(child) }
        try xml.endElement()
    }

    private func write(_ touchpoint: CJMLPlan.Touchpoint, kind: String) throws {
        let item = touchpoint.item
        func value(_ key: String) -> String? { CJMLPlan.value(item, key) }
        try xml.startElement(
            value(CJMLKey.element).flatMap { KeptElements.isName($0) ? $0 : nil }
                ?? kind + (touchpoint.isAction ? CJMLTag.actionSuffix : CJMLTag.communicationPointSuffix))
        try xml.writeElement(CJMLTag.touchpointID, text: touchpoint.touchpointID)
        if let reference = phaseReference(of: touchpoint) {
            try xml.startElement(CJMLTag.belongsTo)
            try xml.writeAttribute(CJMLTag.phaseIDref, reference)
            try xml.endElement()
        }
        if let compliance = value(CJMLKey.compliance) { try xml.writeElement(CJMLTag.compliance, text: compliance) }
        let parties = CJMLPlan.parties(of: item, in: map)
        try writeParty(
            CJMLTag.initiator, personaID: parties.initiator,
            label: value(CJMLKey.labelAbsent) == nil ? item.text : nil, kept: value(CJMLKey.initiatorExtra))
        try writeParty(
            CJMLTag.receiver, personaID: parties.receiver, label: value(CJMLKey.receiverLabel),
            kept: value(CJMLKey.receiverExtra))
        if let channel = value(CJMLKey.channelName) ?? item.channel?.rawValue {
            try xml.startElement(CJMLTag.channel)
            try xml.writeElement(CJMLTag.channelName, text: channel)
            try writeKept(value(CJMLKey.channelExtra))
            try xml.endElement()
        } else {
            try writeKept(value(CJMLKey.channelExtra))
        }
        if let detail = item.detail { try xml.writeElement(CJMLTag.comment, text: detail) }
        try writeTimestamps(of: item)
        if let experience = touchpoint.experience { try writeExperience(experience) }
        try writeKept(value(CJMLKey.extra))
        try xml.endElement()
    }

    private func phaseReference(of touchpoint: CJMLPlan.Touchpoint) -> String? {
        if CJMLPlan.value(touchpoint.stage, CJMLKey.implicit) != nil {
            return CJMLPlan.value(touchpoint.item, CJMLKey.phaseRef)
        }
        return phaseID(of: touchpoint.stage)
    }

    private func writeParty(_ role: String, personaID: String?, label: String?, kept: String?) throws {
        guard personaID != nil || label != nil || kept != nil else { return }
        try xml.startElement(role)
        if let personaID {
            try xml.startElement(CJMLTag.refersTo)
            try xml.writeAttribute(CJMLTag.actorIDref, plan.actorIDs[personaID] ?? personaID)
            try xml.endElement()
        }
        if let label { try xml.writeElement(role + "Label", text: label) }
        try writeKept(kept)
        try xml.endElement()
    }

    private func writeTimestamps(of item: Item) throws {
        let entries = item.extensions.sortedEntries.filter {
            $0.namespace == CJMLNames.namespace && $0.key.hasPrefix(CJMLKey.timestampPrefix)
        }
        guard !entries.isEmpty else { return }
        let names = entries.map { String($0.key.dropFirst(CJMLKey.timestampPrefix.count)) }.filter {
            CJMLKey.timestampPrefix + $0 != CJMLKey.timestampExtra
        }
        let ordered = CJMLNames.timestamps.filter(names.contains) + names.filter { !CJMLNames.timestamps.contains($0) }
        try xml.startElement(CJMLTag.timestamps)
        for name in ordered {
            try xml.writeElement(name, text: CJMLPlan.value(item, CJMLKey.timestampPrefix + name) ?? "")
        }
        try writeKept(CJMLPlan.value(item, CJMLKey.timestampExtra))
        try xml.endElement()
    }

    private func writeExperience(_ emotion: Item) throws {
        try xml.startElement(CJMLTag.touchpointExperience)
        if !emotion.text.isEmpty { try xml.writeElement(CJMLTag.experienceDescription, text: emotion.text) }
        if let rating = CJMLPlan.rating(of: emotion) { try xml.writeElement(CJMLTag.experienceRating, text: rating) }
        try writeKept(CJMLPlan.value(emotion, CJMLKey.experienceExtra))
        try xml.endElement()
    }

    /// Writes elements kept in extension data; text that is not what the reader keeps is left out
    /// (the loss report names it).
    private func writeKept(_ text: String?) throws {
        guard let text, let nodes = KeptElements.decode(text) else { return }
        for node in nodes where KeptElements.isWritable(node) { try write(node) }
    }

    private func write(_ node: CJMLNode) throws {
        try xml.startElement(NamespacePrefixes(node).qualified(node.name, in: node.namespace))
        try writeAttributes(node.attributes, of: node)
        if !node.text.isEmpty { try xml.writeText(node.text) }
        for child in node.children { try write(child) }
        try xml.endElement()
    }

    /// An element's attributes, after the declarations of the namespaces it and they use.
    private func writeAttributes(_ attributes: [CJMLNode.Attribute], of node: CJMLNode) throws {
        let prefixes = NamespacePrefixes(node)
        for (prefix, uri) in prefixes.declarations { try xml.writeAttribute("xmlns:" + prefix, uri) }
        for attribute in attributes where KeptElements.isName(attribute.name) {
            try xml.writeAttribute(prefixes.qualified(attribute.name, in: attribute.namespace), attribute.value)
        }
    }
}
