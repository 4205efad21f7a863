import Foundation
import Testing

@testable import Entente

/// Paths the tests use: the repository (found from this file) and `../shared` beside it.
enum Repo {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func path(_ relative: String) -> String { root + "/" + relative }

  /// `../shared`, when it is there.
  static let shared: String? = {
    let p = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
    return FileManager.default.fileExists(atPath: p + "/seeds/manifest.tsv") ? p : nil
  }()

  /// Whether `../shared` is absent; such tests are disabled with a visible reason.
  static var sharedMissing: Bool { shared == nil }

  static let seedGraph: ActorGraph? = try? GraphFileReader().read(path: path("graphs/seeds.yaml"))
}

/// A fresh temporary folder, removed by the caller with `defer`.
func temporaryFolder() throws -> String {
  let p = NSTemporaryDirectory() + "entente-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
  return p
}

func date(_ s: String) -> EntenteDate {
  do { return try EntenteDate(parsing: s) } catch { preconditionFailure("bad test date \(s)") }
}
