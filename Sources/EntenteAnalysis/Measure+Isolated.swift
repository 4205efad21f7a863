extension Measure {
  /// The factor that turns the measure's values on a graph of `nodes` actors into its values
  /// on the same graph with isolated actors (actors without any relation) added, `total` in
  /// all; `nil` when the values must be measured again.
  ///
  /// An isolated actor lies on no path, starts or ends none that reaches anyone, and has no
  /// arc, so raw degrees, strengths, shortest-path counts and distances stay as they are:
  /// only a normalization by the number of actors moves. Degree, in- and out-degree and
  /// closeness divide by *n* − 1, betweenness by (*n* − 1)(*n* − 2); strength, harmonic
  /// centrality and the positive and negative degrees do not depend on *n*. The added actors'
  /// own values are 0 for all of these. PageRank (whose teleport and dangling mass spread over
  /// every actor), eigenvector centrality and the PN index (a linear system in *n*) have no
  /// such factor.
  ///
  ///     Measure.betweenness.isolatedScale(nodes: 4_980, total: 4_996)   // 4979·4978 / (4995·4994)
  ///
  /// - Parameters:
  ///   - nodes: The actors of the graph measured.
  ///   - total: The actors once the isolated ones are added (at least `nodes`).
  /// - Returns: The factor, or `nil` when there is none.
  public func isolatedScale(nodes: Int, total: Int) -> Double? {
    guard total >= nodes, nodes >= 0 else { return nil }
    if total == nodes { return 1 }
    switch self {
    case .strength, .positiveDegree, .negativeDegree, .harmonic:
      return 1
    case .degree, .inDegree, .outDegree, .closeness:
      return nodes > 1 ? Double(nodes - 1) / Double(total - 1) : nil
    case .betweenness, .betweennessWeighted:
      return nodes > 2 ? Double(nodes - 1) * Double(nodes - 2) / (Double(total - 1) * Double(total - 2)) : nil
    case .pagerank, .eigenvector, .pn:
      return nil
    }
  }
}
