// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so the library's build and tests stay fast.
// Run one suite in release mode: swift run -c release --package-path Benchmarks svg-benchmarks
let package = Package(
    name: "JourneyKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "JourneyKit", path: "..")],
    targets: [
        .target(name: "BenchmarkHarness"),
        .executableTarget(
            name: "csv-benchmarks",
            dependencies: ["BenchmarkHarness", .product(name: "JourneyKit", package: "JourneyKit")]
        ),
        .executableTarget(
            name: "svg-benchmarks",
            dependencies: ["BenchmarkHarness", .product(name: "JourneyKit", package: "JourneyKit")]
        ),
        .executableTarget(
            name: "analytics-benchmarks",
            dependencies: ["BenchmarkHarness", .product(name: "JourneyKit", package: "JourneyKit")]
        ),
        .executableTarget(
            name: "xml-benchmarks",
            dependencies: ["BenchmarkHarness", .product(name: "JourneyKit", package: "JourneyKit")]
        ),
        .executableTarget(
            name: "import-benchmarks",
            dependencies: [
                "BenchmarkHarness", .product(name: "JourneyKit", package: "JourneyKit"),
                .product(name: "JourneyXMLCore", package: "JourneyKit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
