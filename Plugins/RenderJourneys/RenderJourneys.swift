import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory render-journeys [--to svg,html] [--check]
/// [--force] [--target NAME]… [FOLDER…]`: renders every journey map in the package (or in the
/// named targets and folders) beside itself, with `journey convert FOLDER -o FOLDER`.
///
/// `--check` writes nothing and fails when a rendered file on disk differs from what its map gives,
/// so continuous integration can tell that someone forgot to render again.
@main
struct RenderJourneys: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targets = extractor.extractOption(named: "target")
        let formats = extractor.extractOption(named: "to").last ?? "svg"
        let check = extractor.extractFlag(named: "check") > 0
        let force = extractor.extractFlag(named: "force") > 0
        let folders = extractor.remainingArguments

        let package = context.package.directoryURL
        var roots = try context.package.targets(named: targets).map(\.directoryURL)
        roots += folders.map { package.appending(path: $0) }
        if roots.isEmpty { roots = [package] }

        let journey = try context.tool(named: "journey").url
        var failed = false
        for root in roots {
            var arguments = ["convert", root.path, "-o", root.path, "--to", formats]
            if check { arguments.append("--check") }
            if force { arguments.append("--force") }
            let process = try Process.run(journey, arguments: arguments)
            process.waitUntilExit()
            if process.terminationStatus != 0 { failed = true }
        }
        if failed {
            throw RenderFailure(check: check)
        }
    }
}

/// A map that could not be rendered, or (with `--check`) a rendering that is out of date.
struct RenderFailure: Error, CustomStringConvertible {
    var check: Bool
    var description: String {
        check
            ? "rendered maps are out of date (listed above); run render-journeys again"
            : "some maps could not be rendered (listed above)"
    }
}
