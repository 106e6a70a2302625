import Foundation
import PackagePlugin

/// A build-tool plugin: renders the journey maps among a target's files to SVG and HTML in the
/// build's plugin work folder, where they become the target's resources (`Bundle.module`).
///
/// ```swift
/// .executableTarget(
///     name: "App", resources: [.process("Maps")],
///     plugins: [.plugin(name: "JourneyResources", package: "JourneyKit")])
/// ```
@main
struct JourneyResources: BuildToolPlugin {
    /// The extensions of the map files rendered (JourneyKit XML and JSON, draw.io, yEd, Visio,
    /// Mermaid, CJML); other files of the target are left alone.
    static let mapExtensions = ["journey.xml", "journey.json", "drawio", "graphml", "vsdx", "mmd", "cjml"]

    /// The formats each map is rendered to.
    static let outputExtensions = ["svg", "html"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let journey = try context.tool(named: "journey").url
        let maps = target.sourceFiles.map(\.url).filter { url in
            Self.mapExtensions.contains { url.lastPathComponent.lowercased().hasSuffix("." + $0) }
        }
        return maps.sorted { $0.path < $1.path }.flatMap { map in
            Self.outputExtensions.map { format in
                let output = context.pluginWorkDirectoryURL.appending(path: Self.stem(of: map) + "." + format)
                return Command.buildCommand(
                    displayName: "Rendering \(map.lastPathComponent) as \(format.uppercased())",
                    executable: journey, arguments: ["convert", map.path, output.path, "--quiet"],
                    inputFiles: [map], outputFiles: [output])
            }
        }
    }

    /// The map's file name without its map extension (`onboarding.journey.xml` → `onboarding`).
    static func stem(of map: URL) -> String {
        let name = map.lastPathComponent
        let known = mapExtensions.first { name.lowercased().hasSuffix("." + $0) } ?? ""
        return String(name.dropLast(known.isEmpty ? 0 : known.count + 1))
    }
}
