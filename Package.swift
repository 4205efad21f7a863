// swift-tools-version: 6.1
//
// Entente: an actor-relationship graph engine for geopolitical analysis.
// The library targets hold the model and the algorithms; `entente` is a thin
// command-line tool over them (the layout of swift-argument-parser).

import PackageDescription

let package = Package(
  name: "Entente",
  products: [
    .library(name: "Entente", targets: ["Entente"]),
    .library(name: "EntenteAnalysis", targets: ["EntenteAnalysis"]),
    .library(name: "EntenteEvents", targets: ["EntenteEvents"]),
    .library(name: "EntenteInterchange", targets: ["EntenteInterchange"]),
    .library(name: "EntenteExtraction", targets: ["EntenteExtraction"]),
    .library(name: "EntenteRender", targets: ["EntenteRender"]),
    .library(name: "EntenteReport", targets: ["EntenteReport"]),
    .library(name: "EntenteReview", targets: ["EntenteReview"]),
    .executable(name: "entente", targets: ["EntenteCLI"]),
    .executable(name: "entente-bench", targets: ["EntenteBenchmarks"]),
    .executable(name: "entente-review", targets: ["EntenteReviewTool"]),
    .executable(name: "entente-review-bench", targets: ["EntenteReviewBenchmarks"]),
    .executable(name: "entente-train-tagger", targets: ["EntenteTrainTagger"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Only the review app's server target uses it (and, through it, SwiftNIO and swift-crypto's BoringSSL);
    // its default traits (swift-configuration) are off. No other target depends on it, so `entente` and
    // `entente-bench` build without the web stack (SHA-256 is Entente's own, SHA256Hex).
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
  ],
  targets: [
    .target(
      name: "Entente",
      dependencies: [.product(name: "Yams", package: "Yams")],
      resources: [.copy("Resources/kinds.yaml"), .copy("Resources/catalogue")]
    ),
    .target(
      name: "EntenteExtraction",
      dependencies: ["Entente"],
      resources: [.copy("Resources/patterns.tsv"), .copy("Resources/tagger")]
    ),
    .target(
      name: "EntenteInterchange",
      dependencies: ["Entente"]
    ),
    .target(
      name: "EntenteEvents",
      dependencies: ["Entente"],
      resources: [.copy("Resources/cameo_kinds.tsv")]
    ),
    .target(
      name: "EntenteAnalysis",
      dependencies: ["Entente"]
    ),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(
      name: "EntenteRender",
      dependencies: ["Entente", "CGraphviz"]
    ),
    .target(
      name: "EntenteReport",
      dependencies: ["Entente", "EntenteAnalysis", "EntenteRender", "EntenteExtraction"],
      resources: [.copy("Resources/report.css"), .copy("Resources/report.js")]
    ),
    // Review: decisions on extracted candidates, and the graph file edited in place.
    .target(
      name: "EntenteReview",
      dependencies: [
        "Entente", "EntenteExtraction", "EntenteRender", .product(name: "Yams", package: "Yams"),
      ]
    ),
    // The local web app of `entente review`: the one library target that depends on Hummingbird. Only the
    // executables entente-review and entente-review-bench (and the review tests) link it.
    .target(
      name: "EntenteReviewServer",
      dependencies: [
        "Entente", "EntenteExtraction", "EntenteRender", "EntenteReview",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
    .executableTarget(
      name: "EntenteCLI",
      dependencies: [
        "Entente",
        "EntenteAnalysis",
        "EntenteEvents",
        "EntenteExtraction",
        "EntenteInterchange",
        "EntenteRender",
        "EntenteReport",
        "EntenteReview",
        "EntenteReviewOptions",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The arguments `entente review` and `entente-review` share (one declaration, no drift).
    .target(
      name: "EntenteReviewOptions",
      dependencies: ["Entente", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // `entente review` execs this one when it is beside `entente` or on PATH (EntenteCLI/ReviewLauncher.swift).
    .executableTarget(
      name: "EntenteReviewTool",
      dependencies: [
        "Entente", "EntenteRender", "EntenteReview", "EntenteReviewOptions", "EntenteReviewServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "EntenteTrainTagger",
      dependencies: [
        "Entente", "EntenteExtraction", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "EntenteBenchmarks",
      dependencies: [
        "Entente", "EntenteAnalysis", "EntenteEvents", "EntenteExtraction", "EntenteRender", "EntenteReport",
      ]
    ),
    .executableTarget(
      name: "EntenteReviewBenchmarks",
      dependencies: ["Entente", "EntenteExtraction", "EntenteReview", "EntenteReviewServer"]
    ),
    // Shared by every test target: the repository and ../shared, temporary folders, the
    // cached seed graph, golden files, hostile names, the `slow` tag.
    .target(
      name: "EntenteTestSupport",
      dependencies: ["Entente"],
      path: "Tests/EntenteTestSupport"
    ),
    .testTarget(
      name: "EntenteReportTests",
      dependencies: ["EntenteReport", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteExtractionTests",
      dependencies: ["EntenteExtraction", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteInterchangeTests",
      dependencies: ["EntenteInterchange", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteEventsTests",
      dependencies: ["EntenteEvents", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteAnalysisTests",
      dependencies: ["EntenteAnalysis", "EntenteTestSupport"],
      exclude: ["Fixtures"]  // read by path from the repository, not as bundle resources
    ),
    .testTarget(
      name: "EntenteTests",
      dependencies: ["Entente", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteRenderTests",
      dependencies: ["EntenteRender", "EntenteTestSupport"],
      exclude: ["Golden"]  // compared and re-recorded in place (RECORD_SNAPSHOTS=1)
    ),
    .testTarget(
      name: "EntenteReviewTests",
      dependencies: ["EntenteReview", "EntenteReviewServer", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteFuzzTests",
      dependencies: ["Entente", "EntenteExtraction", "EntenteEvents", "EntenteInterchange", "EntenteTestSupport"]
    ),
    .testTarget(
      name: "EntenteCLITests",
      dependencies: ["EntenteCLI", "EntenteTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
