import JourneyModel

/// A touchpoint's experience → an emotion: CJML's rating 1…5 on −2…+2, the rating kept as the
/// source score.
extension CJMLReader {
    mutating func readExperience(_ node: CJMLNode, of item: Item, stageID: String) -> Item {
        var emotion = Item(
            id: uniqueID(item.id + "-experience", fallback: "experience"), kind: .emotion, laneID: "emotions",
            text: node.text(of: CJMLTag.experienceDescription) ?? "", personaIDs: item.personaIDs)
        emotion.extensions[CJMLNames.namespace, CJMLKey.touchpoint] = item.id
        let path = ElementPath.item(emotion.id, inStage: stageID)
        sourceMap.locations[path] = location(node)
        if let rating = node.text(of: CJMLTag.experienceRating), let ratingNode = node.child(CJMLTag.experienceRating) {
            // A rating so large that its score on −2…+2 is no number (1e308) is no number either.
            let value = NumberText.parse(rating)
            let score = value.map { EmotionScore($0, onScale: CJMLNames.ratingScale) }
            if let value, let score, score.value.isFinite {
                emotion.score = score
                if NumberText.format(value) != rating {
                    emotion.extensions[CJMLNames.namespace, CJMLKey.rating] = rating
                }
                if !CJMLNames.ratingScale.contains(value) {
                    warn(
                        "cjml-rating-out-of-range",
                        "the experience rating \(rating) of touchpoint “\(item.id)” lies outside CJML's 1…5; kept as it is",
                        at: path, ratingNode)
                }
            } else {
                emotion.extensions[CJMLNames.namespace, CJMLKey.rating] = rating
                warn(
                    "cjml-rating-not-a-number",
                    "the experience rating “\(rating)” of touchpoint “\(item.id)” is not a number; "
                        + "the emotion has no score and the text is kept in extension data",
                    at: path, ratingNode)
            }
        }
        emotion.extensions[CJMLNames.namespace, CJMLKey.experienceExtra] = KeptElements.encode(
            node.unmappedChildren([CJMLTag.experienceDescription, CJMLTag.experienceRating]))
        return emotion
    }
}

/// The timestamps CJML tools write: `2024-03-04 09:12:00`, or ISO 8601 with a `T` and perhaps a
/// zone.
enum TimestampText {
    /// Whether `text` is a date and time in one of those forms.
    static func isReadable(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 16 else { return false }
        let pattern = Array("dddd-dd-dd?dd:dd".unicodeScalars)
        for (index, expected) in pattern.enumerated() {
            let scalar = scalars[index]
            switch expected {
            case "d": guard ("0"..."9").contains(scalar) else { return false }
            case "?": guard scalar == " " || scalar == "T" else { return false }
            default: guard scalar == expected else { return false }
            }
        }
        let rest = String(String.UnicodeScalarView(scalars[16...]))
        return rest.wholeMatch(of: /(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?/) != nil
    }
}
