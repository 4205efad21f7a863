import ArgumentParser
import Entente
import Foundation

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count what a graph holds: documents, actors by kind, relations by kind and time.",
    discussion: """
      For a graph file (YAML) it counts documents, actors by kind, relations by
      kind, events and intervals, the years covered and the relations with
      evidence; with --at, also the snapshot's actors and edges. For a TSV edge
      list (source target kind sign weight year) it counts rows, actors and kinds
      and the index's arcs.

      Examples:
        entente stats graphs/seeds.yaml
        entente stats graphs/seeds.yaml --at 2024
        entente stats actors_n1000.tsv
      """)

  @Argument(help: "A graph file (YAML) or a TSV edge list (.tsv).")
  var graph: String

  @Option(name: .customLong("at"), help: "Also describe the snapshot at this date.")
  var date: String?

  func run() throws {
    if graph.hasSuffix(".tsv") {
      let list: EdgeList
      do { list = try EdgeList.read(path: graph) } catch { throw fail(error) }
      let index = GraphIndex(list)
      print("\(graph): \(list.count) rows, \(list.actors.count) actors, \(list.kindNames.count) kinds (\(list.kindNames.joined(separator: ", ")))")
      print("index: \(index.nodeCount) nodes, \(index.edgeCount) edges, \(index.outNeighbors.count) arcs")
      return
    }
    let g = try loadGraph(graph)
    print("\(graph): \(g.documents.count) documents, \(g.actors.count) actors, \(g.relations.count) relations")
    let byKind = Dictionary(grouping: g.actors, by: \.kind)
    print("actors: " + Actor.Kind.allCases.compactMap { k in byKind[k].map { "\($0.count) \(k.rawValue)" } }.joined(separator: ", "))
    let relByKind = Dictionary(grouping: g.relations, by: \.kind)
    print("relations: " + g.vocabulary.ids.compactMap { k in relByKind[k].map { "\($0.count) \(k)" } }.joined(separator: ", "))
    let events = g.relations.filter { if case .event = $0.time { return true } else { return false } }.count
    print("time: \(events) events, \(g.relations.count - events) intervals")
    let years = g.relations.flatMap { r -> [Int] in
      switch r.time {
      case .event(let d): return [d.year]
      case .interval(let s, let u): return [s.year] + (u.map { [$0.year] } ?? [])
      }
    }
    if let lo = years.min(), let hi = years.max() { print("years: \(lo) to \(hi)") }
    let cited = g.relations.filter { !$0.evidence.isEmpty }.count
    print("evidence: \(cited) relations cite documents, \(g.relations.count - cited) are background facts")
    if let date {
      let s = g.snapshot(at: try parseDate(date, option: "--at"))
      let neg = s.edges.filter { $0.sign < 0 }.count
      print("snapshot \(s.date): \(s.actors.count) actors, \(s.edges.count) edges (\(s.edges.count - neg) positive, \(neg) negative)")
    }
  }
}
