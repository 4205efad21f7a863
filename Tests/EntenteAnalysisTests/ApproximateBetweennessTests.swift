import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// Issue 17, item 6: sampled betweenness stays within epsilon of the exact values, repeats exactly, and
/// handles graphs with nothing to sample.
///
/// The exact values are NetworkX 3.6's, in Fixtures/expected_networkx.json (made by
/// Fixtures/networkx_reference.py).
@Suite struct ApproximateBetweennessTests {
  static let graphs = ["seeds-2020", "seeds-2024", "actors_n1000", "signed-small", "seeds-2024-conflict"]

  /// The largest difference from NetworkX's values, by actor name.
  static func worstError(_ values: [Double], names: [String], _ expected: [String: Double]) -> Double {
    names.indices.map { abs(values[$0] - (expected[names[$0]] ?? .infinity)) }.max() ?? 0
  }

  @Test(arguments: graphs)
  func hopCountedEstimatesAreWithinEpsilonOfNetworkX(graph: String) throws {
    let g = try CentralityTests.analysisGraph(graph)
    let estimate = try ApproximateBetweenness(epsilon: 0.02, delta: 0.1, seed: 1).estimate(g)
    let worst = Self.worstError(estimate.values, names: g.names, Fixture.expected(graph, "betweenness"))
    #expect(worst <= 0.02, "\(graph): off by \(worst) with \(estimate.samples) samples")
    #expect(estimate.values.count == g.nodeCount)
  }

  @Test(.tags(.slow), arguments: ["seeds-2024", "actors_n1000"])
  func weightedAndUndirectedEstimatesAreWithinEpsilonOfNetworkX(graph: String) throws {
    let g = try CentralityTests.analysisGraph(graph)
    // Weighted samples bound the vertex diameter by component size (hundreds here), so they
    // need more samples; 0.05 keeps the debug test quick.
    let parameters = try ApproximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 3)
    let weighted = parameters.estimate(g, weighted: true)
    let w = Self.worstError(weighted.values, names: g.names, Fixture.expected(graph, "betweenness_weighted"))
    #expect(w <= 0.05, "\(graph) weighted: off by \(w)")
    let undirected = parameters.estimate(g.undirected())
    let u = Self.worstError(undirected.values, names: g.names, Fixture.expected(graph, "betweenness_undirected"))
    #expect(u <= 0.05, "\(graph) undirected: off by \(u)")
  }

  @Test func theTightestSettingIsWithinEpsilonOnTheThousandActorGraph() throws {
    let g = try CentralityTests.analysisGraph("actors_n1000")
    let estimate = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 42).estimate(g)
    let worst = Self.worstError(estimate.values, names: g.names, Fixture.expected("actors_n1000", "betweenness"))
    #expect(worst <= 0.01, "off by \(worst)")
  }

  @Test func theSameSeedGivesTheSameValuesOnAnyNumberOfThreads() throws {
    let g = try CentralityTests.analysisGraph("actors_n1000")
    let parameters = try ApproximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 9)
    let one = parameters.estimate(g, threads: 1)
    let two = parameters.estimate(g, threads: 2)
    let again = parameters.estimate(g, threads: 2)
    #expect(one == two)
    #expect(two == again)
    let other = try ApproximateBetweenness(epsilon: 0.05, delta: 0.1, seed: 10).estimate(g, threads: 2)
    #expect(other.values != one.values, "another seed draws other paths")
    #expect(other.samples == one.samples)
  }

  @Test func theSampleSizeFollowsRiondatoAndKornaropoulos() throws {
    let p = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1)
    // (c / ε'²)(⌊log2(18)⌋ + 1 + ln 10), ε' = 0.01 · 9,998 / 10,000, c = 1.
    let e = 0.01 * 9_998 / 10_000
    #expect(p.sampleSize(vertexDiameter: 20, nodeCount: 10_000) == Int((1 / (e * e) * (4 + 1 + log(10))).rounded(.up)))
    #expect(p.sampleSize(vertexDiameter: 20, nodeCount: 10_000) == 73_056)
    #expect(p.sampleSize(vertexDiameter: 2, nodeCount: 10_000) == 0)
    #expect(p.sampleSize(vertexDiameter: 3, nodeCount: 2) == 0)
  }

  @Test func graphsWithNothingToSampleGiveExactZeros() throws {
    let p = try ApproximateBetweenness(epsilon: 0.05, delta: 0.1)
    let empty = AnalysisGraph(names: [], sources: [], targets: [], weights: [])
    #expect(p.estimate(empty).values.isEmpty)
    let one = AnalysisGraph(names: ["A"], sources: [], targets: [], weights: [])
    #expect(p.estimate(one).values == [0])
    let two = AnalysisGraph(names: ["A", "B"], sources: [0], targets: [1], weights: [1])
    #expect(p.estimate(two).values == [0, 0])
    // A star with arcs into the hub: no shortest path has an inner node.
    let star = AnalysisGraph(
      names: ["H", "A", "B", "C"], sources: [1, 2, 3], targets: [0, 0, 0], weights: [1, 1, 1])
    let s = p.estimate(star)
    #expect(s.values == [0, 0, 0, 0] && s.samples == 0 && s.vertexDiameterBound == 2)
  }

  @Test func aDisconnectedDirectedGraphIsEstimatedWithinEpsilon() throws {
    // Two directed paths A->B->C and D->E->F->G, and an isolated H: exact values by hand.
    let names = ["A", "B", "C", "D", "E", "F", "G", "H"]
    let g = AnalysisGraph(
      names: names, sources: [0, 1, 3, 4, 5], targets: [1, 2, 4, 5, 6], weights: [1, 1, 1, 1, 1])
    let scale = 1.0 / Double(7 * 6)
    let exact = [0, 1, 0, 0, 2, 2, 0, 0].map { Double($0) * scale }
    let estimate = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 5).estimate(g)
    #expect(estimate.vertexDiameterBound == 4)
    let worst = zip(estimate.values, exact).map { abs($0 - $1) }.max() ?? 0
    #expect(worst <= 0.01, "off by \(worst): \(estimate.values)")
    #expect(estimate.values[0] == 0 && estimate.values[7] == 0, "path ends and isolated actors are never inner")
  }

  @Test func theVertexDiameterBoundHoldsOnDirectedCycles() {
    // A directed cycle of 10: the pair (1, 0) is 9 arcs apart, 10 nodes, though the undirected diameter is 5.
    let n = 10
    let cycle = AnalysisGraph(
      names: (0..<n).map { "N\($0)" }, sources: (0..<n).map { Int32($0) }, targets: (0..<n).map { Int32(($0 + 1) % n) },
      weights: [Double](repeating: 1, count: n))
    #expect(VertexDiameterBound.of(cycle) == 10)
    #expect(VertexDiameterBound.of(cycle.undirected()) == 10)  // 2·5 + 1, capped at the node count
    // A chain of strongly connected pairs, A<->B -> C<->D: at most 4 nodes on a path.
    let chain = AnalysisGraph(
      names: ["A", "B", "C", "D"], sources: [0, 1, 1, 2, 3], targets: [1, 0, 2, 3, 2], weights: [1, 1, 1, 1, 1])
    #expect(VertexDiameterBound.of(chain) == 4)
    let (component, count) = VertexDiameterBound.strongComponents(chain)
    #expect(count == 2 && component[0] == component[1] && component[2] == component[3])
    #expect(component[2] < component[0], "the sink component completes first")
  }

  @Test func parametersOutOfRangeAreRefused() {
    #expect(throws: EntenteError.self) { try ApproximateBetweenness(epsilon: 0, delta: 0.1) }
    #expect(throws: EntenteError.self) { try ApproximateBetweenness(epsilon: 0.01, delta: 1) }
    do {
      _ = try ApproximateBetweenness(epsilon: 1.5, delta: 0.1)
    } catch {
      #expect(error.message == "epsilon 1.5 is out of range; give a number between 0 and 1, e.g. 0.01")
    }
  }
}
