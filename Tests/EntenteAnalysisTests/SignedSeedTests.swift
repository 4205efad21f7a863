import Entente
import Foundation
import Testing

@testable import EntenteAnalysis

/// The seed graph's unbalanced triangles and pivots, year by year.
@Suite struct SignedSeedTests {
  func signed(_ year: String) throws -> SignedGraph { SignedGraph(GraphIndex(try Fixture.seedSnapshot(year))) }

  func pivots(_ year: String) throws -> [String] {
    let g = try signed(year)
    return Pivot.all(in: g).map { "\(g.names[$0.pivot]): \(g.names[$0.sides[0]])-\(g.names[$0.sides[1]])" }
  }

  func unbalanced(_ year: String) throws -> [String] {
    let g = try signed(year)
    return Balance.unbalancedTriangles(g).map { t in t.nodes.map { g.names[$0] }.joined(separator: " ") }
  }

  @Test func russiaIsThePivotOfArmeniaAndAzerbaijanIn2016() throws {
    // The Minsk Group also holds Russia and the United States (co-chairs while the US
    // sanctions Russia).
    #expect(try pivots("2016") == ["MINSK: ARM-AZE", "MINSK: RUS-USA", "RUS: ARM-AZE"])
    #expect(try unbalanced("2016") == ["ARM AZE MINSK", "ARM AZE RUS", "MINSK RUS USA"])
  }

  @Test func russiaIsStillThePivotIn2020() throws {
    // Russia arms, mediates for and is allied with Armenia, and arms and mediates for
    // Azerbaijan, whose tensions with Russia do not outweigh that in 2020.
    let g = try signed("2020")
    let (rus, arm, aze) = (
      try #require(g.names.firstIndex(of: "RUS")), try #require(g.names.firstIndex(of: "ARM")),
      try #require(g.names.firstIndex(of: "AZE"))
    )
    #expect(g.sign(rus, arm) == 1 && g.sign(rus, aze) == 1 && g.sign(arm, aze) == -1)
    #expect(try pivots("2020") == ["MINSK: ARM-AZE", "MINSK: RUS-USA", "RUS: ARM-AZE", "RUS: AZE-KARABAKH"])
  }

  @Test func by2024NoOneArmsBothSides() throws {
    // The pattern moves: China sits between Russia and Tajikistan, and the CSTO holds
    // members at odds with Russia.
    #expect(try pivots("2024") == ["CHN: RUS-TJK", "CSTO: KAZ-RUS", "CSTO: RUS-TJK"])
    #expect(Balance.census(try signed("2024")) == Balance.Census(ppp: 0, ppn: 3, pnn: 1, nnn: 0))
    let g = try signed("2024")
    let (rus, aze) = (try #require(g.names.firstIndex(of: "RUS")), try #require(g.names.firstIndex(of: "AZE")))
    #expect(g.sign(rus, aze) == -1)  // Baku openly defies Moscow
  }

  @Test func frustrationOfTheSeedYearsIsExact() throws {
    for year in ["2016", "2020", "2024"] {
      let g = try signed(year)
      let f = Frustration.of(g)
      #expect(f.isExact)
      #expect(f.frustrated == f.lowerBound)
      #expect(f.frustrated == Frustration.count(g, Array(0..<g.nodeCount), f.camps))
    }
    #expect(["2016", "2020", "2024"].map { (try? Frustration.of(signed($0)).frustrated) ?? -1 } == [2, 3, 2])
  }
}

@Suite struct FrustrationTests {
  func graph(_ n: Int, _ edges: [(Int, Int, Int)]) -> SignedGraph {
    SignedGraph(names: (0..<n).map { "N\($0)" }, pairs: edges.map { (Int32($0.0), Int32($0.1), Double($0.2)) })
  }

  /// Brute force over all 2^n partitions, for comparison.
  func bruteForce(_ g: SignedGraph) -> Int {
    var best = Int.max
    for mask in 0..<(1 << g.nodeCount) {
      let camps = (0..<g.nodeCount).map { (mask >> $0) & 1 }
      best = min(best, Frustration.count(g, Array(0..<g.nodeCount), camps))
    }
    return best
  }

  @Test func exactEqualsBruteForceOnRandomSmallGraphs() {
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for _ in 0..<40 {
      let n = 3 + next() % 8
      var edges: [(Int, Int, Int)] = []
      for u in 0..<n { for v in (u + 1)..<n where next() % 3 == 0 { edges.append((u, v, next() % 2 == 0 ? 1 : -1)) } }
      let g = graph(n, edges)
      let f = Frustration.of(g)
      #expect(f.isExact)
      #expect(f.frustrated == bruteForce(g), "\(edges)")
    }
  }

  @Test(
    .disabled(
      if: Fixture.signedCOW == nil, "../shared/data/signed-cow is absent; large-network frustration test skipped"))
  func largeNetworksAreExactAndTheHeuristicBracketsThem() throws {
    let dir = try #require(Fixture.signedCOW, "../shared/data/signed-cow is absent")
    let g = try SignedGraph.read(edges: dir + "/cow_96-99.tsv", nodes: dir + "/cow_96-99.nodes.tsv")
    let exact = Frustration.of(g)
    #expect(exact.isExact && exact.lowerBound == exact.frustrated)
    #expect(exact.frustrated == Frustration.count(g, Array(0..<g.nodeCount), exact.camps))
    let heuristic = Frustration.of(g, exactLimit: 0)
    #expect(heuristic.lowerBound <= exact.frustrated && exact.frustrated <= heuristic.frustrated)
    #expect(heuristic.frustrated == Frustration.count(g, Array(0..<g.nodeCount), heuristic.camps))
    #expect(heuristic.frustrated < g.edgeCount / 4)
  }

  @Test func balancedGraphsHaveNoFrustrationAndTheirCamps() {
    let g = graph(4, [(0, 1, 1), (2, 3, 1), (0, 2, -1), (1, 3, -1)])
    let f = Frustration.of(g)
    #expect(f.frustrated == 0)
    #expect(f.camps == [0, 0, 1, 1])
  }

  @Test func degenerateGraphs() {
    #expect(Frustration.of(graph(0, [])).frustrated == 0)
    #expect(Frustration.of(graph(1, [])).camps == [0])
    #expect(Frustration.of(graph(3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])).frustrated == 1)  // all negative
    #expect(Frustration.of(graph(4, [(0, 1, 1), (2, 3, -1)])).frustrated == 0)  // disconnected
    // A self-loop is dropped, duplicates are summed.
    #expect(graph(3, [(0, 0, 1), (0, 1, 1), (0, 1, 1), (1, 2, -1)]).edgeCount == 2)
  }
}

@Suite struct AlignmentTests {
  @Test func alignmentByHand() {
    // 0 is the pole. 1 allied with 0; 2 hostile to 0 and to 1; 3 allied with 1 only; 4 isolated.
    let g = SignedGraph(names: ["P", "A", "H", "F", "I"], pairs: [(0, 1, 1), (0, 2, -1), (1, 2, -1), (1, 3, 1)])
    let a = Alignment.with(poles: [0], in: g).map { $0[0] }
    // A: direct +1 (×2), common neighbour H: (−1)(−1) = +1 → (2 + 1)/3 = 1.
    #expect(abs(a[1] - 1) < 1e-15)
    // H: direct −1 (×2), common neighbour A: (−1)(+1) = −1 → (−2 − 1)/3 = −1.
    #expect(abs(a[2] + 1) < 1e-15)
    // F: no direct tie, common neighbour A: (+1)(+1) → (0 + 1)/(2 + 1) = 1/3.
    #expect(abs(a[3] - 1.0 / 3.0) < 1e-15)
    #expect(a[4] == 0)
    #expect(a[0] == 1)
  }
}

@Suite struct DegenerateCentralityTests {
  func graph(_ n: Int, _ arcs: [(Int, Int, Double)]) -> AnalysisGraph {
    AnalysisGraph(
      names: (0..<n).map { "N\($0)" }, sources: arcs.map { Int32($0.0) }, targets: arcs.map { Int32($0.1) },
      weights: arcs.map(\.2))
  }

  @Test func emptyAndSingleNodeGraphs() {
    for g in [graph(0, []), graph(1, [])] {
      #expect(Centrality.betweenness(g).allSatisfy { $0 == 0 })
      #expect(Centrality.closeness(g).allSatisfy { $0 == 0 })
      #expect(Centrality.pageRank(g)?.count == g.nodeCount)
      #expect(Centrality.eigenvector(g)?.count == g.nodeCount)
      #expect(Centrality.degree(g).allSatisfy { $0 == 0 })
    }
    #expect(Centrality.pageRank(graph(1, [])) == [1])
  }

  @Test func noEdgesSelfLoopsAndDuplicates() {
    let g = graph(3, [(0, 0, 5), (0, 1, 1), (0, 1, 2), (1, 2, 1)])
    #expect(g.arcCount == 2)  // self-loop dropped, duplicates summed
    #expect(g.outWeights == [3, 1])
    let none = graph(4, [])
    #expect(Centrality.pageRank(none) == [0.25, 0.25, 0.25, 0.25])
    #expect(Centrality.closeness(none) == [0, 0, 0, 0])
    #expect(Centrality.harmonic(none) == [0, 0, 0, 0])
  }

  @Test func disconnectedGraphsUseTheWassermanFaustCorrection() {
    // Two components: 0→1 and 2→3→4. Closeness of 4: reached by 3 (d 1) and 2 (d 2):
    // (3 − 1)/3 × (3 − 1)/(5 − 1) = 2/3 × 1/2 = 1/3.
    let g = graph(5, [(0, 1, 1), (2, 3, 1), (3, 4, 1)])
    #expect(abs(Centrality.closeness(g)[4] - 1.0 / 3.0) < 1e-15)
    #expect(abs(Centrality.betweenness(g)[3] - 1.0 / 12.0) < 1e-15)  // one pair through 3, over (n−1)(n−2) = 12
  }
}
