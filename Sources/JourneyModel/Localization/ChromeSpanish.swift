extension Chrome {
    /// The chrome in Spanish.
    public static let spanish: Chrome = {
        var c = Chrome(code: "es")
        c.itemKinds = [
            .action: "Acción", .thought: "Pensamiento", .question: "Pregunta", .emotion: "Emoción",
            .touchpoint: "Punto de contacto", .painPoint: "Punto de dolor", .opportunity: "Oportunidad",
            .keyMoment: "Momento clave", .measure: "Medida", .kpi: "KPI", .content: "Contenido",
            .backstage: "Trastienda", .note: "Nota",
        ]
        c.channels = [
            .web: "Web", .email: "Correo electrónico", .social: "Redes sociales", .search: "Búsqueda",
            .advertising: "Publicidad", .phone: "Teléfono", .chat: "Chat", .app: "Aplicación", .store: "Tienda",
            .event: "Evento", .salesRep: "Comercial", .partner: "Socio", .print: "Impresos",
            .wordOfMouth: "Boca a boca",
        ]
        c.contentTypes = [
            .blogPost: "Artículo de blog", .whitepaper: "Documento técnico", .caseStudy: "Caso de éxito",
            .demo: "Demostración", .pricingPage: "Página de precios", .video: "Vídeo", .webinar: "Seminario web",
            .review: "Reseña", .comparison: "Comparativa", .newsletter: "Boletín", .documentation: "Documentación",
            .socialPost: "Publicación en redes", .advertisement: "Anuncio",
        ]
        c.decisionRoles = [
            .initiator: "Iniciador", .user: "Usuario", .influencer: "Influenciador", .decisionMaker: "Decisor",
            .approver: "Aprobador", .buyer: "Comprador", .gatekeeper: "Filtro",
        ]
        c.metricKinds = [
            .conversionRate: "Tasa de conversión", .returnOnInvestment: "ROI", .loyaltyRate: "Tasa de fidelidad",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Tasa de abandono", .reach: "Alcance",
            .clickThroughRate: "Tasa de clics", .costPerAcquisition: "Coste por adquisición", .revenue: "Ingresos",
            .timeToValue: "Tiempo hasta el valor", .timeInStage: "Tiempo en la etapa",
        ]
        c.severities = [
            .low: "Gravedad baja", .medium: "Gravedad media", .high: "Gravedad alta", .critical: "Gravedad crítica",
        ]
        c.priorities = [.low: "Prioridad baja", .medium: "Prioridad media", .high: "Prioridad alta"]
        c.severityLevels = [.low: "baja", .medium: "media", .high: "alta", .critical: "crítica"]
        c.priorityLevels = [.low: "baja", .medium: "media", .high: "alta"]
        c.asIs = "Situación actual"
        c.toBe = "Situación futura"
        c.buyerJourney = "Recorrido de compra"
        c.customerJourney = "Recorrido del cliente"
        c.untitledMap = "Mapa del recorrido del cliente"
        c.languageChip = "Idioma: {}"
        c.mapDescription = "Mapa del {2} ({1}, {3})"
        c.stageCountOne = "{} etapa"
        c.stageCountOther = "{} etapas"
        c.laneCountOne = "{} carril"
        c.laneCountOther = "{} carriles"
        c.buyingCommittee = "Comité de compra"
        c.committeeList = "Comité de compra: {}"
        c.allPersonas = "Todas las personas"
        c.reportsTo = "Depende de {}"
        c.approvesPurchase = "Aprueba la compra"
        c.approval = "Aprobación: {}"
        c.decisionRole = "Rol en la decisión: {}"
        c.goals = "Objetivos"
        c.needs = "Necesidades"
        c.motivations = "Motivaciones"
        c.frustrations = "Frustraciones"
        c.approvalChain = "Cadena de aprobación"
        c.approvalChains = "Cadenas de aprobación"
        c.approvalChainNote = "La aprobación sube de la primera persona a la última; cada una depende de la siguiente."
        c.approvalChainFrom = "Cadena de aprobación desde {}"
        c.journey = "Recorrido"
        c.lanes = "Carriles"
        c.steps = "Pasos"
        c.duration = "Duración: {}"
        c.stepList = "Pasos: {}"
        c.who = "Quién: {}"
        c.goal = "Objetivo: {}"
        c.takes = "Dura {}"
        c.step = "Paso: {}"
        c.owner = "Responsable: {}"
        c.severity = "Gravedad: {}"
        c.priority = "Prioridad: {}"
        c.score = "Puntuación"
        c.channel = "Canal: {}"
        c.content = "Contenido: {}"
        c.forPersonas = "Para: {}"
        c.tags = "Etiquetas"
        c.eventActivities = "Actividades de eventos"
        c.links = "Enlaces"
        c.otherLane = "Otros"
        c.otherItems = "Otros elementos"
        c.otherItemsNote = "Elementos cuyo carril no está en el mapa"
        c.goingBack = "Retrocesos"
        c.goingBackNote = "Transiciones a una etapa o paso anterior"
        c.goesBack = "retrocede"
        c.transitions = "Transiciones"
        c.emotionCurve = "Curva emocional"
        c.emotionCurveNote = "Puntuaciones de \u{2212}2 a +2, una línea por persona"
        c.skipToMap = "Saltar al mapa del recorrido"
        c.filterStatus = "Se muestran {1} de {2} elementos."
        c.readBack = "Esta página contiene el propio mapa; se recupera con {}."
        c.severityInLabel = "gravedad {}"
        c.priorityInLabel = "prioridad {}"
        c.madeWith = "Hecho con JourneyKit."
        c.target = "objetivo {}"
        c.targetAtStart = "Objetivo {}"
        c.value = "valor {}"
        c.valueOfTarget = "{1} con {2}"
        c.onTarget = "en el objetivo"
        c.offTarget = "fuera del objetivo"
        c.noTarget = "sin objetivo con el que comparar"
        c.legend = "Leyenda"
        c.legendBaseline = "Neutral (0); la escala va de \u{2212}2 a +2"
        c.legendBackArrow = "Vuelve a una etapa o paso anterior"
        c.legendKPIBar = "Valor del KPI; la línea marca el objetivo"
        c.legendEveryone = "Los elementos que no nombran a ninguna persona conciernen a todas."
        c.legendSigns =
            "Los puntos de dolor, las oportunidades y los momentos clave se distinguen por signo, borde y etiqueta, "
            + "además de por el color."
        c.legendScores =
            "Las puntuaciones emocionales van de \u{2212}2 (muy negativa) a +2 (muy positiva), pasando por 0 "
            + "(neutral); la curva traza una línea por persona, que se distinguen por el trazo y la forma del marcador."
        c.legendKPIs = "Los KPI muestran el valor medido frente al objetivo."
        c.legendFilters =
            "Los filtros ocultan elementos de otras personas y carriles enteros; la curva emocional siempre muestra "
            + "todas las líneas."
        c.kindDescriptions = [
            .action: "Lo que hace el cliente.",
            .thought: "Lo que piensa el cliente.",
            .question: "Lo que pregunta el cliente.",
            .emotion: "Cómo se siente el cliente, con una puntuación.",
            .touchpoint: "Dónde se encuentra el cliente con la empresa, y por qué canal.",
            .painPoint:
                "Lo que se interpone en el camino del cliente, con su gravedad; una señal de aviso y un borde doble.",
            .opportunity: "Una ocasión de mejorar, con su prioridad; un rombo y un borde discontinuo.",
            .keyMoment:
                "Un momento de la verdad, donde el recorrido se gana o se pierde; una estrella y un marco grueso.",
            .measure: "Lo que la empresa planea hacer, y quién es responsable.",
            .kpi: "Un indicador clave de rendimiento: el valor frente a su objetivo.",
            .content: "Contenido que consume el cliente.",
            .backstage: "Lo que ocurre entre bastidores, y quién es responsable.",
            .note: "Texto sin un tipo más específico.",
        ]
        c.customKindDescription = "Un tipo de elemento que define este mapa."
        c.b2cJourney = "Recorrido B2C"
        c.b2bJourney = "Recorrido B2B"
        c.currentState = "situación actual"
        c.futureState = "situación futura"
        c.buyerJourneyFact = "recorrido de compra"
        c.customerJourneyFact = "recorrido completo del cliente"
        c.durationUnits = [
            "year": "{} año", "years": "{} años", "month": "{} mes", "months": "{} meses", "week": "{} semana",
            "weeks": "{} semanas", "day": "{} día", "days": "{} días", "hour": "{} hora", "hours": "{} horas",
            "minute": "{} minuto", "minutes": "{} minutos", "second": "{} segundo", "seconds": "{} segundos",
        ]
        return c
    }()
}
