extension Chrome {
    /// The chrome in Tagalog (Filipino).
    public static let tagalog: Chrome = {
        var c = Chrome(code: "tl")
        c.itemKinds = [
            .action: "Gawain", .thought: "Kaisipan", .question: "Tanong", .emotion: "Damdamin",
            .touchpoint: "Punto ng ugnayan", .painPoint: "Punto ng hirap", .opportunity: "Pagkakataon",
            .keyMoment: "Mahalagang sandali", .measure: "Panukala", .kpi: "KPI", .content: "Nilalaman",
            .backstage: "Likod ng entablado", .note: "Tala",
        ]
        c.channels = [
            .web: "Web", .email: "Email", .social: "Midyang panlipunan", .search: "Paghahanap",
            .advertising: "Patalastas",
            .phone: "Telepono", .chat: "Chat", .app: "App", .store: "Tindahan", .event: "Kaganapan",
            .salesRep: "Ahente ng benta", .partner: "Kasosyo", .print: "Limbag",
            .wordOfMouth: "Rekomendasyon ng kakilala",
        ]
        c.contentTypes = [
            .blogPost: "Post sa blog", .whitepaper: "Ulat-teknikal", .caseStudy: "Pag-aaral ng kaso", .demo: "Demo",
            .pricingPage: "Pahina ng presyo", .video: "Video", .webinar: "Webinar", .review: "Pagsusuri",
            .comparison: "Paghahambing", .newsletter: "Liham-balita", .documentation: "Dokumentasyon",
            .socialPost: "Post sa midyang panlipunan", .advertisement: "Anunsiyo",
        ]
        c.decisionRoles = [
            .initiator: "Nagpasimula", .user: "Gumagamit", .influencer: "Nakaiimpluwensiya",
            .decisionMaker: "Nagpapasya", .approver: "Nag-aapruba", .buyer: "Mamimili", .gatekeeper: "Tagabantay",
        ]
        c.metricKinds = [
            .conversionRate: "Antas ng konbersiyon", .returnOnInvestment: "ROI", .loyaltyRate: "Antas ng katapatan",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Antas ng pag-alis", .reach: "Abot",
            .clickThroughRate: "Antas ng pag-click", .costPerAcquisition: "Gastos bawat bagong kliyente",
            .revenue: "Kita", .timeToValue: "Panahon bago makinabang", .timeInStage: "Panahon sa yugto",
        ]
        c.severities = [
            .low: "Mababang kalubhaan", .medium: "Katamtamang kalubhaan", .high: "Mataas na kalubhaan",
            .critical: "Kritikal na kalubhaan",
        ]
        c.priorities = [.low: "Mababang prayoridad", .medium: "Katamtamang prayoridad", .high: "Mataas na prayoridad"]
        c.severityLevels = [.low: "mababa", .medium: "katamtaman", .high: "mataas", .critical: "kritikal"]
        c.priorityLevels = [.low: "mababa", .medium: "katamtaman", .high: "mataas"]
        c.asIs = "Kasalukuyan"
        c.toBe = "Hinaharap"
        c.buyerJourney = "Paglalakbay ng mamimili"
        c.customerJourney = "Paglalakbay ng kliyente"
        c.untitledMap = "Mapa ng paglalakbay"
        c.languageChip = "Wika: {}"
        c.mapDescription = "Mapa ng {2} ({1}, {3})"
        c.stageCountOne = "{} yugto"
        c.stageCountOther = "{} yugto"
        c.laneCountOne = "{} hanay"
        c.laneCountOther = "{} hanay"
        c.persona = "Persona"
        c.personas = "Mga persona"
        c.buyingCommittee = "Komite sa pagbili"
        c.committeeList = "Komite sa pagbili: {}"
        c.allPersonas = "Lahat ng persona"
        c.reportsTo = "Nag-uulat kay {}"
        c.approvesPurchase = "Nag-aapruba ng pagbili"
        c.approval = "Pag-apruba: {}"
        c.decisionRole = "Papel sa pagpapasya: {}"
        c.goals = "Mga layunin"
        c.needs = "Mga pangangailangan"
        c.motivations = "Mga motibasyon"
        c.frustrations = "Mga pagkadismaya"
        c.approvalChain = "Kadena ng pag-apruba"
        c.approvalChains = "Mga kadena ng pag-apruba"
        c.approvalChainNote =
            "Umaakyat ang pag-apruba mula sa unang tao hanggang sa huli; bawat isa ay nag-uulat sa kasunod."
        c.approvalChainFrom = "Kadena ng pag-apruba mula kay {}"
        c.journey = "Paglalakbay"
        c.lanes = "Mga hanay"
        c.steps = "Mga hakbang"
        c.duration = "Tagal: {}"
        c.stepList = "Mga hakbang: {}"
        c.who = "Sino: {}"
        c.goal = "Layunin: {}"
        c.takes = "Tumatagal nang {}"
        c.personaList = "Mga persona: {}"
        c.step = "Hakbang: {}"
        c.owner = "Responsable: {}"
        c.severity = "Kalubhaan: {}"
        c.priority = "Prayoridad: {}"
        c.score = "Iskor"
        c.channel = "Daluyan: {}"
        c.content = "Nilalaman: {}"
        c.forPersonas = "Para sa: {}"
        c.tags = "Mga tatak"
        c.eventActivities = "Mga aktibidad sa kaganapan"
        c.links = "Mga kawing"
        c.otherLane = "Iba pa"
        c.otherItems = "Iba pang aytem"
        c.otherItemsNote = "Mga aytem na ang hanay ay wala sa mapa"
        c.goingBack = "Pagbalik"
        c.goingBackNote = "Mga paglipat pabalik sa naunang yugto o hakbang"
        c.goesBack = "bumabalik"
        c.transitions = "Mga paglipat"
        c.emotionCurve = "Kurba ng damdamin"
        c.emotionCurveNote = "Mga iskor mula \u{2212}2 hanggang +2, isang linya bawat persona"
        c.skipToMap = "Lumaktaw sa mapa ng paglalakbay"
        c.filterStatus = "Ipinapakita ang {1} sa {2} na aytem."
        c.readBack = "Nasa pahinang ito ang mismong mapa; mababasa itong muli gamit ang {}."
        c.severityInLabel = "kalubhaan {}"
        c.priorityInLabel = "prayoridad {}"
        c.madeWith = "Ginawa gamit ang JourneyKit."
        c.target = "layunin {}"
        c.targetAtStart = "Layunin {}"
        c.value = "halaga {}"
        c.valueOfTarget = "{1} sa {2}"
        c.onTarget = "naabot ang layunin"
        c.offTarget = "hindi naabot ang layunin"
        c.noTarget = "walang layuning mapaghahambingan"
        c.legend = "Susi ng mapa"
        c.legendBaseline = "Karaniwan (0); ang iskala ay mula \u{2212}2 hanggang +2"
        c.legendBackArrow = "Bumabalik sa naunang yugto o hakbang"
        c.legendKPIBar = "Halaga ng KPI; ang guhit ang nagmamarka ng layunin"
        c.legendEveryone = "Ang mga aytem na walang binabanggit na persona ay para sa lahat ng persona."
        c.legendSigns =
            "Nagkakaiba ang mga punto ng hirap, pagkakataon at mahalagang sandali sa tanda, gilid at etiketa, "
            + "hindi lamang sa kulay."
        c.legendScores =
            "Ang mga iskor ng damdamin ay mula \u{2212}2 (napakanegatibo), sa 0 (karaniwan), hanggang +2 "
            + "(napakapositibo); gumuguhit ang kurba ng isang linya bawat persona, na pinag-iiba ng anyo ng guhit "
            + "at hugis ng marka."
        c.legendKPIs = "Ipinapakita ng mga KPI ang nasukat na halaga laban sa layunin."
        c.legendFilters =
            "Itinatago ng mga pansala ang mga aytem ng ibang persona at ang buong hanay; laging ipinapakita ng "
            + "kurba ng damdamin ang bawat linya."
        c.kindDescriptions = [
            .action: "Ang ginagawa ng kliyente.",
            .thought: "Ang iniisip ng kliyente.",
            .question: "Ang itinatanong ng kliyente.",
            .emotion: "Ang nararamdaman ng kliyente, may iskor.",
            .touchpoint: "Kung saan nakakaugnay ng kliyente ang kompanya, at sa anong daluyan.",
            .painPoint: "Ang humahadlang sa kliyente, kasama ang kalubhaan; may tandang babala at dobleng gilid.",
            .opportunity: "Pagkakataong mapabuti, kasama ang prayoridad; may diyamante at putol-putol na gilid.",
            .keyMoment:
                "Sandali ng katotohanan, kung saan maaaring magtagumpay o mabigo ang paglalakbay; may bituin at makapal na balangkas.",
            .measure: "Ang balak gawin ng kompanya, at kung sino ang responsable.",
            .kpi: "Pangunahing panukat ng pagganap: ang halaga laban sa layunin nito.",
            .content: "Nilalamang ginagamit ng kliyente.",
            .backstage: "Ang nangyayari sa likod ng entablado, at kung sino ang responsable.",
            .note: "Teksto na walang mas tiyak na uri.",
        ]
        c.customKindDescription = "Uri ng aytem na itinakda ng mapang ito."
        c.b2cJourney = "Paglalakbay na B2C"
        c.b2bJourney = "Paglalakbay na B2B"
        c.currentState = "kasalukuyang kalagayan"
        c.futureState = "kalagayan sa hinaharap"
        c.buyerJourneyFact = "paglalakbay ng mamimili"
        c.customerJourneyFact = "buong paglalakbay ng kliyente"
        c.durationUnits = [
            "year": "{} taon", "years": "{} taon", "month": "{} buwan", "months": "{} buwan", "week": "{} linggo",
            "weeks": "{} linggo", "day": "{} araw", "days": "{} araw", "hour": "{} oras", "hours": "{} oras",
            "minute": "{} minuto", "minutes": "{} minuto", "second": "{} segundo", "seconds": "{} segundo",
        ]
        return c
    }()
}
