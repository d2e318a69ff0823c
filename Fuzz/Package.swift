// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NormeringFuzz",
    targets: [
        .systemLibrary(name: "CNormeringXML", path: "Sources/CNormeringXML", pkgConfig: "libxml-2.0"),
        .target(name: "NormeringCore", path: "Sources/NormeringCore"),
        .target(name: "NormeringImport", dependencies: ["NormeringCore", "CNormeringXML"], path: "Sources/NormeringImport"),
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .executableTarget(
            name: "ImporterFuzzer",
            dependencies: ["NormeringImport", "NormeringCore", "CFuzzerDriver"],
            path: "Sources/ImporterFuzzer"
        ),
    ],
    swiftLanguageModes: [.v6]
)
