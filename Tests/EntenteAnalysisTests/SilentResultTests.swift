import Entente
import Foundation
import Testing

@testable import EntenteAnalysis

/// Each figure the analysis used to print as if computed when it was not (issue 16, item 4).
@Suite struct SilentResultTests {
  /// A random signed edge list of `n` actors, each row `source target kind sign weight year`.
  static func randomList(actors n: Int, rows: Int, seed: UInt64) throws -> EdgeList {
    var rng = SplitMix64(seed: seed)
    var list = EdgeList()
    for _ in 0..<rows {
      let (u, v) = (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))
      let hostile = rng.next() % 3 == 0
      try list.append(
        source: "A\(u)", target: "A\(v)", kind: hostile ? "hostility" : "support", sign: hostile ? -1 : 1,
        weight: 1, year: 2020)
    }
    return list
  }

  /// Above 2,000 actors the census is still counted (triangle listing), equal to a plain count.
  @Test func theTriangleCensusIsCountedAtAnySize() throws {
    let list = try SilentResultTests.randomList(actors: 2_100, rows: 30_000, seed: 7)
    let a = SnapshotAnalysis(index: GraphIndex(list), measures: [.degree])
    let s = SignedGraph(GraphIndex(list))
    var plain = Balance.Census()
    for u in 0..<s.nodeCount {
      for (v, suv) in s.neighbors(of: u) where v > u {
        for (w, svw) in s.neighbors(of: v) where w > v {
          let suw = s.sign(u, w)
          guard suw != 0 else { continue }
          switch [suv, svw, suw].filter({ $0 < 0 }).count {
          case 0: plain.ppp += 1
          case 1: plain.ppn += 1
          case 2: plain.pnn += 1
          default: plain.nnn += 1
          }
        }
      }
    }
    #expect(plain.total > 100)
    #expect(a.census == plain)
    #expect(a.unbalancedTriangles.count == plain.ppn + plain.nnn)
  }

  /// Above its exact size the walk balance is approximated (issue 17), and every format shows
  /// the figure with its error bound rather than as if exact.
  @Test func anApproximatedFigureSaysItsBoundInEveryFormat() throws {
    let list = try SilentResultTests.randomList(actors: 2_100, rows: 6_000, seed: 8)
    let a = SnapshotAnalysis(index: GraphIndex(list), measures: [.degree])
    #expect(a.names.count > SnapshotAnalysis.walkBalanceLimit)
    #expect(a.walkBalance.isFinite && a.walkBalanceError > 0 && a.skipReason("walk balance") == nil)
    let shown = a.walkBalanceText(AnalysisFormatter.short)
    #expect(shown.contains(" ± "))
    for format in [AnalysisFormatter.Format.table, .md] {
      #expect(AnalysisFormatter.format(a, as: format, title: "t").contains("walk balance \(shown)"), "\(format)")
    }
    #expect(AnalysisFormatter.format(a, as: .json, title: "t").contains("\"walk_error\": "))
  }

  /// A figure not computed says skipped and why in every format.
  @Test func aSkippedFigureSaysSkippedAndWhyInEveryFormat() throws {
    let list = try SilentResultTests.randomList(actors: 40, rows: 120, seed: 8)
    let a = SnapshotAnalysis(index: GraphIndex(list), measures: [.degree], signed: false)
    #expect(a.walkBalance.isNaN)
    let why = try #require(a.skipReason("walk balance"))
    for format in [AnalysisFormatter.Format.table, .md, .json] {
      let text = AnalysisFormatter.format(a, as: format, title: "t")
      #expect(text.contains("skipped (\(why))"), "\(format)")
    }
  }

  /// `--kinds` on an edge list: cooperative and conflict follow the sign column; an unknown kind is an error.
  @Test func kindsOnAnEdgeListUseItsSignColumn() throws {
    let list = try EdgeList.read(path: Fixture.path("signed-small.tsv"))
    let cooperative = try KindSelection(parsing: "cooperative").predicate(in: list)
    let conflict = try KindSelection(parsing: "conflict").predicate(in: list)
    #expect(cooperative("alliance") && cooperative("trade") && !cooperative("hostility"))
    #expect(conflict("hostility") && conflict("sanction") && !conflict("support"))
    let g = AnalysisGraph(list, keep: conflict)
    #expect(g.arcCount == 4)
    #expect(throws: EntenteError.self) { try KindSelection(parsing: "alliance,warfare").predicate(in: list) }
    do {
      _ = try KindSelection(parsing: "hostilty").predicate(in: list)
    } catch {
      #expect(error.message.contains("unknown relation kind 'hostilty'") && error.message.contains("hostility"))
    }
  }

  /// Eigenvector centrality on a long path does not converge in NetworkX's 100 iterations
  /// (NetworkX raises PowerIterationFailedConvergence); the analysis says so and fails.
  @Test func nonConvergenceFailsWithTheIterationsAndTolerance() throws {
    var list = EdgeList()
    for i in 0..<59 {
      try list.append(source: "P\(i)", target: "P\(i + 1)", kind: "trade", sign: 1, weight: 1, year: 2020)
    }
    for i in 0..<59 {
      try list.append(source: "P\(i + 1)", target: "P\(i)", kind: "trade", sign: 1, weight: 1, year: 2020)
    }
    let a = SnapshotAnalysis(index: GraphIndex(list), measures: [.eigenvector, .pagerank])
    #expect(a.unconverged.count == 1)
    #expect(a.values(.eigenvector)?.values.allSatisfy(\.isNaN) == true)
    do {
      try a.requireConverged()
      Issue.record("no failure")
    } catch {
      #expect(error.message.contains("eigenvector did not converge in 100 iterations (tolerance 1e-06"))
    }
    #expect(AnalysisFormatter.format(a, as: .table, title: "t").contains("Not converged: eigenvector"))
  }

  /// A pair whose relations sum to zero up to rounding is unrelated, not friendly.
  @Test func pairSignsUseARelativeTolerance() {
    let s = SignedGraph(names: ["A", "B", "C"], pairs: [(0, 1, 0.1), (0, 1, 0.2), (1, 0, -0.3), (1, 2, 1e-12)])
    #expect(s.sign(0, 1) == 0)
    #expect(s.sign(1, 2) == 1)
    #expect(s.edgeCount == 1)
  }

  /// Weight-0 rows are refused, naming the line, as graph files refuse them.
  @Test func weightZeroRowsAreRefused() throws {
    let list = try EdgeList.parse(
      Data("source\ttarget\tkind\tsign\tweight\tyear\nA\tB\ttrade\t1\t1\t2020\nB\tC\ttrade\t1\t0\t2020\n".utf8))
    do {
      try WeightCheck.refuseZeroWeights(list, path: "x.tsv")
      Issue.record("accepted")
    } catch {
      #expect(error.description.contains("x.tsv:3") && error.message.contains("B -> C"))
    }
  }

  /// CSV carries the alignment columns the table and JSON show.
  @Test func csvCarriesEveryPerActorColumn() throws {
    let a = SnapshotAnalysis(
      index: GraphIndex(try Fixture.seedSnapshot("2020")), measures: [.pagerank], poles: ["RUS", "USA"],
      layers: [.cooperative, .conflict])
    let csv = AnalysisFormatter.format(a, as: .csv, title: "t")
    let header = csv.split(separator: "\n")[0]
    #expect(header == "actor,pagerank,exposure_pagerank,align_RUS,align_USA")
    let rus = try #require(csv.split(separator: "\n").first { $0.hasPrefix("RUS,") })
    #expect(rus.split(separator: ",").count == 5 && rus.hasSuffix(",1,-1") || rus.contains(",1,"))
  }
}
