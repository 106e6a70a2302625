import Foundation
import JourneyModel
import JourneyTestSupport
import JourneyXML
import Testing

@testable import JourneyHTML

/// Loads pages in headless Chromium through the repository's harness, `Scripts/check-html.py`:
/// the examples and the hostile map must run no payload and request nothing; pages built to
/// misbehave must be caught.
///
/// Needs the Debian packages `chromium` and `python3`; the tests fail, naming them, when they are
/// missing.
@Suite("Pages in a real browser", .serialized)
struct BrowserTests {
    private static let harness = packageRoot().appendingPathComponent("Scripts/check-html.py")

    /// Runs the harness on some pages; returns its exit status and output.
    private func check(_ pages: [URL], screenshots: URL?) throws -> (status: Int32, output: String) {
        var arguments = ["python3", Self.harness.path]
        if let screenshots { arguments += ["--screenshots", screenshots.path] }
        let result = try Commands.run(URL(fileURLWithPath: "/usr/bin/env"), arguments + pages.map(\.path))
        return (result.status, result.output + result.errors)
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "journey-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func requireTools() -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        func onPath(_ name: String) -> Bool {
            paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        var ready = true
        if !onPath("chromium") && !onPath("chromium-browser") {
            Issue.record("chromium is not installed: apt-get install -y --no-install-recommends chromium")
            ready = false
        }
        if !onPath("python3") {
            Issue.record("python3 is not installed: apt-get install -y --no-install-recommends python3")
            ready = false
        }
        return ready
    }

    @Test func runsNoPayloadAndRequestsNothingForTheExamplesAndTheHostileMap() throws {
        guard requireTools() else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let examples = try FileManager.default.contentsOfDirectory(
            at: packageRoot().appendingPathComponent("Examples"), includingPropertiesForKeys: nil
        ).filter { $0.lastPathComponent.hasSuffix(".journey.xml") }.sorted { $0.path < $1.path }
        #expect(examples.count >= 2)
        var maps = try examples.map { url in
            (
                url.lastPathComponent.replacingOccurrences(of: ".journey.xml", with: ""),
                try JourneyMap(Data(contentsOf: url), format: .xml)
            )
        }
        maps.append(("hostile", HostileMap.map))
        var pages: [URL] = []
        for (name, map) in maps {
            let page = directory.appendingPathComponent(name + ".html")
            try map.export(as: .html).write(to: page)
            pages.append(page)
        }
        let screenshots = directory.appendingPathComponent("screenshots")
        let result = try check(pages, screenshots: screenshots)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(pages.count) passed, 0 failed"), "\(result.output)")
        for (name, _) in maps {
            let shot = screenshots.appendingPathComponent(name + ".png")
            let bytes = try Data(contentsOf: shot)
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name).png is a PNG")
        }
    }

    @Test func catchesAPageWhosePayloadRunsOrThatLoadsSomething() throws {
        guard requireTools() else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let running = directory.appendingPathComponent("running.html")
        try Data(
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Calm</title></head>
            <body><script>document.title='PWNED'</script><img src="http://127.0.0.1:9/x.png" alt=""></body></html>
            """.utf8
        ).write(to: running)
        let blocked = directory.appendingPathComponent("blocked.html")
        try Data(
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Calm</title></head><body><img src="x" alt="" onerror="document.title='PWNED'"></body></html>
            """.utf8
        ).write(to: blocked)
        let result = try check([running, blocked], screenshots: nil)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("0 passed, 2 failed"), "\(result.output)")
        #expect(result.output.contains("a script changed the title from 'Calm' to 'PWNED'"), "\(result.output)")
        #expect(result.output.contains("the page requested http://127.0.0.1:9/x.png"), "\(result.output)")
        #expect(result.output.contains("has an event handler attribute onerror"), "\(result.output)")
        #expect(result.output.contains("Content Security Policy"), "\(result.output)")
    }

    @Test func filtersByPersonaAndLaneWithItsOwnScript() throws {
        guard requireTools() else { return }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let map = SampleMaps.everyField
        var html = String(decoding: try map.export(as: .html), as: UTF8.self)
        // A second script plays the reader: it picks the second persona and unticks the first lane.
        let reader = """
            document.getElementById("filter-persona").value = "p2";
            document.querySelector('input[data-lane="l1"]').checked = false;
            document.getElementById("journey-filters").dispatchEvent(new Event("change", {bubbles: true}));
            """
        let hash = "'sha256-" + Data(SHA256.digest(Array(reader.utf8))).base64EncodedString() + "'"
        html = html.replacingOccurrences(of: PageScript.hashSource, with: PageScript.hashSource + " " + hash)
        html = html.replacingOccurrences(of: "</body>", with: "<script>" + reader + "</script>\n</body>")
        let page = directory.appendingPathComponent("filters.html")
        try Data(html.utf8).write(to: page)

        let result = try Commands.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + directory.appendingPathComponent("profile").path, "--virtual-time-budget=5000",
                "--dump-dom", page.absoluteString,
            ])
        #expect(result.status == 0)
        let output = result.outputData
        let dom = HTMLTree.parse(String(decoding: output, as: UTF8.self))

        #expect(dom.element(id: "journey-filters")?.has("hidden") == false)
        let rows = dom.all("tr").filter { $0.has("data-lane") }
        #expect(rows.first { $0.attribute("data-lane") == "l1" }?.has("hidden") == true)
        #expect(rows.filter { $0.attribute("data-lane") != "l1" }.allSatisfy { !$0.has("hidden") })
        let items = dom.all("li").filter { $0.has("data-personas") }
        #expect(items.count == map.allItems.count)
        for item in items {
            let personas = item.attribute("data-personas") ?? ""
            let shouldShow = personas.isEmpty || personas.split(separator: " ").contains("p2")
            #expect(item.has("hidden") == !shouldShow, "\(item.textContent) for \(personas)")
        }
        let visible = items.filter { item in
            !item.has("hidden") && !(rows.first { $0 === item.parent?.parent?.parent }?.has("hidden") ?? false)
        }
        #expect(dom.element(id: "filter-status")?.textContent == "Showing \(visible.count) of \(items.count) items.")
        #expect(visible.count < items.count)
    }

    @Test func keepsTheHarnessFixtureInStepWithTheHostileMap() throws {
        let fixture = packageRoot().appendingPathComponent("Scripts/fixtures/hostile.journey.xml")
        let expected = try HostileMap.map.export(as: .xml)
        if ProcessInfo.processInfo.environment["JOURNEYKIT_UPDATE_FIXTURES"] == "1" {
            try FileManager.default.createDirectory(
                at: fixture.deletingLastPathComponent(), withIntermediateDirectories: true)
            try expected.write(to: fixture)
        }
        let actual = try Data(contentsOf: fixture)
        #expect(actual == expected, "run with JOURNEYKIT_UPDATE_FIXTURES=1 to write \(fixture.path) again")
    }
}
