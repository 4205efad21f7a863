import ArgumentParser
import Entente
import EntenteRender
import EntenteReport
import Foundation

struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write an HTML and a Markdown report comparing the graph at several dates.",
    discussion: """
      Writes DIR/index.html (one self-contained page: SVG, CSS and script inline, nothing fetched, a \
      Content-Security-Policy that forbids outside resources; a year selector kept in the URL fragment, a filter \
      by relation kind), DIR/report.md and the SVGs it shows. For each date: the influence diagram with every \
      actor in the same place, the centrality table with each actor's rank change and its main reason, balance, \
      pivots, camps and the relations with their sources; then the diff diagrams, the years side by side and, \
      with --poles, alignment over the years. With --docs (or documents found beside the graph file) each source \
      shows its sentence, and a warning where the document changed since extraction.

      Examples:
        entente report graphs/seeds.yaml --at 2016 --at 2020 --at 2024 -o out/report
        entente report graphs/seeds.yaml --at 2016 --at 2024 \\
            --poles RUS,USA,CHN,TUR --docs ../shared/seeds -o out/report
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Dates to compare, in order.", transform: dateArgument)
  var dates: [EntenteDate]

  @OptionGroup var poles: PoleOptions

  @Option(help: "The folder of the documents the evidence cites (by file name).")
  var docs: String?

  @Option(
    help: "Layout engine: \(LayoutEngine.list) (default: neato); each refuses graphs above its size limit.",
    transform: engineArgument)
  var engine: LayoutEngine = .neato

  @Option(name: .shortAndLong, help: "The folder to write the report into.")
  var output: String

  func validate() throws {
    guard dates.count >= 2 else {
      throw ValidationError("give at least two dates with --at (for example --at 2016 --at 2024)")
    }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    let poleList = try poles.list(in: g)
    let reader = EvidenceReader(graph: g, folder: docs, graphPath: graph)
    for r in reader.refusals { warn(r + "; not read") }
    let title =
      "Entente report: \(PathText.lastComponent(graph)), \(dates.map(\.description).joined(separator: ", "))"
    let report = try Report.build(
      graph: g, dates: dates, poles: poleList, evidence: reader.isEmpty ? nil : reader, title: title,
      engine: engine.rawValue)
    let files = [("index.html", report.html), ("report.md", report.markdown)] + report.svgs.map { ($0.name, $0.svg) }
    // The folder is written whole, then renamed into place: two runs never mix their files.
    try AtomicFolder.write(
      files.map { ($0.0, Data($0.1.utf8)) }, to: output,
      replaceable: { $0 == "index.html" || $0 == "report.md" || $0.hasSuffix(".svg") }, inputs: [graph])
    print("wrote \(output)/index.html, \(output)/report.md and \(report.svgs.count) SVGs")
  }
}
