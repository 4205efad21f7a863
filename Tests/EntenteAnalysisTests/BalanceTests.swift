import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteAnalysis

@Suite struct BalanceTests {
  func graph(_ n: Int, _ edges: [(Int, Int, Int)]) -> SignedGraph {
    SignedGraph(names: (0..<n).map { "N\($0)" }, pairs: edges.map { (Int32($0.0), Int32($0.1), Double($0.2)) })
  }

  @Test func eigenvaluesOfAPathMatchTheClosedForm() {
    for n in [1, 2, 3, 7, 40] {
      var a = [Double](repeating: 0, count: n * n)
      for i in 0..<(n - 1) {
        a[i * n + i + 1] = 1
        a[(i + 1) * n + i] = 1
      }
      let got = SymmetricEigen.eigenvalues(&a, n: n)
      let want = (1...n).map { 2 * cos(Double($0) * .pi / Double(n + 1)) }.sorted()
      #expect(zip(got, want).allSatisfy { abs($0 - $1) < 1e-12 }, "P\(n)")
    }
  }

  @Test func eigenvaluesOfADenseSymmetricMatrix() {
    // [[2,1,0],[1,2,1],[0,1,2]] has eigenvalues 2 - √2, 2, 2 + √2.
    var a: [Double] = [2, 1, 0, 1, 2, 1, 0, 1, 2]
    let got = SymmetricEigen.eigenvalues(&a, n: 3)
    #expect(zip(got, [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]).allSatisfy { abs($0 - $1) < 1e-12 })
  }

  /// Hand-computed: a triangle with one negative edge is ++−; with two, +−−; a square
  /// adds no triangle.
  @Test func censusAndIndexOnSmallGraphs() {
    let g = graph(6, [(0, 1, 1), (1, 2, 1), (0, 2, -1), (2, 3, -1), (1, 3, -1), (3, 4, 1), (4, 5, 1), (5, 3, 1)])
    // Triangles: {0,1,2}: + + − → ppn; {1,2,3}: + − − → pnn; {3,4,5}: + + + → ppp.
    #expect(Balance.census(g) == Balance.Census(ppp: 1, ppn: 1, pnn: 1, nnn: 0))
    #expect(abs(Balance.census(g).balanceIndex - 2.0 / 3.0) < 1e-15)
    #expect(Balance.unbalancedTriangles(g).map(\.nodes) == [[0, 1, 2]])
    let allNegative = graph(3, [(0, 1, -1), (1, 2, -1), (0, 2, -1)])
    #expect(Balance.census(allNegative) == Balance.Census(ppp: 0, ppn: 0, pnn: 0, nnn: 1))
    #expect(Balance.census(graph(0, [])).balanceIndex == 1)
  }

  /// Hand-computed: a balanced graph has walk balance 1; for the ++− triangle the signed
  /// eigenvalues are {1, 1, −2} and the absolute ones {2, −1, −1}.
  @Test func walkBalanceOnSmallGraphs() {
    #expect(abs(Balance.walkBalance(graph(3, [(0, 1, 1), (1, 2, -1), (0, 2, -1)])) - 1) < 1e-12)
    let unbalanced = Balance.walkBalance(graph(3, [(0, 1, 1), (1, 2, 1), (0, 2, -1)]))
    let expected = (2 * exp(1.0) + exp(-2.0)) / (exp(2.0) + 2 * exp(-1.0))
    #expect(abs(unbalanced - expected) < 1e-12)
  }

  /// Hand-computed from Everett and Borgatti's definition: for one positive edge
  /// (n = 2), A/(2n−2) = [[0, ½], [½, 0]], so x = 1 + x/2 and PN = 2 for both; for one
  /// negative edge A/(2n−2) = [[0, −1], [−1, 0]], the system is x₀ + x₁ = 1 twice
  /// (singular) and symmetry gives ½ each.
  @Test func pnIndexOnSmallGraphs() {
    #expect(Balance.pnIndex(graph(2, [(0, 1, 1)])).allSatisfy { abs($0 - 2) < 1e-12 })
    #expect(Balance.pnIndex(graph(2, [(0, 1, -1)])).allSatisfy { abs($0 - 0.5) < 1e-12 })
    // A star of three with one negative spoke, solved by hand: n = 3, divisor 4.
    // x0 = 1 + (x1 − 2·x2)/4, x1 = 1 + x0/4, x2 = 1 − 2·x0/4.
    let pn = Balance.pnIndex(graph(3, [(0, 1, 1), (0, 2, -1)]))
    // Substituting: x0 = 1 + (1 + x0/4)/4 − 2(1 − x0/2)/4 = 3/4 + x0/16 + x0/4 → x0 (11/16) = 3/4 → x0 = 12/11.
    #expect(abs(pn[0] - 12.0 / 11.0) < 1e-12)
    #expect(abs(pn[1] - (1 + 3.0 / 11.0)) < 1e-12)
    #expect(abs(pn[2] - (1 - 6.0 / 11.0)) < 1e-12)
  }

  @Test func pnIndexEqualsTheDefinitionOnTheSignedFixture() throws {
    let list = try Fixture.edgeList("signed-small.tsv")
    let g = SignedGraph(GraphIndex(list))
    expectClose(Balance.pnIndex(g), names: g.names, Fixture.expected("signed-small", "pn_index"), "signed-small PN")
  }

  @Test func degenerateGraphsHaveDefinedResults() {
    let empty = graph(0, [])
    #expect(Balance.walkBalance(empty) == 1)
    #expect(Balance.pnIndex(empty).isEmpty)
    #expect(Balance.pnIndex(graph(1, [])) == [1])
    let isolated = graph(4, [])
    #expect(Balance.census(isolated).total == 0)
    #expect(abs(Balance.walkBalance(isolated) - 1) < 1e-15)
    #expect(Balance.pnIndex(isolated).allSatisfy { abs($0 - 1) < 1e-15 })
  }
}

/// The 51 networks of interstate relations in ../shared/data/signed-cow against signnet.
@Suite(
  .tags(.slow),
  .disabled(if: Fixture.signedCOW == nil, "../shared/data/signed-cow is absent; signnet comparison skipped"))
struct SignnetTests {
  static var rows: [[String]] {
    guard let dir = Fixture.signedCOW,
      let text = try? String(contentsOfFile: dir + "/reference_balance.tsv", encoding: .utf8)
    else {
      return []
    }
    return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
  }

  @Test func all51NetworksMatchSignnet() throws {
    let dir = try #require(Fixture.signedCOW)
    let rows = Self.rows
    #expect(rows.count == 51)
    let pnText = try String(contentsOfFile: dir + "/reference_pn_index.tsv", encoding: .utf8)
    var pnByNetwork: [String: [String: Double]] = [:]
    for line in pnText.split(separator: "\n").dropFirst() {
      let f = line.split(separator: "\t")
      pnByNetwork[String(f[0]), default: [:]][String(f[1])] = Double(f[2])
    }
    for r in rows {
      let name = r[0]
      let g = try SignedGraph.read(edges: dir + "/cow_\(name).tsv", nodes: dir + "/cow_\(name).nodes.tsv")
      #expect(g.nodeCount == Int(r[1]), "\(name) nodes")
      #expect(g.edgeCount == Int(r[2]), "\(name) edges")
      let c = Balance.census(g)
      #expect([c.ppp, c.ppn, c.pnn, c.nnn] == r[3...6].compactMap { Int($0) }, "\(name) census")
      #expect(abs(c.balanceIndex - (Double(r[7]) ?? .nan)) < 1e-9, "\(name) triangle balance")
      #expect(abs(Balance.walkBalance(g) - (Double(r[8]) ?? .nan)) < 1e-9, "\(name) walk balance")
      expectClose(Balance.pnIndex(g), names: g.names, pnByNetwork[name] ?? [:], "\(name) PN index")
    }
  }
}
