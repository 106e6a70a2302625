extension RecognitionVocabulary {
    /// English words for journey maps, and the emoji every language shares.
    public static let english = RecognitionVocabulary(
        languages: ["en"],
        laneTitles: [
            "actions": [
                "actions", "action", "doing", "does", "activities", "customer actions", "what they do", "user actions",
                "tasks", "behaviour", "behavior",
            ],
            "thoughts": [
                "thoughts", "thought", "thinking", "thinks", "questions", "question", "thoughts questions",
                "thoughts and questions", "what they think", "mindset", "needs", "customer thoughts",
            ],
            "emotions": [
                "emotions", "emotion", "feelings", "feeling", "feels", "emotional journey", "experience", "mood",
                "sentiment", "emotion curve", "what they feel", "emotional state", "how they feel",
                "how the customer feels",
                "how it feels",
            ],
            "touchpoints": [
                "touchpoints", "touchpoint", "touch points", "touch point", "channels", "channel",
                "touchpoints channels", "touchpoints and channels", "interactions", "where",
            ],
            "pain-points": [
                "pain points", "pain point", "painpoints", "pains", "pain", "friction", "frictions", "friction points",
                "problems", "barriers", "obstacles", "challenges", "issues",
            ],
            "opportunities": [
                "opportunities", "opportunity", "ideas", "idea", "key moments", "moments of truth", "moment of truth",
                "improvements", "gains", "opportunities ideas",
            ],
            "measures": [
                "measures", "measure", "actions to take", "initiatives", "planned measures", "solutions", "next steps",
            ],
            "kpis": ["kpis", "kpi", "metrics", "metric", "key performance indicators", "kpis metrics", "measurements"],
            "content": ["content", "contents", "content pieces", "assets", "materials", "marketing content"],
            "backstage": [
                "backstage", "back stage", "backstage processes", "behind the scenes", "owners", "owner",
                "internal processes", "support processes", "backstage owners",
            ],
        ],
        stageNames: [
            "awareness", "aware", "discover", "discovery", "research", "interest", "consideration", "consider",
            "evaluation", "evaluate", "comparison", "compare", "decision", "decide", "intent", "purchase", "buy",
            "buying", "acquisition", "onboarding", "use", "usage", "service", "support", "retention", "loyalty",
            "advocacy", "advocate", "renewal", "expansion", "delivery", "experience", "engagement", "need",
            "need recognition", "search", "selection", "approval", "negotiation", "implementation", "adoption",
            "trigger", "post purchase", "after purchase", "booking", "check in", "check out", "stay", "claim",
            "sign up", "application", "setup", "first use", "problem", "recommendation", "referral", "incident",
            "report", "assessment", "repair", "settlement", "inspiration", "planning", "travel", "arrival",
            "departure", "registration", "verification", "activation", "payment", "checkout", "renew", "cancel",
            "cancellation", "churn", "return", "refund", "upgrade", "trial", "demo", "contract", "rollout",
        ],
        stepWords: ["step", "steps", "phase"],
        channelWords: [
            "email": ["email", "e-mail", "mail", "newsletter"],
            "phone": ["phone", "call", "hotline", "telephone"],
            "store": ["store", "shop", "showroom", "branch", "dealer", "dealership", "office"],
            "web": ["website", "web", "online", "site", "landing", "portal"],
            "app": ["app", "mobile"],
            "chat": ["chat", "chatbot", "whatsapp"],
            "social": ["instagram", "facebook", "linkedin", "social", "twitter", "tiktok", "youtube"],
            "event": ["event", "fair", "conference", "webinar", "meetup"],
            "sales-rep": ["sales", "rep", "representative", "account manager"],
            "advertising": ["ad", "ads", "advert", "advertising", "banner", "billboard"],
            "search": ["google", "search", "seo"],
            "partner": ["partner", "reseller"],
            "print": ["print", "brochure", "flyer", "letter"],
            "word-of-mouth": ["word of mouth", "friend", "friends", "colleague", "referral"],
        ],
        personaCues: ["persona", "user persona", "customer persona", "buyer persona"],
        roleWords: [
            "buyer", "user", "manager", "director", "head", "lead", "chief", "ceo", "cfo", "cio", "cto", "coo",
            "owner", "procurement", "purchasing", "finance", "it", "legal", "admin", "administrator", "champion",
            "decision maker", "influencer", "approver", "sponsor", "gatekeeper", "end user", "engineer", "analyst",
            "board", "vp", "president", "officer",
        ],
        emotionWords: [
            "excited": 2, "delighted": 2, "thrilled": 2, "elated": 2, "ecstatic": 2, "love": 2, "proud": 1,
            "happy": 1, "pleased": 1, "glad": 1, "curious": 1, "hopeful": 1, "confident": 1, "relieved": 1,
            "interested": 1, "satisfied": 1, "optimistic": 1, "calm": 0, "neutral": 0, "ok": 0, "indifferent": 0,
            "unsure": -1, "uncertain": -1, "confused": -1, "frustrated": -1, "worried": -1, "anxious": -1,
            "annoyed": -1, "impatient": -1, "skeptical": -1, "sceptical": -1, "overwhelmed": -1, "disappointed": -1,
            "bored": -1, "stressed": -1, "nervous": -1, "angry": -2, "furious": -2, "upset": -2, "desperate": -2,
            "hopeless": -2, "outraged": -2,
        ],
        emoji: [
            "😀": 2, "😃": 2, "😄": 2, "😁": 2, "😍": 2, "🤩": 2, "🥰": 2, "😆": 2,
            "🙂": 1, "😊": 1, "☺️": 1, "☺": 1, "👍": 1, "😌": 1,
            "😐": 0, "😶": 0, "🤔": 0, "😑": 0,
            "🙁": -1, "😕": -1, "😟": -1, "☹️": -1, "☹": -1, "😒": -1, "👎": -1, "😬": -1, "😣": -1,
            "😡": -2, "😠": -2, "😞": -2, "😢": -2, "😭": -2, "😩": -2, "😫": -2, "🤬": -2,
        ],
        keyMomentCues: [
            "moment of truth", "moments of truth", "key moment", "key moments", "aha moment", "make or break",
            "critical moment",
        ],
        questionWords: [],
        noteCues: [
            "source", "sources", "note", "notes", "footnote", "legend", "key", "based on", "last updated", "created by",
            "version", "confidential", "data", "method", "methodology",
        ],
        stopWords: ["and", "the", "of", "a"],
        pluralSuffixes: ["s", "es"])
}
