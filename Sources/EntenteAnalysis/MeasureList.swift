import Entente

/// The measures a command computes, in the order it prints them.
///
///     let list = try MeasureList(parsing: "pagerank,betweenness")
///     let analysis = SnapshotAnalysis(index: index, measures: list.measures)
public struct MeasureList: Sendable, Equatable, CustomStringConvertible {
  /// The measures, in order.
  public let measures: [Measure]

  /// A list of measures.
  public init(_ measures: [Measure]) { self.measures = measures }

  /// What `entente analyze` computes by default: PageRank, betweenness, degree, closeness and the PN index.
  public static let analysisDefault = MeasureList([.pagerank, .betweenness, .degree, .closeness, .pn])

  /// What `entente diff` compares by default: PageRank, betweenness and degree.
  public static let shiftDefault = MeasureList([.pagerank, .betweenness, .degree])

  /// Reads comma-separated measure names as in CSV headers (`pagerank,in_degree`).
  ///
  /// - Throws: `EntenteError.invalidValue` naming the unknown measure and listing the known ones.
  public init(parsing text: String) throws(EntenteError) {
    var list: [Measure] = []
    for name in text.split(separator: ",") {
      guard let m = Measure(rawValue: String(name)) else {
        throw EntenteError(
          .invalidValue,
          "unknown measure '\(name)'; measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      list.append(m)
    }
    measures = list
  }

  /// The names, comma-separated.
  public var description: String { measures.map(\.rawValue).joined(separator: ",") }
}
