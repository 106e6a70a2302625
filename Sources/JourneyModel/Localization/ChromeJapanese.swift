extension Chrome {
    /// The chrome in Japanese.
    public static let japanese: Chrome = {
        var c = Chrome(code: "ja")
        c.itemKinds = [
            .action: "行動", .thought: "思考", .question: "疑問", .emotion: "感情", .touchpoint: "タッチポイント",
            .painPoint: "ペインポイント", .opportunity: "機会", .keyMoment: "重要な瞬間", .measure: "施策", .kpi: "KPI",
            .content: "コンテンツ", .backstage: "バックステージ", .note: "メモ",
        ]
        c.channels = [
            .web: "ウェブ", .email: "メール", .social: "ソーシャルメディア", .search: "検索", .advertising: "広告",
            .phone: "電話", .chat: "チャット", .app: "アプリ", .store: "店舗", .event: "イベント", .salesRep: "営業担当者",
            .partner: "パートナー", .print: "印刷物", .wordOfMouth: "口コミ",
        ]
        c.contentTypes = [
            .blogPost: "ブログ記事", .whitepaper: "ホワイトペーパー", .caseStudy: "導入事例", .demo: "デモ",
            .pricingPage: "料金ページ", .video: "動画", .webinar: "ウェビナー", .review: "レビュー", .comparison: "比較",
            .newsletter: "ニュースレター", .documentation: "ドキュメント", .socialPost: "SNS投稿", .advertisement: "広告",
        ]
        c.decisionRoles = [
            .initiator: "発案者", .user: "利用者", .influencer: "影響者", .decisionMaker: "意思決定者", .approver: "承認者",
            .buyer: "購買担当者", .gatekeeper: "ゲートキーパー",
        ]
        c.metricKinds = [
            .conversionRate: "コンバージョン率", .returnOnInvestment: "ROI", .loyaltyRate: "ロイヤルティ率",
            .netPromoterScore: "NPS", .customerSatisfaction: "CSAT", .churnRate: "解約率", .reach: "リーチ",
            .clickThroughRate: "クリック率", .costPerAcquisition: "顧客獲得単価", .revenue: "売上",
            .timeToValue: "価値実現までの時間", .timeInStage: "ステージ滞在時間",
        ]
        c.severities = [.low: "深刻度 低", .medium: "深刻度 中", .high: "深刻度 高", .critical: "深刻度 重大"]
        c.priorities = [.low: "優先度 低", .medium: "優先度 中", .high: "優先度 高"]
        c.severityLevels = [.low: "低", .medium: "中", .high: "高", .critical: "重大"]
        c.priorityLevels = [.low: "低", .medium: "中", .high: "高"]
        c.asIs = "現状"
        c.toBe = "あるべき姿"
        c.buyerJourney = "購買ジャーニー"
        c.customerJourney = "カスタマージャーニー"
        c.untitledMap = "カスタマージャーニーマップ"
        c.languageChip = "言語: {}"
        c.mapDescription = "{1}の{2}マップ（{3}）"
        c.stageCountOne = "{}ステージ"
        c.stageCountOther = "{}ステージ"
        c.laneCountOne = "{}レーン"
        c.laneCountOther = "{}レーン"
        c.persona = "ペルソナ"
        c.personas = "ペルソナ"
        c.buyingCommittee = "購買関与者"
        c.committeeList = "購買関与者: {}"
        c.allPersonas = "全ペルソナ"
        c.reportsTo = "上長: {}"
        c.approvesPurchase = "購入を承認"
        c.approval = "承認: {}"
        c.decisionRole = "意思決定での役割: {}"
        c.goals = "目標"
        c.needs = "ニーズ"
        c.motivations = "動機"
        c.frustrations = "不満"
        c.approvalChain = "承認経路"
        c.approvalChains = "承認経路"
        c.approvalChainNote = "承認は最初の人から最後の人へと上がり、各人が次の人に報告します。"
        c.approvalChainFrom = "{}からの承認経路"
        c.journey = "ジャーニー"
        c.lanes = "レーン"
        c.steps = "ステップ"
        c.duration = "期間: {}"
        c.stepList = "ステップ: {}"
        c.who = "対象: {}"
        c.goal = "目標: {}"
        c.takes = "所要期間: {}"
        c.personaList = "ペルソナ: {}"
        c.step = "ステップ: {}"
        c.owner = "担当: {}"
        c.severity = "深刻度: {}"
        c.priority = "優先度: {}"
        c.score = "スコア"
        c.channel = "チャネル: {}"
        c.content = "コンテンツ: {}"
        c.forPersonas = "対象: {}"
        c.tags = "タグ"
        c.eventActivities = "イベントのアクティビティ"
        c.links = "リンク"
        c.otherLane = "その他"
        c.otherItems = "その他の項目"
        c.otherItemsNote = "マップにないレーンの項目"
        c.goingBack = "後戻り"
        c.goingBackNote = "前のステージやステップへの遷移"
        c.goesBack = "後戻り"
        c.transitions = "遷移"
        c.emotionCurve = "感情曲線"
        c.emotionCurveNote = "スコアは\u{2212}2から+2、ペルソナごとに1本の線"
        c.skipToMap = "ジャーニーマップへ移動"
        c.filterStatus = "{2}件中{1}件を表示しています。"
        c.readBack = "このページにはマップ自体が含まれています。{} で読み戻せます。"
        c.severityInLabel = "深刻度 {}"
        c.priorityInLabel = "優先度 {}"
        c.madeWith = "JourneyKitで作成。"
        c.target = "目標 {}"
        c.targetAtStart = "目標 {}"
        c.value = "実績 {}"
        c.valueOfTarget = "{1}（{2}）"
        c.onTarget = "目標達成"
        c.offTarget = "目標未達"
        c.noTarget = "比較する目標なし"
        c.legend = "凡例"
        c.legendBaseline = "中立（0）。尺度は\u{2212}2から+2"
        c.legendBackArrow = "前のステージやステップに戻る"
        c.legendKPIBar = "KPIの値。線は目標を示す"
        c.legendEveryone = "ペルソナを指定しない項目は、すべてのペルソナに当てはまります。"
        c.legendSigns = "ペインポイント、機会、重要な瞬間は、色だけでなく記号、枠線、ラベルでも区別されます。"
        c.legendScores =
            "感情スコアは\u{2212}2（非常にネガティブ）から0（中立）を経て+2（非常にポジティブ）まで。"
            + "曲線はペルソナごとに1本の線を描き、破線の模様とマーカーの形で区別します。"
        c.legendKPIs = "KPIは測定値を目標と比べて示します。"
        c.legendFilters = "フィルターは他のペルソナの項目とレーン全体を隠します。感情曲線は常にすべての線を表示します。"
        c.kindDescriptions = [
            .action: "顧客が行うこと。",
            .thought: "顧客が考えること。",
            .question: "顧客が尋ねること。",
            .emotion: "顧客の気持ちとそのスコア。",
            .touchpoint: "顧客が企業と接する場所と、そのチャネル。",
            .painPoint: "顧客の妨げになるものとその深刻度。警告の記号と二重の枠線。",
            .opportunity: "改善の機会とその優先度。ひし形と破線の枠線。",
            .keyMoment: "ジャーニーの成否を分ける真実の瞬間。星と太い枠。",
            .measure: "企業が行う予定のことと、その担当者。",
            .kpi: "重要業績評価指標。目標に対する値。",
            .content: "顧客が利用するコンテンツ。",
            .backstage: "舞台裏で起きていることと、その担当者。",
            .note: "より具体的な種類のないテキスト。",
        ]
        c.customKindDescription = "このマップが定義する項目の種類。"
        c.b2cJourney = "B2Cジャーニー"
        c.b2bJourney = "B2Bジャーニー"
        c.currentState = "現状"
        c.futureState = "あるべき姿"
        c.buyerJourneyFact = "購買ジャーニー"
        c.customerJourneyFact = "カスタマージャーニー全体"
        c.durationUnits = [
            "year": "{}年", "years": "{}年", "month": "{}か月", "months": "{}か月", "week": "{}週間",
            "weeks": "{}週間", "day": "{}日", "days": "{}日", "hour": "{}時間", "hours": "{}時間", "minute": "{}分",
            "minutes": "{}分", "second": "{}秒", "seconds": "{}秒",
        ]
        c.durationSeparator = ""
        return c
    }()
}
