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
      Writes DIR/index.html (one self-contained page: SVG, CSS and script inline, nothing
      fetched, a Content-Security-Policy that forbids outside resources; a year selector
      kept in the URL fragment, a filter by relation kind), DIR/report.md and the SVGs it
      shows. For each date: the influence diagram with every actor in the same place, the
      centrality table with each actor's rank change and its main reason, balance,
      pivots, camps and the relations with their sources; then the diff diagrams, the
      years side by side and, with --poles, alignment over the years. With --docs (or
      documents found beside the graph file) each source shows its sentence, and a
      warning where the document changed since extraction.

      Examples:
        entente report graphs/seeds.yaml --at 2016 --at 2020 --at 2024 -o out/report
        entente report graphs/seeds.yaml --at 2016 --at 2024 --poles RUS,USA,CHN,TUR --docs ../shared/seeds -o out/report
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Dates to compare, in order.")
  var dates: [String]

  @Option(help: "Comma-separated actor ids to measure alignment with.")
  var poles: String?

  @Option(help: "The folder of the documents the evidence cites (by file name).")
  var docs: String?

  @Option(name: .shortAndLong, help: "The folder to write the report into.")
  var output: String

  func validate() throws {
    guard dates.count >= 2 else { throw ValidationError("give at least two dates with --at (for example --at 2016 --at 2024)") }
    for d in dates { _ = try parseDate(d, option: "--at") }
  }

  func run() throws {
    let g = try loadGraph(graph)
    let poleList = poles.map { $0.split(separator: ",").map(String.init) } ?? []
    for p in poleList where g.actor(ActorID(p)) == nil { throw ValidationError("unknown actor '\(p)' in --poles") }
    let reader = EvidenceReader(graph: g, folder: docs, graphPath: graph)
    let report: Report
    do {
      report = try Report.build(
        graph: g, dates: try dates.map { try parseDate($0, option: "--at") }, poles: poleList, evidence: reader.isEmpty ? nil : reader,
        title: "Entente report: \((graph as NSString).lastPathComponent), \(dates.joined(separator: ", "))")
    } catch let e as RenderError {
      FileHandle.standardError.write(Data("entente: \(e)\n".utf8))
      throw ExitCode(1)
    }
    do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
      throw fail(EntenteError(.writeFailed, "cannot create folder '\(output)'"))
    }
    try emit(report.html, to: output + "/index.html")
    try emit(report.markdown, to: output + "/report.md")
    for (name, svg) in report.svgs { try emit(svg, to: output + "/" + name) }
    print("wrote \(output)/index.html, \(output)/report.md and \(report.svgs.count) SVGs")
  }
}
