// swift-tools-version:6.1
import PackageDescription

/// Settings every Swift target shares: Swift 6 mode (strict concurrency) and explicit existentials.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "JourneyKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "JourneyKit", targets: ["JourneyKit"]),
        .library(name: "JourneyModel", targets: ["JourneyModel"]),
        .library(name: "JourneyXMLCore", targets: ["JourneyXMLCore"]),
        .library(name: "JourneyXML", targets: ["JourneyXML"]),
        .library(name: "JourneyJSON", targets: ["JourneyJSON"]),
        .library(name: "JourneyCSV", targets: ["JourneyCSV"]),
        .library(name: "JourneySVG", targets: ["JourneySVG"]),
        .library(name: "JourneyHTML", targets: ["JourneyHTML"]),
        .library(name: "JourneyImport", targets: ["JourneyImport"]),
        .library(name: "JourneyMermaid", targets: ["JourneyMermaid"]),
        .library(name: "JourneyCJML", targets: ["JourneyCJML"]),
        .library(name: "JourneyAnalytics", targets: ["JourneyAnalytics"]),
        .library(name: "JourneyRaster", targets: ["JourneyRaster"]),
        .library(name: "JourneyCLI", targets: ["JourneyCLI"]),
        .executable(name: "journey", targets: ["journey"]),
        .plugin(name: "RenderJourneys", targets: ["RenderJourneys"]),
        .plugin(name: "JourneyResources", targets: ["JourneyResources"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The C library, seen only by JourneyXMLCore.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // zlib, for the raw DEFLATE of compressed draw.io pages. ZIPFoundation already declares a
        // module named CZlib on Linux, hence the name.
        .systemLibrary(
            name: "CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // librsvg and cairo, for PNG and PDF, loaded when a PNG or PDF is first written (dlopen), so
        // that no other call pays for loading them (Docs/decisions/0067-librsvg-loaded-on-use.md).
        // Only JourneyRaster sees them, so a client of the other modules needs neither.
        .target(name: "CRsvg", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        // The schema, validation, the builder and the format protocols. No C, no XML.
        .target(name: "JourneyModel", swiftSettings: swiftSettings),

        // The one Swift wrapper over libxml2: safe parsing, streaming, writing, XSD validation.
        .target(name: "JourneyXMLCore", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),

        // Formats.
        .target(
            name: "JourneyXML",
            dependencies: ["JourneyModel", "JourneyXMLCore"],
            resources: [.embedInCode("journey-map-1.xsd")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "JourneyJSON",
            dependencies: ["JourneyModel"],
            resources: [.embedInCode("journey-map-1.schema.json")],
            swiftSettings: swiftSettings
        ),
        .target(name: "JourneyCSV", dependencies: ["JourneyModel"], swiftSettings: swiftSettings),
        .target(name: "JourneyMermaid", dependencies: ["JourneyModel"], swiftSettings: swiftSettings),
        .target(name: "JourneyCJML", dependencies: ["JourneyModel", "JourneyXMLCore"], swiftSettings: swiftSettings),
        .target(name: "JourneyAnalytics", dependencies: ["JourneyModel", "JourneyCSV"], swiftSettings: swiftSettings),
        .target(name: "JourneySVG", dependencies: ["JourneyModel", "JourneyXMLCore"], swiftSettings: swiftSettings),
        .target(
            name: "JourneyHTML",
            dependencies: ["JourneyModel", "JourneyXML", "JourneySVG"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "JourneyImport",
            dependencies: [
                "JourneyModel", "JourneyXMLCore", "JourneySVG", "CSystemZlib",
            ],
            swiftSettings: swiftSettings
        ),

        // PNG and PDF: the SVG drawn by librsvg onto cairo surfaces. Not in the umbrella, so that
        // JourneyKit needs no librsvg (Docs/decisions/0056-png-pdf-with-librsvg.md).
        .target(name: "JourneyRaster", dependencies: ["JourneyModel", "JourneySVG", "CRsvg"], swiftSettings: swiftSettings),

        // The umbrella: re-exports every module and knows the built-in formats.
        .target(
            name: "JourneyKit",
            dependencies: [
                "JourneyModel", "JourneyXML", "JourneyJSON", "JourneyCSV", "JourneySVG", "JourneyHTML", "JourneyImport",
                "JourneyMermaid", "JourneyCJML", "JourneyAnalytics",
            ],
            swiftSettings: swiftSettings
        ),

        // The command-line tool: a testable library and a thin executable.
        .target(
            name: "JourneyCLI",
            dependencies: [
                "JourneyKit", "JourneyRaster", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "journey", dependencies: ["JourneyCLI"], swiftSettings: swiftSettings),

        // SwiftPM plugins for other packages' builds: a command plugin rendering the package's maps
        // beside themselves (`swift package render-journeys`), and a build-tool plugin rendering a
        // target's maps into its resources. Both run the `journey` tool.
        .plugin(
            name: "RenderJourneys",
            capability: .command(
                intent: .custom(
                    verb: "render-journeys", description: "Render the package's journey maps to SVG, HTML or other formats"),
                permissions: [.writeToPackageDirectory(reason: "Writes the rendered maps beside them")]
            ),
            dependencies: ["journey"]
        ),
        .plugin(name: "JourneyResources", capability: .buildTool(), dependencies: ["journey"]),

        // The fuzzing driver: runs inputs through a reader and every writer; Scripts/fuzz.sh builds
        // it with libFuzzer and AddressSanitizer.
        .executableTarget(name: "journey-fuzz", dependencies: ["JourneyKit"], swiftSettings: swiftSettings),

        // Shared test code: fixtures and generators.
        .target(
            name: "JourneyTestSupport", dependencies: ["JourneyModel"], path: "Tests/JourneyTestSupport",
            swiftSettings: swiftSettings),

        .testTarget(
            name: "JourneyModelTests", dependencies: ["JourneyModel", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyXMLCoreTests", dependencies: ["JourneyXMLCore", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyXMLTests",
            dependencies: ["JourneyXML", "JourneyXMLCore", "JourneyTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JourneyJSONTests", dependencies: ["JourneyJSON", "JourneyXML", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyCSVTests", dependencies: ["JourneyCSV", "JourneyXML", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneySVGTests", dependencies: ["JourneySVG", "JourneyXML", "JourneyXMLCore", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyHTMLTests",
            dependencies: ["JourneyHTML", "JourneyXML", "JourneySVG", "JourneyTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JourneyImportTests",
            dependencies: [
                "JourneyImport", "JourneyXMLCore", "JourneyXML", "JourneyTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JourneyKitTests",
            dependencies: ["JourneyKit", "JourneyRaster", "JourneyXMLCore", "JourneyTestSupport", "journey-fuzz"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyMermaidTests", dependencies: ["JourneyMermaid", "JourneyXML", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyAnalyticsTests",
            dependencies: ["JourneyAnalytics", "JourneyCSV", "JourneyModel", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyCJMLTests",
            dependencies: ["JourneyCJML", "JourneyXML", "JourneyXMLCore", "JourneyTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyAnalyticsInferenceTests",
            dependencies: ["JourneyAnalytics", "JourneyModel", "JourneyTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JourneyRasterTests",
            dependencies: ["JourneyRaster", "JourneySVG", "JourneyXML", "JourneyTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "JourneyCLITests",
            dependencies: ["journey", "JourneyCLI", "JourneyKit", "JourneyTestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
