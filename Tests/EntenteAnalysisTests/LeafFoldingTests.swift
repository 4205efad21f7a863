import Testing

@testable import EntenteAnalysis

/// Betweenness with degree-one actors folded into their neighbour equals the plain
/// algorithm and a count of every shortest path, on graphs made of leaves of every kind.
@Suite struct LeafFoldingTests {
  /// A graph of `n` nodes with `arcs` random arcs among the first `core` nodes and every
  /// other node a leaf of a random core node: arc to it, from it, or both.
  static func leafy(seed: UInt64, n: Int, core: Int, arcs: Int) -> AnalysisGraph {
    var rng = SplitMix64(seed: seed)
    var s: [Int32] = []
    var t: [Int32] = []
    for _ in 0..<arcs {
      let u = Int32(rng.next() % UInt64(core))
      let v = Int32(rng.next() % UInt64(core))
      s.append(u)
      t.append(v)
      // Half the core arcs go both ways, as undirected relations do.
      if rng.next() % 2 == 0 {
        s.append(v)
        t.append(u)
      }
    }
    for leaf in core..<n {
      let u = Int32(rng.next() % UInt64(core))
      let way = rng.next() % 3
      if way != 1 {
        s.append(u)
        t.append(Int32(leaf))
      }
      if way != 0 {
        s.append(Int32(leaf))
        t.append(u)
      }
    }
    let names = (0..<n).map { "N\($0)" }
    return AnalysisGraph(names: names, sources: s, targets: t, weights: [Double](repeating: 1, count: s.count))
  }

  /// Betweenness by counting, for every ordered pair, the share of its shortest paths through each node.
  static func counted(_ g: AnalysisGraph) -> [Double] {
    let n = g.nodeCount
    var dist = [[Int]](repeating: [Int](repeating: -1, count: n), count: n)
    var paths = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for s in 0..<n {
      dist[s][s] = 0
      paths[s][s] = 1
      var queue = [s]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for (w, _) in g.outArcs(of: v) {
          if dist[s][w] < 0 {
            dist[s][w] = dist[s][v] + 1
            queue.append(w)
          }
          if dist[s][w] == dist[s][v] + 1 { paths[s][w] += paths[s][v] }
        }
      }
    }
    var b = [Double](repeating: 0, count: n)
    for s in 0..<n {
      for t in 0..<n where t != s && dist[s][t] > 0 {
        for v in 0..<n where v != s && v != t && dist[s][v] > 0 && dist[v][t] > 0 {
          if dist[s][v] + dist[v][t] == dist[s][t] { b[v] += paths[s][v] * paths[v][t] / paths[s][t] }
        }
      }
    }
    let scale = 1 / Double((n - 1) * (n - 2))
    return b.map { $0 * scale }
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func foldedEqualsPlainAndCounted(seed: UInt64) throws {
    let g = Self.leafy(seed: seed, n: 60, core: 30 + Int(seed), arcs: 50)
    let folding = try #require(LeafFolding(g))
    #expect(folding.count > 10)
    let folded = Centrality.betweenness(g, threads: 2)
    let plain = Centrality.betweenness(g, threads: 2, foldLeaves: false)
    let counted = Self.counted(g)
    for i in 0..<g.nodeCount {
      #expect(abs(folded[i] - plain[i]) <= 1e-12, "node \(i): folded \(folded[i]), plain \(plain[i])")
      #expect(abs(folded[i] - counted[i]) <= 1e-12, "node \(i): folded \(folded[i]), counted \(counted[i])")
    }
    #expect(Centrality.betweenness(g, threads: 1) == folded)
  }

  /// A star: every pair of its leaves has its one shortest path through the centre.
  @Test func aStarsCentreIsBetweenEveryPairOfLeaves() throws {
    let k = 7
    let names = (0...k).map { "N\($0)" }
    var s: [Int32] = []
    var t: [Int32] = []
    for leaf in 1...k {
      s += [0, Int32(leaf)]
      t += [Int32(leaf), 0]
    }
    let g = AnalysisGraph(names: names, sources: s, targets: t, weights: [Double](repeating: 1, count: s.count))
    #expect(try #require(LeafFolding(g)).count == k)
    let b = Centrality.betweenness(g, normalized: false)
    // k(k − 1) ordered pairs, halved for an undirected graph as NetworkX does.
    #expect(b[0] == Double(k * (k - 1)) / 2)
    #expect(b.dropFirst().allSatisfy { $0 == 0 })
  }

  /// Two actors tied only to each other are not folded (neither has another neighbour).
  @Test func aLonePairIsNotFolded() {
    let g = AnalysisGraph(names: ["A", "B", "C"], sources: [0, 1], targets: [1, 0], weights: [1, 1])
    #expect(LeafFolding(g) == nil)
    #expect(Centrality.betweenness(g) == [0, 0, 0])
  }
}
