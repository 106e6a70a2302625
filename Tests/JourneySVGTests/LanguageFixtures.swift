import JourneyModel

/// One map per language, written in that language: the texts real teams would put on the wall,
/// long enough to wrap (CJK without spaces), for the renderer checks.
enum LanguageFixtures {
    /// The texts of one map.
    struct Texts {
        var language: String
        var title: String
        var persona: (name: String, role: String)
        var stages: [(name: String, goal: String)]
        var actions: [String]
        var feelings: [String]
        var touchpoint: String
        var painPoint: String
        var opportunity: String
        var kpi: String
        var goingBack: String
    }

    /// Every language the chrome is written in, then two written from right to left.
    static let languages = ["en", "es", "pt", "de", "fr", "ja", "zh", "tl", "ar", "he"]

    /// The map in a language of ``languages``.
    static func map(_ language: String) -> JourneyMap {
        let texts = all.first { $0.language == language } ?? all[0]
        var map = JourneyMap(id: "lang-" + language, title: texts.title, kind: .b2c, language: language)
        map.personas = [Persona(id: "p1", name: texts.persona.name, role: texts.persona.role)]
        map.lanes = [Lane(kind: .actions), Lane(kind: .emotions), Lane(kind: .touchpoints), Lane(kind: .painPoints)]
        let scores: [Double] = [1, -1.5, 0.5]
        for (index, stage) in texts.stages.enumerated() {
            var items = [
                Item(id: "a\(index)", kind: .action, laneID: "actions", text: texts.actions[index]),
                Item(
                    id: "e\(index)", kind: .emotion, laneID: "emotions", text: texts.feelings[index],
                    personaIDs: ["p1"], score: EmotionScore(scores[index])),
            ]
            switch index {
            case 0:
                items.append(
                    Item(
                        id: "t0", kind: .touchpoint, laneID: "touchpoints", text: texts.touchpoint, channel: .web))
            case 1:
                items.append(
                    Item(
                        id: "pp1", kind: .painPoint, laneID: "pain-points", text: texts.painPoint, severity: .high))
                items.append(
                    Item(
                        id: "op1", kind: .opportunity, laneID: "pain-points", text: texts.opportunity,
                        priority: .medium))
            default:
                items.append(
                    Item(
                        id: "k2", kind: .kpi, laneID: "touchpoints", text: texts.kpi,
                        metric: Metric(kind: .conversionRate, value: 12, target: 20, unit: "%")))
            }
            map.stages.append(Stage(id: "s\(index)", name: stage.name, goal: stage.goal, items: items))
        }
        map.transitions = [Transition(id: "back", from: "s2", to: "s1", label: texts.goingBack)]
        return map
    }

    static let all: [Texts] = [
        Texts(
            language: "en", title: "Opening a current account online",
            persona: ("Emma Clarke", "Nurse working night shifts"),
            stages: [
                ("Discover", "Find a bank that fits irregular hours"),
                ("Apply", "Open the account without visiting a branch"),
                ("First use", "Get paid into the new account this month"),
            ],
            actions: [
                "Compares three banks on a comparison site during a break at work",
                "Fills in the application on her phone and uploads a photo of her passport",
                "Gives her new account details to the hospital's payroll office",
            ],
            feelings: ["Hopeful that it will be quick", "Frustrated when the upload fails twice", "Relieved"],
            touchpoint: "Comparison website with customer reviews",
            painPoint: "The identity check times out after ten minutes and all answers are lost",
            opportunity: "Save the application as a draft so it can be finished after the shift",
            kpi: "Applications completed on the first attempt",
            goingBack: "Starts the application again after the identity check fails"),
        Texts(
            language: "es", title: "Abrir una cuenta corriente por internet",
            persona: ("Lucía Fernández", "Enfermera con turnos de noche"),
            stages: [
                ("Descubrir", "Encontrar un banco que se adapte a horarios irregulares"),
                ("Solicitar", "Abrir la cuenta sin ir a una sucursal"),
                ("Primer uso", "Cobrar la nómina en la nueva cuenta este mes"),
            ],
            actions: [
                "Compara tres bancos en un comparador durante un descanso en el trabajo",
                "Rellena la solicitud en el móvil y sube una foto de su pasaporte",
                "Entrega los datos de la nueva cuenta al departamento de nóminas del hospital",
            ],
            feelings: ["Esperanzada de que sea rápido", "Frustrada cuando la subida falla dos veces", "Aliviada"],
            touchpoint: "Comparador de bancos con opiniones de clientes",
            painPoint: "La verificación de identidad caduca a los diez minutos y se pierden todas las respuestas",
            opportunity: "Guardar la solicitud como borrador para terminarla después del turno",
            kpi: "Solicitudes completadas al primer intento",
            goingBack: "Vuelve a empezar la solicitud tras fallar la verificación"),
        Texts(
            language: "pt", title: "Abrir uma conta corrente pela internet",
            persona: ("Ana Ribeiro", "Enfermeira em turnos noturnos"),
            stages: [
                ("Descobrir", "Encontrar um banco que se adapte a horários irregulares"),
                ("Solicitar", "Abrir a conta sem ir a uma agência"),
                ("Primeiro uso", "Receber o salário na nova conta este mês"),
            ],
            actions: [
                "Compara três bancos num site de comparação durante uma pausa no trabalho",
                "Preenche o pedido no telemóvel e envia uma fotografia do passaporte",
                "Entrega os dados da nova conta aos recursos humanos do hospital",
            ],
            feelings: ["Esperançosa de que seja rápido", "Frustrada quando o envio falha duas vezes", "Aliviada"],
            touchpoint: "Site de comparação com avaliações de clientes",
            painPoint: "A verificação de identidade expira após dez minutos e todas as respostas se perdem",
            opportunity: "Guardar o pedido como rascunho para terminar depois do turno",
            kpi: "Pedidos concluídos à primeira tentativa",
            goingBack: "Recomeça o pedido depois de a verificação falhar"),
        Texts(
            language: "de", title: "Ein Girokonto online eröffnen",
            persona: ("Katrin Vogel", "Krankenpflegerin im Nachtdienst"),
            stages: [
                ("Entdecken", "Eine Bank finden, die zu unregelmäßigen Arbeitszeiten passt"),
                ("Beantragen", "Das Konto ohne Filialbesuch eröffnen"),
                ("Erste Nutzung", "Das Gehalt diesen Monat auf das neue Konto bekommen"),
            ],
            actions: [
                "Vergleicht in der Pause drei Banken auf einem Vergleichsportal",
                "Füllt den Antrag auf dem Smartphone aus und lädt ein Foto ihres Personalausweises hoch",
                "Gibt die neue Bankverbindung an die Gehaltsabrechnung des Krankenhauses weiter",
            ],
            feelings: [
                "Zuversichtlich, dass es schnell geht", "Verärgert, als der Upload zweimal scheitert", "Erleichtert",
            ],
            touchpoint: "Vergleichsportal mit Kundenbewertungen",
            painPoint: "Die Identitätsprüfung bricht nach zehn Minuten ab und alle Antworten gehen verloren",
            opportunity: "Den Antrag als Entwurf speichern, um ihn nach der Schicht fertigzustellen",
            kpi: "Im ersten Anlauf abgeschlossene Anträge",
            goingBack: "Beginnt den Antrag neu, nachdem die Identitätsprüfung gescheitert ist"),
        Texts(
            language: "fr", title: "Ouvrir un compte courant en ligne",
            persona: ("Camille Dubois", "Infirmière de nuit"),
            stages: [
                ("Découvrir", "Trouver une banque adaptée à des horaires irréguliers"),
                ("Demander", "Ouvrir le compte sans passer en agence"),
                ("Première utilisation", "Recevoir son salaire sur le nouveau compte ce mois-ci"),
            ],
            actions: [
                "Compare trois banques sur un comparateur pendant une pause au travail",
                "Remplit la demande sur son téléphone et envoie une photo de son passeport",
                "Transmet son nouveau RIB au service de la paie de l'hôpital",
            ],
            feelings: ["Confiante que ce sera rapide", "Agacée quand l'envoi échoue deux fois", "Soulagée"],
            touchpoint: "Comparateur de banques avec avis de clients",
            painPoint: "La vérification d'identité expire au bout de dix minutes et toutes les réponses sont perdues",
            opportunity: "Enregistrer la demande en brouillon pour la terminer après la garde",
            kpi: "Demandes terminées du premier coup",
            goingBack: "Recommence la demande après l'échec de la vérification"),
        Texts(
            language: "ja", title: "オンラインで普通預金口座を開設する",
            persona: ("佐藤 美咲", "夜勤のある看護師"),
            stages: [
                ("認知", "不規則な勤務時間に合う銀行を見つける"),
                ("申込", "支店に行かずに口座を開設する"),
                ("初回利用", "今月の給与を新しい口座で受け取る"),
            ],
            actions: [
                "休憩時間に比較サイトで三つの銀行の手数料とサービスを見比べる。",
                "スマートフォンで申込フォームに入力し、パスポートの写真をアップロードする。",
                "病院の給与担当者に新しい口座番号を伝え、「振込先変更届」を提出する。",
            ],
            feelings: ["すぐに終わりそうで期待している", "アップロードが二回失敗してイライラ", "ほっとした"],
            touchpoint: "口コミ付きの銀行比較サイト（スマートフォン版）",
            painPoint: "本人確認が10分でタイムアウトし、入力した内容がすべて消えてしまう。",
            opportunity: "申込を下書きとして保存し、勤務のあとで続きから再開できるようにする。",
            kpi: "一回目で完了した申込の割合",
            goingBack: "本人確認に失敗したので、最初から申込をやり直す"),
        Texts(
            language: "zh", title: "在网上开设活期存款账户",
            persona: ("王丽", "上夜班的护士"),
            stages: [
                ("了解", "找到一家适合不规律工作时间的银行"),
                ("申请", "不去营业网点就开设账户"),
                ("首次使用", "本月的工资打到新账户里"),
            ],
            actions: [
                "在工作休息时，在比较网站上对比三家银行的手续费和服务。",
                "在手机上填写申请表，并上传护照的照片。",
                "把新账户的信息告诉医院的工资部门，并提交“收款账户变更表”。",
            ],
            feelings: ["希望能很快办完", "上传两次失败，非常沮丧", "松了一口气"],
            touchpoint: "带有用户评价的银行比较网站（手机版）",
            painPoint: "身份验证十分钟后超时，已经填写的内容全部丢失。",
            opportunity: "允许把申请保存为草稿，下班以后可以接着填写。",
            kpi: "第一次就完成的申请比例",
            goingBack: "身份验证失败后，从头重新填写申请"),
        Texts(
            language: "tl", title: "Pagbubukas ng kasalukuyang account online",
            persona: ("Maria Santos", "Nars na panggabi ang duty"),
            stages: [
                ("Pagtuklas", "Makahanap ng bangkong angkop sa pabago-bagong oras ng trabaho"),
                ("Pag-aaplay", "Magbukas ng account nang hindi pumupunta sa sangay"),
                ("Unang paggamit", "Matanggap ang sahod sa bagong account ngayong buwan"),
            ],
            actions: [
                "Naghahambing ng tatlong bangko sa isang comparison site habang nagpapahinga sa trabaho",
                "Pinupunan ang aplikasyon sa telepono at nag-a-upload ng litrato ng pasaporte",
                "Ibinibigay ang detalye ng bagong account sa payroll ng ospital",
            ],
            feelings: [
                "Umaasang mabilis ito", "Naiinis nang dalawang beses pumalya ang upload", "Nakahinga nang maluwag",
            ],
            touchpoint: "Website na naghahambing ng mga bangko, may mga review ng kostumer",
            painPoint:
                "Nag-e-expire ang pagsusuri ng pagkakakilanlan pagkalipas ng sampung minuto at nawawala ang lahat",
            opportunity: "I-save ang aplikasyon bilang draft para matapos pagkatapos ng shift",
            kpi: "Mga aplikasyong natapos sa unang subok",
            goingBack: "Inuulit ang aplikasyon matapos pumalya ang pagsusuri"),
        Texts(
            language: "ar", title: "فتح حساب جارٍ عبر الإنترنت",
            persona: ("ليلى حسن", "ممرضة تعمل في النوبات الليلية"),
            stages: [
                ("الاكتشاف", "إيجاد بنك يناسب ساعات العمل غير المنتظمة"),
                ("التقديم", "فتح الحساب دون زيارة أي فرع"),
                ("الاستخدام الأول", "استلام الراتب في الحساب الجديد هذا الشهر"),
            ],
            actions: [
                "تقارن بين ثلاثة بنوك على موقع مقارنة أثناء استراحة العمل",
                "تملأ الطلب على هاتفها وترفع صورة جواز سفرها",
                "تعطي بيانات الحساب الجديد لقسم الرواتب في المستشفى",
            ],
            feelings: ["متفائلة بأن الأمر سيكون سريعًا", "محبطة عندما يفشل الرفع مرتين", "مرتاحة"],
            touchpoint: "موقع لمقارنة البنوك مع تقييمات العملاء",
            painPoint: "تنتهي مهلة التحقق من الهوية بعد عشر دقائق وتضيع كل الإجابات",
            opportunity: "حفظ الطلب كمسودة لإكماله بعد انتهاء المناوبة",
            kpi: "الطلبات المكتملة من المحاولة الأولى",
            goingBack: "تبدأ الطلب من جديد بعد فشل التحقق من الهوية"),
        Texts(
            language: "he", title: "פתיחת חשבון עובר ושב באינטרנט",
            persona: ("נועה כהן", "אחות במשמרות לילה"),
            stages: [
                ("גילוי", "למצוא בנק שמתאים לשעות עבודה לא קבועות"),
                ("הגשת בקשה", "לפתוח את החשבון בלי להגיע לסניף"),
                ("שימוש ראשון", "לקבל את המשכורת לחשבון החדש החודש"),
            ],
            actions: [
                "משווה בין שלושה בנקים באתר השוואות בזמן הפסקה בעבודה",
                "ממלאת את הבקשה בטלפון ומעלה תמונה של הדרכון",
                "מוסרת את פרטי החשבון החדש למחלקת השכר של בית החולים",
            ],
            feelings: ["מקווה שזה יהיה מהיר", "מתוסכלת כשההעלאה נכשלת פעמיים", "הקלה"],
            touchpoint: "אתר השוואת בנקים עם חוות דעת של לקוחות",
            painPoint: "אימות הזהות פג אחרי עשר דקות וכל התשובות נמחקות",
            opportunity: "לשמור את הבקשה כטיוטה כדי לסיים אותה אחרי המשמרת",
            kpi: "בקשות שהושלמו בניסיון הראשון",
            goingBack: "מתחילה את הבקשה מחדש אחרי שאימות הזהות נכשל"),
    ]
}
