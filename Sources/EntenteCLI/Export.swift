import ArgumentParser
import Entente
import EntenteInterchange
import Foundation

extension InterchangeFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a snapshot, or the whole dated graph, for Gephi, NetworkX, igraph or yEd.",
    discussion: """
      Formats: graphml (typed attributes declared), gexf (GEXF 1.3, dynamic: each relation has a spell, so \
      Gephi's timeline plays the years), json (node-link data as NetworkX's node_link_data reads it), csv \
      (nodes.csv and edges.csv in the folder -o names). With --at, the snapshot's merged edges; without, every \
      relation with its own time.

      Examples:
        entente export graphs/seeds.yaml --format gexf -o out/seeds.gexf
        entente export graphs/seeds.yaml --at 2020 --format graphml \\
            -o out/2020.graphml
        entente export graphs/seeds.yaml --at 2024 --format json -o out/2024.json
        entente export graphs/seeds.yaml --format csv -o out/seeds-csv/
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(
    name: .customLong("at"), help: "Export the snapshot at this date instead of the whole graph.",
    transform: dateArgument)
  var date: EntenteDate?

  @Option(help: "The interchange format.")
  var format: InterchangeFormat

  @Option(name: .shortAndLong, help: "Output file ('-' for standard output), or folder for csv.")
  var output: String

  func validate() throws {
    if format == .csv && output == "-" { throw ValidationError("csv writes two files; give a folder with -o") }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    let name = PathText.lastComponent(graph)
    let table =
      date.map { g.snapshot(at: $0) }.map { InterchangeTable(snapshot: $0, title: "\(name) at \($0.date)") }
      ?? InterchangeTable(graph: g, title: name)
    let file = output == "-" ? nil : output
    switch format {
    case .graphml: try emit(GraphML.write(table), to: file, inputs: [graph])
    case .gexf: try emit(GEXF.write(table), to: file, inputs: [graph])
    case .json: try emit(NodeLinkJSON.write(table), to: file, inputs: [graph])
    case .csv:
      let (nodes, edges) = InterchangeCSV.write(table)
      try emit(files: [("nodes.csv", nodes), ("edges.csv", edges)], into: output, inputs: [graph])
    }
  }
}
