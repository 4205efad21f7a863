import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// Every centrality NetworkX also computes equals NetworkX 3.6's value to 1e-9 on six graphs (two of them layers).
///
/// Expected values: Fixtures/expected_networkx.json, made by
/// Fixtures/networkx_reference.py (its docstring gives the projections).
@Suite struct CentralityTests {
  static let graphs = [
    "seeds-2020", "seeds-2024", "actors_n1000", "signed-small", "seeds-2024-cooperative", "seeds-2024-conflict",
  ]

  static func analysisGraph(_ name: String) throws -> AnalysisGraph {
    switch name {
    case "seeds-2020": return AnalysisGraph(GraphIndex(try Fixture.seedSnapshot("2020")))
    case "seeds-2024": return AnalysisGraph(GraphIndex(try Fixture.seedSnapshot("2024")))
    case "seeds-2024-cooperative":
      return AnalysisGraph(GraphIndex(try Fixture.seedSnapshot("2024")), layer: .cooperative)
    case "seeds-2024-conflict": return AnalysisGraph(GraphIndex(try Fixture.seedSnapshot("2024")), layer: .conflict)
    default: return AnalysisGraph(GraphIndex(try Fixture.edgeList(name + ".tsv")))
    }
  }

  @Test(arguments: graphs)
  func degreesEqualNetworkX(graph: String) throws {
    let g = try Self.analysisGraph(graph)
    expectClose(Centrality.degree(g), names: g.names, Fixture.expected(graph, "degree"), "\(graph) degree")
    expectClose(Centrality.inDegree(g), names: g.names, Fixture.expected(graph, "in_degree"), "\(graph) in_degree")
    expectClose(Centrality.outDegree(g), names: g.names, Fixture.expected(graph, "out_degree"), "\(graph) out_degree")
  }

  @Test(.tags(.slow), arguments: graphs)
  func betweennessEqualsNetworkX(graph: String) throws {
    let g = try Self.analysisGraph(graph)
    expectClose(
      Centrality.betweenness(g), names: g.names, Fixture.expected(graph, "betweenness"), "\(graph) betweenness")
    expectClose(
      Centrality.betweenness(g, weighted: true), names: g.names, Fixture.expected(graph, "betweenness_weighted"),
      "\(graph) weighted betweenness")
    expectClose(
      Centrality.betweenness(g.undirected()), names: g.names, Fixture.expected(graph, "betweenness_undirected"),
      "\(graph) undirected betweenness")
  }

  @Test(arguments: graphs)
  func closenessAndHarmonicEqualNetworkX(graph: String) throws {
    let g = try Self.analysisGraph(graph)
    let (c, h) = Centrality.closenessAndHarmonic(g)
    expectClose(c, names: g.names, Fixture.expected(graph, "closeness"), "\(graph) closeness")
    expectClose(h, names: g.names, Fixture.expected(graph, "harmonic"), "\(graph) harmonic")
  }

  @Test(arguments: graphs)
  func eigenvectorAndPageRankEqualNetworkX(graph: String) throws {
    let g = try Self.analysisGraph(graph)
    expectClose(
      try #require(Centrality.eigenvector(g)), names: g.names, Fixture.expected(graph, "eigenvector"),
      "\(graph) eigenvector")
    expectClose(
      try #require(Centrality.pageRank(g)), names: g.names, Fixture.expected(graph, "pagerank"), "\(graph) pagerank")
  }

  @Test func theDirectProjectionOfAnEdgeListEqualsTheIndexed() throws {
    let list = try Fixture.edgeList("actors_n1000.tsv")
    #expect(AnalysisGraph(list) == AnalysisGraph(GraphIndex(list)))
    #expect(
      AnalysisGraph(list, keep: { $0 == "hostility" }) == AnalysisGraph(GraphIndex(list), keep: { $0 == "hostility" }))
  }

  @Test(.tags(.slow)) func betweennessIsTheSameOnOneThreadAndMany() throws {
    let g = try Self.analysisGraph("actors_n1000")
    let one = Centrality.betweenness(g, threads: 1)
    // Byte for byte: the sources' groups are summed in a fixed order whatever the threads.
    #expect(Centrality.betweenness(g, threads: 2) == one)
    #expect(Centrality.betweenness(g, threads: 3) == one)
    #expect(
      Centrality.betweenness(g, weighted: true, threads: 1) == Centrality.betweenness(g, weighted: true, threads: 2))
  }

  /// The fixtures NetworkX read are what the curated graph exports today.
  @Test(arguments: ["2020", "2024"])
  func seedFixturesAreFresh(year: String) throws {
    let fresh = SnapshotFormatter.format([try Fixture.seedSnapshot(year)], as: .tsv)
    let committed = try String(contentsOfFile: Fixture.path("seeds-\(year).tsv"), encoding: .utf8)
    #expect(
      fresh == committed,
      "re-export with entente snapshot graphs/seeds.yaml --at \(year) --format tsv, then rerun networkx_reference.py")
  }
}
