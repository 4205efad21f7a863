import Entente
import Foundation

/// Everything `entente analyze` reports about one graph: measures per actor, balance,
/// camps, pivots and alignment.
///
///     let a = SnapshotAnalysis(index: GraphIndex(snapshot), measures: [.pagerank, .betweenness], poles: ["RUS", "USA"])
public struct SnapshotAnalysis: Sendable {
  /// Actor ids, by node.
  public let names: [String]
  /// Each requested measure with one value per node.
  public let measures: [MeasureValues]
  /// The signed triangle census.
  public let census: Balance.Census
  /// Estrada's walk balance.
  public let walkBalance: Double
  /// The frustration and its camps.
  public let frustration: Frustration
  /// Edges of the signed projection.
  public let signedEdges: Int
  /// Unbalanced triangles, as actor ids.
  public let unbalancedTriangles: [[String]]
  /// Pivots: actors with positive ties to both sides of a hostile pair.
  public let pivots: [ActorPivot]
  /// The poles and each actor's alignment with them, `[node][pole]`.
  public let poles: [String]
  /// Alignment per node and pole.
  public let alignment: [[Double]]
  /// Positive ties per node in the signed projection.
  public let positiveTies: [Int]

  /// Analyses an index.
  ///
  /// `keep` selects relation kinds; `poles` are actor ids (unknown ones are ignored).
  ///
  /// - Complexity: dominated by betweenness, O(*V*·*E*), and the balance eigenvalues, O(*V*³).
  public init(
    index: GraphIndex, measures: [Measure], keep: (String) -> Bool = { _ in true }, poles: [String] = [],
    signed: Bool = true
  ) {
    let g = AnalysisGraph(index, keep: keep)
    let s = SignedGraph(index, keep: keep)
    names = index.names
    var positions: [ActorID: Int] = [:]
    for (i, name) in index.names.enumerated() where positions[ActorID(name)] == nil { positions[ActorID(name)] = i }
    self.measures = measures.map { MeasureValues(measure: $0, values: $0.values(g, s), positions: positions) }
    signedEdges = s.edgeCount
    positiveTies = (0..<s.nodeCount).map { u in s.signs[s.offsets[u]..<s.offsets[u + 1]].filter { $0 > 0 }.count }
    if signed {
      census = Balance.census(s)
      walkBalance = Balance.walkBalance(s)
      frustration = Frustration.of(s)
      unbalancedTriangles = Balance.unbalancedTriangles(s).map { $0.nodes.map { index.names[$0] } }
      pivots = Pivot.all(in: s).map {
        ActorPivot(pivot: ActorID(index.names[$0.pivot]), sides: $0.sides.map { ActorID(index.names[$0]) })
      }
    } else {
      census = Balance.Census()
      walkBalance = .nan
      frustration = Frustration(camps: [], components: [], frustrated: 0, lowerBound: 0, isExact: true)
      unbalancedTriangles = []
      pivots = []
    }
    let poleNodes = poles.compactMap { p in index.node(of: ActorID(p)).map { (p, $0) } }
    self.poles = poleNodes.map(\.0)
    alignment = poleNodes.isEmpty ? [] : Alignment.with(poles: poleNodes.map(\.1), in: s)
  }

  /// The camps: the two sides of each connected component of the signed projection
  /// (the partition with least frustration), each named after its member with the
  /// most positive ties, largest camp first.
  ///
  /// Isolated actors are in no camp.
  public var camps: [Camp] {
    var groups: [[Int]: [Int]] = [:]
    for u in names.indices where frustration.components.indices.contains(u) && frustration.components[u] >= 0 {
      groups[[frustration.components[u], frustration.camps[u]], default: []].append(u)
    }
    let named = groups.values.map { members -> (String, [String]) in
      let leader =
        members.max { a, b in
          let (pa, pb) = (positiveTies[a], positiveTies[b])
          return pa != pb ? pa < pb : names[a] > names[b]
        } ?? members[0]
      return (names[leader], members.map { names[$0] }.sorted())
    }
    return named.sorted { ($1.1.count, $0.0) < ($0.1.count, $1.0) }.map { leader, members in
      Camp(name: ActorID(leader), members: members.map { ActorID($0) })
    }
  }
}

extension SnapshotAnalysis {
  /// A measure's values, one per actor.
  ///
  ///     let pagerank = analysis.measures[0]
  ///     pagerank["RUS"]   // Russia's PageRank, if Russia is in the graph
  public struct MeasureValues: Sendable, Equatable {
    /// The measure.
    public let measure: Measure
    /// The values by node, in the order of the analysis's `names`.
    public let values: [Double]
    /// Node by actor id.
    let positions: [ActorID: Int]

    /// The value of `actor`, or `nil` when the actor is not in the graph.
    ///
    /// - Complexity: O(1).
    public subscript(actor: ActorID) -> Double? { positions[actor].map { values[$0] } }
  }

  /// A camp: one side of a connected component of the signed projection.
  public struct Camp: Sendable, Equatable {
    /// The member with the most positive ties, after whom the camp is named.
    public let name: ActorID
    /// The members, sorted by id.
    public let members: [ActorID]
  }

  /// An actor with positive ties to both sides of a hostile pair (see `Pivot`).
  public struct ActorPivot: Sendable, Equatable {
    /// The pivot.
    public let pivot: ActorID
    /// The hostile pair, in node order.
    public let sides: [ActorID]
  }
}
