import JourneyModel

/// The element names, values and extension keys of CJML, in one place.
enum CJMLNames {
    /// The extension namespace for what CJML holds and the model has no field for.
    static let namespace = "cjml"

    /// The root element as the CJML tools write it.
    static let root = "CJML"
    /// The root of the unrelated swimlane-editor dialect.
    static let swimlaneRoot = "cjml"
    /// The versions read; the first is written when the map names none.
    static let versions = ["2.0", "3.0"]

    /// The title of a journey with neither title nor identifier.
    static let untitled = "Untitled journey"
    /// The name of a stage for a phase with neither name nor identifier.
    static let unnamedPhase = "Unnamed phase"
    /// The name of the stage holding touchpoints that belong to no phase.
    static let noPhase = "No phase"
    /// The name of the one stage of a swimlane-editor journey.
    static let swimlaneStage = "Journey"

    static let plannedJourney = "plannedJourney"
    static let actualJourney = "actualJourney"

    /// Journey children with a place in the model; the rest is kept as it is.
    static let mappedJourneyChildren: Set<String> = [
        CJMLTag.journeyID, CJMLTag.journeyTitle, CJMLTag.journeyShortSummary, CJMLTag.journeyPhases, CJMLTag.actors,
        CJMLTag.touchpoints,
    ]

    /// The elements naming the end user, and the role the persona gets for each: `endUser` in 2.0,
    /// the kind of end user in 3.0; `serviceProvider` for the other side.
    static let actorRoles: KeyValuePairs<String, String> = [
        "endUser": "End user",
        "customer": "Customer",
        "patient": "Patient",
        "citizen": "Citizen",
        "user": "User",
        "employee": "Employee",
        "serviceProvider": "Service provider",
    ]

    /// The role a persona read from an actor element of this name gets.
    static func role(ofActorElement name: String) -> String? {
        actorRoles.first { $0.key == name }?.value
    }

    /// The actor element for a persona of this role, if the role is one CJML names.
    static func actorElement(forRole role: String?) -> String? {
        guard let role else { return nil }
        return actorRoles.first { $0.value.caseInsensitiveCompare(role) == .orderedSame }?.key
    }

    /// The actor element for a persona whose role names none: CJML 3.0 names the end user by type.
    static func defaultEndUser(inVersion version: String) -> String {
        version == "3.0" ? "customer" : "endUser"
    }

    /// Actor children with a place in the model.
    static let mappedActorChildren: Set<String> = [CJMLTag.actorName, CJMLTag.companyName]

    /// Touchpoint children with a place in the model or an extension key of their own.
    static let mappedTouchpointChildren: Set<String> = [
        CJMLTag.touchpointID, CJMLTag.belongsTo, CJMLTag.compliance, CJMLTag.initiator, CJMLTag.receiver,
        CJMLTag.channel, CJMLTag.comment, CJMLTag.timestamps, CJMLTag.touchpointExperience,
    ]

    /// The timestamps in the order the CJML tools write them.
    static let timestamps = ["timeOriginated", "timeReceived", "timeConsumed", "timeStarted", "timeCompleted"]

    /// The prefix of deviating touchpoints' identifiers.
    static let deviationPrefix = "D"
    /// The prefix of the identifiers written for touchpoints that have none.
    static let touchpointPrefix = "T"
    /// The tag a deviating touchpoint gets.
    static let deviationTag = "deviation"

    /// The text the spreadsheet converter writes for an empty cell.
    static let emptyValue = "nan"

    /// CJML's experience rating scale.
    static let ratingScale: ClosedRange<Double> = 1...5

    /// Channel names the CJML tools use, lowercased, and the channel each is in the model.
    static let channels: [String: Channel] = [
        "email": .email, "e-mail": .email, "sms": .chat, "chat": .chat, "message service": .chat,
        "telephone": .phone, "phone": .phone, "app": .app, "app on smartphone": .app, "app on pc": .app,
        "app on tablet": .app, "internet": .web, "website": .web, "web": .web, "internet via pc": .web,
        "internet via smartphone": .web, "internet via tablet": .web, "social media": .social,
        "social media interaction": .social, "letter": .print, "invoice": .print, "service desk": .store,
        "face-to-face": .store, "face-to-face conversation": .store,
    ]

    /// The model's channel for a CJML channel name; unknown names become channels of their own.
    static func channel(named name: String) -> Channel {
        channels[name.lowercased()] ?? Channel(name)
    }
}

/// The element and attribute names of CJML (and of the swimlane dialect) the reader and writer
/// use, named as they are written.
enum CJMLTag {
    static let version = "version"
    static let journeyID = "journeyID"
    static let journeyTitle = "journeyTitle"
    static let journeyShortSummary = "journeyShortSummary"
    static let journeyPhases = "journeyPhases"
    static let journeyPhase = "journeyPhase"
    static let phaseID = "phaseID"
    static let phaseName = "phaseName"
    static let phaseDescription = "phaseDescription"
    static let actors = "actors"
    static let actorID = "actorID"
    static let actorIDref = "actorIDref"
    static let actorName = "actorName"
    static let companyName = "companyName"
    static let touchpoints = "touchpoints"
    static let touchpointID = "touchpointID"
    static let belongsTo = "belongsTo"
    static let phaseIDref = "phaseIDref"
    static let compliance = "compliance"
    static let initiator = "initiator"
    static let receiver = "receiver"
    static let refersTo = "refersTo"
    static let initiatorLabel = "initiatorLabel"
    static let receiverLabel = "receiverLabel"
    static let channel = "channel"
    static let channelName = "channelName"
    static let comment = "comment"
    static let timestamps = "timestamps"
    static let touchpointExperience = "touchpointExperience"
    static let experienceDescription = "experienceDescription"
    static let experienceRating = "experienceRating"
    static let timeStarted = "timeStarted"

    /// A journey's and its touchpoints' elements are `planned` or `actual` followed by these.
    static let planned = "planned"
    static let actual = "actual"
    static let journeySuffix = "Journey"
    static let actionSuffix = "Action"
    static let communicationPointSuffix = "CommunicationPoint"

    // The swimlane editor's dialect.
    static let actor = "actor"
    static let actorRole = "actorRole"
    static let touchpoint = "touchpoint"
    static let id = "id"
    static let type = "type"
    static let time = "time"
    static let initiatorDescription = "initiatorDescription"
    static let receiverDescription = "receiverDescription"
    /// The `type` of a swimlane touchpoint that is an action.
    static let actionType = "action"
}

/// The extension keys the reader sets and the writer reads, under ``CJMLNames/namespace``.
enum CJMLKey {
    static let version = "version"
    static let dialect = "dialect"
    static let versionAbsent = "version-absent"
    static let rootAttributes = "root-attributes"
    static let journeyID = "journey-id"
    static let journeyIDAbsent = "journey-id-absent"
    static let titleAbsent = "title-absent"
    static let before = "root-before"
    static let after = "root-after"
    static let extra = "extra"
    static let phasesAbsent = "phases-absent"
    static let phaseID = "phase-id"
    static let nameAbsent = "name-absent"
    static let implicit = "implicit"
    static let actorType = "actor-type"
    static let actorID = "actor-id"
    static let actorReference = "actor-reference"
    static let undeclared = "undeclared"
    static let touchpointID = "touchpoint-id"
    static let element = "element"
    static let position = "position"
    static let phaseRef = "phase-ref"
    static let initiator = "initiator"
    static let initiatorExtra = "initiator-extra"
    static let receiver = "receiver"
    static let receiverLabel = "receiver-label"
    static let receiverExtra = "receiver-extra"
    static let labelAbsent = "label-absent"
    static let compliance = "compliance"
    static let channelName = "channel-name"
    static let channelExtra = "channel-extra"
    static let timestampPrefix = "timestamp."
    static let timestampExtra = "timestamp.extra"
    static let touchpoint = "touchpoint"
    static let rating = "rating"
    static let experienceExtra = "experience-extra"
}
