import Entente

/// The analyses of one run's snapshots, each computed once and shared by everything
/// that needs it: a report's tables and its comparisons, a diff's consecutive pairs.
///
/// Three dates cost three analyses, not seven (each date, then both sides of each
/// comparison again):
///
///     var cache = AnalysisCache(measures: [.pagerank, .betweenness], poles: ["RUS", "USA"], graph: g)
///     let shifts = cache.shifts(snapshots)          // analyses every snapshot once
///     let tables = cache.analyses(of: snapshots)    // already there
///
/// Snapshots are told apart by date and window, so one cache serves the snapshots of
/// one graph, with the measures, kinds, poles, layers and weights it was made with. Each
/// date's camps stay closest to those of the date analysed before it in the same call
/// (`SnapshotAnalysis`'s `previous`), as when the dates are analysed one after another.
public struct AnalysisCache {
  /// The measures computed.
  public let measures: [Measure]
  /// The poles for alignment.
  public let poles: [String]
  /// The layers the centralities run on, the first the main one.
  public let layers: [Layer]
  /// Whether a relation cited again weighs more (see `CitationWeight`).
  public let countCitations: Bool
  /// PageRank's and eigenvector's stopping rule.
  public let tolerance: Double
  private let keep: (String) -> Bool
  private let graph: ActorGraph?
  private var cached: [String: SnapshotAnalysis] = [:]

  /// How many analyses were computed (not served from the cache).
  public private(set) var computed = 0

  /// Creates an empty cache.
  ///
  /// - Parameters:
  ///   - measures: The measures every analysis computes.
  ///   - keep: The relation kinds analysed.
  ///   - poles: Actor ids for alignment.
  ///   - layers: The layers the centralities run on, the first the main one.
  ///   - graph: The graph the snapshots come from, for the evidence rule (see `CitationWeight`).
  ///   - countCitations: Whether a relation cited again weighs more.
  ///   - tolerance: PageRank's and eigenvector's stopping rule.
  public init(
    measures: [Measure], keep: @escaping (String) -> Bool = { _ in true }, poles: [String] = [],
    layers: [Layer] = [.all], graph: ActorGraph? = nil, countCitations: Bool = false,
    tolerance: Double = Measure.defaultTolerance
  ) {
    self.measures = measures
    self.keep = keep
    self.poles = poles
    self.layers = layers
    self.graph = graph
    self.countCitations = countCitations
    self.tolerance = tolerance
  }

  /// The analysis of `snapshot`, computed on first use.
  ///
  /// - Parameters:
  ///   - snapshot: A snapshot of the cache's graph.
  ///   - previous: The analysis of the date before, whose camps this one's stay closest to.
  /// - Returns: Its analysis.
  /// - Complexity: O(1) when cached, else that of `SnapshotAnalysis`.
  public mutating func analysis(of snapshot: Snapshot, previous: SnapshotAnalysis? = nil) -> SnapshotAnalysis {
    let key = "\(snapshot.date)|\(snapshot.window)"
    if let a = cached[key] { return a }
    let a = SnapshotAnalysis(
      index: CitationWeight.index(snapshot, graph: graph, countCitations: countCitations), measures: measures,
      keep: keep, poles: poles, layers: layers, previous: previous, tolerance: tolerance)
    cached[key] = a
    computed += 1
    return a
  }

  /// The analyses of `snapshots` in order, each date's camps kept closest to the date before.
  ///
  /// - Parameter snapshots: The snapshots in date order.
  /// - Returns: One analysis per snapshot.
  /// - Complexity: one analysis per snapshot not yet cached.
  public mutating func analyses(of snapshots: [Snapshot]) -> [SnapshotAnalysis] {
    var out: [SnapshotAnalysis] = []
    for s in snapshots { out.append(analysis(of: s, previous: out.last)) }
    return out
  }

  /// The shifts between consecutive snapshots, from the cached analyses.
  ///
  /// - Parameters:
  ///   - snapshots: The snapshots in date order.
  ///   - explainLimit: See `Shift.init`.
  /// - Returns: One shift per consecutive pair.
  /// - Complexity: one analysis per snapshot not yet cached, plus the shifts' explanations.
  public mutating func shifts(_ snapshots: [Snapshot], explainLimit: Int = 400) -> [Shift] {
    let analyses = analyses(of: snapshots)
    return snapshots.indices.dropLast().map { k in
      Shift(
        from: snapshots[k], to: snapshots[k + 1], measures: measures, keep: keep, poles: poles, layers: layers,
        graph: graph, countCitations: countCitations, explainLimit: explainLimit,
        previous: k > 0 ? analyses[k - 1] : nil, tolerance: tolerance, analyses: (analyses[k], analyses[k + 1]))
    }
  }
}
