// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "DiffBench",
  // A path dependency is named after its folder: "main" for the repository at /work/main.
  dependencies: [.package(path: "../..")],
  targets: [
    .executableTarget(
      name: "DiffBench",
      dependencies: [
        .product(name: "Entente", package: "main"), .product(name: "EntenteAnalysis", package: "main"),
      ])
  ]
)
