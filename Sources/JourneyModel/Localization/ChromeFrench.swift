extension Chrome {
    /// The chrome in French.
    public static let french: Chrome = {
        var c = Chrome(code: "fr")
        c.itemKinds = [
            .action: "Action", .thought: "Pensée", .question: "Question", .emotion: "Émotion",
            .touchpoint: "Point de contact", .painPoint: "Point de friction", .opportunity: "Opportunité",
            .keyMoment: "Moment clé", .measure: "Mesure", .kpi: "KPI", .content: "Contenu", .backstage: "Coulisses",
            .note: "Note",
        ]
        c.channels = [
            .web: "Web", .email: "E-mail", .social: "Réseaux sociaux", .search: "Recherche", .advertising: "Publicité",
            .phone: "Téléphone", .chat: "Chat", .app: "Application", .store: "Magasin", .event: "Événement",
            .salesRep: "Commercial", .partner: "Partenaire", .print: "Imprimé", .wordOfMouth: "Bouche-à-oreille",
        ]
        c.contentTypes = [
            .blogPost: "Article de blog", .whitepaper: "Livre blanc", .caseStudy: "Étude de cas", .demo: "Démo",
            .pricingPage: "Page de tarifs", .video: "Vidéo", .webinar: "Webinaire", .review: "Avis",
            .comparison: "Comparatif", .newsletter: "Lettre d'information", .documentation: "Documentation",
            .socialPost: "Publication sur les réseaux sociaux", .advertisement: "Annonce publicitaire",
        ]
        c.decisionRoles = [
            .initiator: "Initiateur", .user: "Utilisateur", .influencer: "Influenceur", .decisionMaker: "Décideur",
            .approver: "Approbateur", .buyer: "Acheteur", .gatekeeper: "Filtre",
        ]
        c.metricKinds = [
            .conversionRate: "Taux de conversion", .returnOnInvestment: "ROI", .loyaltyRate: "Taux de fidélité",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Taux d'attrition", .reach: "Portée",
            .clickThroughRate: "Taux de clics", .costPerAcquisition: "Coût d'acquisition",
            .revenue: "Chiffre d'affaires", .timeToValue: "Délai de création de valeur",
            .timeInStage: "Temps passé dans la phase",
        ]
        c.severities = [
            .low: "Gravité faible", .medium: "Gravité moyenne", .high: "Gravité élevée", .critical: "Gravité critique",
        ]
        c.priorities = [.low: "Priorité basse", .medium: "Priorité moyenne", .high: "Priorité haute"]
        c.severityLevels = [.low: "faible", .medium: "moyenne", .high: "élevée", .critical: "critique"]
        c.priorityLevels = [.low: "basse", .medium: "moyenne", .high: "haute"]
        c.asIs = "Existant"
        c.toBe = "Cible"
        c.buyerJourney = "Parcours d'achat"
        c.customerJourney = "Parcours client"
        c.untitledMap = "Carte du parcours client"
        c.languageChip = "Langue : {}"
        c.mapDescription = "Carte du {2} ({1}, {3})"
        c.stageCountOne = "{} phase"
        c.stageCountOther = "{} phases"
        c.laneCountOne = "{} couloir"
        c.laneCountOther = "{} couloirs"
        c.buyingCommittee = "Comité d'achat"
        c.committeeList = "Comité d'achat : {}"
        c.allPersonas = "Toutes les personas"
        c.reportsTo = "Rend compte à {}"
        c.approvesPurchase = "Approuve l'achat"
        c.approval = "Approbation : {}"
        c.decisionRole = "Rôle dans la décision : {}"
        c.goals = "Objectifs"
        c.needs = "Besoins"
        c.approvalChain = "Chaîne d'approbation"
        c.approvalChains = "Chaînes d'approbation"
        c.approvalChainNote =
            "L'approbation remonte de la première personne à la dernière, chacune rendant compte à la suivante."
        c.approvalChainFrom = "Chaîne d'approbation depuis {}"
        c.journey = "Parcours"
        c.lanes = "Couloirs"
        c.steps = "Étapes"
        c.duration = "Durée : {}"
        c.stepList = "Étapes : {}"
        c.who = "Qui : {}"
        c.goal = "Objectif : {}"
        c.takes = "Dure {}"
        c.personaList = "Personas : {}"
        c.step = "Étape : {}"
        c.owner = "Responsable : {}"
        c.severity = "Gravité : {}"
        c.priority = "Priorité : {}"
        c.channel = "Canal : {}"
        c.content = "Contenu : {}"
        c.forPersonas = "Pour : {}"
        c.tags = "Étiquettes"
        c.eventActivities = "Activités des événements"
        c.links = "Liens"
        c.otherLane = "Autres"
        c.otherItems = "Autres éléments"
        c.otherItemsNote = "Éléments dont le couloir n'est pas dans la carte"
        c.goingBack = "Retours"
        c.goingBackNote = "Transitions vers une phase ou une étape antérieure"
        c.goesBack = "revient en arrière"
        c.emotionCurve = "Courbe émotionnelle"
        c.emotionCurveNote = "Scores de \u{2212}2 à +2, une ligne par persona"
        c.skipToMap = "Aller à la carte du parcours"
        c.filterStatus = "{1} éléments affichés sur {2}."
        c.readBack = "Cette page contient la carte elle-même ; relisez-la avec {}."
        c.severityInLabel = "gravité {}"
        c.priorityInLabel = "priorité {}"
        c.madeWith = "Réalisé avec JourneyKit."
        c.target = "objectif {}"
        c.targetAtStart = "Objectif {}"
        c.value = "valeur {}"
        c.valueOfTarget = "{1} pour un {2}"
        c.onTarget = "objectif atteint"
        c.offTarget = "objectif manqué"
        c.noTarget = "aucun objectif de comparaison"
        c.legend = "Légende"
        c.legendBaseline = "Neutre (0) ; l'échelle va de \u{2212}2 à +2"
        c.legendBackArrow = "Revient à une phase ou une étape antérieure"
        c.legendKPIBar = "Valeur du KPI ; le trait marque l'objectif"
        c.legendEveryone = "Les éléments qui ne nomment aucune persona concernent toutes les personas."
        c.legendSigns =
            "Les points de friction, opportunités et moments clés se distinguent par leur signe, leur bordure et "
            + "leur libellé autant que par leur couleur."
        c.legendScores =
            "Les scores émotionnels vont de \u{2212}2 (très négatif) à +2 (très positif) en passant par 0 (neutre) ; "
            + "la courbe trace une ligne par persona, distinguées par le motif de tirets et la forme des marqueurs."
        c.legendKPIs = "Les KPI montrent la valeur mesurée par rapport à l'objectif."
        c.legendFilters =
            "Les filtres masquent les éléments des autres personas et des couloirs entiers ; la courbe émotionnelle "
            + "montre toujours toutes les lignes."
        c.kindDescriptions = [
            .action: "Ce que fait le client.",
            .thought: "Ce que pense le client.",
            .question: "Ce que demande le client.",
            .emotion: "Ce que ressent le client, avec un score.",
            .touchpoint: "Où le client rencontre l'entreprise, et par quel canal.",
            .painPoint: "Ce qui gêne le client, avec sa gravité ; un signe d'alerte et une double bordure.",
            .opportunity: "Une occasion de mieux faire, avec sa priorité ; un losange et une bordure en tirets.",
            .keyMoment: "Un moment de vérité, où le parcours se gagne ou se perd ; une étoile et un cadre épais.",
            .measure: "Ce que l'entreprise prévoit de faire, et qui en est responsable.",
            .kpi: "Un indicateur clé de performance : la valeur face à son objectif.",
            .content: "Un contenu que consulte le client.",
            .backstage: "Ce qui se passe en coulisses, et qui en est responsable.",
            .note: "Un texte sans type plus précis.",
        ]
        c.customKindDescription = "Un type d'élément que cette carte définit."
        c.b2cJourney = "Parcours B2C"
        c.b2bJourney = "Parcours B2B"
        c.currentState = "état actuel"
        c.futureState = "état cible"
        c.buyerJourneyFact = "parcours d'achat"
        c.customerJourneyFact = "parcours client complet"
        c.durationUnits = [
            "year": "{} an", "years": "{} ans", "month": "{} mois", "months": "{} mois", "week": "{} semaine",
            "weeks": "{} semaines", "day": "{} jour", "days": "{} jours", "hour": "{} heure", "hours": "{} heures",
            "minute": "{} minute", "minutes": "{} minutes", "second": "{} seconde", "seconds": "{} secondes",
        ]
        return c
    }()
}
