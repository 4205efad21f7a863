import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Diff diagrams say what happened: relations that begin are added, relations that end
/// are ended, and a sign change is only a pair whose balance flips while it lasts.
@Suite struct DiffTruthTests {
  /// The classes of the SVG group of edge `id` (`rel-SRC-TGT-kind`).
  static func classes(of id: String, in svg: String) throws -> [String] {
    let group = try #require(
      elements(try parseSVG(svg)).first { name($0) == "g" && attr($0, "id") == id }, "no element \(id)")
    return (attr(group, "class") ?? "").split(separator: " ").map(String.init)
  }

  /// A small Sahel-like graph: three states leave a regional organization that then
  /// sanctions one of them.
  static func sahel() throws -> ActorGraph {
    var g = ActorGraph(vocabulary: try .standard())
    try g.add(Actor(id: "MLI", name: "Mali", kind: .state))
    try g.add(Actor(id: "NER", name: "Niger", kind: .state))
    try g.add(Actor(id: "SEN", name: "Senegal", kind: .state))
    try g.add(Actor(id: "ECOWAS", name: "ECOWAS", kind: .organization))
    let d = { (s: String) throws -> EntenteDate in try EntenteDate(parsing: s) }
    try g.add(
      Relation(
        source: "MLI", target: "ECOWAS", kind: "membership",
        time: .interval(since: try d("1990"), until: try d("2025-01-29"))))
    try g.add(
      Relation(
        source: "NER", target: "ECOWAS", kind: "membership",
        time: .interval(since: try d("1990"), until: try d("2025-01-29"))))
    try g.add(
      Relation(source: "SEN", target: "ECOWAS", kind: "membership", time: .interval(since: try d("1990"), until: nil)))
    // The organization's backing of Niger in 2023 turns into sanctions in 2025.
    try g.add(Relation(source: "ECOWAS", target: "NER", kind: "support", time: .event(try d("2023"))))
    try g.add(Relation(source: "ECOWAS", target: "NER", kind: "support", time: .event(try d("2025"))))
    try g.add(
      Relation(
        source: "ECOWAS", target: "NER", kind: "sanction", time: .interval(since: try d("2025-03"), until: nil),
        weight: 3))
    // Mali's quarrel with the organization in 2025, the year it leaves.
    try g.add(Relation(source: "MLI", target: "ECOWAS", kind: "tension", time: .event(try d("2025")), weight: 2))
    return g
  }

  @Test func sahelDepartureIsEndedAndTheNewSanctionIsAdded() throws {
    let g = try Self.sahel()
    let set = try ComparisonDiagrams(graph: g, dates: try ["2023", "2025"].map(RenderRepo.date)).render()
    let svg = set.diffs[0].svg
    let mali = try Self.classes(of: "rel-MLI-ECOWAS-membership", in: svg)
    #expect(mali.contains("ended") && !mali.contains("sign-changed"), "\(mali)")
    let sanction = try Self.classes(of: "rel-ECOWAS-NER-sanction", in: svg)
    #expect(sanction.contains("added") && !sanction.contains("sign-changed"), "\(sanction)")
    // The pair ECOWAS–Niger went from backing to sanctions: its standing support flips.
    #expect(try Self.classes(of: "rel-ECOWAS-NER-support", in: svg).contains("sign-changed"))
    #expect(try Self.classes(of: "rel-SEN-ECOWAS-membership", in: svg).contains("unchanged"))
  }

  @Test func seedComparisonShowsArmeniaLeavingAndRussianArmsEnding() throws {
    let g = try Repo.seedGraph()
    let set = try ComparisonDiagrams(graph: g, dates: try ["2016", "2020", "2024"].map(RenderRepo.date)).render()
    let diff = try #require(set.diffs.first { $0.name == "diff-2020-2024" })
    #expect(try Self.classes(of: "rel-ARM-CSTO-membership", in: diff.svg).contains("ended"))
    #expect(try Self.classes(of: "rel-RUS-ARM-arms_supply", in: diff.svg).contains("ended"))
    #expect(!diff.svg.contains(" removed"))
  }

  @Test func theLibraryClassifiesLikeTheDiagram() throws {
    let g = try Self.sahel()
    let changes = EdgeChange.changes(
      from: g.snapshot(at: try RenderRepo.date("2023")), to: g.snapshot(at: try RenderRepo.date("2025")))
    let byKey = Dictionary(
      uniqueKeysWithValues: changes.map { ("\($0.edge.source)-\($0.edge.target)-\($0.edge.kind)", $0.kind) })
    #expect(byKey["MLI-ECOWAS-membership"] == .ended)
    #expect(byKey["ECOWAS-MLI-tension"] == .added || byKey["MLI-ECOWAS-tension"] == .added)
    #expect(byKey["ECOWAS-NER-sanction"] == .added)
    #expect(byKey["ECOWAS-NER-support"] == .signChanged)
    #expect(
      changes.first { $0.edge.kind == "membership" && $0.edge.source == "MLI" }?.edge.phaseDate?.description
        == "2025-01-29")
  }
}
