import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// The acceptance figures of issue 16 on the seed graph, as `analyze` computes them (world weights).
@Suite struct SeedMeaningTests {
  static func analysis(_ year: String, layers: [Layer] = [.cooperative, .conflict]) throws -> SnapshotAnalysis {
    let g = try Fixture.seedGraph()
    let s = g.snapshot(at: try EntenteDate(parsing: year))
    return SnapshotAnalysis(index: CitationWeight.index(s, graph: g), measures: [.pagerank], layers: layers)
  }

  /// 2024 influence is the cooperative layer: the CSTO, Russia, Turkey; Russia's inputs there are
  /// Armenia's alliance, China's support and arms, Iran's and North Korea's arms, and no conflict.
  @Test func influenceIn2024IsTheCooperativeLayer() throws {
    let a = try Self.analysis("2024")
    let pr = try #require(a.values(.pagerank, .cooperative))
    let top = a.names.indices.sorted { pr.values[$0] > pr.values[$1] }.prefix(3).map { a.names[$0] }
    #expect(top == ["CSTO", "RUS", "TUR"])
    let exposure = try #require(a.values(.pagerank, .conflict))
    #expect(a.names.indices.max { exposure.values[$0] < exposure.values[$1] }.map { a.names[$0] } == "RUS")
    let g = try Fixture.seedGraph()
    let index = CitationWeight.index(g.snapshot(at: try EntenteDate(parsing: "2024")), graph: g)
    let cooperative = AnalysisGraph(index, layer: .cooperative)
    let rus = try #require(cooperative.names.firstIndex(of: "RUS"))
    #expect(Set(cooperative.inArcs(of: rus).map { cooperative.names[$0.source] }) == ["ARM", "CHN", "IRN", "PRK"])
    let all = AnalysisGraph(index)
    #expect(Set(all.inArcs(of: rus).map { all.names[$0.source] }).isSuperset(of: ["UKR", "KAZ", "TJK"]))
  }

  /// 2020 has three optimal camp partitions: Azerbaijan's side (with Armenia's camp or not) is undetermined.
  @Test func campsOf2020AdmitTheirTies() throws {
    let a = try Self.analysis("2020")
    #expect(a.frustration.isExact && a.frustration.frustrated == 3)
    #expect(a.frustration.optimalPartitions == 3)
    #expect(a.undeterminedActors.contains("AZE"))
    #expect(!a.camps.contains { $0.members.contains("AZE") })
    let b = try Self.analysis("2024")
    #expect(b.frustration.optimalPartitions == 2 && b.undeterminedActors == ["CHN"])
  }
}
