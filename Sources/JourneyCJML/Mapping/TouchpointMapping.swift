import JourneyModel

/// A touchpoint → an item: communication points are touchpoints with a channel, actions are
/// actions; the experience becomes an emotion after it.
extension CJMLReader {
    mutating func readTouchpoint(_ node: CJMLNode) throws {
        let isAction = node.name.hasSuffix(CJMLTag.actionSuffix)
        let touchpointID = node.text(of: CJMLTag.touchpointID)
        let label = node.child(CJMLTag.initiator)?.text(of: CJMLTag.initiatorLabel)
        let id = uniqueID(touchpointID ?? "", fallback: isAction ? "action" : "touchpoint")
        let stageIndex = try stageIndex(for: node, itemID: id)
        let stageID = stages[stageIndex].id
        var item = Item(
            id: id,
            kind: isAction ? .action : .touchpoint, laneID: isAction ? "actions" : "touchpoints",
            text: label ?? touchpointID ?? "", detail: node.text(of: CJMLTag.comment))
        touchpointCount += 1
        var kept: [(String, String?)] = [
            (CJMLKey.touchpointID, touchpointID), (CJMLKey.position, String(touchpointCount)),
            (CJMLKey.compliance, node.text(of: CJMLTag.compliance)),
            (CJMLKey.labelAbsent, label == nil ? "true" : nil),
        ]
        if let touchpointID, touchpointID.hasPrefix(CJMLNames.deviationPrefix) {
            item.tags = [CJMLNames.deviationTag]
        }
        if node.name != journeyKind + (isAction ? CJMLTag.actionSuffix : CJMLTag.communicationPointSuffix) {
            kept.append((CJMLKey.element, node.name))
        }
        let (personaIDs, parties) = readParties(of: node)
        item.personaIDs = personaIDs
        kept += parties
        kept += readChannel(node.child(CJMLTag.channel), into: &item)
        kept += readTimestamps(node.child(CJMLTag.timestamps), of: item.id, inStage: stageID)
        kept.append((CJMLKey.extra, KeptElements.encode(node.unmappedChildren(CJMLNames.mappedTouchpointChildren))))
        for (key, value) in kept { item.extensions[CJMLNames.namespace, key] = value }
        item.extensions[CJMLNames.namespace, CJMLKey.phaseRef] =
            stages[stageIndex].extensions[
                CJMLNames.namespace, CJMLKey.implicit] == nil
            ? nil : node.child(CJMLTag.belongsTo)?.attribute(CJMLTag.phaseIDref)
        sourceMap.locations[.item(item.id, inStage: stageID)] = location(node)
        stages[stageIndex].items.append(item)
        if let experience = node.child(CJMLTag.touchpointExperience), !experience.isEmpty {
            let emotion = readExperience(experience, of: item, stageID: stageID)
            stages[stageIndex].items.append(emotion)
        }
    }

    /// The personas of the initiator and the receiver, and what is kept of them.
    private mutating func readParties(of node: CJMLNode) -> ([String], [(String, String?)]) {
        var personaIDs: [String] = []
        var kept: [(String, String?)] = []
        for (role, key, extraKey) in [
            (CJMLTag.initiator, CJMLKey.initiator, CJMLKey.initiatorExtra),
            (CJMLTag.receiver, CJMLKey.receiver, CJMLKey.receiverExtra),
        ] {
            guard let party = node.child(role) else { continue }
            if let actorID = party.child(CJMLTag.refersTo)?.attribute(CJMLTag.actorIDref) {
                let personaID = persona(forActor: actorID, at: party)
                kept.append((key, personaID))
                if !personaIDs.contains(personaID) { personaIDs.append(personaID) }
            }
            if role == CJMLTag.receiver { kept.append((CJMLKey.receiverLabel, party.text(of: CJMLTag.receiverLabel))) }
            kept.append((extraKey, KeptElements.encode(party.unmappedChildren([CJMLTag.refersTo, "\(role)Label"]))))
        }
        return (personaIDs, kept)
    }

    /// The channel into the item, and what is kept of it.
    private func readChannel(_ channel: CJMLNode?, into item: inout Item) -> [(String, String?)] {
        guard let channel else { return [] }
        var kept: [(String, String?)] = []
        if let name = channel.text(of: CJMLTag.channelName) {
            item.channel = CJMLNames.channel(named: name)
            kept.append((CJMLKey.channelName, name))
        }
        kept.append((CJMLKey.channelExtra, KeptElements.encode(channel.unmappedChildren([CJMLTag.channelName]))))
        return kept
    }

    /// The stage of the phase a touchpoint belongs to, or the stage for touchpoints of no phase.
    private mutating func stageIndex(for node: CJMLNode, itemID: String) throws -> Int {
        let belongsTo = node.child(CJMLTag.belongsTo)
        if let reference = belongsTo?.attribute(CJMLTag.phaseIDref),
            !reference.isEmpty || stageIndexesByPhase[reference] != nil
        {
            guard let index = stageIndexesByPhase[reference] else {
                throw ReadError(
                    "touchpoint “\(itemID)” belongs to the phase “\(reference)”, which <journeyPhases> does not declare",
                    at: location(belongsTo ?? node), kind: .invalid)
            }
            return index
        }
        if let index = stages.firstIndex(where: { $0.extensions[CJMLNames.namespace, CJMLKey.implicit] != nil }) {
            return index
        }
        var stage = Stage(id: uniqueID(CJMLNames.noPhase, fallback: "no-phase"), name: CJMLNames.noPhase)
        stage.extensions[CJMLNames.namespace, CJMLKey.implicit] = "true"
        stages.append(stage)
        return stages.count - 1
    }

    /// The timestamps as extension entries, with a warning for one that is not a date and time.
    private mutating func readTimestamps(_ node: CJMLNode?, of itemID: String, inStage stageID: String) -> [(
        String, String?
    )] {
        guard let node else { return [] }
        var kept: [(String, String?)] = []
        var rest: [CJMLNode] = []
        for child in node.children where !child.isEmpty {
            guard child.attributes.isEmpty, child.children.isEmpty,
                kept.allSatisfy({ $0.0 != CJMLKey.timestampPrefix + child.name })
            else {
                rest.append(child)
                continue
            }
            kept.append((CJMLKey.timestampPrefix + child.name, child.text))
            if !TimestampText.isReadable(child.text) {
                warn(
                    "cjml-unreadable-timestamp",
                    "the \(child.name) “\(child.text)” of touchpoint “\(itemID)” is not a date and time "
                        + "(expected like 2024-03-04 09:12:00); kept as text",
                    at: .item(itemID, inStage: stageID), child)
            }
        }
        kept.append((CJMLKey.timestampExtra, KeptElements.encode(rest)))
        return kept
    }
}
