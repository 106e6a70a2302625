import Foundation
import JourneyKit
import JourneyRaster
import Testing

// The code of the DocC articles (Sources/*/Documentation.docc), compiled and run here.
// `DocumentationDriftTests` checks that every Swift block of the articles appears in this file
// exactly as written, so an article cannot show code that does not compile or does something else.

// MARK: - A custom lane kind (JourneyModel: CustomLaneKinds.md)

extension LaneKind {
    /// The regulatory checks a stage must pass.
    static let compliance = LaneKind("com.example.compliance")
}

// MARK: - A custom item type (JourneyModel: CustomItemTypes.md)

/// A regulatory check the company makes at a stage, naming the regulation.
struct RegulatoryCheck: ItemRepresentable {
    static let itemKind = ItemKind("com.example.regulatory-check")
    static let defaultLane = LaneKind.compliance
    var item: Item

    init(unchecked item: Item) { self.item = item }

    init(_ text: String, regulation: String) {
        item = Item(kind: Self.itemKind, text: text)
        item.extensions["com.example", "regulation"] = regulation
    }

    var regulation: String? { item.extensions["com.example", "regulation"] }
}

// MARK: - A custom validation rule (JourneyModel: CustomValidationRules.md)

/// Every stage makes at least one regulatory check.
struct RegulatoryCoverageRule: ValidationRule {
    func check(_ map: JourneyMap, into diagnostics: inout [Diagnostic]) {
        for stage in map.stages where !stage.items.contains(where: { $0.kind == RegulatoryCheck.itemKind }) {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "com.example.stage-without-check",
                    "stage '\(stage.name)' makes no regulatory check", at: .stage(stage.id)))
        }
    }
}

// MARK: - A custom format (JourneyModel: CustomFormats.md)

/// A plain-text outline of a map: the title, each stage, and its items by lane.
struct OutlineFormat: JourneyWriter {
    var identifier: String { "outline" }
    var name: String { "Journey outline" }
    var fileExtensions: [String] { ["outline.txt"] }
    var mediaType: String { "text/plain" }

    func write(_ map: JourneyMap) throws -> Data {
        var lines = ["# \(map.title)"]
        for stage in map.stages {
            lines.append("## \(stage.name)")
            for item in stage.items {
                guard !item.text.contains(where: \.isNewline) else {
                    throw WriteError("an outline holds one line per item", at: .item(item.id, inStage: stage.id))
                }
                lines.append("- \(item.laneID): \(item.text)")
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }
}

extension OutlineFormat: JourneyReader {
    func recognizes(_ sample: ContentSample) -> Bool {
        sample.text?.hasPrefix("# ") ?? false
    }

    func read(_ data: Data, file: String?) throws -> ReadResult {
        var title = "Untitled journey"
        var stages: [Stage] = []
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if line.hasPrefix("# ") {
                title = String(line.dropFirst(2))
            } else if line.hasPrefix("## ") {
                stages.append(Stage(String(line.dropFirst(3))))
            } else if line.hasPrefix("- "), let colon = line.firstIndex(of: ":"), !stages.isEmpty {
                let lane = LaneKind(String(line.dropFirst(2)[..<colon]))
                let text = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                stages[stages.count - 1].items.append(
                    Item(kind: lane.defaultItemKind, laneID: lane.rawValue, text: text))
            } else {
                throw ReadError(
                    "expected '# title', '## stage' or '- lane: text'",
                    at: SourceLocation(file: file, line: index + 1, column: 1))
            }
        }
        let map = JourneyMap(title: title) {
            for stage in stages { stage }
        }
        return ReadResult(map: map)
    }
}

extension JourneyWriter where Self == OutlineFormat {
    /// The plain-text outline: `try map.export(as: .outline)`.
    static var outline: OutlineFormat { OutlineFormat() }
}

extension JourneyReader where Self == OutlineFormat {
    /// The plain-text outline: `try JourneyMap(data, format: .outline)`.
    static var outline: OutlineFormat { OutlineFormat() }
}

@Suite("Documentation examples")
struct DocumentationExampleTests {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A small board drawn in draw.io: two stages, an actions lane ("Doing") and a lane titled "Gripes".
    static let board = Data(
        """
        <mxfile><diagram name="Journey"><mxGraphModel><root>
        <mxCell id="0"/><mxCell id="1" parent="0"/>
        <mxCell id="s1" value="Awareness" vertex="1" parent="1"><mxGeometry x="200" y="0" width="160" height="40" as="geometry"/></mxCell>
        <mxCell id="s2" value="Purchase" vertex="1" parent="1"><mxGeometry x="380" y="0" width="160" height="40" as="geometry"/></mxCell>
        <mxCell id="l1" value="Doing" vertex="1" parent="1"><mxGeometry x="0" y="60" width="160" height="60" as="geometry"/></mxCell>
        <mxCell id="l2" value="Gripes" vertex="1" parent="1"><mxGeometry x="0" y="140" width="160" height="60" as="geometry"/></mxCell>
        <mxCell id="i1" value="Sees an ad" vertex="1" parent="1"><mxGeometry x="200" y="70" width="160" height="40" as="geometry"/></mxCell>
        <mxCell id="i2" value="Pays at the dealer" vertex="1" parent="1"><mxGeometry x="380" y="70" width="160" height="40" as="geometry"/></mxCell>
        <mxCell id="i3" value="Hidden fees" vertex="1" parent="1"><mxGeometry x="380" y="150" width="160" height="40" as="geometry"/></mxCell>
        </root></mxGraphModel></diagram></mxfile>
        """.utf8)

    /// A fresh folder for files a test writes.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "documentation-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// JourneyRaster.md: a dark PNG and an A3 poster.
    @Test func theRasterOverviewExampleRenders() throws {
        let map = JourneyMap(title: "Buying a car", kind: .b2c) {
            Stage("Awareness") { Action("Notices a friend's new car") }
        }
        let png = try map.export(as: .png(svg: .svg(theme: .dark), scale: 1))
        let poster = try map.export(as: .pdf(paper: .a3))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(poster.starts(with: Data("%PDF-".utf8)))
    }

    /// JourneyModel.md: the overview example.
    @Test func theModelOverviewExampleValidates() {
        let map = JourneyMap(title: "Buying a car", kind: .b2c) {
            Persona("Anna", role: "First-time buyer")
            Stage("Awareness", goal: "Know which cars fit my life") {
                Action("Notices a friend's new car")
                Emotion(+1, "Curious")
                Touchpoint("Instagram ad", channel: .social)
                KPI("Ad click-through", kind: .clickThroughRate, value: 1.2, target: 2, unit: "%")
            }
        }

        for diagnostic in map.validate() {
            print(diagnostic)
        }
        #expect(map.validate() == [])
    }

    /// The module pages of JourneyXML, JourneyJSON, JourneyCSV, JourneySVG and JourneyHTML.
    @Test func theFormatModuleExamplesRoundTrip() throws {
        let map = try JourneyMap(
            Data(contentsOf: Self.packageRoot.appendingPathComponent("Examples/car-purchase.journey.xml")), format: .xml
        )
        do {
            let xml = try map.export(as: .xml)
            let again = try JourneyMap(xml, format: .xml)
            #expect(again == map)
        }
        do {
            let json = try map.export(as: .json)
            let again = try JourneyMap(json, format: .json)
            #expect(again == map)
        }
        do {
            let table = try map.export(as: .csv)
            let again = try JourneyMap(table, format: .csv)
            let grid = try map.export(as: .csv(layout: .grid, delimiter: ";"))
            #expect(again == map)
            #expect(try JourneyMap(grid, format: .csv).stages.map(\.name) == map.stages.map(\.name))
        }
        do {
            let drawing = try map.export(as: .svg(theme: .dark))
            #expect(String(decoding: drawing, as: UTF8.self).contains("<svg"))
        }
        do {
            let page = try map.export(as: .html)
            let again = try JourneyMap(page, format: .html)
            #expect(again == map)
        }
    }

    /// The JourneyCJML page and its article ReadingCJML.md.
    @Test func theCJMLExamplesReadAndWrite() throws {
        let map = try JourneyMap(
            Data(contentsOf: Self.packageRoot.appendingPathComponent("Examples/car-purchase.journey.xml")), format: .xml
        )
        do {
            let document = try map.export(as: .cjml)
            let again = try JourneyMap(document, format: .cjml)
            #expect(again.stages.map(\.name) == map.stages.map(\.name))
        }
        do {
            var twoJourneys = map
            twoJourneys.state = .future
            let text = String(decoding: try twoJourneys.export(as: .cjml), as: UTF8.self)
            let actualText = String(decoding: try map.export(as: .cjml), as: UTF8.self)
            let journey = { (text: String, name: String) -> String in
                let start = text.range(of: "<\(name)>")!.lowerBound
                let end = text.range(of: "</\(name)>")!.upperBound
                return String(text[start..<end])
            }
            let document = Data(
                ("<CJML version=\"2.0\">" + journey(text, "plannedJourney") + journey(actualText, "actualJourney")
                    + "</CJML>").utf8)
            let planned = try JourneyMap(document, format: .cjml)
            let actual = try JourneyMap(document, format: .cjml(journey: 2))
            let isAsIs = actual.state == .current
            #expect(planned.state == .future)
            #expect(isAsIs)
        }
        do {
            for warning in JourneyCJMLFormat().lossReport(for: map) {
                print(warning)
            }
            let written = try map.export(as: .cjml)
            #expect(!written.isEmpty)
        }
    }

    /// GettingStarted.md (JourneyKit): read, validate, convert and write.
    @Test func theAnalyticsOverviewExampleMeasuresTheExample() throws {
        let folder = Self.packageRoot.appendingPathComponent("Examples/analytics")
        let mapFile = folder.appendingPathComponent("saas-trial.csv")
        let eventLog = folder.appendingPathComponent("saas-events.jsonl")

        let map = try JourneyMap(contentsOf: mapFile)
        var analysis = StageAnalysis(binding: try StageBinding(map: map))
        _ = try EventLogReader().read(contentsOf: eventLog) { analysis.add($0) }
        let measured = MeasuredKPIs(analysis.report()).applied(to: map)

        let rate = measured.stages[0].items.first { $0.metric?.kind == .conversionRate }?.metric?.value
        #expect(rate == 57.1)
    }

    @Test func gettingStartedReadsValidatesConvertsAndWrites() throws {
        let input = Self.packageRoot.appendingPathComponent("Examples/car-purchase.journey.xml")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try JourneyMap.readResult(contentsOf: input)
        let map = result.map
        #expect(map.validate().allSatisfy { $0.code != "unknown-lane" })

        var refused = false
        do {
            _ = try JourneyMap(contentsOf: input, limits: ReadLimits(maximumInputSize: 1 << 20))
        } catch let error as ReadError where error.kind == .limitExceeded {
            print("too large for this service: \(error.message)")
        }
        do {
            _ = try JourneyMap(contentsOf: input, limits: ReadLimits(maximumInputSize: 10))
        } catch let error as ReadError where error.kind == .limitExceeded {
            refused = true
        }
        #expect(refused)

        let problems = result.diagnostics + result.sourceMap.locate(map.validate())
        let errors = problems.filter { $0.severity == .error }
        #expect(errors.isEmpty)

        let json = try map.export(as: .json)
        let grid = try map.export(as: .csv(layout: .grid, delimiter: ";"))
        let page = try map.export(as: .html(theme: .print, darkTheme: nil))
        #expect(try JourneyMap(json, format: .json) == map)
        #expect(String(decoding: grid, as: UTF8.self).contains("Lane;"))
        #expect(try JourneyMap(page, format: .html) == map)

        let output = folder.appendingPathComponent("car.svg")
        try map.write(to: output)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<svg"))

        let lost = JourneyCSVFormat.csv(layout: .grid).lossReport(for: map)
        for warning in lost { print(warning) }
        #expect(lost.contains { $0.code == "not-written" })

        var plain = JourneyMap(
            id: "coffee", title: "Buying coffee",
            stages: [Stage(id: "awareness", name: "Awareness", items: [Action("Smells coffee").item])])
        plain.complete()
        let built = JourneyMap(id: "coffee", title: "Buying coffee") {
            Stage("Awareness") { Action("Smells coffee") }
        }
        #expect(plain == built)
    }

    /// TheSchema.md: a B2B map with steps, a transition back and extension data.
    @Test func theSchemaExampleBuildsACompleteB2BMap() throws {
        var map = JourneyMap(title: "Buying project software", kind: .b2b, scope: .buyerJourney) {
            Persona("Priya", id: "priya", role: "Team lead", decisionRole: .initiator, reportsTo: "marc")
            Persona("Marc", id: "marc", role: "Head of operations", decisionRole: .approver)

            Stage("Consideration", goal: "Find a tool the whole team will use", duration: "P3M") {
                Step("Shortlist")
                Step("Trial")
                Action("Runs a two-week trial").with(step: "trial", personas: ["priya"])
                Emotion(-1, "Overwhelmed by options", personas: ["priya"])
                Touchpoint("Vendor demo", channel: .web)
                PainPoint("Security questionnaire takes weeks", severity: .high)
                KPI("Trial-to-paid", kind: .conversionRate, value: 18, target: 25, unit: "%")
            }
            Transition(from: "trial", to: "shortlist", "Trial fails, back to the shortlist")
        }
        map.extensions["com.example", "owner"] = "CX team"

        #expect(map.validate() == [])
        #expect(map.lanes.map(\.kind) == [.actions, .emotions, .touchpoints, .painPoints, .kpis])
        #expect(map.stages[0].items[0].id == "consideration-actions-1")
        #expect(map.isBackward(map.transitions[0]))
        #expect(map.approvalChain(from: "priya").map(\.id) == ["priya", "marc"])
        #expect(try JourneyMap(map.export(as: .xml), format: .xml) == map)
    }

    /// CustomLaneKinds.md: a lane of a custom kind carries its items through every lossless format.
    @Test func aCustomLaneKindRoundTrips() throws {
        let map = JourneyMap(title: "Opening an account") {
            Lane(.compliance, title: "Compliance")
            Stage("Sign-up") {
                Action("Fills in the form")
                Note("Identity checked by video call", lane: LaneKind.compliance.rawValue)
            }
        }

        #expect(map.lanes.map(\.kind) == [.compliance, .actions])
        #expect(
            map.items(inStage: "sign-up", lane: "com.example.compliance").map(\.text) == [
                "Identity checked by video call"
            ])
        for identifier in ["journey-xml", "json", "csv", "tsv"] {
            let registry = FormatRegistry.standard
            let written = try #require(registry.writer(identifier: identifier)).write(map)
            #expect(try #require(registry.reader(identifier: identifier)).read(written, file: nil).map == map)
        }
        let svg = String(decoding: try map.export(as: .svg), as: UTF8.self)
        #expect(svg.contains("Compliance"))
    }

    /// CustomItemTypes.md: a custom item type goes into its lane and keeps its fields in every format.
    @Test func aCustomItemTypeRoundTrips() throws {
        let map = JourneyMap(title: "Opening an account") {
            Stage("Sign-up") {
                Action("Fills in the form")
                RegulatoryCheck("Identity checked by video call", regulation: "AMLD5")
            }
        }
        let checks = map.items(of: RegulatoryCheck.self)

        #expect(checks.map(\.regulation) == ["AMLD5"])
        #expect(map.lanes.map(\.kind) == [.actions, .compliance])
        let again = try JourneyMap(map.export(as: .csv), format: .csv)
        #expect(again.items(of: RegulatoryCheck.self).map(\.regulation) == ["AMLD5"])
        #expect(try JourneyMap(map.export(as: .json), format: .json) == map)
    }

    /// CustomValidationRules.md: a rule of one's own beside the standard ones.
    @Test func aCustomValidationRuleReportsEachStage() {
        let map = JourneyMap(title: "Opening an account") {
            Stage("Sign-up") {
                RegulatoryCheck("Identity checked by video call", regulation: "AMLD5")
            }
            Stage("First deposit") {
                Action("Transfers money")
            }
        }
        let diagnostics = map.validate(rules: StandardRules.all + [RegulatoryCoverageRule()])
        let missing = diagnostics.filter { $0.code == "com.example.stage-without-check" }

        #expect(missing.map(\.path) == [.stage("first-deposit")])
        #expect(
            missing.map(\.description) == [
                "warning: stage 'First deposit' makes no regulatory check [com.example.stage-without-check] (stage[first-deposit])"
            ])
        #expect(map.validate().allSatisfy { $0.code != "com.example.stage-without-check" })
    }

    /// CustomFormats.md: a writer and a reader of one's own, registered beside the built-in formats.
    @Test func aCustomFormatWritesReadsAndIsFoundInTheRegistry() throws {
        let map = JourneyMap(title: "Buying a car") {
            Stage("Awareness") {
                Action("Notices a friend's new car")
                Thought("Could I afford one?")
            }
            Stage("Consideration") {
                Action("Compares models online")
                Opportunity("A running-cost calculator")
            }
        }

        let outline = try map.export(as: .outline)
        let again = try JourneyMap(outline, format: .outline)

        #expect(
            String(decoding: outline, as: UTF8.self) == """
                # Buying a car
                ## Awareness
                - actions: Notices a friend's new car
                - thoughts: Could I afford one?
                ## Consideration
                - actions: Compares models online
                - opportunities: A running-cost calculator

                """)
        #expect(again == map)

        var registry = FormatRegistry.standard
        registry.register(OutlineFormat())
        let writer = registry.writer(forFileName: "car.outline.txt")
        let reader = registry.reader(for: outline, fileName: "car.outline.txt")

        #expect(writer?.identifier == "outline")
        #expect(reader?.identifier == "outline")
        #expect(registry.reader(for: try map.export(as: .xml))?.identifier == "journey-xml")

        #expect(throws: ReadError.self) { try JourneyMap(Data("# Title\nno stage\n".utf8), format: .outline) }
        do {
            _ = try JourneyMap(Data("# Title\nno stage\n".utf8), format: .outline, file: "map.outline.txt")
        } catch let error as ReadError {
            #expect(error.description == "map.outline.txt:2:1: error: expected '# title', '## stage' or '- lane: text'")
        }
        var twoLines = map
        twoLines.stages[0].items[0].text = "Notices\na new car"
        #expect(throws: WriteError.self) { try twoLines.export(as: .outline) }
    }

    /// LimitingInput.md: a service that takes uploads lowers the limits.
    @Test func lowerReadLimitsRefuseALargeUpload() throws {
        let upload = Data(count: 2 << 20)

        var limits = ReadLimits()
        limits.maximumInputSize = 1 << 20  // uploads of at most 1 MiB
        limits.maximumShapes = 10_000
        let format = DiagramImportFormat.drawio.with(limits: limits)

        do {
            _ = try format.importMap(upload, file: "upload.drawio")
        } catch let error as ReadError {
            print(error)  // upload.drawio: error: the input is larger than the limit of 1048576 bytes (…)
        }

        let error = #expect(throws: ReadError.self) { try format.importMap(upload, file: "upload.drawio") }
        #expect(
            error?.description.hasPrefix("upload.drawio: error: the input is larger than the limit of 1048576 bytes")
                == true)
    }

    /// JourneyImport.md: the overview example.
    @Test func theImportOverviewExampleReadsABoard() throws {
        let data = Self.board
        let result = try DiagramImportFormat.drawio.importMap(data, file: "board.drawio")

        #expect(result.map.stages.map(\.name) == ["Awareness", "Purchase"])
        #expect(result.report.recognized == result.report.labels)
    }

    /// SteeringRecognition.md (JourneyImport): a team's own lane title and emotion word.
    @Test func aTeamVocabularyIsUsedByTheRecognizer() throws {
        let data = Self.board

        var team = RecognitionVocabulary(languages: ["en"])
        team.laneTitles[LaneKind.painPoints.rawValue] = ["gripes"]
        team.emotionWords["stoked"] = 2
        let options = RecognitionOptions(vocabulary: .standard.merging(team))
        let result = try DiagramImportFormat.drawio.with(options: options).importMap(data, file: "board.drawio")

        #expect(result.map.lanes.map(\.kind).contains(.painPoints))
        #expect(result.map.items(of: PainPoint.self).map(\.text) == ["Hidden fees"])
        let plain = try DiagramImportFormat.drawio.importMap(data, file: "board.drawio")
        #expect(!plain.map.lanes.map(\.kind).contains(.painPoints))
    }

    /// SteeringRecognition.md (JourneyImport): the vocabulary file the article shows reads as a vocabulary.
    @Test func theArticlesVocabularyFileDecodes() throws {
        let article = Self.packageRoot.appendingPathComponent(
            "Sources/JourneyImport/Documentation.docc/Articles/SteeringRecognition.md")
        let blocks = DocumentationDriftTests.codeBlocks(
            in: try String(contentsOf: article, encoding: .utf8), language: "json")
        #expect(blocks.count == 1)
        let vocabulary = try JSONDecoder().decode(RecognitionVocabulary.self, from: Data(blocks.joined().utf8))
        #expect(vocabulary.laneTitles["pain-points"] == ["gripes", "what sucks"])
        #expect(vocabulary.emotionWords["stoked"] == 2)
    }
}
