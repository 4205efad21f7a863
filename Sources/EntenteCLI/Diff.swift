import ArgumentParser
import Entente
import EntenteAnalysis

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what shifted between dates, and why: relations, ranks, balance, camps, alignment.",
    discussion: """
      For each pair of consecutive dates: the relations added, removed and changed (with their sources), \
      relations only cited again (apart: they move no measure unless --count-citations), balance before and \
      after, pivots gained and lost, actors that changed camp, alignment changes with --poles, and each \
      actor's change in every measure with its rank. Centralities run on the cooperative layer (influence) \
      and the conflict layer (exposure, columns exposure_*) unless --layers says otherwise. A change is \
      explained by actor pairs (all of a pair's relation changes are one unit), with Shapley shares that sum \
      to the change, over the actors of both dates; a pair is the main reason only when it explains half.

      Examples:
        entente diff graphs/seeds.yaml --at 2016 --at 2020 --at 2024
        entente diff graphs/seeds.yaml --at 2020 --at 2024 --poles RUS,USA --format md
        entente diff graphs/seeds.yaml --at 2016 --at 2024 --measures betweenness \\
            --format csv
      """)

  @Argument(help: "A graph file (YAML).")
  var graph: String

  @Option(name: .customLong("at"), help: "Dates to compare, in order (two or more).", transform: dateArgument)
  var dates: [EntenteDate]

  @Option(help: "Comma-separated measures (default: \(MeasureList.shiftDefault)).", transform: measureArgument)
  var measures: MeasureList = .shiftDefault

  @Option(help: "Actors per measure, and explanations per actor, in tables.")
  var top: Int = 8

  @OptionGroup var common: AnalysisOptions

  func validate() throws {
    guard dates.count >= 2 else {
      throw ValidationError("give at least two dates with --at (for example --at 2016 --at 2020)")
    }
    guard top > 0 else { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let g = try GraphFileReader().read(path: graph)
    let keep = try common.keep(in: g.vocabulary)
    let poles = try common.poles.list(in: g)
    let snapshots = dates.map { g.snapshot(at: $0, window: common.window) }
    // Each date analysed once: both comparisons that share a date reuse its analysis.
    var cache = AnalysisCache(
      measures: measures.measures, keep: keep, poles: poles, layers: common.layerList(edgeList: false), graph: g,
      countCitations: common.countCitations, tolerance: common.tolerance)
    let shifts = cache.shifts(snapshots)
    for s in shifts {
      try common.check(s.before)
      try common.check(s.after)
    }
    try emit(
      ShiftFormatter.format(shifts, measures: measures.measures, as: common.format, top: top), to: common.output,
      inputs: [graph])
  }
}
