import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// Camps honest about ties (issue 16, item 3).
@Suite struct CampTests {
  /// Branch and bound finds the same optima as Gray-code enumeration: cost, count and
  /// the set of optimal partitions, on 40 random graphs of 8 to 16 actors.
  @Test func branchAndBoundEnumeratesTheSameOptimaAsGrayCode() {
    for seed in 0..<40 {
      let n = 8 + seed % 9
      let edges = FrustrationMILPTests.randomGraph(nodes: n, chords: n / 2 + seed % 5, seed: UInt64(seed))
      let g = FrustrationMILPTests.signed(n, edges)
      let members = Array(0..<n)
      let adjacency = Frustration.componentAdjacency(g, members)
      let gray = Frustration.enumerate(adjacency)
      let bb = BranchAndBound(adjacency).solve(
        upperBound: Frustration.cost(adjacency, Frustration.localSearch(adjacency)))
      guard let bb else {
        Issue.record("budget exceeded at \(n) actors")
        continue
      }
      #expect(bb.cost == gray.cost, "seed \(seed)")
      #expect(bb.count == gray.count, "seed \(seed): \(bb.count) vs \(gray.count)")
      #expect(Set(bb.optima) == Set(gray.optima), "seed \(seed)")
    }
  }

  /// When the bounds meet, the result is exact, even from local search.
  @Test func exactWhenTheBoundsMeet() {
    // A balanced graph: two camps, friends within, enemies across; local search finds 0 = the bound.
    let edges = [(0, 1, 1), (1, 2, 1), (3, 4, 1), (0, 3, -1), (2, 4, -1), (1, 4, -1)]
    let f = Frustration.of(FrustrationMILPTests.signed(5, edges), exactLimit: 0)
    #expect(f.frustrated == 0 && f.lowerBound == 0 && f.isExact)
    #expect(f.optimalPartitions == nil)
  }

  /// A triangle +, +, − has three optima and every actor is undetermined; a balanced square has one.
  @Test func tiesMakeActorsUndetermined() {
    let f = Frustration.of(FrustrationMILPTests.signed(3, [(0, 1, 1), (1, 2, 1), (0, 2, -1)]))
    #expect(f.frustrated == 1 && f.optimalPartitions == 3)
    #expect(f.undetermined == [true, true, true])
    let square = Frustration.of(FrustrationMILPTests.signed(4, [(0, 1, 1), (1, 2, -1), (2, 3, 1), (3, 0, -1)]))
    #expect(square.frustrated == 0 && square.optimalPartitions == 1 && square.undetermined.allSatisfy { !$0 })
  }

  /// Among equal optima the one closest to the preferred partition is chosen.
  @Test func thePreferredOptimumIsChosen() {
    let g = FrustrationMILPTests.signed(3, [(0, 1, 1), (1, 2, 1), (0, 2, -1)])
    let f = Frustration.of(g, prefer: [0, 1, 1])
    #expect(f.camps == [0, 1, 1])
    let h = Frustration.of(g, prefer: [1, 1, 0])
    #expect(h.camps == [1, 1, 0])
  }

  /// Three mutually hostile blocs: two camps must break ties, three break none, and k = 3 is chosen.
  @Test func threeHostileBlocsMakeThreeCamps() {
    var edges: [(Int, Int, Int)] = []
    for b in 0..<3 { edges += [(3 * b, 3 * b + 1, 1), (3 * b + 1, 3 * b + 2, 1), (3 * b, 3 * b + 2, 1)] }
    for b in 0..<3 { for c in (b + 1)..<3 { edges.append((3 * b, 3 * c, -1)) } }
    let g = FrustrationMILPTests.signed(9, edges)
    let two = Frustration.of(g)
    #expect(two.frustrated == 1)
    let k = CorrelationClustering.best(g, twoCamps: two.camps)
    #expect(k.count == 3 && k.broken == 0)
    #expect(k.brokenByCount[0] == 1)
    #expect(k.camps == [0, 0, 0, 1, 1, 1, 2, 2, 2])
  }
}
