import Foundation
import JourneyJSON
import JourneyTestSupport
import Testing

/// Checks documents against the shipped JSON Schema with an independent validator, Python's
/// `jsonschema` (`Draft202012Validator`).
///
/// All documents of a test go to one Python process, which first checks the schema itself with
/// `Draft202012Validator.check_schema`. Needs `python3` and `jsonschema` (`python3 -m pip install
/// jsonschema`; `.ci/run` installs it): without them the tests fail rather than skip.
enum SchemaValidator {
    /// Reads the schema and every `*.document.json` in a folder; prints the errors of each document.
    private static let script = """
        import json, pathlib, sys
        from jsonschema import Draft202012Validator
        folder = pathlib.Path(sys.argv[1])
        schema = json.loads((folder / "schema.json").read_bytes())
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        results = {}
        for path in sorted(folder.glob("*.document.json")):
            instance = json.loads(path.read_bytes())
            errors = validator.iter_errors(instance)
            results[path.name.removesuffix(".document.json")] = [
                "/" + "/".join(map(str, error.absolute_path)) + ": " + error.message for error in errors
            ]
        json.dump(results, sys.stdout)
        """

    /// The `python3` on the `PATH`: the one `.ci/run` installs `jsonschema` into.
    private static func python() -> URL? {
        Commands.executable(named: "python3")
    }

    /// The validator's errors for each document, by name; an empty list means the document is valid.
    static func errors(of documents: [String: Data]) throws -> [String: [String]] {
        let executable = try #require(python(), "python3 is needed for this test (Debian package python3)")
        let folder = try Commands.temporaryFolder(prefix: "journeykit-json-schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        try JourneyJSONSchema.data.write(to: folder.appendingPathComponent("schema.json"))
        for (name, data) in documents {
            try data.write(to: folder.appendingPathComponent("\(name).document.json"))
        }
        let result = try Commands.run(executable, ["-c", script, folder.path])
        try #require(
            result.status == 0,
            "python3 could not check the documents (install jsonschema: python3 -m pip install jsonschema): \(result.errors)"
        )
        let results = try JSONDecoder().decode([String: [String]].self, from: result.outputData)
        try #require(Set(results.keys) == Set(documents.keys), "the validator did not check every document")
        return results
    }
}

/// The package's root folder, found from this file's path.
func packageRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
