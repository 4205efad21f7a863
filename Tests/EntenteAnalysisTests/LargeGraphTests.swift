import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// Issue #14, item 18: the default measures stay within time and memory on large graphs.
@Suite struct LargeGraphTests {
  /// A random signed graph of `n` nodes and about `4n` edges, from a fixed seed.
  func randomGraph(_ n: Int, seed: UInt64) -> SignedGraph {
    var rng = FuzzRandom(seed: seed)
    var pairs: [(Int32, Int32, Double)] = []
    for _ in 0..<(4 * n) {
      let a = Int32.random(in: 0..<Int32(n), using: &rng)
      let b = Int32.random(in: 0..<Int32(n), using: &rng)
      pairs.append((a, b, Bool.random(using: &rng) ? 1 : -1))
    }
    return SignedGraph(names: (0..<n).map { "N\($0)" }, pairs: pairs)
  }

  @Test func theSparsePNIndexAgreesWithTheDenseOne() {
    for (n, seed) in [(60, UInt64(1)), (300, 2), (900, 3)] {
      let g = randomGraph(n, seed: seed)
      let dense = Balance.pnIndex(g)
      let sparse = SparsePNIndex.pnIndex(g)
      let worst = zip(dense, sparse).map { abs($0 - $1) }.max() ?? 0
      #expect(worst < 1e-9, "n = \(n): differs by \(worst)")
    }
  }

  /// A 5,001-node star took over 120 s; 200,001 nodes aborted allocating 320 GB.
  @Test func aLargeStarIsMeasuredInSeconds() {
    let n = 5_001
    var pairs: [(Int32, Int32, Double)] = []
    for i in 1..<n { pairs.append((0, Int32(i), i % 3 == 0 ? -1.0 : 1.0)) }
    let g = SignedGraph(names: (0..<n).map { "N\($0)" }, pairs: pairs)
    let clock = ContinuousClock()
    var pn: [Double] = []
    var walk = 0.0
    let took = clock.measure {
      pn = Balance.pnIndex(g)
      walk = Balance.walkBalance(g)
    }
    #expect(pn.count == n && pn.allSatisfy(\.isFinite))
    #expect(walk.isNaN)  // one component above Balance.denseWalkLimit
    #expect(took < .seconds(20), "took \(took)")
    // Many small components: each is solved on its own, exactly.
    var islands: [(Int32, Int32, Double)] = []
    for i in 0..<3_000 { islands.append((Int32(2 * i), Int32(2 * i + 1), 1.0)) }
    let many = SignedGraph(names: (0..<6_000).map { "N\($0)" }, pairs: islands)
    #expect(abs(Balance.walkBalance(many) - 1) < 1e-12)
  }
}
