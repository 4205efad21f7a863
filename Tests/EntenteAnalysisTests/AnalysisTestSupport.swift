import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

enum Fixture {
  static func path(_ name: String) -> String { Repo.path("Tests/EntenteAnalysisTests/Fixtures/" + name) }

  static func seedGraph() throws -> ActorGraph { try Repo.seedGraph() }

  static func seedSnapshot(_ year: String) throws -> Snapshot {
    try seedGraph().snapshot(at: try EntenteDate(parsing: year))
  }

  /// ../shared/data/signed-cow, when it is there.
  static let signedCOW: String? = Repo.sharedPath("data/signed-cow").flatMap {
    FileManager.default.fileExists(atPath: $0 + "/reference_balance.tsv") ? $0 : nil
  }

  static func edgeList(_ name: String) throws -> EdgeList { try EdgeList.read(path: path(name)) }

  /// expected_networkx.json: graphs -> measures -> node -> value.
  nonisolated(unsafe) static let expected: [String: Any] = {
    guard let data = FileManager.default.contents(atPath: path("expected_networkx.json")),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return json
  }()

  static func expected(_ graph: String, _ measure: String) -> [String: Double] {
    let graphs = expected["graphs"] as? [String: Any]
    let g = graphs?[graph] as? [String: Any]
    let m =
      (g?["measures"] as? [String: Any])?[measure] as? [String: Any]
      ?? (measure == "pn_index" ? g?["pn_index"] as? [String: Any] : nil)
    return (m ?? [:]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
  }
}

/// Checks that values per node equal the expected ones to `tolerance`, naming the first misses.
func expectClose(
  _ values: [Double], names: [String], _ expected: [String: Double], tolerance: Double = 1e-9, _ label: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  #expect(
    values.count == expected.count, "\(label): \(values.count) values, \(expected.count) expected",
    sourceLocation: sourceLocation)
  var misses: [String] = []
  for (i, name) in names.enumerated() {
    guard let e = expected[name] else {
      misses.append("\(name) not expected")
      continue
    }
    if abs(values[i] - e) > tolerance { misses.append("\(name): \(values[i]) vs \(e)") }
  }
  #expect(misses.isEmpty, "\(label): \(misses.count) differ, e.g. \(misses.prefix(3))", sourceLocation: sourceLocation)
}
