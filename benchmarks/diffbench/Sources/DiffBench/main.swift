// The three-date diff of `entente diff`, timed step by step in release without building the
// review server: a package over Entente and EntenteAnalysis only (see Guides/Benchmarks.md).
//
//   cd benchmarks/diffbench && swift build -c release && .build/release/DiffBench GRAPH.yaml
import Entente
import EntenteAnalysis
import Foundation

func cpu() -> Double {
  var u = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
  return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec)
    + Double(u.ru_stime.tv_usec) / 1e6
}
let path = CommandLine.arguments[1]
var t = cpu()
@MainActor func lap(_ s: String) {
  let n = cpu()
  print(String(format: "%-40@ %.2f s CPU", s as NSString, n - t))
  t = n
}
let graph = try GraphFileReader().read(path: path)
lap("read")
let dates = try ["2016", "2020", "2024"].map { try EntenteDate(parsing: $0) }
let snaps = dates.map { graph.snapshot(at: $0) }
lap("3 snapshots")
var cache = AnalysisCache(
  measures: MeasureList.shiftDefault.measures, layers: [.cooperative, .conflict], graph: graph)
let analyses = cache.analyses(of: snaps)
lap("3 analyses (\(snaps.map { $0.actors.count }) actors)")
let shifts = cache.shifts(snaps)
lap("2 shifts")
let text = ShiftFormatter.format(shifts, measures: cache.measures, as: .table, top: 10)
lap("format (\(text.utf8.count) bytes)")
_ = analyses
