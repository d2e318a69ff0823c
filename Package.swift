// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "normering",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "normering", targets: ["normering"]),
        .library(name: "NormeringCore", targets: ["NormeringCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2, through pkg-config; the module has a name of its own.
        .systemLibrary(
            name: "CNormeringXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Records, figures, findings, diagnostics: pure values, no I/O.
        .target(name: "NormeringCore"),
        // The rules engine: records in, findings out.
        .target(name: "NormeringRules", dependencies: ["NormeringCore"]),
        // normering.yml: YAML to a rule set and options, with file:line:column errors.
        .target(
            name: "NormeringConfig",
            dependencies: ["NormeringCore", "NormeringRules", .product(name: "Yams", package: "Yams")],
            // The rule sets the tool ships (denmark, norway): data, not code, embedded in the
            // binary (PackageResources), so that a copied binary carries them.
            resources: [.embedInCode("Rulesets/denmark.yml"), .embedInCode("Rulesets/norway.yml")]
        ),
        // Streaming import of the XML exports with libxml2.
        .target(name: "NormeringImport", dependencies: ["NormeringCore", "CNormeringXML"]),
        // CSV, text, JSON reports and their atomic writing.
        .target(name: "NormeringReports", dependencies: ["NormeringCore"]),
        // A deterministic generator of a fictional municipality's exports.
        .target(name: "NormeringSample", dependencies: ["NormeringCore"]),
        // The forecast of `normering plan`: base month and scenario to forecast records, and
        // the digest of the evaluated years. Pure computation, no I/O.
        .target(
            name: "NormeringPlan",
            dependencies: ["NormeringCore", "NormeringRules", "NormeringConfig", "NormeringReports"]
        ),
        // One check run: files → records → figures → reports, in memory, no printing.
        .target(
            name: "NormeringPipeline",
            dependencies: [
                "NormeringCore", "NormeringImport", "NormeringRules", "NormeringConfig", "NormeringReports",
                "NormeringPlan",
            ]
        ),
        .executableTarget(
            name: "normering",
            dependencies: [
                "NormeringCore", "NormeringRules", "NormeringConfig", "NormeringImport",
                "NormeringReports", "NormeringSample", "NormeringPipeline", "NormeringPlan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What several test targets share (a seeded generator, records as values); not part of
        // the tool.
        .target(
            name: "NormeringTestSupport", dependencies: ["NormeringCore", "NormeringImport", "NormeringRules"],
            path: "Tests/NormeringTestSupport"
        ),
        .testTarget(name: "NormeringCoreTests", dependencies: ["NormeringCore", "NormeringTestSupport"]),
        .testTarget(
            name: "NormeringImportTests",
            dependencies: ["NormeringImport", "NormeringCore", "NormeringSample", "NormeringTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NormeringRulesTests",
            dependencies: ["NormeringRules", "NormeringConfig", "NormeringCore", "NormeringTestSupport"]
        ),
        .testTarget(
            name: "NormeringReportsTests",
            dependencies: ["NormeringReports", "NormeringCore", "NormeringConfig", "NormeringRules", "NormeringTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "NormeringReliabilityTests",
            dependencies: ["NormeringImport", "NormeringCore", "normering", "NormeringTestSupport"],
            resources: [.copy("Hostile")]
        ),
        .testTarget(
            name: "NormeringPlanTests",
            dependencies: [
                "NormeringPlan", "NormeringPipeline", "NormeringCore", "NormeringRules", "NormeringConfig",
                "NormeringReports", "NormeringImport", "NormeringTestSupport",
            ]
        ),
        .testTarget(name: "NormeringSampleTests", dependencies: ["NormeringSample", "NormeringCore"]),
        .testTarget(
            name: "NormeringEndToEndTests",
            dependencies: [
                "NormeringCore", "NormeringImport", "NormeringRules", "NormeringConfig", "NormeringReports",
                "NormeringSample", "NormeringPipeline", "normering", "NormeringTestSupport",
            ],
            exclude: ["Examples"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
