/// A per-actor measure `entente analyze` can compute, named as in its CSV header.
public enum Measure: String, Sendable, CaseIterable {
  case degree
  case inDegree = "in_degree"
  case outDegree = "out_degree"
  case strength
  case positiveDegree = "positive_degree"
  case negativeDegree = "negative_degree"
  case betweenness
  case betweennessWeighted = "betweenness_weighted"
  case closeness, harmonic, eigenvector, pagerank
  case pn

  /// What the measure says, in a line.
  public var summary: String {
    switch self {
    case .degree: return "share of other actors tied to it, in or out"
    case .inDegree: return "share of other actors acting on it"
    case .outDegree: return "share of other actors it acts on"
    case .strength: return "total weight of its relations, in and out"
    case .positiveDegree: return "actors it cooperates with (signed projection)"
    case .negativeDegree: return "actors it is in conflict with (signed projection)"
    case .betweenness: return "share of shortest paths through it (broker)"
    case .betweennessWeighted: return "share of shortest weighted paths through it"
    case .closeness: return "how near the actors that reach it are"
    case .harmonic: return "sum of 1/distance from the actors that reach it"
    case .eigenvector: return "tied to actors that are themselves central"
    case .pagerank: return "importance by the flow of relations into it"
    case .pn: return "PN index: positive ties raise it, negative ties lower it"
    }
  }

  /// Whether the measure runs on the signed graph (both signs at once) rather than on a layer.
  public var isSigned: Bool { self == .positiveDegree || self == .negativeDegree || self == .pn }

  /// The NetworkX stopping rule of PageRank and eigenvector: stop when the L1 change is
  /// below *n*·1e-6 (the default, and the test oracle's rule).
  public static let defaultTolerance = 1e-6

  /// The iterations and tolerance of an iterative measure (PageRank, eigenvector): NetworkX's
  /// defaults (100 iterations, 1e-6 per node), or up to 1,000 iterations below that tolerance.
  ///
  /// - Parameter tolerance: The L1 change per node at which the iteration stops.
  /// - Returns: The iteration limit and tolerance; `nil` for a measure that does not iterate.
  public func iterationLimit(tolerance: Double = Measure.defaultTolerance) -> (iterations: Int, tolerance: Double)? {
    switch self {
    case .pagerank, .eigenvector: return (tolerance < Measure.defaultTolerance ? 1_000 : 100, tolerance)
    default: return nil
    }
  }

  /// The iterations and tolerance of an iterative measure at NetworkX's defaults.
  public var iterationLimit: (iterations: Int, tolerance: Double)? { iterationLimit() }

  /// The values of the measure for every node; `nil` when an iterative measure does not converge.
  ///
  /// - Parameters:
  ///   - g: The directed, weighted graph.
  ///   - s: The signed projection.
  ///   - tolerance: PageRank's and eigenvector's stopping rule: the L1 change per node;
  ///     below the default, they may take up to 1,000 iterations.
  ///   - betweenness: How the two betweenness measures are computed (exactly by default).
  /// - Returns: One value per node, or `nil` when the iteration did not converge.
  public func values(
    _ g: AnalysisGraph, _ s: SignedGraph, tolerance: Double = Measure.defaultTolerance,
    betweenness: BetweennessMethod = .exact
  ) -> [Double]? {
    let iterations = iterationLimit(tolerance: tolerance)?.iterations ?? 100
    switch self {
    case .degree: return Centrality.degree(g)
    case .inDegree: return Centrality.inDegree(g)
    case .outDegree: return Centrality.outDegree(g)
    case .strength: return Centrality.strength(g)
    case .positiveDegree, .negativeDegree:
      let want: Int8 = self == .positiveDegree ? 1 : -1
      return (0..<s.nodeCount).map { u in Double(s.signs[s.offsets[u]..<s.offsets[u + 1]].filter { $0 == want }.count) }
    case .betweenness: return betweenness.values(g, weighted: false)
    case .betweennessWeighted: return betweenness.values(g, weighted: true)
    case .closeness: return Centrality.closeness(g)
    case .harmonic: return Centrality.harmonic(g)
    case .eigenvector: return Centrality.eigenvector(g, maxIterations: iterations, tolerance: tolerance)
    case .pagerank: return Centrality.pageRank(g, maxIterations: iterations, tolerance: tolerance)
    case .pn: return Balance.pnIndex(s)
    }
  }
}
