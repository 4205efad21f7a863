import ArgumentParser
import Entente
import EntenteInterchange
import EntenteRender
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

      GEXF carries what Gephi draws: viz:color and viz:size for every actor (its kind's colour, sized by its \
      relations), viz:position from the comparison layout of --layout's dates (as render --compare draws them; \
      default the --at date, or every year a relation starts in; above 2,000 actors only with --layout), each \
      actor's spell from its first relation to its last, and type="undirected" on the edges of undirected kinds \
      (alliance, tension, hostility...). NetworkX's read_gexf refuses a file that mixes directed and undirected \
      edges: export the two apart with --direction directed and --direction undirected, and it reads the second \
      as an undirected MultiGraph.

      Examples:
        entente export graphs/seeds.yaml --format gexf -o out/seeds.gexf
        entente export graphs/seeds.yaml --at 2020 --format graphml \\
            -o out/2020.graphml
        entente export graphs/seeds.yaml --at 2024 --format json -o out/2024.json
        entente export graphs/seeds.yaml --format csv -o out/seeds-csv/
        entente export graphs/seeds.yaml --format gexf --direction undirected \\
            --layout 2016,2020,2024 -o out/undirected.gexf
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

  @Option(help: "Which relations: all, directed (kinds with a direction) or undirected.")
  var direction: DirectionFilter = .all

  @Option(
    help: "GEXF: the dates whose comparison layout places the actors (default: --at, or every year a relation starts).",
    transform: dateListArgument)
  var layout: [EntenteDate]?

  /// Above this many actors a GEXF gets positions only when --layout asks for them.
  static let layoutLimit = 2000

  enum DirectionFilter: String, ExpressibleByArgument, CaseIterable {
    case all, directed, undirected
  }

  func validate() throws {
    if format == .csv && output == "-" { throw ValidationError("csv writes two files; give a folder with -o") }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    let name = PathText.lastComponent(graph)
    var table =
      date.map { g.snapshot(at: $0) }.map { InterchangeTable(snapshot: $0, title: "\(name) at \($0.date)") }
      ?? InterchangeTable(graph: g, title: name)
    if direction != .all { table.edges = table.edges.filter { $0.directed == (direction == .directed) } }
    if format == .gexf {
      let starts = g.relations.map { r -> Int in
        switch r.time {
        case .event(let d): return d.year
        case .interval(let since, _): return since.year
        }
      }
      let years = Set(starts).sorted().compactMap { try? EntenteDate(year: $0) }
      let dates = layout ?? date.map { [$0] } ?? years
      // A force layout of tens of thousands of actors takes Graphviz minutes: asked for, not by default.
      let large = layout == nil && g.actors.count > Self.layoutLimit
      if large {
        warn(
          "no viz:position: \(g.actors.count) actors are more than \(Self.layoutLimit) to lay out by default; "
            + "give --layout DATES to lay them out anyway")
      }
      let positions = dates.isEmpty || large ? [:] : try ComparisonDiagrams(graph: g, dates: dates).layout()
      table = table.drawn(
        graph: g,
        positions: Dictionary(uniqueKeysWithValues: positions.map { ($0.key.rawValue, (x: $0.value.x, y: $0.value.y)) })
      )
    }
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
