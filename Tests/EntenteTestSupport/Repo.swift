import Entente
import Foundation

/// Paths the tests use: the repository (found from this file's path) and `../shared` beside it.
///
/// Every test target finds its files through this one place instead of its own
/// `#filePath` arithmetic:
///
/// ```swift
/// let graph = try GraphFileReader().read(path: Repo.path("graphs/actors.yaml"))
/// ```
package enum Repo {
  /// The repository root: this file is `Tests/EntenteTestSupport/Repo.swift`.
  package static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// A path inside the repository, given relative to its root.
  package static func path(_ relative: String) -> String { root + "/" + relative }

  /// `../shared` beside the repository, when it is there.
  package static let shared: String? = {
    let p = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
    return FileManager.default.fileExists(atPath: p) ? p : nil
  }()

  /// A path inside `../shared`, when that file or folder exists.
  ///
  /// Tests that need it are disabled with a visible reason when it is `nil`:
  ///
  /// ```swift
  /// @Suite(.disabled(if: Repo.sharedPath("data/signed-cow") == nil, "../shared/data/signed-cow is absent; ..."))
  /// ```
  package static func sharedPath(_ relative: String) -> String? {
    guard let shared else { return nil }
    let p = shared + "/" + relative
    return FileManager.default.fileExists(atPath: p) ? p : nil
  }

  /// `graphs/seeds.yaml`, read once for every test in the process.
  private static let seedResult: Result<ActorGraph, any Error> = Result {
    try GraphFileReader().read(path: path("graphs/seeds.yaml"))
  }

  /// The curated seed graph (`graphs/seeds.yaml`), read once and cached.
  ///
  /// - Throws: the reader's error, when the file does not read.
  package static func seedGraph() throws -> ActorGraph { try seedResult.get() }
}
