import ArgumentParser
import Entente
import EntenteAnalysis
import Foundation

extension AnalysisFormatter.Format: ExpressibleByArgument {}

/// Kinds option shared by analyze and diff: all, cooperative, conflict, or a comma list.
func kindFilter(_ spec: String, vocabulary: RelationVocabulary?) throws -> (String) -> Bool {
  switch spec {
  case "all": return { _ in true }
  case "cooperative": return { vocabulary?[$0]?.sign ?? 1 > 0 }
  case "conflict": return { (vocabulary?[$0]?.sign ?? 1) < 0 }
  default:
    let kinds = Set(spec.split(separator: ",").map(String.init))
    if let vocabulary, let bad = kinds.first(where: { vocabulary[$0] == nil }) {
      throw ValidationError("unknown relation kind '\(bad)' in --kinds; use all, cooperative, conflict or kinds from: \(vocabulary.ids.joined(separator: ", "))")
    }
    return { kinds.contains($0) }
  }
}

/// Parses --measures.
func parseMeasures(_ spec: String) throws -> [Measure] {
  try spec.split(separator: ",").map { name in
    guard let m = Measure(rawValue: String(name)) else {
      throw ValidationError("unknown measure '\(name)'; measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return m
  }
}

/// Options analyze and diff share.
struct AnalysisOptions: ParsableArguments {
  @Option(help: "Relation kinds: all, cooperative, conflict, or a comma list.")
  var kinds: String = "all"

  @Option(help: "Comma-separated actor ids to measure alignment with.")
  var poles: String?

  @Option(help: "Years before the date in which events still count.")
  var window: Int = 0

  @Option(help: "Output format: table, csv, json, md.")
  var format: AnalysisFormatter.Format = .table

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// The poles, checked against the graph when there is one.
  func poleList(in graph: ActorGraph?) throws -> [String] {
    let list = poles.map { $0.split(separator: ",").map(String.init) } ?? []
    if let graph, let bad = list.first(where: { graph.actor(ActorID($0)) == nil }) {
      throw ValidationError("unknown actor '\(bad)' in --poles")
    }
    return list
  }
}

struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure a snapshot: centralities, balance, camps, pivots, alignment.",
    discussion: """
      For a graph file, analyses the snapshot at --at. For a TSV edge list (.tsv, the
      format of ../shared/bench/gen.py) it analyses the whole list as NetworkX would:
      parallel relations summed into one directed edge, self-loops dropped, path
      measures by hop count. --format csv prints 'actor,<measure>,...' and one row per
      actor. Measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).
      The guide for each is in Guides/Analysis.md.

      Examples:
        entente analyze graphs/seeds.yaml --at 2020
        entente analyze graphs/seeds.yaml --at 2024 --poles RUS,USA,CHN,TUR --format md
        entente analyze graphs/seeds.yaml --at 2020 --kinds conflict --measures degree,betweenness
        entente analyze actors_n1000.tsv --measures pagerank,betweenness,closeness --format csv
      """)

  @Argument(help: "A graph file (YAML) or a TSV edge list (.tsv).")
  var graph: String

  @Option(name: .customLong("at"), help: "The date of the snapshot (graph files).")
  var date: String?

  @Option(help: "Comma-separated measures.")
  var measures: String = "pagerank,betweenness,degree,closeness,pn"

  @OptionGroup var common: AnalysisOptions

  func validate() throws {
    _ = try parseMeasures(measures)
    if !graph.hasSuffix(".tsv") && date == nil { throw ValidationError("give --at DATE for a graph file (for example --at 2020)") }
    if let date { _ = try parseDate(date, option: "--at") }
  }

  func run() throws {
    let ms = try parseMeasures(measures)
    let analysis: SnapshotAnalysis
    let title: String
    if graph.hasSuffix(".tsv") {
      let list: EdgeList
      do { list = try EdgeList.read(path: graph) } catch { throw fail(error) }
      let keep = try kindFilter(common.kinds, vocabulary: nil)
      // Balance on large lists costs O(V^3); only small lists get it.
      analysis = SnapshotAnalysis(index: GraphIndex(list), measures: ms, keep: keep, poles: try common.poleList(in: nil), signed: list.actors.count <= 2_000)
      title = graph
    } else {
      let g = try loadGraph(graph)
      let keep = try kindFilter(common.kinds, vocabulary: g.vocabulary)
      let s = g.snapshot(at: try parseDate(date ?? "", option: "--at"), window: common.window)
      analysis = SnapshotAnalysis(index: GraphIndex(s), measures: ms, keep: keep, poles: try common.poleList(in: g))
      title = "\(s.date)" + (common.kinds == "all" ? "" : " (\(common.kinds) relations)")
    }
    try emit(AnalysisFormatter.format(analysis, as: common.format, title: title), to: common.output)
  }
}
