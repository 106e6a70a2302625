extension RecognitionVocabulary {
    /// French words for journey maps.
    public static let french = RecognitionVocabulary(
        languages: ["fr"],
        laneTitles: [
            "actions": [
                "actions", "action", "activités", "activité", "fait", "que fait-il", "ce qu'il fait", "ce que fait",
                "ce que fait le client", "actions du client", "actions de l'utilisateur", "actions utilisateur",
                "tâches", "comportement", "comportements",
            ],
            "thoughts": [
                "pensées", "pensée", "pense", "que pense-t-il", "ce qu'il pense", "réflexions", "questions", "question",
                "pensées et questions", "interrogations", "questionnements", "doutes", "besoins", "état d'esprit",
            ],
            "emotions": [
                "émotions", "émotion", "ressentis", "ressenti", "ressent", "que ressent-il", "ce qu'il ressent",
                "sentiments", "sentiment", "courbe émotionnelle", "courbe des émotions", "parcours émotionnel",
                "état émotionnel", "humeur", "expérience", "vécu",
            ],
            "touchpoints": [
                "points de contact", "point de contact", "touchpoints", "touchpoint", "canaux", "canal",
                "points de contact et canaux", "interactions", "où",
            ],
            "pain-points": [
                "points de douleur", "point de douleur", "pain points", "pain point", "irritants", "irritant",
                "points de friction", "frictions", "friction", "points noirs", "problèmes", "problème", "freins",
                "frein", "obstacles", "difficultés", "douleurs", "frustrations", "points de frustration",
            ],
            "opportunities": [
                "opportunités", "opportunité", "pistes", "pistes d'amélioration", "axes d'amélioration", "leviers",
                "leviers d'amélioration", "idées", "idée", "améliorations", "moments de vérité", "moment de vérité",
                "moments clés", "opportunités et idées",
            ],
            "measures": [
                "mesures", "mesure", "actions à mener", "actions à entreprendre", "actions correctives",
                "plan d'action", "initiatives", "solutions", "recommandations", "prochaines étapes",
            ],
            "kpis": [
                "kpis", "kpi", "indicateurs", "indicateur", "indicateurs clés", "indicateurs clés de performance",
                "indicateurs de performance", "métriques", "métrique", "kpis et indicateurs",
            ],
            "content": [
                "contenu", "contenus", "contenus marketing", "supports", "supports de communication", "ressources",
            ],
            "backstage": [
                "backstage", "coulisses", "en coulisses", "dans les coulisses", "back-office", "processus internes",
                "processus de support", "processus support", "responsables", "porteurs",
            ],
        ],
        stageNames: [
            "découverte", "prise de conscience", "notoriété", "sensibilisation", "connaissance", "intérêt",
            "inspiration", "information", "recherche", "recherche d'information", "considération", "réflexion",
            "évaluation", "comparaison", "décision", "choix", "intention", "achat", "acquisition", "souscription",
            "commande", "paiement", "onboarding", "intégration", "prise en main", "utilisation", "usage", "service",
            "support", "assistance", "après-vente", "sav", "rétention", "fidélisation", "fidélité", "recommandation",
            "prescription", "parrainage", "renouvellement", "expansion", "livraison", "expérience", "engagement",
            "besoin", "identification du besoin", "sélection", "validation", "approbation", "négociation",
            "mise en œuvre", "mise en oeuvre", "déploiement", "implémentation", "adoption", "déclencheur", "post-achat",
            "après l'achat", "préparation", "planification", "réservation", "arrivée", "check-in", "séjour", "départ",
            "check-out", "sinistre", "déclaration", "déclaration de sinistre", "expertise", "indemnisation",
            "réclamation", "inscription", "candidature", "demande", "ouverture", "ouverture de compte", "installation",
            "configuration", "paramétrage", "première utilisation", "problème", "résiliation",
        ],
        stepWords: ["étape", "étapes"],
        channelWords: [
            "email": ["e-mail", "email", "mail", "courriel", "mél", "newsletter", "emailing"],
            "phone": ["téléphone", "appel", "appel téléphonique", "hotline", "centre d'appels", "call center"],
            "store": [
                "magasin", "boutique", "agence", "concession", "concessionnaire", "showroom", "point de vente",
                "succursale", "guichet", "bureau",
            ],
            "web": [
                "site web", "site internet", "site", "web", "internet", "en ligne", "portail", "landing page",
                "espace client",
            ],
            "app": ["application", "application mobile", "appli", "app", "mobile", "smartphone"],
            "chat": ["chat", "tchat", "chatbot", "messagerie", "messagerie instantanée", "whatsapp"],
            "social": [
                "réseaux sociaux", "médias sociaux", "instagram", "facebook", "linkedin", "twitter", "tiktok",
                "youtube",
            ],
            "event": ["événement", "évènement", "salon", "conférence", "webinaire", "webinar", "séminaire", "atelier"],
            "sales-rep": [
                "commercial", "commerciale", "vendeur", "vendeuse", "conseiller", "conseillère", "chargé de clientèle",
                "représentant", "force de vente", "ventes",
            ],
            "advertising": [
                "publicité", "pub", "annonce", "annonces", "bannière", "affiche", "affichage", "spot publicitaire",
                "encart",
            ],
            "search": ["google", "recherche", "moteur de recherche", "seo", "référencement"],
            "partner": ["partenaire", "partenaires", "revendeur", "distributeur", "courtier"],
            "print": [
                "imprimé", "brochure", "prospectus", "flyer", "dépliant", "courrier", "lettre", "catalogue", "magazine",
                "presse",
            ],
            "word-of-mouth": [
                "bouche-à-oreille", "ami", "amie", "amis", "proches", "collègue", "collègues", "famille",
                "recommandation",
            ],
        ],
        personaCues: ["persona", "fiche persona"],
        roleWords: [
            "acheteur", "acheteuse", "achats", "service achats", "utilisateur", "utilisatrice", "utilisateur final",
            "responsable", "manager", "chef", "chef de projet", "directeur", "directrice", "dirigeant", "dirigeante",
            "gérant", "gérante", "dg", "pdg", "ceo", "cfo", "daf", "dsi", "cio", "cto", "rssi", "finance", "finances",
            "comptabilité", "contrôleur de gestion", "informatique", "it", "juridique", "administrateur",
            "administratrice", "décideur", "décideuse", "décisionnaire", "prescripteur", "prescriptrice", "influenceur",
            "approbateur", "valideur", "sponsor", "ingénieur", "ingénieure", "analyste", "conseil d'administration",
            "comité de direction", "codir", "président", "présidente", "vice-président", "propriétaire",
        ],
        emotionWords: [
            "ravi": 2, "ravie": 2, "ravis": 2, "ravies": 2, "enchanté": 2, "enchantée": 2, "enchantés": 2,
            "enchantées": 2, "enthousiaste": 2, "enthousiastes": 2, "emballé": 2, "emballée": 2, "emballés": 2,
            "emballées": 2, "content": 1, "contente": 1, "contents": 1, "contentes": 1, "heureux": 1, "heureuse": 1,
            "heureuses": 1, "satisfait": 1, "satisfaite": 1, "satisfaits": 1, "satisfaites": 1, "curieux": 1,
            "curieuse": 1, "curieuses": 1, "intéressé": 1, "intéressée": 1, "intéressés": 1, "intéressées": 1,
            "soulagé": 1, "soulagée": 1, "soulagés": 1, "soulagées": 1, "rassuré": 1, "rassurée": 1, "rassurés": 1,
            "rassurées": 1, "confiant": 1, "confiante": 1, "confiants": 1, "confiantes": 1, "optimiste": 1,
            "optimistes": 1, "fier": 1, "fière": 1, "fiers": 1, "fières": 1, "neutre": 0, "neutres": 0, "calme": 0,
            "calmes": 0, "indifférent": 0, "indifférente": 0, "indifférents": 0, "indifférentes": 0, "perdu": -1,
            "perdue": -1, "perdus": -1, "perdues": -1, "confus": -1, "confuse": -1, "confuses": -1, "hésitant": -1,
            "hésitante": -1, "hésitants": -1, "hésitantes": -1, "incertain": -1, "incertaine": -1, "incertains": -1,
            "incertaines": -1, "inquiet": -1, "inquiète": -1, "inquiets": -1, "inquiètes": -1, "anxieux": -1,
            "anxieuse": -1, "anxieuses": -1, "nerveux": -1, "nerveuse": -1, "nerveuses": -1, "stressé": -1,
            "stressée": -1, "stressés": -1, "stressées": -1, "frustré": -1, "frustrée": -1, "frustrés": -1,
            "frustrées": -1, "agacé": -1, "agacée": -1, "agacés": -1, "agacées": -1, "énervé": -1, "énervée": -1,
            "énervés": -1, "énervées": -1, "impatient": -1, "impatiente": -1, "impatients": -1, "impatientes": -1,
            "sceptique": -1, "sceptiques": -1, "méfiant": -1, "méfiante": -1, "méfiants": -1, "méfiantes": -1,
            "fatigué": -1, "fatiguée": -1, "fatigués": -1, "fatiguées": -1, "débordé": -1, "débordée": -1,
            "débordés": -1, "débordées": -1, "déçu": -1, "déçue": -1, "déçus": -1, "déçues": -1, "mécontent": -1,
            "mécontente": -1, "mécontents": -1, "mécontentes": -1, "triste": -1, "tristes": -1, "furieux": -2,
            "furieuse": -2, "furieuses": -2, "en colère": -2, "fâché": -2, "fâchée": -2, "fâchés": -2, "fâchées": -2,
            "exaspéré": -2, "exaspérée": -2, "exaspérés": -2, "exaspérées": -2, "indigné": -2, "indignée": -2,
            "indignés": -2, "indignées": -2, "désespéré": -2, "désespérée": -2, "désespérés": -2, "désespérées": -2,
        ],
        emoji: [:],
        keyMomentCues: [
            "moment de vérité", "moments de vérité", "moment clé", "moments clés", "moment critique", "moment décisif",
            "effet waouh", "moment waouh",
        ],
        questionWords: [
            "comment", "pourquoi", "quand", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "combien", "où",
            "qui", "est-ce que", "qu'est-ce que", "à quoi", "puis-je", "dois-je", "faut-il",
        ],
        noteCues: [
            "source", "sources", "note", "notes", "nota", "n.b.", "note de bas de page", "légende", "remarque",
            "remarques", "basé sur", "dernière mise à jour", "mis à jour le", "créé par", "réalisé par", "version",
            "brouillon", "confidentiel",
        ],
        stopWords: ["et", "de", "des", "du", "le", "la", "les", "l", "d", "un", "une"],
        pluralSuffixes: ["s", "x"])
}
