extension Chrome {
    /// The chrome in Portuguese.
    public static let portuguese: Chrome = {
        var c = Chrome(code: "pt")
        c.itemKinds = [
            .action: "Ação", .thought: "Pensamento", .question: "Pergunta", .emotion: "Emoção",
            .touchpoint: "Ponto de contato", .painPoint: "Ponto de dor", .opportunity: "Oportunidade",
            .keyMoment: "Momento-chave", .measure: "Medida", .kpi: "KPI", .content: "Conteúdo",
            .backstage: "Bastidores",
            .note: "Nota",
        ]
        c.channels = [
            .web: "Web", .email: "E-mail", .social: "Redes sociais", .search: "Busca", .advertising: "Publicidade",
            .phone: "Telefone", .chat: "Chat", .app: "Aplicativo", .store: "Loja", .event: "Evento",
            .salesRep: "Vendedor", .partner: "Parceiro", .print: "Impresso", .wordOfMouth: "Boca a boca",
        ]
        c.contentTypes = [
            .blogPost: "Artigo de blog", .whitepaper: "Artigo técnico", .caseStudy: "Estudo de caso",
            .demo: "Demonstração", .pricingPage: "Página de preços", .video: "Vídeo", .webinar: "Webinar",
            .review: "Avaliação", .comparison: "Comparação", .newsletter: "Boletim informativo",
            .documentation: "Documentação", .socialPost: "Publicação em redes sociais", .advertisement: "Anúncio",
        ]
        c.decisionRoles = [
            .initiator: "Iniciador", .user: "Usuário", .influencer: "Influenciador", .decisionMaker: "Decisor",
            .approver: "Aprovador", .buyer: "Comprador", .gatekeeper: "Guardião",
        ]
        c.metricKinds = [
            .conversionRate: "Taxa de conversão", .returnOnInvestment: "ROI", .loyaltyRate: "Taxa de fidelidade",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "Taxa de cancelamento",
            .reach: "Alcance", .clickThroughRate: "Taxa de cliques", .costPerAcquisition: "Custo por aquisição",
            .revenue: "Receita", .timeToValue: "Tempo até o valor", .timeInStage: "Tempo na etapa",
        ]
        c.severities = [
            .low: "Gravidade baixa", .medium: "Gravidade média", .high: "Gravidade alta",
            .critical: "Gravidade crítica",
        ]
        c.priorities = [.low: "Prioridade baixa", .medium: "Prioridade média", .high: "Prioridade alta"]
        c.severityLevels = [.low: "baixa", .medium: "média", .high: "alta", .critical: "crítica"]
        c.priorityLevels = [.low: "baixa", .medium: "média", .high: "alta"]
        c.asIs = "Estado atual"
        c.toBe = "Estado futuro"
        c.buyerJourney = "Jornada de compra"
        c.customerJourney = "Jornada do cliente"
        c.untitledMap = "Mapa da jornada do cliente"
        c.languageChip = "Idioma: {}"
        c.mapDescription = "Mapa da {2} ({1}, {3})"
        c.stageCountOne = "{} etapa"
        c.stageCountOther = "{} etapas"
        c.laneCountOne = "{} raia"
        c.laneCountOther = "{} raias"
        c.buyingCommittee = "Comitê de compra"
        c.committeeList = "Comitê de compra: {}"
        c.allPersonas = "Todas as personas"
        c.reportsTo = "Reporta-se a {}"
        c.approvesPurchase = "Aprova a compra"
        c.approval = "Aprovação: {}"
        c.decisionRole = "Papel na decisão: {}"
        c.goals = "Objetivos"
        c.needs = "Necessidades"
        c.motivations = "Motivações"
        c.frustrations = "Frustrações"
        c.approvalChain = "Cadeia de aprovação"
        c.approvalChains = "Cadeias de aprovação"
        c.approvalChainNote = "A aprovação sobe da primeira pessoa até a última; cada uma se reporta à seguinte."
        c.approvalChainFrom = "Cadeia de aprovação a partir de {}"
        c.journey = "Jornada"
        c.lanes = "Raias"
        c.steps = "Passos"
        c.duration = "Duração: {}"
        c.stepList = "Passos: {}"
        c.who = "Quem: {}"
        c.goal = "Objetivo: {}"
        c.takes = "Leva {}"
        c.step = "Passo: {}"
        c.owner = "Responsável: {}"
        c.severity = "Gravidade: {}"
        c.priority = "Prioridade: {}"
        c.score = "Pontuação"
        c.channel = "Canal: {}"
        c.content = "Conteúdo: {}"
        c.forPersonas = "Para: {}"
        c.tags = "Etiquetas"
        c.eventActivities = "Atividades de eventos"
        c.otherLane = "Outros"
        c.otherItems = "Outros itens"
        c.otherItemsNote = "Itens cuja raia não está no mapa"
        c.goingBack = "Retornos"
        c.goingBackNote = "Transições para uma etapa ou passo anterior"
        c.goesBack = "volta"
        c.transitions = "Transições"
        c.emotionCurve = "Curva emocional"
        c.emotionCurveNote = "Pontuações de \u{2212}2 a +2, uma linha por persona"
        c.skipToMap = "Pular para o mapa da jornada"
        c.filterStatus = "Mostrando {1} de {2} itens."
        c.readBack = "Esta página contém o próprio mapa; recupere-o com {}."
        c.severityInLabel = "gravidade {}"
        c.priorityInLabel = "prioridade {}"
        c.madeWith = "Feito com JourneyKit."
        c.target = "meta {}"
        c.targetAtStart = "Meta {}"
        c.value = "valor {}"
        c.valueOfTarget = "{1} com {2}"
        c.onTarget = "dentro da meta"
        c.offTarget = "fora da meta"
        c.noTarget = "sem meta para comparar"
        c.legend = "Legenda"
        c.legendBaseline = "Neutro (0); a escala vai de \u{2212}2 a +2"
        c.legendBackArrow = "Volta a uma etapa ou passo anterior"
        c.legendKPIBar = "Valor do KPI; a linha marca a meta"
        c.legendEveryone = "Itens que não citam nenhuma persona dizem respeito a todas."
        c.legendSigns =
            "Pontos de dor, oportunidades e momentos-chave diferem por símbolo, borda e rótulo, além da cor."
        c.legendScores =
            "As pontuações emocionais vão de \u{2212}2 (muito negativa), passando por 0 (neutra), até +2 (muito "
            + "positiva); a curva traça uma linha por persona, distinguidas pelo tracejado e pela forma do marcador."
        c.legendKPIs = "Os KPIs mostram o valor medido em relação à meta."
        c.legendFilters =
            "Os filtros ocultam itens de outras personas e raias inteiras; a curva emocional sempre mostra todas as linhas."
        c.kindDescriptions = [
            .action: "O que o cliente faz.",
            .thought: "O que o cliente pensa.",
            .question: "O que o cliente pergunta.",
            .emotion: "Como o cliente se sente, com uma pontuação.",
            .touchpoint: "Onde o cliente encontra a empresa, e por qual canal.",
            .painPoint: "O que atrapalha o cliente, com sua gravidade; um sinal de alerta e uma borda dupla.",
            .opportunity: "Uma chance de fazer melhor, com sua prioridade; um losango e uma borda tracejada.",
            .keyMoment: "Um momento da verdade, em que a jornada é ganha ou perdida; uma estrela e uma moldura grossa.",
            .measure: "O que a empresa planeja fazer, e quem é o responsável.",
            .kpi: "Um indicador-chave de desempenho: o valor em relação à meta.",
            .content: "Conteúdo que o cliente consome.",
            .backstage: "O que acontece nos bastidores, e quem é o responsável.",
            .note: "Texto sem um tipo mais específico.",
        ]
        c.customKindDescription = "Um tipo de item que este mapa define."
        c.b2cJourney = "Jornada B2C"
        c.b2bJourney = "Jornada B2B"
        c.currentState = "estado atual"
        c.futureState = "estado futuro"
        c.buyerJourneyFact = "jornada de compra"
        c.customerJourneyFact = "jornada completa do cliente"
        c.durationUnits = [
            "year": "{} ano", "years": "{} anos", "month": "{} mês", "months": "{} meses", "week": "{} semana",
            "weeks": "{} semanas", "day": "{} dia", "days": "{} dias", "hour": "{} hora", "hours": "{} horas",
            "minute": "{} minuto", "minutes": "{} minutos", "second": "{} segundo", "seconds": "{} segundos",
        ]
        return c
    }()
}
