import ArgumentParser
import Entente

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count what a graph holds: documents, actors by kind, relations by kind and time.",
    discussion: """
      For a graph file (YAML) it counts documents, actors by kind, relations by kind, events and intervals, the \
      years covered and the relations with evidence; with --at, also the snapshot's actors and edges. For a TSV \
      edge list (source target kind sign weight year) it counts rows, actors and kinds and the index's arcs.

      Examples:
        entente stats graphs/seeds.yaml
        entente stats graphs/seeds.yaml --at 2024
        entente stats actors_n1000.tsv
      """)

  @Argument(help: "A graph file (YAML) or a TSV edge list (.tsv).")
  var graph: String

  @Option(name: .customLong("at"), help: "Also describe the snapshot at this date.", transform: dateArgument)
  var date: EntenteDate?

  func run() throws {
    switch try GraphInput.read(path: graph) {
    case .edgeList(let list): try emit(EdgeList.Statistics(list).report(title: graph), to: nil)
    case .graph(let g):
      let snapshot = date.map { Snapshot.Statistics(g.snapshot(at: $0)).report } ?? ""
      try emit(ActorGraph.Statistics(g).report(title: graph) + snapshot, to: nil)
    }
  }
}
