extension Chrome {
    /// The chrome in Hebrew.
    public static let hebrew: Chrome = {
        var c = Chrome(code: "he")
        c.itemKinds = [
            .action: "פעולה", .thought: "מחשבה", .question: "שאלה", .emotion: "רגש", .touchpoint: "נקודת מגע",
            .painPoint: "נקודת כאב", .opportunity: "הזדמנות", .keyMoment: "רגע מכריע", .measure: "צעד לשיפור",
            .kpi: "מדד ביצוע", .content: "תוכן", .backstage: "מאחורי הקלעים", .note: "הערה",
        ]
        c.channels = [
            .web: "אתר", .email: "דוא״ל", .social: "רשתות חברתיות", .search: "חיפוש", .advertising: "פרסום",
            .phone: "טלפון", .chat: "צ׳אט", .app: "אפליקציה", .store: "חנות", .event: "אירוע", .salesRep: "נציג מכירות",
            .partner: "שותף", .print: "דפוס", .wordOfMouth: "מפה לאוזן",
        ]
        c.contentTypes = [
            .blogPost: "פוסט בבלוג", .whitepaper: "מסמך לבן", .caseStudy: "סיפור לקוח", .demo: "הדגמה",
            .pricingPage: "דף מחירים", .video: "סרטון", .webinar: "וובינר", .review: "ביקורת", .comparison: "השוואה",
            .newsletter: "ניוזלטר", .documentation: "תיעוד", .socialPost: "פוסט ברשת חברתית", .advertisement: "מודעה",
        ]
        c.decisionRoles = [
            .initiator: "יוזם", .user: "משתמש", .influencer: "משפיע", .decisionMaker: "מקבל ההחלטה", .approver: "מאשר",
            .buyer: "רוכש", .gatekeeper: "שומר סף",
        ]
        c.metricKinds = [
            .conversionRate: "שיעור המרה", .returnOnInvestment: "החזר על ההשקעה", .loyaltyRate: "שיעור נאמנות",
            .netPromoterScore: "מדד NPS", .customerSatisfaction: "שביעות רצון לקוחות", .churnRate: "שיעור נטישה",
            .reach: "חשיפה", .clickThroughRate: "שיעור הקלקה", .costPerAcquisition: "עלות גיוס לקוח",
            .revenue: "הכנסות",
            .timeToValue: "זמן עד ערך", .timeInStage: "זמן בשלב",
        ]
        c.severities = [.low: "חומרה נמוכה", .medium: "חומרה בינונית", .high: "חומרה גבוהה", .critical: "חומרה קריטית"]
        c.priorities = [.low: "עדיפות נמוכה", .medium: "עדיפות בינונית", .high: "עדיפות גבוהה"]
        c.severityLevels = [.low: "נמוכה", .medium: "בינונית", .high: "גבוהה", .critical: "קריטית"]
        c.priorityLevels = [.low: "נמוכה", .medium: "בינונית", .high: "גבוהה"]
        c.asIs = "המצב הקיים"
        c.toBe = "המצב הרצוי"
        c.buyerJourney = "מסע הרכישה"
        c.customerJourney = "מסע הלקוח"
        c.untitledMap = "מפת מסע לקוח"
        c.languageChip = "שפה: {}"
        c.lowercasesInSentences = false
        c.mapDescription = "מפת {2} – {1} ({3})"
        c.stageCountOne = "שלב אחד"
        c.stageCountOther = "{} שלבים"
        c.laneCountOne = "נתיב אחד"
        c.laneCountOther = "{} נתיבים"
        c.persona = "פרסונה"
        c.personas = "פרסונות"
        c.buyingCommittee = "ועדת רכש"
        c.committeeList = "ועדת רכש: {}"
        c.allPersonas = "כל הפרסונות"
        c.reportsTo = "כפוף ל{}"
        c.approvesPurchase = "מאשר את הרכישה"
        c.approval = "אישור: {}"
        c.decisionRole = "תפקיד בהחלטה: {}"
        c.goals = "מטרות"
        c.needs = "צרכים"
        c.motivations = "מניעים"
        c.frustrations = "תסכולים"
        c.approvalChain = "שרשרת אישורים"
        c.approvalChains = "שרשראות אישורים"
        c.approvalChainNote = "האישור עולה מהאדם הראשון ועד האחרון, וכל אחד כפוף לבא אחריו."
        c.approvalChainFrom = "שרשרת אישורים החל מ{}"
        c.journey = "המסע"
        c.lanes = "נתיבים"
        c.steps = "צעדים"
        c.duration = "משך: {}"
        c.stepList = "צעדים: {}"
        c.who = "מי: {}"
        c.goal = "מטרה: {}"
        c.takes = "נמשך {}"
        c.personaList = "פרסונות: {}"
        c.step = "צעד: {}"
        c.owner = "אחראי: {}"
        c.severity = "חומרה: {}"
        c.priority = "עדיפות: {}"
        c.score = "ציון"
        c.channel = "ערוץ: {}"
        c.content = "תוכן: {}"
        c.forPersonas = "עבור: {}"
        c.tags = "תגיות"
        c.eventActivities = "פעילויות אירועים"
        c.links = "קישורים"
        c.otherLane = "אחר"
        c.otherItems = "פריטים אחרים"
        c.otherItemsNote = "פריטים שהנתיב שלהם אינו במפה"
        c.goingBack = "חזרה לאחור"
        c.goingBackNote = "מעברים לשלב או לצעד קודם"
        c.goesBack = "חוזר אל"
        c.transitions = "מעברים"
        c.emotionCurve = "עקומת רגשות"
        c.emotionCurveNote = "ציונים מ\u{2212}2 עד +2, קו לכל פרסונה"
        c.skipToMap = "דילוג למפת המסע"
        c.filterStatus = "מוצגים {1} מתוך {2} פריטים."
        c.readBack = "הדף הזה מכיל את המפה עצמה; אפשר לשחזר אותה באמצעות {}."
        c.severityInLabel = "חומרה {}"
        c.priorityInLabel = "עדיפות {}"
        c.madeWith = "נוצר באמצעות JourneyKit."
        c.target = "יעד {}"
        c.targetAtStart = "יעד {}"
        c.value = "ערך {}"
        c.valueOfTarget = "{1} מול {2}"
        c.onTarget = "עומד ביעד"
        c.offTarget = "לא עומד ביעד"
        c.noTarget = "אין יעד להשוואה"
        c.legend = "מקרא"
        c.legendBaseline = "ניטרלי (0); הסולם נע מ\u{2212}2 עד +2"
        c.legendBackArrow = "חוזר לשלב או לצעד קודם"
        c.legendKPIBar = "ערך המדד; הקו מסמן את היעד"
        c.legendEveryone = "פריטים שאינם מציינים פרסונה נוגעים לכל הפרסונות."
        c.legendSigns = "נקודות כאב, הזדמנויות ורגעים מכריעים נבדלים בסמל, במסגרת ובתווית, ולא רק בצבע."
        c.legendScores =
            "ציוני הרגש נעים מ\u{2212}2 (שלילי מאוד) דרך 0 (ניטרלי) ועד +2 (חיובי מאוד); "
            + "העקומה מציירת קו לכל פרסונה, והקווים נבדלים בדפוס המקווקו ובצורת הסמן."
        c.legendKPIs = "המדדים מציגים את הערך שנמדד מול היעד."
        c.legendFilters = "המסננים מסתירים פריטים של פרסונות אחרות ונתיבים שלמים; עקומת הרגשות מציגה תמיד את כל הקווים."
        c.kindDescriptions = [
            .action: "מה שהלקוח עושה.",
            .thought: "מה שהלקוח חושב.",
            .question: "מה שהלקוח שואל.",
            .emotion: "מה הלקוח מרגיש, עם ציון.",
            .touchpoint: "היכן הלקוח פוגש את החברה, ובאיזה ערוץ.",
            .painPoint: "מה שעומד בדרכו של הלקוח, עם חומרתו; סימן אזהרה ומסגרת כפולה.",
            .opportunity: "הזדמנות לשפר, עם עדיפותה; מעוין ומסגרת מקווקוות.",
            .keyMoment: "רגע האמת, שבו המסע יכול להצליח או להיכשל; כוכב ומסגרת עבה.",
            .measure: "מה שהחברה מתכננת לעשות, ומי אחראי לכך.",
            .kpi: "מדד ביצוע מרכזי: הערך מול היעד.",
            .content: "תוכן שהלקוח צורך.",
            .backstage: "מה שקורה מאחורי הקלעים, ומי אחראי לכך.",
            .note: "טקסט ללא סוג מוגדר יותר.",
        ]
        c.customKindDescription = "סוג פריט שהמפה הזאת מגדירה."
        c.b2cJourney = "מסע B2C"
        c.b2bJourney = "מסע B2B"
        c.currentState = "המצב הקיים"
        c.futureState = "המצב העתידי"
        c.buyerJourneyFact = "מסע הרכישה"
        c.customerJourneyFact = "מסע הלקוח המלא"
        c.durationUnits = [
            "year": "שנה אחת", "years": "{} שנים", "month": "חודש אחד", "months": "{} חודשים", "week": "שבוע אחד",
            "weeks": "{} שבועות", "day": "יום אחד", "days": "{} ימים", "hour": "שעה אחת", "hours": "{} שעות",
            "minute": "דקה אחת", "minutes": "{} דקות", "second": "שנייה אחת", "seconds": "{} שניות",
        ]
        c.durationSeparator = " ו"
        return c
    }()
}
