import ArgumentParser
import Entente
import EntenteRender
import Foundation

extension DiagramRenderer.Format: ExpressibleByArgument {}
extension DiagramOptions.Membership: ExpressibleByArgument {}
extension DiagramOptions.Absent: ExpressibleByArgument {}
extension NodeSizing: ExpressibleByArgument {}

/// Reads `--engine`; an unknown engine is a usage error that lists the engines.
func engineArgument(_ text: String) throws -> LayoutEngine {
  do { return try LayoutEngine(named: text) } catch { throw ValidationError(error.message) }
}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw influence diagrams through Graphviz: one date, or a comparison across dates.",
    discussion: """
      With --at, draws the snapshot at that date to -o FILE (SVG, PNG, PDF, or DOT with positions; the format \
      follows the file's extension unless --format is given). With --compare, lays out the union of the dates \
      once and writes into the folder -o DIR one SVG per date (influence-YEAR.svg) with every actor in the same \
      place, one diff diagram per consecutive pair (diff-A-B.svg) and small-multiples.svg.

      Engines: neato (default), fdp, sfdp, circo, dot, twopi, auto (neato up to \
      \(GraphvizRenderer.maximumNeatoNodes) nodes, sfdp above). dot is refused above \
      \(GraphvizRenderer.maximumDotNodes) nodes or \(GraphvizRenderer.maximumDotEdges) edges.

      Examples:
        entente render graphs/seeds.yaml --at 2020 -o out/2020.svg
        entente render graphs/seeds.yaml --at 2020 -o out/2020.png --size-by degree
        entente render graphs/seeds.yaml --at 2024 --membership clusters \\
            --engine fdp -o out/2024.svg
        entente render graphs/seeds.yaml --compare 2016,2020,2024 -o out/
        entente render graphs/seeds.yaml --at 2020 --format dot -o - --embed
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(
    name: .customLong("at"), help: "Draw the snapshot at this date (YYYY, YYYY-MM or YYYY-MM-DD).",
    transform: dateArgument)
  var date: EntenteDate?

  @Option(
    help: "Compare these dates, comma-separated (e.g. 2016,2020,2024); -o is then a folder.",
    transform: dateListArgument)
  var compare: [EntenteDate]?

  @Option(name: .shortAndLong, help: "Output file (with --at; '-' for standard output) or folder (with --compare).")
  var output: String

  @Option(help: "Output format (default: from the file's extension, else svg).")
  var format: DiagramRenderer.Format?

  @Option(help: "Layout engine: \(LayoutEngine.list) (default: neato).", transform: engineArgument)
  var engine: LayoutEngine = .neato

  @Option(help: "Membership as edges or as clusters around each organization.")
  var membership: DiagramOptions.Membership = .edges

  @Option(help: "In comparisons, actors absent at a date are faded or hidden.")
  var absent: DiagramOptions.Absent = .faded

  @Option(help: "Size nodes by: degree (relations at the date) or none.")
  var sizeBy: NodeSizing = .none

  @Option(help: "Years before each date in which events still count.")
  var window: Int = 0

  @Option(
    help:
      "Draw at most this many actors, those with the most relations (the title says what is left out); 0 draws all."
  )
  var maxActors: Int = FigureSelection.defaultLimit

  @Option(help: "A title above the diagram.")
  var title: String?

  @Option(
    help: "Fit a page column this many pixels wide (e.g. 680): fonts and nodes grow so labels are at least 11 px there."
  )
  var width: Double?

  @Flag(help: "SVG for embedding: no XML prolog or DOCTYPE, width follows the container.")
  var embed = false

  @Flag(help: "Leave out the legend.")
  var noLegend = false

  func validate() throws {
    guard (date == nil) != (compare == nil) else { throw ValidationError("give either --at DATE or --compare DATES") }
    if let width { guard width >= 200 else { throw ValidationError("--width must be at least 200 pixels") } }
    guard (0...100).contains(window) else { throw ValidationError("--window must be from 0 to 100 years") }
    guard maxActors >= 0 else { throw ValidationError("--max-actors must be 0 (all) or more") }
    if let compare, compare.count < 2 {
      throw ValidationError("--compare needs at least two dates, e.g. 2016,2020,2024")
    }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    var options = DiagramOptions(title: title, membership: membership, legend: !noLegend, absent: absent)
    options.width = width
    if let compare {
      try renderComparison(g, dates: compare, options: options)
    } else if let date {
      try renderSnapshot(g.snapshot(at: date, window: window), of: g, options: options)
    }
  }

  /// One SVG per date with every actor in the same place, the diffs and the small multiples, into `output`.
  func renderComparison(_ g: ActorGraph, dates: [EntenteDate], options: DiagramOptions) throws {
    var options = options
    options.nodeSizes = sizeBy.sizes(in: g.snapshot(at: dates[dates.count - 1], window: window))
    var comparison = ComparisonDiagrams(
      graph: g, dates: dates, engine: engine.rawValue, options: options, window: window)
    comparison.actorLimit = maxActors > 0 ? maxActors : Int.max
    let set = try comparison.render(embed: embed)
    let files = (set.perDate + set.diffs).map { (name: $0.name + ".svg", text: $0.svg) }
    try emit(files: files + [("small-multiples.svg", set.smallMultiples)], into: output, inputs: [graph])
    print("wrote \(files.count + 1) SVGs to \(output)")
  }

  /// The diagram of one snapshot, to `output` in the format asked for or implied by its extension.
  func renderSnapshot(_ s: Snapshot, of g: ActorGraph, options: DiagramOptions) throws {
    var options = options
    options.nodeSizes = sizeBy.sizes(in: s)
    if options.title == nil { options.title = "\(s.date)" }
    var drawn = s
    if maxActors > 0, let selection = FigureSelection.top(maxActors, of: [s]) {
      drawn = selection.apply(s)
      options.title = (options.title ?? "") + " (" + selection.note(for: s) + ")"
      options.edgeLabels = false
    }
    let dot = InfluenceDiagram(graph: g, options: options).dot(for: drawn)
    let format = try format ?? DiagramRenderer.Format(path: output)
    try emit(
      try DiagramRenderer.render(dot, engine: engine.rawValue, format: format, embed: embed),
      to: output == "-" ? nil : output, inputs: [graph])
  }
}
