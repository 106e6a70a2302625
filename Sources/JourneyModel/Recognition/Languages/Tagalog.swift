extension RecognitionVocabulary {
    /// Tagalog (Filipino) words for journey maps, with the Taglish ones practitioners write.
    public static let tagalog = RecognitionVocabulary(
        languages: ["tl"],
        laneTitles: [
            "actions": [
                "mga gawain", "gawain", "ginagawa", "mga ginagawa", "ano ang ginagawa", "mga aksyon", "aksyon",
                "mga aksiyon", "aksiyon", "mga kilos", "kilos", "galaw", "gawi", "mga actions", "mga action",
            ],
            "thoughts": [
                "mga iniisip", "iniisip", "naiisip", "ano ang iniisip", "mga kaisipan", "kaisipan", "isip",
                "mga tanong", "tanong", "mga iniisip at tanong", "mga pangangailangan", "pangangailangan",
                "mga thoughts",
            ],
            "emotions": [
                "damdamin", "mga damdamin", "emosyon", "mga emosyon", "nararamdaman", "mga nararamdaman",
                "ano ang nararamdaman", "pakiramdam", "saloobin", "mga saloobin", "karanasan", "mga emotions",
                "mga feelings",
            ],
            "touchpoints": [
                "mga touchpoint", "mga touchpoints", "touchpoint", "mga punto ng ugnayan", "punto ng ugnayan",
                "mga punto ng pakikipag-ugnayan", "pakikipag-ugnayan", "ugnayan", "mga channel", "mga channels",
                "mga daluyan", "daluyan", "saan",
            ],
            "pain-points": [
                "mga punto ng sakit", "punto ng sakit", "mga problema", "problema", "mga pain point", "mga pain points",
                "mga hirap", "hirap", "mga hamon", "hamon", "mga balakid", "balakid", "mga sagabal", "sagabal",
                "mga hadlang", "hadlang", "mga isyu", "isyu", "mga reklamo",
            ],
            "opportunities": [
                "mga oportunidad", "oportunidad", "mga pagkakataon", "pagkakataon", "mga ideya", "ideya",
                "mga maaaring pagbutihin", "pagpapabuti", "mga opportunity", "mga opportunities",
                "sandali ng katotohanan", "mahahalagang sandali", "mga key moment",
            ],
            "measures": [
                "mga hakbang na gagawin", "hakbang na gagawin", "mga gagawin", "mga solusyon", "solusyon",
                "mga inisyatiba", "inisyatiba", "mga mungkahi", "mungkahi", "mga susunod na hakbang",
                "susunod na hakbang", "mga plano",
            ],
            "kpis": [
                "mga kpi", "kpi", "mga sukatan", "sukatan", "mga panukat", "panukat", "mga metric", "mga metrics",
            ],
            "content": ["nilalaman", "mga nilalaman", "mga content", "mga materyales", "materyales"],
            "backstage": [
                "sa likod ng eksena", "likod ng eksena", "sa likod", "mga panloob na proseso", "panloob na proseso",
                "mga internal na proseso", "mga namamahala",
            ],
        ],
        stageNames: [
            "kamalayan", "pagkaalam", "pagtuklas", "interes", "pananaliksik", "pagsasaliksik", "paghahanap",
            "pagsasaalang-alang", "pagtimbang", "pagsusuri", "paghahambing", "pagkukumpara", "desisyon", "pagpapasya",
            "pagdedesisyon", "pagbili", "pagbabayad", "pagsisimula", "paggamit", "serbisyo", "suporta", "tulong",
            "pagpapanatili", "katapatan", "rekomendasyon", "pagrerekomenda", "pagbabahagi", "pag-renew", "paghahatid",
            "karanasan", "pagpili", "pag-apruba", "negosasyon", "pagpapatupad", "implementasyon", "pagkatapos bumili",
            "pag-book", "reserbasyon", "pagdating", "pag-check in", "pananatili", "pag-check out", "pag-claim",
            "pag-sign up", "pagpaparehistro", "pag-apply", "pag-aaply", "aplikasyon", "beripikasyon", "pag-activate",
            "pagbubukas", "pagbubukas ng account", "pag-set up", "unang paggamit", "problema",
        ],
        stepWords: ["hakbang"],
        channelWords: [
            "email": ["email", "e-mail", "mag-email", "nag-email"],
            "phone": ["telepono", "tawag", "tumawag", "pagtawag", "hotline", "sms", "nag-text", "mag-text"],
            "store": ["tindahan", "sangay", "opisina", "branch", "pisikal na tindahan", "showroom", "mall", "outlet"],
            "web": ["website", "web", "online", "internet", "portal", "site"],
            "app": ["app", "mobile app"],
            "chat": ["chat", "chatbot", "messenger", "fb messenger", "viber", "mensahe", "nag-pm", "mag-pm"],
            "social": [
                "social media", "socmed", "facebook", "fb", "fb page", "instagram", "tiktok", "youtube", "twitter",
            ],
            "event": ["event", "kaganapan", "pagtitipon", "seminar", "webinar", "expo", "trade fair", "bazaar"],
            "sales-rep": [
                "ahente", "sales agent", "tindero", "tindera", "salesman", "saleslady", "kinatawan", "sales",
            ],
            "advertising": ["patalastas", "anunsiyo", "anunsyo", "ads", "billboard", "tarpaulin", "tarp"],
            "search": ["google", "nag-google", "i-google", "search", "nag-search", "paghahanap"],
            "partner": ["partner", "katuwang", "kasosyo", "reseller", "distributor"],
            "print": ["polyeto", "flyer", "brochure", "liham", "sulat", "diyaryo", "pahayagan", "magasin", "print"],
            "word-of-mouth": [
                "kaibigan", "mga kaibigan", "kakilala", "kamag-anak", "pamilya", "katrabaho", "kasamahan", "kapitbahay",
                "sabi-sabi", "word of mouth",
            ],
        ],
        personaCues: ["persona"],
        roleWords: [
            "mamimili", "bumibili", "gumagamit", "tagapamahala", "tagapangasiwa", "direktor", "pinuno", "hepe",
            "may-ari", "amo", "boss", "supervisor", "manager", "head", "procurement", "purchasing", "pananalapi",
            "finance", "accounting", "it", "legal", "admin", "nagpapasya", "tagapagpasya", "decision maker",
            "tagapag-apruba", "presidente", "bise presidente", "ceo", "cfo", "empleyado", "kawani", "inhinyero",
            "end user", "user",
        ],
        emotionWords: [
            "tuwang-tuwa": 2, "masayang-masaya": 2, "sobrang saya": 2, "sobrang excited": 2, "masaya": 1, "natutuwa": 1,
            "sabik": 1, "nasasabik": 1, "kuntento": 1, "kontento": 1, "panatag": 1, "kampante": 1, "umaasa": 1,
            "interesado": 1, "mausisa": 1, "nakahinga": 1, "karaniwan": 0, "kalmado": 0, "ok lang": 0, "okay lang": 0,
            "ayos lang": 0, "walang pakialam": 0, "nalilito": -1, "naguguluhan": -1, "nakakalito": -1, "naiinis": -1,
            "inis": -1, "nakakainis": -1, "naaasar": -1, "naiinip": -1, "nag-aalala": -1, "nababahala": -1,
            "kinakabahan": -1, "natatakot": -1, "nagdududa": -1, "nadismaya": -1, "dismayado": -1, "nabigo": -1,
            "malungkot": -1, "pagod": -1, "na-stress": -1, "na-frustrate": -1, "hindi sigurado": -1, "hindi masaya": -1,
            "hindi kuntento": -1, "badtrip": -1, "galit": -2, "nagagalit": -2, "desperado": -2,
        ],
        emoji: [:],
        keyMomentCues: [
            "sandali ng katotohanan", "mahalagang sandali", "kritikal na sandali", "mapagpasyang sandali",
            "mga key moment",
        ],
        questionWords: [
            "paano", "papaano", "bakit", "ano", "alin", "kailan", "saan", "nasaan", "magkano", "gaano", "sino",
            "kanino", "pwede ba", "puwede ba",
        ],
        noteCues: [
            "pinagmulan", "pinagkunan", "sanggunian", "tala", "mga tala", "talababa", "paalala", "batay sa",
            "huling update", "huling na-update", "inihanda ni", "ginawa ni", "bersyon", "borador", "kumpidensyal",
        ],
        stopWords: ["at", "ng", "mga", "ang", "sa", "na"],
        pluralSuffixes: [])
}
