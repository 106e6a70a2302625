// swift-tools-version:6.0
import Foundation
import PackageDescription

// A package that uses JourneyKit as a dependency, the way its documentation shows. JourneyKit is
// two folders up; a `.package(path:)` dependency is named after its folder, which is read here so
// the example builds whatever the checkout is called. From a release you would write
// `.package(url: "https://…/JourneyKit", from: "…")` and `package: "JourneyKit"`.
let journeyKitFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "LibraryClient",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: journeyKitFolder.path)],
    targets: [
        .executableTarget(
            name: "LibraryClient",
            dependencies: [.product(name: "JourneyKit", package: journeyKitFolder.lastPathComponent)]
        ),
        // An app whose maps the build renders into its resources, with the build-tool plugin.
        .executableTarget(
            name: "MapGallery",
            resources: [.process("Maps")],
            plugins: [.plugin(name: "JourneyResources", package: journeyKitFolder.lastPathComponent)]
        ),
        // A team's own command line: the whole `journey` tool with a format of the team's.
        .executableTarget(
            name: "journey-outline",
            dependencies: [
                .product(name: "JourneyCLI", package: journeyKitFolder.lastPathComponent),
                .product(name: "JourneyKit", package: journeyKitFolder.lastPathComponent),
            ]
        ),
    ]
)
