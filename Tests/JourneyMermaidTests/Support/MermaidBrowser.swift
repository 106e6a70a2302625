import Foundation

/// Mermaid's own parser (`mermaid.min.js` from the PyPI package `artoo-mermaid`), run in headless
/// Chromium: what it makes of each diagram.
struct MermaidBrowser {
    /// What Mermaid's parser gave for one diagram.
    struct Parsed: Decodable {
        struct Task: Decodable, Equatable {
            var section: String
            var task: String
            var score: String
            var people: [String]
        }

        var ok: Bool
        var error: String?
        var title: String?
        var accTitle: String?
        var accDescr: String?
        var tasks: [Task]?
    }

    let chromium: URL
    let script: URL

    /// The browser and the script, or why they cannot be had.
    static func locate() -> Result<MermaidBrowser, MissingTool> {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let chromium = ["chromium", "chromium-browser"].lazy.compactMap({ name in
                paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
                    .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            }).first
        else {
            return .failure(
                MissingTool("chromium is not installed: apt-get install -y --no-install-recommends chromium"))
        }
        guard let script = mermaidScript() else {
            return .failure(
                MissingTool(
                    "mermaid.min.js not found: pip install --ignore-requires-python --no-deps artoo-mermaid==11.16.0 "
                        + "(or set MERMAID_JS to the file)"))
        }
        return .success(MermaidBrowser(chromium: chromium, script: script))
    }

    struct MissingTool: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// `MERMAID_JS`, or the script in the installed Python package `artoo_mermaid`.
    private static func mermaidScript() -> URL? {
        if let path = ProcessInfo.processInfo.environment["MERMAID_JS"], FileManager.default.fileExists(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import importlib.util as u; s = u.find_spec('artoo_mermaid'); print(s.submodule_search_locations[0] if s else '')",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let folder = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !folder.isEmpty else { return nil }
        let script = URL(fileURLWithPath: folder).appendingPathComponent("assets/mermaid.min.js")
        return FileManager.default.fileExists(atPath: script.path) ? script : nil
    }

    /// Parses each diagram with `mermaid.mermaidAPI.getDiagramFromText`; texts come back with
    /// entity codes and `<br>` decoded and white space around dropped.
    func parse(_ diagrams: [String]) throws -> [Parsed] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mermaid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = String(decoding: try JSONEncoder().encode(diagrams), as: UTF8.self)
            .replacingOccurrences(of: "</", with: "<\\/")
        let page = """
            <!doctype html><html><body><pre id="out">pending</pre>
            <script src="\(script.absoluteString)"></script>
            <script>
            const inputs = \(inputs);
            const area = document.createElement('textarea');
            function text(s, breaks) {
              let t = String(s ?? '').replaceAll('ﬂ°°', '&#').replaceAll('ﬂ°', '&').replaceAll('¶ß', ';');
              if (breaks) t = t.replace(/<br\\s*\\/?>/gi, '\\n');
              area.innerHTML = t.trim();
              return area.value;
            }
            (async () => {
              mermaid.initialize({ startOnLoad: false });
              const results = [];
              for (const source of inputs) {
                try {
                  const db = (await mermaid.mermaidAPI.getDiagramFromText(source)).db;
                  results.push({ ok: true, title: text(db.getDiagramTitle()), accTitle: text(db.getAccTitle()),
                    accDescr: text(db.getAccDescription()),
                    tasks: db.getTasks().map(t => ({ section: text(t.section, true), task: text(t.task, true),
                      score: String(t.score), people: t.people.map(p => text(p)) })) });
                } catch (e) { results.push({ ok: false, error: String(e && e.message || e).slice(0, 300) }); }
              }
              document.getElementById('out').textContent = encodeURIComponent(JSON.stringify(results));
            })();
            </script></body></html>
            """
        let url = folder.appendingPathComponent("parse.html")
        try Data(page.utf8).write(to: url)
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "--virtual-time-budget=30000",
            "--allow-file-access-from-files", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            url.absoluteString,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let start = output.range(of: "<pre id=\"out\">"),
            let end = output.range(of: "</pre>", range: start.upperBound..<output.endIndex),
            let json = String(output[start.upperBound..<end.lowerBound]).removingPercentEncoding
        else { throw MissingTool("Chromium gave no result: \(output.prefix(300))") }
        return try JSONDecoder().decode([Parsed].self, from: Data(json.utf8))
    }
}
