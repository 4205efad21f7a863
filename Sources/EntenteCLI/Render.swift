import ArgumentParser
import Entente
import EntenteRender
import Foundation

extension DiagramRenderer.Format: ExpressibleByArgument {}
extension DiagramOptions.Membership: ExpressibleByArgument {}
extension DiagramOptions.Absent: ExpressibleByArgument {}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw influence diagrams through Graphviz: one date, or a comparison across dates.",
    discussion: """
      With --at, draws the snapshot at that date to -o FILE (SVG, PNG, PDF, or DOT with
      positions; the format follows the file's extension unless --format is given).
      With --compare, lays out the union of the dates once and writes into the folder
      -o DIR one SVG per date (influence-YEAR.svg) with every actor in the same place,
      one diff diagram per consecutive pair (diff-A-B.svg) and small-multiples.svg.

      Engines: neato (default), fdp, sfdp, circo, dot, auto (neato up to 1,000 nodes,
      sfdp above). dot is refused above 300 nodes or 3,000 edges.

      Examples:
        entente render graphs/seeds.yaml --at 2020 -o out/2020.svg
        entente render graphs/seeds.yaml --at 2020 -o out/2020.png --size-by degree
        entente render graphs/seeds.yaml --at 2024 --membership clusters --engine fdp -o out/2024.svg
        entente render graphs/seeds.yaml --compare 2016,2020,2024 -o out/
        entente render graphs/seeds.yaml --at 2020 --format dot -o - --embed
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Draw the snapshot at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  var date: String?

  @Option(help: "Compare these dates, comma-separated (e.g. 2016,2020,2024); -o is then a folder.")
  var compare: String?

  @Option(name: .shortAndLong, help: "Output file (with --at; '-' for standard output) or folder (with --compare).")
  var output: String

  @Option(help: "Output format: svg, png, pdf or dot (default: from the file's extension, else svg).")
  var format: DiagramRenderer.Format?

  @Option(help: "Layout engine: neato, fdp, sfdp, circo, dot or auto.")
  var engine: String = "neato"

  @Option(help: "Membership as edges or as clusters around each organization.")
  var membership: DiagramOptions.Membership = .edges

  @Option(help: "In comparisons, actors absent at a date are faded or hidden.")
  var absent: DiagramOptions.Absent = .faded

  @Option(help: "Size nodes by: degree (relations at the date) or none.")
  var sizeBy: String = "none"

  @Option(help: "Years before each date in which events still count.")
  var window: Int = 0

  @Option(help: "A title above the diagram.")
  var title: String?

  @Option(help: "Fit a page column this many pixels wide (e.g. 680): fonts and nodes grow so labels are at least 11 px there.")
  var width: Double?

  @Flag(help: "SVG for embedding: no XML prolog or DOCTYPE, width follows the container.")
  var embed = false

  @Flag(help: "Leave out the legend.")
  var noLegend = false

  func validate() throws {
    guard (date == nil) != (compare == nil) else { throw ValidationError("give either --at DATE or --compare DATES") }
    guard ["neato", "fdp", "sfdp", "circo", "dot", "twopi", "auto"].contains(engine) else {
      throw ValidationError("unknown engine '\(engine)'; use neato, fdp, sfdp, circo, dot, twopi or auto")
    }
    guard ["none", "degree"].contains(sizeBy) else { throw ValidationError("--size-by takes degree or none") }
    if let width { guard width >= 200 else { throw ValidationError("--width must be at least 200 pixels") } }
    guard (0...100).contains(window) else { throw ValidationError("--window must be from 0 to 100 years") }
    if let compare {
      let parts = compare.split(separator: ",").map(String.init)
      guard parts.count >= 2 else { throw ValidationError("--compare needs at least two dates, e.g. 2016,2020,2024") }
      for p in parts { _ = try parseDate(p, option: "--compare") }
    }
    if let date { _ = try parseDate(date, option: "--at") }
  }

  func run() throws {
    let g = try loadGraph(graph)
    var options = DiagramOptions(title: title, membership: membership, legend: !noLegend, absent: absent)
    options.width = width
    do {
      if let compare {
        let dates = try compare.split(separator: ",").map { try parseDate(String($0), option: "--compare") }
        if sizeBy == "degree" { options.nodeSizes = degrees(g.snapshot(at: dates[dates.count - 1], window: window)) }
        let set = try ComparisonDiagrams(graph: g, dates: dates, engine: engine, options: options, window: window).render(embed: embed)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for d in set.perDate + set.diffs {
          try write(Data(d.svg.utf8), to: output + "/" + d.name + ".svg")
        }
        try write(Data(set.smallMultiples.utf8), to: output + "/small-multiples.svg")
        print("wrote \(set.perDate.count + set.diffs.count + 1) SVGs to \(output)")
      } else if let date {
        let s = g.snapshot(at: try parseDate(date, option: "--at"), window: window)
        if sizeBy == "degree" { options.nodeSizes = degrees(s) }
        if options.title == nil { options.title = "\(s.date)" }
        let dot = InfluenceDiagram(graph: g, options: options).dot(for: s)
        let fmt = try format ?? DiagramRenderer.Format(path: output)
        let data = try DiagramRenderer.render(dot, engine: engine, format: fmt, embed: embed)
        if output == "-" { FileHandle.standardOutput.write(data) } else { try write(data, to: output) }
      }
    } catch let e as RenderError {
      FileHandle.standardError.write(Data("entente: \(e)\n".utf8))
      throw ExitCode(1)
    }
  }

  func write(_ data: Data, to path: String) throws {
    do { try AtomicFile.write(data, to: path) } catch { throw fail(error) }
  }

  func degrees(_ s: Snapshot) -> [ActorID: Double] {
    var d: [ActorID: Double] = [:]
    for e in s.edges {
      d[e.source, default: 0] += 1
      d[e.target, default: 0] += 1
    }
    return d
  }
}
