import ArgumentParser
import Entente
import EntenteInterchange
import Foundation

extension InterchangeFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a snapshot, or the whole dated graph, for Gephi, NetworkX, igraph or yEd.",
    discussion: """
      Formats: graphml (typed attributes declared), gexf (GEXF 1.3, dynamic: each
      relation has a spell, so Gephi's timeline plays the years), json (node-link data
      as NetworkX's node_link_data reads it), csv (nodes.csv and edges.csv in the folder
      -o names). With --at, the snapshot's merged edges; without, every relation with
      its own time.

      Examples:
        entente export graphs/seeds.yaml --format gexf -o out/seeds.gexf
        entente export graphs/seeds.yaml --at 2020 --format graphml -o out/2020.graphml
        entente export graphs/seeds.yaml --at 2024 --format json -o out/2024.json
        entente export graphs/seeds.yaml --format csv -o out/seeds-csv/
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Export the snapshot at this date instead of the whole graph.")
  var date: String?

  @Option(help: "Format: graphml, gexf, json, csv.")
  var format: InterchangeFormat

  @Option(name: .shortAndLong, help: "Output file ('-' for standard output), or folder for csv.")
  var output: String

  func validate() throws {
    if let date { _ = try parseDate(date, option: "--at") }
    if format == .csv && output == "-" { throw ValidationError("csv writes two files; give a folder with -o") }
  }

  func run() throws {
    let g = try loadGraph(graph)
    let name = (graph as NSString).lastPathComponent
    let table: InterchangeTable
    if let date {
      let s = g.snapshot(at: try parseDate(date, option: "--at"))
      table = InterchangeTable(snapshot: s, title: "\(name) at \(s.date)")
    } else {
      table = InterchangeTable(graph: g, title: name)
    }
    switch format {
    case .graphml: try emit(GraphML.write(table), to: output == "-" ? nil : output)
    case .gexf: try emit(GEXF.write(table), to: output == "-" ? nil : output)
    case .json: try emit(NodeLinkJSON.write(table), to: output == "-" ? nil : output)
    case .csv:
      let (nodes, edges) = InterchangeCSV.write(table)
      do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
        throw fail(EntenteError(.writeFailed, "cannot create folder '\(output)'"))
      }
      try emit(nodes, to: (output as NSString).appendingPathComponent("nodes.csv"))
      try emit(edges, to: (output as NSString).appendingPathComponent("edges.csv"))
    }
  }
}
