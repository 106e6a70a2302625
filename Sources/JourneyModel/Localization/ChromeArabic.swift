extension Chrome {
    /// The chrome in Arabic (Modern Standard Arabic).
    public static let arabic: Chrome = {
        var c = Chrome(code: "ar")
        c.itemKinds = [
            .action: "إجراء", .thought: "فكرة", .question: "سؤال", .emotion: "شعور", .touchpoint: "نقطة تواصل",
            .painPoint: "نقطة ألم", .opportunity: "فرصة", .keyMoment: "لحظة حاسمة", .measure: "إجراء تحسيني",
            .kpi: "مؤشر أداء", .content: "محتوى", .backstage: "خلف الكواليس", .note: "ملاحظة",
        ]
        c.channels = [
            .web: "الويب", .email: "البريد الإلكتروني", .social: "وسائل التواصل الاجتماعي", .search: "البحث",
            .advertising: "الإعلانات", .phone: "الهاتف", .chat: "المحادثة", .app: "التطبيق", .store: "المتجر",
            .event: "فعالية", .salesRep: "مندوب مبيعات", .partner: "شريك", .print: "مطبوعات",
            .wordOfMouth: "التوصية الشفهية",
        ]
        c.contentTypes = [
            .blogPost: "تدوينة", .whitepaper: "ورقة بيضاء", .caseStudy: "دراسة حالة", .demo: "عرض توضيحي",
            .pricingPage: "صفحة الأسعار", .video: "فيديو", .webinar: "ندوة عبر الإنترنت", .review: "مراجعة",
            .comparison: "مقارنة", .newsletter: "نشرة إخبارية", .documentation: "وثائق", .socialPost: "منشور اجتماعي",
            .advertisement: "إعلان",
        ]
        c.decisionRoles = [
            .initiator: "المبادر", .user: "المستخدم", .influencer: "المؤثر", .decisionMaker: "صاحب القرار",
            .approver: "المعتمِد", .buyer: "المشتري", .gatekeeper: "حارس البوابة",
        ]
        c.metricKinds = [
            .conversionRate: "معدل التحويل", .returnOnInvestment: "العائد على الاستثمار", .loyaltyRate: "معدل الولاء",
            .netPromoterScore: "صافي نقاط الترويج", .customerSatisfaction: "رضا العملاء",
            .churnRate: "معدل فقدان العملاء",
            .reach: "الوصول", .clickThroughRate: "معدل النقر", .costPerAcquisition: "تكلفة الاكتساب",
            .revenue: "الإيرادات", .timeToValue: "الوقت حتى تحقيق القيمة", .timeInStage: "الوقت في المرحلة",
        ]
        c.severities = [.low: "خطورة منخفضة", .medium: "خطورة متوسطة", .high: "خطورة عالية", .critical: "خطورة حرجة"]
        c.priorities = [.low: "أولوية منخفضة", .medium: "أولوية متوسطة", .high: "أولوية عالية"]
        c.severityLevels = [.low: "منخفضة", .medium: "متوسطة", .high: "عالية", .critical: "حرجة"]
        c.priorityLevels = [.low: "منخفضة", .medium: "متوسطة", .high: "عالية"]
        c.asIs = "الوضع الحالي"
        c.toBe = "الوضع المنشود"
        c.buyerJourney = "رحلة الشراء"
        c.customerJourney = "رحلة العميل"
        c.untitledMap = "خريطة رحلة العميل"
        c.languageChip = "اللغة: {}"
        c.lowercasesInSentences = false
        c.mapDescription = "خريطة {2} – {1} ({3})"
        c.stageCountOne = "مرحلة واحدة"
        c.stageCountOther = "{} مراحل"
        c.laneCountOne = "مسار واحد"
        c.laneCountOther = "{} مسارات"
        c.persona = "الشخصية"
        c.personas = "الشخصيات"
        c.buyingCommittee = "لجنة الشراء"
        c.committeeList = "لجنة الشراء: {}"
        c.allPersonas = "كل الشخصيات"
        c.reportsTo = "يتبع {}"
        c.approvesPurchase = "يعتمد الشراء"
        c.approval = "الاعتماد: {}"
        c.decisionRole = "الدور في القرار: {}"
        c.goals = "الأهداف"
        c.needs = "الاحتياجات"
        c.motivations = "الدوافع"
        c.frustrations = "مصادر الإحباط"
        c.approvalChain = "سلسلة الاعتماد"
        c.approvalChains = "سلاسل الاعتماد"
        c.approvalChainNote = "يصعد الاعتماد من أول شخص إلى آخر شخص، وكل شخص يتبع الذي يليه."
        c.approvalChainFrom = "سلسلة الاعتماد من {}"
        c.journey = "الرحلة"
        c.lanes = "المسارات"
        c.steps = "الخطوات"
        c.duration = "المدة: {}"
        c.stepList = "الخطوات: {}"
        c.who = "من: {}"
        c.goal = "الهدف: {}"
        c.takes = "تستغرق {}"
        c.personaList = "الشخصيات: {}"
        c.step = "الخطوة: {}"
        c.owner = "المسؤول: {}"
        c.severity = "الخطورة: {}"
        c.priority = "الأولوية: {}"
        c.score = "الدرجة"
        c.channel = "القناة: {}"
        c.content = "المحتوى: {}"
        c.forPersonas = "لـ: {}"
        c.tags = "الوسوم"
        c.eventActivities = "أنشطة الأحداث"
        c.links = "الروابط"
        c.otherLane = "أخرى"
        c.otherItems = "عناصر أخرى"
        c.otherItemsNote = "عناصر مسارها غير موجود في الخريطة"
        c.goingBack = "العودة إلى الوراء"
        c.goingBackNote = "انتقالات إلى مرحلة أو خطوة سابقة"
        c.goesBack = "يعود إلى"
        c.transitions = "الانتقالات"
        c.emotionCurve = "منحنى المشاعر"
        c.emotionCurveNote = "درجات من \u{2212}2 إلى +2، خط لكل شخصية"
        c.skipToMap = "انتقل إلى خريطة الرحلة"
        c.filterStatus = "يُعرض {1} من {2} عنصرًا."
        c.readBack = "تحمل هذه الصفحة الخريطة نفسها؛ يمكن استعادتها بالأمر {}."
        c.severityInLabel = "الخطورة {}"
        c.priorityInLabel = "الأولوية {}"
        c.madeWith = "صُنعت باستخدام JourneyKit."
        c.target = "الهدف {}"
        c.targetAtStart = "الهدف {}"
        c.value = "القيمة {}"
        c.valueOfTarget = "{1} مقابل {2}"
        c.onTarget = "ضمن الهدف"
        c.offTarget = "خارج الهدف"
        c.noTarget = "لا هدف للمقارنة"
        c.legend = "مفتاح الخريطة"
        c.legendBaseline = "محايد (0)؛ يمتد المقياس من \u{2212}2 إلى +2"
        c.legendBackArrow = "يعود إلى مرحلة أو خطوة سابقة"
        c.legendKPIBar = "قيمة مؤشر الأداء؛ الخط يحدد الهدف"
        c.legendEveryone = "العناصر التي لا تذكر أي شخصية تخص كل الشخصيات."
        c.legendSigns = "تختلف نقاط الألم والفرص واللحظات الحاسمة بالرمز والحافة والتسمية إلى جانب اللون."
        c.legendScores =
            "تمتد درجات المشاعر من \u{2212}2 (سلبية جدًا) مرورًا بـ 0 (محايدة) إلى +2 (إيجابية جدًا)؛ "
            + "يرسم المنحنى خطًا لكل شخصية، وتتميز الخطوط بنمط التقطيع وشكل العلامة."
        c.legendKPIs = "تعرض مؤشرات الأداء القيمة المقيسة مقابل الهدف."
        c.legendFilters = "تُخفي عوامل التصفية عناصر الشخصيات الأخرى ومسارات كاملة؛ ويعرض منحنى المشاعر كل الخطوط دائمًا."
        c.kindDescriptions = [
            .action: "ما يفعله العميل.",
            .thought: "ما يفكر فيه العميل.",
            .question: "ما يسأل عنه العميل.",
            .emotion: "ما يشعر به العميل، مع درجة.",
            .touchpoint: "أين يلتقي العميل بالشركة، وعبر أي قناة.",
            .painPoint: "ما يعترض طريق العميل، مع خطورته؛ علامة تحذير وحافة مزدوجة.",
            .opportunity: "فرصة لتقديم أفضل، مع أولويتها؛ معيّن وحافة متقطعة.",
            .keyMoment: "لحظة حقيقة قد تُكسب فيها الرحلة أو تُخسر؛ نجمة وإطار سميك.",
            .measure: "ما تخطط الشركة لفعله، ومن المسؤول عنه.",
            .kpi: "مؤشر أداء رئيسي: القيمة مقابل الهدف.",
            .content: "محتوى يطّلع عليه العميل.",
            .backstage: "ما يحدث خلف الكواليس، ومن المسؤول عنه.",
            .note: "نص بلا نوع أكثر تحديدًا.",
        ]
        c.customKindDescription = "نوع من العناصر تعرّفه هذه الخريطة."
        c.b2cJourney = "رحلة B2C"
        c.b2bJourney = "رحلة B2B"
        c.currentState = "الوضع الحالي"
        c.futureState = "الوضع المستقبلي"
        c.buyerJourneyFact = "رحلة الشراء"
        c.customerJourneyFact = "رحلة العميل كاملة"
        c.durationUnits = [
            "year": "سنة واحدة", "years": "{} سنوات", "month": "شهر واحد", "months": "{} أشهر",
            "week": "أسبوع واحد", "weeks": "{} أسابيع", "day": "يوم واحد", "days": "{} أيام", "hour": "ساعة واحدة",
            "hours": "{} ساعات", "minute": "دقيقة واحدة", "minutes": "{} دقائق", "second": "ثانية واحدة",
            "seconds": "{} ثوانٍ",
        ]
        c.durationSeparator = " و"
        return c
    }()
}
