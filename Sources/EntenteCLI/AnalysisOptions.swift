import ArgumentParser
import Entente
import EntenteAnalysis

extension AnalysisFormatter.Format: ExpressibleByArgument {}

/// Reads `--measures`; an unknown measure is a usage error.
func measureArgument(_ text: String) throws -> MeasureList {
  try checkOption { () throws(EntenteError) in try MeasureList(parsing: text) }
}

/// Reads `--layers`; an unknown layer is a usage error.
func layerArgument(_ text: String) throws -> [Layer] {
  try checkOption { () throws(EntenteError) in try Layer.list(parsing: text) }
}

/// `--poles`, shared by analyze, diff and report.
struct PoleOptions: ParsableArguments {
  @Option(help: "Comma-separated actor ids to measure alignment with.")
  var poles: String?

  /// The poles, checked against the graph when there is one.
  func list(in graph: ActorGraph?) throws -> [String] {
    let list = poles.map { $0.split(separator: ",").map(String.init) } ?? []
    if let graph, let bad = list.first(where: { graph.actor(ActorID($0)) == nil }) {
      throw ValidationError("unknown actor '\(bad)' in --poles")
    }
    return list
  }
}

/// Options analyze and diff share.
struct AnalysisOptions: ParsableArguments {
  @Option(
    help: "Relation kinds: all, cooperative, conflict, or a comma list (default: all).",
    transform: KindSelection.init(parsing:))
  var kinds: KindSelection = .all

  @OptionGroup var poles: PoleOptions

  @Option(
    help: ArgumentHelp(
      "Layers the centralities run on, the first the main one: cooperative (read as influence), conflict (read as exposure), all.",
      discussion: "Default: cooperative,conflict for a graph file; all for an edge list (as NetworkX would)."),
    transform: layerArgument)
  var layers: [Layer]?

  @Flag(help: "Print PageRank or eigenvector values that did not converge as n/a instead of failing.")
  var allowUnconverged = false

  @Flag(
    help: "Let a relation cited again weigh more (the (1 + ln n) evidence rule); by default it does not move measures.")
  var countCitations = false

  @Option(help: "Years before the date in which events still count.")
  var window: Int = 0

  @Option(help: "Output format.")
  var format: AnalysisFormatter.Format = .table

  @Option(
    help:
      "PageRank and eigenvector stop when the L1 change per actor is below this (default 1e-6, NetworkX's rule).")
  var tolerance: Double = Measure.defaultTolerance

  func validate() throws {
    guard tolerance > 0, tolerance.isFinite else {
      throw ValidationError("--tolerance must be a positive number (for example 1e-10), not \(tolerance)")
    }
  }

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// The layers, or the default for the input.
  func layerList(edgeList: Bool) -> [Layer] { layers ?? (edgeList ? [.all] : [.cooperative, .conflict]) }

  /// Fails (unless `--allow-unconverged`) when an iterative measure did not converge.
  func check(_ a: SnapshotAnalysis) throws {
    if !allowUnconverged { try a.requireConverged() }
  }

  /// The test of relation kinds of an edge list, by its kinds and sign column.
  func keep(in list: EdgeList) throws -> @Sendable (String) -> Bool {
    try checkOption("--kinds") { () throws(EntenteError) in try kinds.predicate(in: list) }
  }

  /// The test of relation kinds, checked against `vocabulary` when there is one.
  func keep(in vocabulary: RelationVocabulary?) throws -> @Sendable (String) -> Bool {
    try checkOption("--kinds") { () throws(EntenteError) in try kinds.predicate(in: vocabulary) }
  }
}
