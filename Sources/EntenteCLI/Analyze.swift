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

  func validate() throws {
    _ = try parseMeasures(measures)
    if !graph.hasSuffix(".tsv") && date == nil { throw ValidationError("give --at DATE for a graph file (for example --at 2020)") }
    if let date { _ = try parseDate(date, option: "--at") }
  }

  func run() throws {
    let ms = try parseMeasures(measures)
    let poleList = poles.map { $0.split(separator: ",").map(String.init) } ?? []
    let analysis: SnapshotAnalysis
    let title: String
    if graph.hasSuffix(".tsv") {
      let list: EdgeList
      do { list = try EdgeList.read(path: graph) } catch { throw fail(error) }
      let keep = try kindFilter(kinds, vocabulary: nil)
      // Balance on large lists costs O(V^3); only small lists get it.
      analysis = SnapshotAnalysis(index: GraphIndex(list), measures: ms, keep: keep, poles: poleList, signed: list.actors.count <= 2_000)
      title = graph
    } else {
      let g = try loadGraph(graph)
      let keep = try kindFilter(kinds, vocabulary: g.vocabulary)
      for p in poleList where g.actor(ActorID(p)) == nil {
        throw ValidationError("unknown actor '\(p)' in --poles")
      }
      let s = g.snapshot(at: try parseDate(date ?? "", option: "--at"), window: window)
      analysis = SnapshotAnalysis(index: GraphIndex(s), measures: ms, keep: keep, poles: poleList)
      title = "\(s.date)" + (kinds == "all" ? "" : " (\(kinds) relations)")
    }
    try emit(AnalysisFormatter.format(analysis, as: format, title: title), to: output)
  }
}
