import ArgumentParser
import Entente
import EntenteAnalysis
import Foundation

struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure a snapshot: centralities, balance, camps, pivots, alignment.",
    discussion: """
      For a graph file, analyses the snapshot at --at. For a TSV edge list (.tsv, the format of \
      ../shared/bench/gen.py) it analyses the whole list as NetworkX would: parallel relations summed into one \
      directed edge, self-loops dropped, path measures by hop count. --format csv prints 'actor,<measure>,...' \
      and one row per actor. Measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")). The guide \
      for each is in Guides/Analysis.md.

      Examples:
        entente analyze graphs/seeds.yaml --at 2020
        entente analyze graphs/seeds.yaml --at 2024 --poles RUS,USA,CHN,TUR \\
            --format md
        entente analyze graphs/seeds.yaml --at 2020 --kinds conflict \\
            --measures degree,betweenness
        entente analyze actors_n1000.tsv --measures pagerank,betweenness,closeness \\
            --format csv
        entente analyze actors_n100000.tsv --measures betweenness \\
            --betweenness approximate --epsilon 0.01 --delta 0.1 --seed 7
      """)

  @Argument(help: "A graph file (YAML) or a TSV edge list (.tsv).")
  var graph: String

  @Option(name: .customLong("at"), help: "The date of the snapshot (graph files).", transform: dateArgument)
  var date: EntenteDate?

  @Option(help: "Comma-separated measures (default: \(MeasureList.analysisDefault)).", transform: measureArgument)
  var measures: MeasureList = .analysisDefault

  @OptionGroup var common: AnalysisOptions

  @OptionGroup var sampling: BetweennessOptions

  static let needsDate = ValidationError("give --at DATE for a graph file (for example --at 2020)")

  func validate() throws {
    if GraphInput.Kind(path: graph) == .graphFile && date == nil { throw Self.needsDate }
    _ = try sampling.method()
  }

  func run() throws {
    let analysis: SnapshotAnalysis
    let title: String
    switch try GraphInput.read(path: graph) {
    case .edgeList(let list):
      try WeightCheck.refuseZeroWeights(list, path: graph)
      analysis = SnapshotAnalysis(
        index: GraphIndex(list), measures: measures.measures, keep: try common.keep(in: list),
        poles: try common.poles.list(in: nil), layers: common.layerList(edgeList: true),
        tolerance: common.tolerance, betweenness: try sampling.method())
      title = graph + (common.kinds.isAll ? "" : " (\(common.kinds) relations)")
    case .graph(let g):
      let keep = try common.keep(in: g.vocabulary)
      guard let date else { throw Self.needsDate }
      let s = g.snapshot(at: date, window: common.window)
      analysis = SnapshotAnalysis(
        index: CitationWeight.index(s, graph: g, countCitations: common.countCitations), measures: measures.measures,
        keep: keep, poles: try common.poles.list(in: g), layers: common.layerList(edgeList: false),
        tolerance: common.tolerance, betweenness: try sampling.method())
      title = "\(s.date)" + (common.kinds.isAll ? "" : " (\(common.kinds) relations)")
    }
    try common.check(analysis)
    if common.format == .csv, let x = analysis.approximation {
      FileHandle.standardError.write(Data(("entente: " + x.line + "\n").utf8))
    }
    try emit(AnalysisFormatter.format(analysis, as: common.format, title: title), to: common.output, inputs: [graph])
  }
}
