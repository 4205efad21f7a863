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

      --title and --subtitle head the page; --intro FILE adds a Markdown introduction (paragraphs, headings, \
      lists, emphasis, code, links; raw HTML shows as text). When Chromium is present (chromium on PATH, or \
      ENTENTE_CHROMIUM) the report is also printed to DIR/report.pdf, every year on its own page; without it the \
      command says so and the report is written all the same.

      Examples:
        entente report graphs/seeds.yaml --at 2016 --at 2020 --at 2024 -o out/report
        entente report graphs/seeds.yaml --at 2016 --at 2024 \\
            --poles RUS,USA,CHN,TUR --docs ../shared/seeds -o out/report
        entente report graphs/seeds.yaml --at 2016 --at 2024 \\
            --title "Alliances" --subtitle "2016-2024" --intro intro.md -o out/rep
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Dates to compare, in order.", transform: dateArgument)
  var dates: [EntenteDate]

  @OptionGroup var poles: PoleOptions

  @Option(help: "The folder of the documents the evidence cites (by file name).")
  var docs: String?

  @Flag(name: .customLong("no-docs"), help: "Cite sources without quoting their sentences (read no document).")
  var noDocs = false

  @Option(
    help: "Layout engine: \(LayoutEngine.list) (default: neato); each refuses graphs above its size limit.",
    transform: engineArgument)
  var engine: LayoutEngine = .neato

  @Option(name: .shortAndLong, help: "The folder to write the report into.")
  var output: String

  @Option(help: "The page's title (default: the graph file and the dates).")
  var title: String?

  @Option(help: "A line under the title.")
  var subtitle: String?

  @Option(help: "A Markdown file shown as the introduction, before the first year (all its text is escaped).")
  var intro: String?

  @Flag(name: .customLong("no-pdf"), help: "Do not print report.pdf, even when Chromium is present.")
  var noPDF = false

  func validate() throws {
    guard dates.count >= 2 else {
      throw ValidationError("give at least two dates with --at (for example --at 2016 --at 2024)")
    }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    let poleList = try poles.list(in: g)
    let reader = noDocs ? nil : EvidenceReader(graph: g, folder: docs, graphPath: graph)
    for r in reader?.refusals ?? [] { warn(r + "; not read") }
    let title =
      self.title
      ?? "Entente report: \(PathText.lastComponent(graph)), \(dates.map(\.description).joined(separator: ", "))"
    var introduction: String?
    if let intro {
      guard let text = try? String(contentsOfFile: intro, encoding: .utf8) else {
        throw EntenteError(.fileUnreadable, "cannot read the introduction '\(intro)'; give a UTF-8 Markdown file")
      }
      introduction = text
    }
    let report = try Report.build(
      graph: g, dates: dates, poles: poleList, evidence: reader?.isEmpty ?? true ? nil : reader, title: title,
      subtitle: subtitle, introduction: introduction, engine: engine.rawValue)
    let files =
      [("index.html", report.html), ("report.md", report.markdown)] + report.svgs.map { ($0.name, $0.svg) }
      + report.tables.map { ($0.name, $0.csv) }
    let inputs = [graph] + (intro.map { [$0] } ?? [])
    // The folder is written whole, then renamed into place: two runs never mix their files.
    try AtomicFolder.write(
      files.map { ($0.0, Data($0.1.utf8)) }, to: output,
      replaceable: { name in
        ["index.html", "report.md", "report.pdf"].contains(name) || name.hasSuffix(".svg")
          || (name.hasSuffix(".csv") && (name.hasPrefix("centrality-") || name.hasPrefix("relations-")))
      },
      inputs: inputs)
    print(
      "wrote \(output)/index.html, \(output)/report.md and \(report.svgs.count) SVGs"
        + (report.tables.isEmpty ? "" : " and \(report.tables.count) CSVs of the tables the page cuts"))
    if noPDF { return }
    // The PDF is a convenience: without Chromium, or when it fails, the report stands as written.
    guard let printer = ReportPrinter.find() else {
      print(
        "no report.pdf: Chromium was not found (looked for \(ReportPrinter.names.joined(separator: ", ")) on PATH, "
          + "or set ENTENTE_CHROMIUM); print index.html from a browser instead")
      return
    }
    do throws(RenderError) {
      try printer.writePDF(html: PathText.join(output, "index.html"), to: PathText.join(output, "report.pdf"))
      print("wrote \(output)/report.pdf with \(printer.chromium)")
    } catch {
      print("no report.pdf: \(error.message)")
    }
  }
}
