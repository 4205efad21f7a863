import ArgumentParser
import Entente
import EntenteEvents
import EntenteInterchange
import Foundation

extension EventImport.Period: ExpressibleByArgument {}

/// Every format `entente import` reads.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
  case gdelt1, gdelt2, icews, dyads, graphml, gexf, json, csv
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Build a graph file from event files (GDELT, ICEWS) or interchange files (GraphML, GEXF, JSON, CSV).",
    discussion: """
      Interchange files (graphml, gexf, json, csv: the edges file, with nodes.csv beside it) come back as a graph \
      file; edges need a kind and a date, or take --kind and --at. Node ids that are not Entente ids are turned \
      into ones.

      A dyads file (--format dyads) is the CSV an engine wrote with the statement of `entente events sql` \
      (columns source, target, kind, period, events, mentions, weight; optionally goldstein, source_name, \
      target_name, dataset); it becomes the graph `entente import` makes of the same events in process.

      Event files stream (memory stays flat), maps CAMEO event codes to relation kinds (a data table; \
      --cameo-map FILE overrides it), country codes or ICEWS country names to actor ids, and aggregates events \
      per actor pair, kind and month (or year) into relations weighted by mentions and Goldstein scores. Prints \
      a summary of rows read, kept, skipped and malformed (with line numbers) on standard error, and a progress \
      bar when standard error is a terminal.

      Examples:
        entente import 20201113.export.CSV --format gdelt2 \\
            -o graphs/gdelt-2020-11.yaml
        entente import events.2018.tab --format icews --period year \\
            -o graphs/icews-2018.yaml
        entente import 20150218.export.CSV --format gdelt1 --cameo-map my-cameo.tsv \\
            -o out.yaml
        entente import gdelt-years.csv --format dyads -o graphs/gdelt-years.yaml
        entente import from-networkx.graphml --format graphml -o graphs/back.yaml
        entente import edges.csv --format csv --kind support --at 2020 \\
            -o graphs/from-csv.yaml
      """)

  @Argument(help: "The event file.")
  var file: String

  @Option(help: "The layout of the file.")
  var format: ImportFormat

  @Option(help: "Interchange files: the kind of edges that have none.")
  var kind: String?

  @Option(
    name: .customLong("at"), help: "Interchange files: the date of edges that have none.", transform: dateArgument)
  var date: EntenteDate?

  @Option(help: "Aggregate by month or year.")
  var period: EventImport.Period = .month

  @Option(help: "A CAMEO code-to-kind table (code<TAB>kind per line) instead of the default.")
  var cameoMap: String?

  @Option(name: .shortAndLong, help: "The graph file to write (YAML), atomically; - for standard output.")
  var output: String

  func run() throws {
    let name = PathText.lastComponent(file)
    if let interchange = InterchangeFormat(rawValue: format.rawValue) {
      let g = try interchange.read(path: file).graph(defaultKind: kind, defaultDate: date)
      try emit(
        GraphFileWriter(header: "Imported from \(name) (\(format.rawValue)) by entente import.").yaml(for: g),
        to: output, inputs: [file])
      report("\(g.actors.count) actors, \(g.relations.count) relations\nwrote \(written)\n")
    } else if format == .dyads {
      let result = try DyadImport().run(path: file)
      let header = "Imported from \(name) (dyads) by entente import.\n" + result.summary.report
      try emit(GraphFileWriter(header: header).yaml(for: result.graph), to: output, inputs: [file])
      report(result.summary.report + "\nwrote \(written)\n")
    } else if let eventFormat = EventImport.Format(rawValue: format.rawValue) {
      let cameo = try cameoMap.map { (p) throws(EntenteError) in
        try CameoMap(path: p, vocabulary: try RelationVocabulary.standard())
      }
      let result = try ProgressBar.run { progress in
        try EventImport(format: eventFormat, period: period, cameo: cameo).run(path: file, progress: progress)
      }
      let header =
        "Imported from \(name) (\(format.rawValue), by \(period.rawValue)) by entente import.\n" + result.summary.report
      try emit(
        GraphFileWriter(header: header).yaml(for: result.graph), to: output,
        inputs: [file] + (cameoMap.map { [$0] } ?? []))
      report(result.summary.report + "\nwrote \(written)\n")
    }
  }

  /// What the summary says was written: the file, or standard output for `-o -`.
  var written: String { output == "-" ? "standard output" : output }

  func report(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
enum ProgressBar {
  /// Runs `body`, giving it a callback that takes bytes read and the total, and ends the bar's line after.
  static func run<T>(_ body: (_ progress: @escaping (Int, Int) -> Void) throws -> T) throws -> T {
    let isTerminal = isatty(STDERR_FILENO) == 1
    var lastPercent = -1
    let result = try body { read, total in
      guard isTerminal, total > 0 else { return }
      let percent = min(100, read * 100 / total)
      guard percent != lastPercent else { return }
      lastPercent = percent
      let bar = String(repeating: "#", count: percent / 4) + String(repeating: ".", count: 25 - percent / 4)
      FileHandle.standardError.write(Data("\r[\(bar)] \(percent)%".utf8))
    }
    if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    return result
  }
}
