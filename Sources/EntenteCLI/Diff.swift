import ArgumentParser
import Entente
import EntenteAnalysis

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show what shifted between dates, and why: relations, ranks, balance, camps, alignment.",
    discussion: """
      For each pair of consecutive dates: the relations added, removed and changed (with their sources), \
      balance before and after, pivots gained and lost, actors that changed camp, alignment changes with \
      --poles, and each actor's change in every measure with its rank, explained by the relation changes that \
      account for it, largest contribution first. A contribution is what undoing that one change in the later \
      snapshot would change in the actor's value.

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
    let shifts = zip(snapshots, snapshots.dropFirst()).map {
      Shift(from: $0, to: $1, measures: measures.measures, keep: keep, poles: poles)
    }
    try emit(
      ShiftFormatter.format(shifts, measures: measures.measures, as: common.format, top: top), to: common.output,
      inputs: [graph])
  }
}
