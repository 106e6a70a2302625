extension Chrome {
    /// The chrome in German.
    public static let german: Chrome = {
        var c = Chrome(code: "de")
        c.itemKinds = [
            .action: "Aktion", .thought: "Gedanke", .question: "Frage", .emotion: "Emotion", .touchpoint: "Touchpoint",
            .painPoint: "Schmerzpunkt", .opportunity: "Chance", .keyMoment: "Schlüsselmoment", .measure: "Maßnahme",
            .kpi: "KPI", .content: "Inhalt", .backstage: "Backstage", .note: "Notiz",
        ]
        c.channels = [
            .web: "Web", .email: "E-Mail", .social: "Soziale Medien", .search: "Suche", .advertising: "Werbung",
            .phone: "Telefon", .chat: "Chat", .app: "App", .store: "Filiale", .event: "Veranstaltung",
            .salesRep: "Vertrieb", .partner: "Partner", .print: "Print", .wordOfMouth: "Mundpropaganda",
        ]
        c.contentTypes = [
            .blogPost: "Blogbeitrag", .whitepaper: "Whitepaper", .caseStudy: "Fallstudie", .demo: "Demo",
            .pricingPage: "Preisseite", .video: "Video", .webinar: "Webinar", .review: "Bewertung",
            .comparison: "Vergleich", .newsletter: "Newsletter", .documentation: "Dokumentation",
            .socialPost: "Social-Media-Beitrag", .advertisement: "Anzeige",
        ]
        c.decisionRoles = [
            .initiator: "Initiator", .user: "Nutzer", .influencer: "Beeinflusser", .decisionMaker: "Entscheider",
            .approver: "Genehmiger", .buyer: "Einkäufer", .gatekeeper: "Gatekeeper",
        ]
        c.metricKinds = [
            .conversionRate: "Konversionsrate", .returnOnInvestment: "ROI", .loyaltyRate: "Loyalitätsrate",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Abwanderungsrate",
            .reach: "Reichweite", .clickThroughRate: "Klickrate", .costPerAcquisition: "Kosten pro Akquise",
            .revenue: "Umsatz", .timeToValue: "Zeit bis zum Nutzen", .timeInStage: "Verweildauer in der Phase",
        ]
        c.severities = [
            .low: "Schweregrad niedrig", .medium: "Schweregrad mittel", .high: "Schweregrad hoch",
            .critical: "Schweregrad kritisch",
        ]
        c.priorities = [.low: "Priorität niedrig", .medium: "Priorität mittel", .high: "Priorität hoch"]
        c.severityLevels = [.low: "niedrig", .medium: "mittel", .high: "hoch", .critical: "kritisch"]
        c.priorityLevels = [.low: "niedrig", .medium: "mittel", .high: "hoch"]
        c.asIs = "Ist-Zustand"
        c.toBe = "Soll-Zustand"
        c.buyerJourney = "Buyer Journey"
        c.customerJourney = "Customer Journey"
        c.lowercasesInSentences = false
        c.mapDescription = "Map der {2}, {1} ({3})"
        c.untitledMap = "Customer Journey Map"
        c.languageChip = "Sprache: {}"
        c.stageCountOne = "{} Phase"
        c.stageCountOther = "{} Phasen"
        c.laneCountOne = "{} Ebene"
        c.laneCountOther = "{} Ebenen"
        c.buyingCommittee = "Buying Center"
        c.committeeList = "Buying Center: {}"
        c.allPersonas = "Alle Personas"
        c.reportsTo = "Berichtet an {}"
        c.approvesPurchase = "Genehmigt den Kauf"
        c.approval = "Genehmigung: {}"
        c.decisionRole = "Rolle in der Entscheidung: {}"
        c.goals = "Ziele"
        c.needs = "Bedürfnisse"
        c.motivations = "Motivationen"
        c.frustrations = "Frustrationen"
        c.approvalChain = "Genehmigungskette"
        c.approvalChains = "Genehmigungsketten"
        c.approvalChainNote =
            "Die Genehmigung steigt von der ersten zur letzten Person auf; jede berichtet an die nächste."
        c.approvalChainFrom = "Genehmigungskette ab {}"
        c.lanes = "Ebenen"
        c.steps = "Schritte"
        c.duration = "Dauer: {}"
        c.stepList = "Schritte: {}"
        c.who = "Wer: {}"
        c.goal = "Ziel: {}"
        c.takes = "Dauert {}"
        c.step = "Schritt: {}"
        c.owner = "Verantwortlich: {}"
        c.severity = "Schweregrad: {}"
        c.priority = "Priorität: {}"
        c.score = "Wert"
        c.channel = "Kanal: {}"
        c.content = "Inhalt: {}"
        c.forPersonas = "Für: {}"
        c.tags = "Schlagwörter"
        c.eventActivities = "Ereignisaktivitäten"
        c.otherLane = "Sonstiges"
        c.otherItems = "Sonstige Einträge"
        c.otherItemsNote = "Einträge, deren Ebene nicht in der Map steht"
        c.goingBack = "Rückschritte"
        c.goingBackNote = "Übergänge zu einer früheren Phase oder einem früheren Schritt"
        c.goesBack = "geht zurück"
        c.transitions = "Übergänge"
        c.emotionCurve = "Emotionskurve"
        c.emotionCurveNote = "Werte von \u{2212}2 bis +2, eine Linie je Persona"
        c.skipToMap = "Zur Journey Map springen"
        c.filterStatus = "{1} von {2} Einträgen werden angezeigt."
        c.readBack = "Diese Seite enthält die Map selbst; mit {} lässt sie sich zurücklesen."
        c.severityInLabel = "Schweregrad {}"
        c.priorityInLabel = "Priorität {}"
        c.madeWith = "Erstellt mit JourneyKit."
        c.target = "Ziel {}"
        c.targetAtStart = "Ziel {}"
        c.value = "Wert {}"
        c.valueOfTarget = "{1} bei {2}"
        c.onTarget = "Ziel erreicht"
        c.offTarget = "Ziel verfehlt"
        c.noTarget = "kein Ziel zum Vergleich"
        c.legend = "Legende"
        c.legendBaseline = "Neutral (0); die Skala reicht von \u{2212}2 bis +2"
        c.legendBackArrow = "Führt zu einer früheren Phase oder einem früheren Schritt zurück"
        c.legendKPIBar = "KPI-Wert; die Linie markiert das Ziel"
        c.legendEveryone = "Einträge ohne Persona betreffen alle Personas."
        c.legendSigns =
            "Schmerzpunkte, Chancen und Schlüsselmomente unterscheiden sich nicht nur durch die Farbe, sondern "
            + "auch durch Zeichen, Rahmen und Beschriftung."
        c.legendScores =
            "Emotionswerte reichen von \u{2212}2 (sehr negativ) über 0 (neutral) bis +2 (sehr positiv); die Kurve "
            + "zeichnet eine Linie je Persona, unterschieden durch Strichmuster und Markerform."
        c.legendKPIs = "KPIs zeigen den gemessenen Wert im Vergleich zum Ziel."
        c.legendFilters =
            "Die Filter blenden Einträge anderer Personas und ganze Ebenen aus; die Emotionskurve zeigt immer alle Linien."
        c.kindDescriptions = [
            .action: "Was die Kundin oder der Kunde tut.",
            .thought: "Was die Kundin oder der Kunde denkt.",
            .question: "Was die Kundin oder der Kunde fragt.",
            .emotion: "Wie sich die Kundin oder der Kunde fühlt, mit einem Wert.",
            .touchpoint: "Wo Kundschaft und Unternehmen sich begegnen, und über welchen Kanal.",
            .painPoint: "Was der Kundschaft im Weg steht, mit Schweregrad; ein Warnzeichen und ein doppelter Rand.",
            .opportunity: "Eine Chance, es besser zu machen, mit Priorität; eine Raute und ein gestrichelter Rand.",
            .keyMoment:
                "Ein Moment der Wahrheit, in dem die Journey gewonnen oder verloren wird; ein Stern und ein kräftiger Rahmen.",
            .measure: "Was das Unternehmen vorhat, und wer verantwortlich ist.",
            .kpi: "Eine Kennzahl: der Wert im Vergleich zum Ziel.",
            .content: "Inhalte, die die Kundschaft nutzt.",
            .backstage: "Was hinter den Kulissen geschieht, und wer verantwortlich ist.",
            .note: "Text ohne genauere Art.",
        ]
        c.customKindDescription = "Eine Art von Eintrag, die diese Map festlegt."
        c.b2cJourney = "B2C-Journey"
        c.b2bJourney = "B2B-Journey"
        c.currentState = "Ist-Zustand"
        c.futureState = "Soll-Zustand"
        c.buyerJourneyFact = "Buyer Journey"
        c.customerJourneyFact = "gesamte Customer Journey"
        c.durationUnits = [
            "year": "{} Jahr", "years": "{} Jahre", "month": "{} Monat", "months": "{} Monate", "week": "{} Woche",
            "weeks": "{} Wochen", "day": "{} Tag", "days": "{} Tage", "hour": "{} Stunde", "hours": "{} Stunden",
            "minute": "{} Minute", "minutes": "{} Minuten", "second": "{} Sekunde", "seconds": "{} Sekunden",
        ]
        return c
    }()
}
