import ArgumentParser
import Entente
import EntenteAnalysis

extension AnalysisFormatter.Format: ExpressibleByArgument {}

/// Reads `--measures`; an unknown measure is a usage error.
func measureArgument(_ text: String) throws -> MeasureList {
  try checkOption { () throws(EntenteError) in try MeasureList(parsing: text) }
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

  @Option(help: "Years before the date in which events still count.")
  var window: Int = 0

  @Option(help: "Output format.")
  var format: AnalysisFormatter.Format = .table

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// The test of relation kinds, checked against `vocabulary` when there is one.
  func keep(in vocabulary: RelationVocabulary?) throws -> @Sendable (String) -> Bool {
    try checkOption("--kinds") { () throws(EntenteError) in try kinds.predicate(in: vocabulary) }
  }
}
