extension RecognitionVocabulary {
    /// German words for journey maps.
    public static let german = RecognitionVocabulary(
        languages: ["de"],
        laneTitles: [
            "actions": [
                "aktionen", "aktion", "handlungen", "handlung", "aktivitäten", "tätigkeiten", "tun", "tut", "macht",
                "was tut der kunde", "was macht der kunde", "was der kunde tut", "was die kundin tut",
                "was die kunden tun",
                "was sie tut", "was er tut", "was sie tun", "was die nutzerin tut", "was der nutzer tut",
                "kundenaktionen", "kundenaktivitäten", "nutzeraktionen",
                "aufgaben", "verhalten", "nutzerverhalten", "kundenverhalten",
            ],
            "thoughts": [
                "gedanken", "gedanke", "denken", "denkt", "fragen", "frage", "gedanken und fragen",
                "was denkt der kunde", "überlegungen", "bedürfnisse", "einstellung", "kundengedanken",
            ],
            "emotions": [
                "gefühle", "gefühl", "emotionen", "emotion", "fühlen", "fühlt", "was fühlt der kunde", "empfindungen",
                "stimmung", "gefühlslage", "emotionale reise", "emotionskurve", "gefühlskurve", "emotionaler zustand",
                "erleben", "erlebnis",
            ],
            "touchpoints": [
                "berührungspunkte", "berührungspunkt", "kontaktpunkte", "kontaktpunkt", "touchpoints", "touchpoint",
                "touch points", "kanäle", "kanal", "touchpoints und kanäle", "berührungspunkte und kanäle",
                "interaktionen", "schnittstellen", "wo",
            ],
            "pain-points": [
                "schmerzpunkte", "schmerzpunkt", "pain points", "pain point", "painpoints", "probleme", "problem",
                "reibungspunkte", "reibungsverluste", "hürden", "hindernisse", "barrieren", "herausforderungen",
                "schwierigkeiten", "frustpunkte", "ärgernisse", "schwachstellen",
            ],
            "opportunities": [
                "chancen", "chance", "möglichkeiten", "potenziale", "potentiale", "verbesserungspotenziale",
                "verbesserungsmöglichkeiten", "optimierungspotenziale", "ideen", "idee", "chancen und ideen",
                "momente der wahrheit", "moment der wahrheit", "schlüsselmomente",
            ],
            "measures": [
                "maßnahmen", "maßnahme", "massnahmen", "geplante maßnahmen", "handlungsempfehlungen", "handlungsfelder",
                "lösungen", "lösungsansätze", "initiativen", "nächste schritte", "to-dos",
            ],
            "kpis": [
                "kennzahlen", "kennzahl", "kpis", "kpi", "leistungskennzahlen", "metriken", "metrik", "messgrößen",
                "erfolgsmessung", "kpis und kennzahlen",
            ],
            "content": ["inhalte", "inhalt", "content", "materialien", "unterlagen", "marketinginhalte"],
            "backstage": [
                "hinter den kulissen", "backstage", "back stage", "backoffice", "back office", "interne prozesse",
                "unterstützende prozesse", "prozesse", "verantwortliche", "verantwortlich", "zuständigkeiten",
                "zuständig",
            ],
        ],
        stageNames: [
            "bewusstsein", "aufmerksamkeit", "wahrnehmung", "entdeckung", "entdecken", "inspiration", "information",
            "informationssuche", "recherche", "interesse", "erwägung", "überlegung", "abwägung", "bewertung",
            "evaluation", "evaluierung", "testen", "test", "testphase", "vergleich", "entscheidung", "kaufentscheidung",
            "kaufabsicht", "kauf", "kaufen", "erwerb", "abschluss", "vertragsabschluss", "bezahlung", "onboarding",
            "einführung", "legitimation", "nutzung", "nutzen", "anwendung", "verwendung", "service", "kundenservice",
            "support", "bindung", "kundenbindung", "treue", "loyalität", "empfehlung", "weiterempfehlung", "fürsprache",
            "verlängern", "verlängerung", "vertragsverlängerung", "erweiterung", "lieferung", "zustellung", "erlebnis",
            "bedarf", "bedarfserkennung", "suche", "auswahl", "freigabe", "genehmigung", "verhandlung",
            "implementierung", "umsetzung", "adoption", "auslöser", "nach dem kauf", "after sales", "planung",
            "vorbereitung", "buchung", "anreise", "check-in", "check-out", "aufenthalt", "abreise", "unfall", "meldung",
            "schadensmeldung", "begutachtung", "reparatur", "regulierung", "schadensregulierung", "reklamation",
            "beschwerde", "anmeldung", "registrierung", "antrag", "bewerbung", "einrichtung", "installation",
            "erste nutzung", "problem", "kündigung",
        ],
        stepWords: ["schritt", "schritte", "teilschritt"],
        channelWords: [
            "email": ["e-mail", "email", "mail", "newsletter"],
            "phone": ["telefon", "anruf", "telefonat", "hotline", "callcenter", "call-center"],
            "store": [
                "filiale", "geschäft", "laden", "ladengeschäft", "autohaus", "händler", "showroom", "büro",
                "niederlassung", "geschäftsstelle",
            ],
            "web": [
                "website", "webseite", "internetseite", "homepage", "web", "online", "onlineshop", "portal",
                "landingpage",
            ],
            "app": ["app", "mobil", "smartphone"],
            "chat": ["chat", "live-chat", "chatbot", "whatsapp"],
            "social": [
                "social media", "soziale medien", "soziale netzwerke", "instagram", "facebook", "linkedin", "xing",
                "twitter", "tiktok", "youtube",
            ],
            "event": ["veranstaltung", "event", "messe", "konferenz", "kongress", "webinar", "seminar", "workshop"],
            "sales-rep": [
                "vertrieb", "verkauf", "verkäufer", "verkäuferin", "außendienst", "vertriebsmitarbeiter", "berater",
                "beraterin", "kundenberater", "account manager", "key account manager",
            ],
            "advertising": ["werbung", "anzeige", "anzeigen", "inserat", "banner", "plakat", "werbespot", "spot"],
            "search": ["google", "suche", "suchmaschine", "seo"],
            "partner": ["partner", "vertriebspartner", "fachhändler", "wiederverkäufer", "reseller"],
            "print": [
                "print", "broschüre", "flyer", "prospekt", "anschreiben", "katalog", "zeitschrift", "zeitung",
                "postwurf",
            ],
            "word-of-mouth": [
                "mundpropaganda", "empfehlung", "freund", "freundin", "freunde", "bekannte", "kollege", "kollegin",
                "kollegen", "familie",
            ],
        ],
        personaCues: ["persona", "steckbrief"],
        roleWords: [
            "einkäufer", "einkäuferin", "einkauf", "beschaffung", "nutzer", "nutzerin", "anwender", "anwenderin",
            "endnutzer", "endanwender", "manager", "managerin", "leiter", "leiterin", "leitung", "abteilungsleiter",
            "abteilungsleiterin", "bereichsleiter", "bereichsleiterin", "teamleiter", "teamleiterin", "projektleiter",
            "projektleiterin", "direktor", "direktorin", "geschäftsführer", "geschäftsführerin", "geschäftsführung",
            "vorstand", "chef", "chefin", "inhaber", "inhaberin", "ceo", "cfo", "cio", "cto", "coo", "finanzen",
            "controlling", "buchhaltung", "it", "it-abteilung", "it-leiter", "rechtsabteilung", "datenschutz",
            "betriebsrat", "administrator", "admin", "entscheider", "entscheiderin", "entscheidungsträger",
            "einflussnehmer", "genehmiger", "sponsor", "fachabteilung", "fachbereich", "sachbearbeiter",
            "sachbearbeiterin", "ingenieur", "ingenieurin", "analyst", "analystin", "aufsichtsrat", "prokurist",
        ],
        emotionWords: [
            "begeistert": 2, "euphorisch": 2, "überglücklich": 2, "hocherfreut": 2, "glücklich": 1, "zufrieden": 1,
            "froh": 1, "erfreut": 1, "neugierig": 1, "gespannt": 1, "interessiert": 1, "erleichtert": 1,
            "zuversichtlich": 1, "hoffnungsvoll": 1, "optimistisch": 1, "stolz": 1, "neutral": 0, "ruhig": 0,
            "gelassen": 0, "gleichgültig": 0, "unsicher": -1, "verunsichert": -1, "verwirrt": -1, "ratlos": -1,
            "frustriert": -1, "genervt": -1, "besorgt": -1, "ängstlich": -1, "nervös": -1, "ungeduldig": -1,
            "skeptisch": -1, "misstrauisch": -1, "überfordert": -1, "enttäuscht": -1, "gelangweilt": -1,
            "gestresst": -1, "müde": -1, "unzufrieden": -1, "verärgert": -2, "wütend": -2, "sauer": -2, "empört": -2,
            "verzweifelt": -2, "hoffnungslos": -2,
        ],
        emoji: [:],
        keyMomentCues: [
            "moment der wahrheit", "momente der wahrheit", "schlüsselmoment", "schlüsselmomente", "kritischer moment",
            "entscheidender moment", "aha-moment", "aha-erlebnis", "wow-moment",
        ],
        questionWords: [
            "wie", "was", "warum", "wieso", "weshalb", "wozu", "wann", "wo", "woher", "wohin", "welche", "welcher",
            "welches", "wer", "wie viel", "wieviel", "gibt es", "kann ich", "muss ich",
        ],
        noteCues: [
            "quelle", "quellen", "hinweis", "hinweise", "anmerkung", "anmerkungen", "notiz", "notizen", "fußnote",
            "legende", "basierend auf", "zuletzt aktualisiert", "erstellt von", "version", "entwurf", "vertraulich",
        ],
        stopWords: ["und", "der", "die", "das", "den", "dem", "des", "ein", "eine"],
        pluralSuffixes: ["e", "en", "n", "s", "er"])
}
