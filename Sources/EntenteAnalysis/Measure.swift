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

  /// The iterations and tolerance of an iterative measure (PageRank, eigenvector), as NetworkX's defaults.
  public var iterationLimit: (iterations: Int, tolerance: Double)? {
    switch self {
    case .pagerank: return (100, 1e-6)
    case .eigenvector: return (100, 1e-6)
    default: return nil
    }
  }

  /// The values of the measure for every node; `nil` when an iterative measure does not converge.
  ///
  /// `betweenness` says how the two betweenness measures are computed (exactly by default).
  public func values(_ g: AnalysisGraph, _ s: SignedGraph, betweenness: BetweennessMethod = .exact) -> [Double]? {
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
    case .eigenvector: return Centrality.eigenvector(g, maxIterations: 100, tolerance: 1e-6)
    case .pagerank: return Centrality.pageRank(g, maxIterations: 100, tolerance: 1e-6)
    case .pn: return Balance.pnIndex(s)
    }
  }
}
