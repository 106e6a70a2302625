import JourneyModel
import JourneyTestSupport

/// A map whose every text tries to break out of its place in a page and run a script.
///
/// Every payload, if it ran, would set `document.title` to `PWNED` (or mark an element with
/// `data-pwned`), which the browser test looks for.
enum HostileMap {
    /// Payloads for every context a page has: element text, attributes, the title, the style sheet,
    /// the embedded source block, comments, CDATA, links.
    static let payloads: [String] = [
        "<script>document.title='PWNED'</script>",
        "</script><script>document.title='PWNED'</script>",
        "</SCRIPT ><script>document.title='PWNED'</script>",
        "<img src=x onerror=\"document.title='PWNED'\">",
        "\"><img src=x onerror=document.title='PWNED'>",
        "' onmouseover='document.title=\"PWNED\"' x='",
        "\" autofocus onfocus=\"document.title='PWNED'\" x=\"",
        "</title><script>document.title='PWNED'</script>",
        "</style><script>document.title='PWNED'</script>",
        "</textarea><script>document.title='PWNED'</script>",
        "<!--<script>document.title='PWNED'</script>-->",
        "<!-- <script> document.title='PWNED' </script>",
        "]]><script>document.title='PWNED'</script><![CDATA[",
        "<svg onload=\"document.documentElement.setAttribute('data-pwned','1')\"></svg>",
        "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
        "<style>body{background:url(http://127.0.0.1:9/x)}</style>",
        "<link rel=stylesheet href=//127.0.0.1:9/x.css>",
        "&lt;script&gt;document.title='PWNED'&lt;/script&gt;",
        "javascript:document.title='PWNED'",
        "expression(document.title='PWNED'); } body { background: red",
    ]

    /// Link addresses that must never become clickable.
    static let unsafeLinks: [String] = [
        "javascript:document.title='PWNED'",
        "JaVaScRiPt:document.title='PWNED'",
        " javascript:document.title='PWNED'",
        "java\nscript:document.title='PWNED'",
        "data:text/html,<script>document.title='PWNED'</script>",
        "vbscript:msgbox(1)",
        "//127.0.0.1:9/x",
        "file:///etc/passwd",
    ]

    /// The title the page gets; the browser test checks that it stays.
    static let title = "</title><script>document.title='PWNED'</script> Hostile map"

    static var map: JourneyMap {
        var map = JourneyMap(
            id: "hostile", title: title, summary: payloads[3], kind: .b2b, language: "en")
        map.metadata = [payloads[5]: payloads[14], "note": payloads[16]]
        map.personas = [
            Persona(
                id: "lead", name: payloads[4], role: payloads[6], description: payloads[10],
                goals: [payloads[0]], needs: [payloads[12]], motivations: [payloads[13]],
                frustrations: [payloads[1]], quote: payloads[2], attributes: [payloads[7]: payloads[8]],
                organization: payloads[9], decisionRole: DecisionRole(payloads[0]), reportsTo: "head"),
            Persona(id: "head", name: payloads[8], decisionRole: .approver, reportsTo: payloads[1]),
        ]
        map.lanes = [
            Lane(id: "actions", kind: .actions, title: payloads[5], description: payloads[8]),
            Lane(id: "emotions", kind: .emotions, title: payloads[6]),
            Lane(id: "pains", kind: .painPoints, title: payloads[8]),
            Lane(id: "kpis", kind: .kpis, title: payloads[15]),
            Lane(id: "custom", kind: LaneKind(payloads[0]), title: payloads[19]),
        ]
        var first = Stage(
            id: "awareness", name: payloads[1], goal: payloads[7], description: payloads[11],
            expectedDuration: payloads[19], personaIDs: ["lead", payloads[0]],
            steps: [Step(id: "step", name: payloads[2])])
        var second = Stage(id: "decision", name: payloads[9], goal: payloads[12])
        for (index, payload) in (payloads + HostileStrings.all).enumerated() {
            var item = Item(
                id: "action-\(index)", kind: .action, laneID: "actions", text: payload, detail: payload,
                tags: [payload], activities: [payload])
            item.links = [Link("https://example.com/?q=\"<>&'", title: payload)]
            first.items.append(item)
        }
        for (index, address) in unsafeLinks.enumerated() {
            first.items.append(
                Item(
                    id: "link-\(index)", kind: .note, laneID: "actions", text: "Unsafe link \(index)",
                    links: [Link(address, title: "click me"), Link(address)]))
        }
        first.items.append(
            Item(
                id: "emotion-1", kind: .emotion, laneID: "emotions", text: payloads[0], personaIDs: ["lead"],
                score: EmotionScore(-1)))
        second.items.append(
            Item(
                id: "emotion-2", kind: .emotion, laneID: "emotions", text: payloads[13], personaIDs: ["lead"],
                score: EmotionScore(1.5)))
        second.items.append(
            Item(id: "pain", kind: .painPoint, laneID: "pains", text: payloads[3], severity: .high, owner: payloads[4]))
        second.items.append(
            Item(
                id: "kpi", kind: .kpi, laneID: "kpis", text: payloads[8],
                metric: Metric(kind: MetricKind(payloads[15]), value: 1, target: 2, unit: payloads[8])))
        second.items.append(
            Item(
                id: "custom", kind: ItemKind(payloads[1]), laneID: "custom", stepID: payloads[0], text: payloads[19],
                channel: Channel(payloads[3]), contentType: ContentType(payloads[0]),
                extensions: ExtensionData(["x": [payloads[1]: payloads[12]]])))
        second.items.append(
            Item(id: "lost", kind: .note, laneID: payloads[1], text: "In a lane the map does not have: " + payloads[0]))
        map.stages = [first, second]
        map.transitions = [
            Transition(id: "back", from: "decision", to: "awareness", label: payloads[0], personaIDs: [payloads[1]])
        ]
        map.extensions = ExtensionData(["com.example": [payloads[1]: payloads[12]]])
        return map
    }
}
