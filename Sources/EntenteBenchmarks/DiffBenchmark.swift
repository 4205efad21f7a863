import Entente
import EntenteAnalysis
import Foundation

/// `entente-bench diff GRAPH.yaml [--at 2016,2020,2024] [--parts]`: the three-date diff of
/// `entente diff` timed step by step (CPU seconds), and with `--parts` each figure of one
/// date's analysis (the middle date) timed on its own, to see where an analysis spends.
@MainActor func diffBenchmark(path: String, dates: [String], parts: Bool) {
  do {
    let dates = try dates.map { try EntenteDate(parsing: $0) }
    let graph = try step("read") { try GraphFileReader().read(path: path) }
    let snapshots = step("\(dates.count) snapshots") { dates.map { graph.snapshot(at: $0) } }
    var cache = AnalysisCache(
      measures: MeasureList.shiftDefault.measures, layers: [.cooperative, .conflict], graph: graph)
    let analyses = step("\(dates.count) analyses", note: "\(snapshots.map(\.actors.count)) actors") {
      cache.analyses(of: snapshots)
    }
    let shifts = step("\(dates.count - 1) shifts") { cache.shifts(snapshots) }
    let text = step("text") { ShiftFormatter.format(shifts, measures: cache.measures, as: .table, top: 8) }
    print(
      "    \(text.utf8.count) bytes; walk balance \(analyses.map { $0.walkBalanceText { String(format: "%.4f", $0) } })"
    )
    guard parts, let snapshot = snapshots.dropFirst().first ?? snapshots.first else { return }
    let index = CitationWeight.index(snapshot, graph: graph)
    let s = step("signed graph") { SignedGraph(index) }
    for layer in [Layer.cooperative, .conflict] {
      let g = step("\(layer) graph") { AnalysisGraph(index, layer: layer) }
      _ = step("  pagerank", note: "\(g.arcCount) arcs") { Centrality.pageRank(g) }
      _ = step("  betweenness (exact)") { Centrality.betweenness(g) }
      _ = step("  degree") { Centrality.degree(g) }
      for epsilon in [0.01, 0.02, 0.05] {
        let p = try ApproximateBetweenness(epsilon: epsilon, delta: 0.1)
        _ = step("  betweenness (ε \(epsilon))") { p.estimate(g) }
      }
    }
    _ = step("triangle census") { Balance.census(s) }
    _ = step("unbalanced triangles") { Balance.unbalancedTriangles(s) }
    let w = step("walk balance") { WalkBalance.of(s) }
    print("    \(w.value) ± \(w.error)")
    _ = step("frustration") { Frustration.of(s) }
    _ = step("pivots") { Pivot.all(in: s) }
  } catch let e as EntenteError { fail(e.description) } catch { fail("\(error)") }
}
