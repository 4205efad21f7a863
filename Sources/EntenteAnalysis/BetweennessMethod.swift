import Entente

/// How an analysis computes betweenness: exactly (Brandes), by sampling with a
/// guarantee (`ApproximateBetweenness`), or exactly up to `automaticLimit` actors and
/// by sampling above.
///
///     let sampled = BetweennessMethod.approximate(try ApproximateBetweenness(epsilon: 0.01, delta: 0.1))
///     let a = SnapshotAnalysis(index: index, measures: [.betweenness], betweenness: sampled)
///     a.approximation?.line   // "Approximate: betweenness sampled (Riondato-Kornaropoulos, ...)"
public enum BetweennessMethod: Sendable, Equatable {
  /// Brandes' exact algorithm, O(*V*·*E*).
  case exact
  /// Sampled shortest paths, each value within ε of the exact one with probability ≥ 1 − δ.
  case approximate(ApproximateBetweenness)
  /// Exact up to `automaticLimit` actors, sampled with these parameters above.
  case automatic(ApproximateBetweenness)

  /// The actor count above which `automatic` samples.
  ///
  /// Exact betweenness costs O(*V*·*E*) and grows fourfold when actors and relations both
  /// double: seconds at 10,000 actors and 100,000 relations in a release build, hours at
  /// 100,000 actors, while sampling at ε = 0.01 takes seconds at any size
  /// (Guides/Analysis.md and Guides/Benchmarks.md have the measured figures).
  public static let automaticLimit = 20_000

  /// The sampling parameters to use on a graph of `nodeCount` actors, or `nil` for the exact algorithm.
  ///
  /// - Parameter nodeCount: the actors of the graph.
  /// - Returns: the parameters when this method samples at that size.
  public func sampling(nodeCount: Int) -> ApproximateBetweenness? {
    switch self {
    case .exact: return nil
    case .approximate(let p): return p
    case .automatic(let p): return nodeCount > Self.automaticLimit ? p : nil
    }
  }

  /// The values of betweenness on `g`, hop-counted or `weighted`, by this method.
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight.
  /// - Returns: one value per node, normalized as NetworkX's `betweenness_centrality`.
  /// - Complexity: O(*V*·*E*) exact; sampled, see `ApproximateBetweenness.estimate(_:weighted:threads:)`.
  public func values(_ g: AnalysisGraph, weighted: Bool) -> [Double] {
    if let p = sampling(nodeCount: g.nodeCount) { return p.estimate(g, weighted: weighted).values }
    return Centrality.betweenness(g, weighted: weighted)
  }
}

extension SnapshotAnalysis {
  /// Which columns hold sampled betweenness, and its guarantee.
  public struct Approximation: Sendable, Equatable {
    /// The columns estimated by sampling (`betweenness`, `exposure_betweenness`).
    public let columns: [String]
    /// The sampling parameters.
    public let parameters: ApproximateBetweenness

    /// The guarantee in a sentence, as every format prints it.
    public var line: String {
      "Approximate: \(columns.joined(separator: ", ")) sampled (Riondato-Kornaropoulos, seed \(parameters.seed)): "
        + "every value within \(parameters.epsilon) of the exact one with probability at least \(1 - parameters.delta) "
        + "(epsilon \(parameters.epsilon), delta \(parameters.delta))"
    }
  }
}
