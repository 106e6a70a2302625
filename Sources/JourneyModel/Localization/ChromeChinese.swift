extension Chrome {
    /// The chrome in Chinese (simplified characters).
    public static let chinese: Chrome = {
        var c = Chrome(code: "zh")
        c.itemKinds = [
            .action: "行动", .thought: "想法", .question: "疑问", .emotion: "情绪", .touchpoint: "触点", .painPoint: "痛点",
            .opportunity: "机会点", .keyMoment: "关键时刻", .measure: "改进措施", .kpi: "KPI", .content: "内容",
            .backstage: "后台", .note: "备注",
        ]
        c.channels = [
            .web: "网站", .email: "电子邮件", .social: "社交媒体", .search: "搜索", .advertising: "广告", .phone: "电话",
            .chat: "在线聊天", .app: "应用", .store: "门店", .event: "活动", .salesRep: "销售代表", .partner: "合作伙伴",
            .print: "印刷品", .wordOfMouth: "口碑",
        ]
        c.contentTypes = [
            .blogPost: "博客文章", .whitepaper: "白皮书", .caseStudy: "案例研究", .demo: "演示", .pricingPage: "价格页",
            .video: "视频", .webinar: "网络研讨会", .review: "评测", .comparison: "对比", .newsletter: "新闻简报",
            .documentation: "文档", .socialPost: "社交帖子", .advertisement: "广告",
        ]
        c.decisionRoles = [
            .initiator: "发起者", .user: "使用者", .influencer: "影响者", .decisionMaker: "决策者", .approver: "审批者",
            .buyer: "采购者", .gatekeeper: "把关者",
        ]
        c.metricKinds = [
            .conversionRate: "转化率", .returnOnInvestment: "ROI", .loyaltyRate: "忠诚率", .netPromoterScore: "NPS",
            .customerSatisfaction: "CSAT", .churnRate: "流失率", .reach: "覆盖人数", .clickThroughRate: "点击率",
            .costPerAcquisition: "获客成本", .revenue: "收入", .timeToValue: "价值实现时间", .timeInStage: "阶段停留时间",
        ]
        c.severities = [.low: "严重程度 低", .medium: "严重程度 中", .high: "严重程度 高", .critical: "严重程度 危急"]
        c.priorities = [.low: "优先级 低", .medium: "优先级 中", .high: "优先级 高"]
        c.severityLevels = [.low: "低", .medium: "中", .high: "高", .critical: "危急"]
        c.priorityLevels = [.low: "低", .medium: "中", .high: "高"]
        c.asIs = "现状"
        c.toBe = "未来"
        c.buyerJourney = "购买旅程"
        c.customerJourney = "客户旅程"
        c.untitledMap = "客户旅程地图"
        c.languageChip = "语言：{}"
        c.mapDescription = "{1}{2}地图（{3}）"
        c.stageCountOne = "{} 个阶段"
        c.stageCountOther = "{} 个阶段"
        c.laneCountOne = "{} 条泳道"
        c.laneCountOther = "{} 条泳道"
        c.persona = "用户画像"
        c.personas = "用户画像"
        c.buyingCommittee = "采购委员会"
        c.committeeList = "采购委员会：{}"
        c.allPersonas = "所有用户画像"
        c.reportsTo = "汇报对象：{}"
        c.approvesPurchase = "审批采购"
        c.approval = "审批：{}"
        c.decisionRole = "决策角色：{}"
        c.goals = "目标"
        c.needs = "需求"
        c.motivations = "动机"
        c.frustrations = "困扰"
        c.approvalChain = "审批链"
        c.approvalChains = "审批链"
        c.approvalChainNote = "审批从第一个人逐级上升到最后一个人，每个人向下一个人汇报。"
        c.approvalChainFrom = "从{}开始的审批链"
        c.journey = "旅程"
        c.lanes = "泳道"
        c.steps = "步骤"
        c.duration = "时长：{}"
        c.stepList = "步骤：{}"
        c.who = "涉及：{}"
        c.goal = "目标：{}"
        c.takes = "耗时：{}"
        c.personaList = "用户画像：{}"
        c.step = "步骤：{}"
        c.owner = "负责人：{}"
        c.severity = "严重程度：{}"
        c.priority = "优先级：{}"
        c.score = "得分"
        c.channel = "渠道：{}"
        c.content = "内容：{}"
        c.forPersonas = "适用于：{}"
        c.tags = "标签"
        c.eventActivities = "事件活动"
        c.links = "链接"
        c.otherLane = "其他"
        c.otherItems = "其他条目"
        c.otherItemsNote = "泳道不在地图中的条目"
        c.goingBack = "回退"
        c.goingBackNote = "回到前一阶段或步骤的转换"
        c.goesBack = "回退"
        c.transitions = "转换"
        c.emotionCurve = "情绪曲线"
        c.emotionCurveNote = "得分从 \u{2212}2 到 +2，每个用户画像一条线"
        c.skipToMap = "跳到旅程地图"
        c.filterStatus = "显示 {2} 项中的 {1} 项。"
        c.readBack = "此页面包含地图本身；可用 {} 读回。"
        c.severityInLabel = "严重程度 {}"
        c.priorityInLabel = "优先级 {}"
        c.madeWith = "由 JourneyKit 制作。"
        c.target = "目标 {}"
        c.targetAtStart = "目标 {}"
        c.value = "实际值 {}"
        c.valueOfTarget = "{1}（{2}）"
        c.onTarget = "达标"
        c.offTarget = "未达标"
        c.noTarget = "无可比较的目标"
        c.legend = "图例"
        c.legendBaseline = "中性（0）；刻度从 \u{2212}2 到 +2"
        c.legendBackArrow = "回到前一阶段或步骤"
        c.legendKPIBar = "KPI 值；竖线标示目标"
        c.legendEveryone = "未指定用户画像的条目适用于所有用户画像。"
        c.legendSigns = "痛点、机会点和关键时刻除颜色外，还以符号、边框和标签区分。"
        c.legendScores =
            "情绪得分从 \u{2212}2（非常负面）经 0（中性）到 +2（非常正面）；"
            + "曲线为每个用户画像绘制一条线，以虚线样式和标记形状区分。"
        c.legendKPIs = "KPI 显示测量值与目标的对比。"
        c.legendFilters = "筛选器可隐藏其他用户画像的条目和整条泳道；情绪曲线始终显示所有线条。"
        c.kindDescriptions = [
            .action: "客户做的事。",
            .thought: "客户的想法。",
            .question: "客户提出的问题。",
            .emotion: "客户的感受及其得分。",
            .touchpoint: "客户在哪里、通过哪个渠道接触企业。",
            .painPoint: "阻碍客户的因素及其严重程度；带警告符号和双线边框。",
            .opportunity: "改进的机会及其优先级；带菱形和虚线边框。",
            .keyMoment: "决定旅程成败的关键时刻；带星形和粗边框。",
            .measure: "企业计划采取的措施及其负责人。",
            .kpi: "关键绩效指标：实际值与目标的对比。",
            .content: "客户使用的内容。",
            .backstage: "幕后发生的事及其负责人。",
            .note: "没有更具体类型的文字。",
        ]
        c.customKindDescription = "此地图自定义的条目类型。"
        c.b2cJourney = "B2C 旅程"
        c.b2bJourney = "B2B 旅程"
        c.currentState = "当前状态"
        c.futureState = "未来状态"
        c.buyerJourneyFact = "购买旅程"
        c.customerJourneyFact = "完整客户旅程"
        c.durationUnits = [
            "year": "{}年", "years": "{}年", "month": "{}个月", "months": "{}个月", "week": "{}周", "weeks": "{}周",
            "day": "{}天", "days": "{}天", "hour": "{}小时", "hours": "{}小时", "minute": "{}分钟", "minutes": "{}分钟",
            "second": "{}秒", "seconds": "{}秒",
        ]
        c.durationSeparator = ""
        return c
    }()
}
