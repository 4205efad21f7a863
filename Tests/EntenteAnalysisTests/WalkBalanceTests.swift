import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

/// The Krylov walk balance lies within its stated error of the exact figure, and its
/// error is small enough to be useful.
@Suite struct WalkBalanceTests {
  /// A signed graph shaped like an actor graph: blocs, preferential attachment, hostile
  /// ties mostly across blocs, a few isolated actors and small separate components.
  static func blocGraph(_ n: Int, arcsPerActor: Int, seed: UInt64) -> SignedGraph {
    var state = seed
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    let blocs = max(3, n / 40)
    let bloc = (0..<n).map { _ in next() % blocs }
    var ends: [Int32] = [0]
    var pairs: [(Int32, Int32, Double)] = []
    let core = n - n / 50  // the last 2% stay outside the giant component
    for u in 1..<core {
      for _ in 0..<arcsPerActor {
        let v = Int(ends[next() % ends.count])
        let sign: Double = bloc[u] == bloc[v] ? (next() % 10 < 9 ? 1 : -1) : (next() % 10 < 3 ? 1 : -1)
        pairs.append((Int32(u), Int32(v), sign))
        ends.append(Int32(v))
      }
      ends.append(Int32(u))
    }
    var u = core
    while u + 2 < n - 3 {  // small triangles and pairs, then isolated actors
      pairs.append((Int32(u), Int32(u + 1), 1))
      pairs.append((Int32(u + 1), Int32(u + 2), -1))
      u += 3
    }
    return SignedGraph(names: (0..<n).map { "A\($0)" }, pairs: pairs)
  }

  @Test func smallGraphsStayExact() {
    let g = Self.blocGraph(300, arcsPerActor: 3, seed: 1)
    let w = WalkBalance.of(g)
    #expect(w.isExact)
    #expect(w.value == Balance.walkBalance(g))
  }

  @Test func approximationIsWithinItsBoundOfTheExactValue() {
    for (n, seed) in [(450, UInt64(3)), (600, 5)] {
      let g = Self.blocGraph(n, arcsPerActor: 4, seed: seed)
      let exact = Balance.walkBalance(g)
      let approx = WalkBalance.of(g, exactLimit: 0)
      #expect(!approx.isExact)
      #expect(abs(approx.value - exact) <= approx.error, "n=\(n): \(approx.value) ± \(approx.error) vs \(exact)")
      #expect(approx.error < 1e-3, "n=\(n): the bound \(approx.error) is too loose to be useful")
    }
  }

  @Test(.tags(.slow)) func approximationAtTwoThousandActorsMatchesExact() {
    let g = Self.blocGraph(2_000, arcsPerActor: 5, seed: 7)
    let exact = Balance.walkBalance(g)
    let approx = WalkBalance.of(g, exactLimit: 0)
    #expect(abs(approx.value - exact) <= approx.error, "\(approx.value) ± \(approx.error) vs \(exact)")
    #expect(approx.error < 1e-3)
  }
}
