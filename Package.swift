// swift-tools-version: 6.0
import PackageDescription

// Targets follow the stages data flows through: documents are loaded and facts
// extracted into a model; statements are lexed, parsed and evaluated over it;
// the shell renders rows. Only DossierTerminal links libedit.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierShell", targets: ["DossierShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "DossierModel"),
        // libxml2's HTML parser; CI needs Debian's libxml2-dev.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "DossierExtraction", dependencies: ["DossierModel", "CLibXML2"]),
        .target(name: "DossierQuery", dependencies: ["DossierModel"]),
        .target(name: "DossierShell", dependencies: ["DossierModel", "DossierExtraction", "DossierQuery", "DossierExport"]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "DossierExport", dependencies: ["DossierModel", "CSQLite"]),
        .target(name: "CLibEdit", linkerSettings: [.linkedLibrary("edit")]),
        .target(name: "DossierTerminal", dependencies: ["CLibEdit", "DossierShell"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierShell", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: a deterministic synthetic corpus, and a side-by-side timing with sqlite3.
        .executableTarget(name: "dossier-corpus"),
        .executableTarget(name: "dossier-bench", dependencies: ["DossierExtraction", "DossierQuery", "DossierModel"]),
        // Fuzz targets: a replayer of their corpus in a normal build; libFuzzer entry
        // points when built with -DFUZZING -sanitize=fuzzer (docs/robustness.md).
        .target(name: "FuzzSupport"),
        .executableTarget(name: "fuzz-query", dependencies: ["DossierQuery", "DossierModel", "FuzzSupport"]),
        .executableTarget(name: "fuzz-extract", dependencies: ["DossierExtraction", "DossierModel", "FuzzSupport"]),
        .testTarget(
            name: "DossierTests",
            dependencies: ["DossierModel", "DossierExtraction", "DossierQuery", "DossierShell", "DossierExport", "dossier"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
