import Entente
import Foundation

/// Everything `entente analyze` reports about one graph: measures per actor, balance,
/// camps, pivots and alignment.
///
///     let a = SnapshotAnalysis(index: GraphIndex(snapshot), measures: [.pagerank, .betweenness], poles: ["RUS", "USA"])
public struct SnapshotAnalysis: Sendable {
  /// Actor ids, by node.
  public let names: [String]
  /// The layers the influence measures ran on, the first being the one read as the main figure.
  public let layers: [Layer]
  /// Each requested measure with one value per node: per layer for the centralities,
  /// once for the signed measures.
  public let measures: [MeasureValues]
  /// The signed triangle census.
  public let census: Balance.Census
  /// Estrada's walk balance (see `WalkBalance`: exact up to 1,000 actors, else approximated
  /// with a bound; NaN when skipped, the reason in `skipped`).
  public let walkBalance: Double
  /// A bound on the walk balance's error: 0 when computed exactly.
  public let walkBalanceError: Double
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
  /// Figures not computed, each with why (`walk balance` → `2,345 actors, above the exact limit 2,000`).
  public let skipped: [Skipped]
  /// More than two camps (correlation clustering), when the two-camp optimum leaves actors undetermined.
  public let multiCamps: CorrelationClustering.Partition?
  /// Iterative measures that did not converge, each saying where (their values are NaN).
  public let unconverged: [String]
  /// The betweenness columns estimated by sampling and their guarantee (`nil` when all are exact).
  public let approximation: Approximation?

  /// Above this many actors Estrada's walk balance (O(*V*³) eigenvalues) is approximated with
  /// an error bound (`WalkBalance`).
  public static let walkBalanceLimit = WalkBalance.exactLimit

  /// Above this many actors camps are not refined by correlation clustering.
  public static let multiCampLimit = 2_000

  /// Analyses an index.
  ///
  /// `keep` selects relation kinds; `poles` are actor ids (unknown ones are ignored).
  ///
  /// - Parameters:
  ///   - index: the graph.
  ///   - measures: the measures, in order.
  ///   - keep: the relation kinds counted (all by default).
  ///   - poles: actor ids to measure alignment with.
  ///   - signed: whether to compute balance, camps and pivots.
  ///   - layers: the layers each centrality runs on (the signed measures run once on the signed graph).
  ///   - previous: the analysis of the date before, whose camps the chosen optimal partition
  ///     stays closest to (so camps do not flip by accident between equally good partitions).
  ///   - tolerance: PageRank's and eigenvector's stopping rule (see `Measure.values(_:_:tolerance:betweenness:)`).
  ///   - betweenness: exact, sampled, or sampled above `BetweennessMethod.automaticLimit` actors.
  /// - Complexity: dominated by betweenness, O(*V*·*E*), and the walk balance (see `WalkBalance`).
  public init(
    index: GraphIndex, measures: [Measure], keep: (String) -> Bool = { _ in true }, poles: [String] = [],
    signed: Bool = true, layers: [Layer] = [.all], previous: SnapshotAnalysis? = nil,
    tolerance: Double = Measure.defaultTolerance, betweenness: BetweennessMethod = .exact
  ) {
    let s = SignedGraph(index, keep: keep)
    names = index.names
    self.layers = layers.isEmpty ? [.all] : layers
    var positions: [ActorID: Int] = [:]
    for (i, name) in index.names.enumerated() where positions[ActorID(name)] == nil { positions[ActorID(name)] = i }
    var values: [MeasureValues] = []
    var unconverged: [String] = []
    var graphs: [Layer: AnalysisGraph] = [:]
    // The main layer's columns first (signed measures among them), then each other layer's.
    let columns: [(Measure, Layer?)] = self.layers.enumerated().flatMap { k, layer in
      measures.compactMap { m in m.isSigned ? (k == 0 ? (m, nil) : nil) : (m, layer) }
    }
    for (m, layer) in columns {
      do {
        let g: AnalysisGraph
        if let layer, let cached = graphs[layer] {
          g = cached
        } else {
          g = AnalysisGraph(index, keep: keep, layer: layer ?? .all)
          if let layer { graphs[layer] = g }
        }
        let column = SnapshotAnalysis.column(m, layer, primary: self.layers[0])
        guard let v = m.values(g, s, tolerance: tolerance, betweenness: betweenness) else {
          let (iterations, tolerance) = m.iterationLimit(tolerance: tolerance) ?? (0, 0)
          unconverged.append(
            "\(column) did not converge in \(iterations) iterations (tolerance \(tolerance) per node)")
          values.append(
            MeasureValues(
              measure: m, layer: layer, column: column, values: [Double](repeating: .nan, count: index.nodeCount),
              positions: positions))
          continue
        }
        values.append(MeasureValues(measure: m, layer: layer, column: column, values: v, positions: positions))
      }
    }
    self.measures = values
    self.unconverged = unconverged
    let sampled = values.filter { [.betweenness, .betweennessWeighted].contains($0.measure) }.map(\.column)
    approximation = betweenness.sampling(nodeCount: index.nodeCount).flatMap {
      sampled.isEmpty ? nil : Approximation(columns: sampled, parameters: $0)
    }
    signedEdges = s.edgeCount
    positiveTies = (0..<s.nodeCount).map { u in s.signs[s.offsets[u]..<s.offsets[u + 1]].filter { $0 > 0 }.count }
    var skipped: [Skipped] = []
    if signed {
      census = Balance.census(s)
      let w = WalkBalance.of(s)
      (walkBalance, walkBalanceError) = (w.value, w.error)
      var prefer: [Int]? = nil
      if let previous, !previous.frustration.camps.isEmpty {
        // The previous date's side of each actor it placed for certain.
        prefer = index.names.map { name in
          guard let j = previous.names.firstIndex(of: name), previous.frustration.components.indices.contains(j),
            previous.frustration.components[j] >= 0, !previous.frustration.undetermined[j]
          else { return -1 }
          return previous.frustration.camps[j]
        }
      }
      frustration = Frustration.of(s, prefer: prefer)
      multiCamps =
        frustration.undetermined.contains(true) && s.nodeCount <= SnapshotAnalysis.multiCampLimit
        ? CorrelationClustering.best(s, twoCamps: frustration.camps) : nil
      unbalancedTriangles = Balance.unbalancedTriangles(s).map { $0.nodes.map { index.names[$0] } }
      pivots = Pivot.all(in: s).map {
        ActorPivot(pivot: ActorID(index.names[$0.pivot]), sides: $0.sides.map { ActorID(index.names[$0]) })
      }
    } else {
      census = Balance.Census()
      (walkBalance, walkBalanceError) = (.nan, 0)
      frustration = Frustration.none(nodes: s.nodeCount)
      multiCamps = nil
      unbalancedTriangles = []
      pivots = []
      for figure in ["triangle census", "walk balance", "frustration", "camps", "pivots"] {
        skipped.append(Skipped(figure: figure, why: "signed analysis not requested"))
      }
    }
    self.skipped = skipped
    let poleNodes = poles.compactMap { p in index.node(of: ActorID(p)).map { (p, $0) } }
    self.poles = poleNodes.map(\.0)
    alignment = poleNodes.isEmpty ? [] : Alignment.with(poles: poleNodes.map(\.1), in: s)
  }

  /// The column name of a measure on a layer: the plain name on the primary layer (and for
  /// signed measures), else the layer's reading first (`exposure_pagerank`).
  static func column(_ m: Measure, _ layer: Layer?, primary: Layer) -> String {
    guard let layer, layer != primary else { return m.rawValue }
    return layer.reading.replacingOccurrences(of: " ", with: "_") + "_" + m.rawValue
  }

  /// The values of `measure` on `layer` (the primary layer when `nil`; signed measures have one).
  public func values(_ measure: Measure, _ layer: Layer? = nil) -> MeasureValues? {
    measures.first { $0.measure == measure && (measure.isSigned || $0.layer == (layer ?? layers[0])) }
  }

  /// The walk balance as `render` writes it, followed by its error bound when it was
  /// approximated (`0.9120 ± 0.0040`).
  ///
  /// - Parameter render: Writes a number.
  /// - Returns: The text.
  public func walkBalanceText(_ render: (Double) -> String) -> String {
    render(walkBalance) + (walkBalanceError > 0 && walkBalance.isFinite ? " ± " + render(walkBalanceError) : "")
  }

  /// Whether a figure was skipped, and why.
  public func skipReason(_ figure: String) -> String? { skipped.first { $0.figure == figure }?.why }

  /// Fails when an iterative measure did not converge.
  ///
  /// - Throws: `EntenteError.invalidValue` naming each measure, its iterations and tolerance.
  public func requireConverged() throws(EntenteError) {
    guard unconverged.isEmpty else {
      throw EntenteError(
        .invalidValue,
        unconverged.joined(separator: "; ")
          + "; the values would be meaningless (pass --allow-unconverged to print them as n/a)")
    }
  }

  /// The camps: the two sides of each connected component of the signed projection
  /// under the chosen optimal partition, without the undetermined actors, each named
  /// after its member with the most positive ties, largest camp first.
  ///
  /// Isolated actors are in no camp.
  public var camps: [Camp] {
    var groups: [[Int]: [Int]] = [:]
    for u in names.indices
    where frustration.components.indices.contains(u) && frustration.components[u] >= 0
      && !frustration.undetermined[u]
    {
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

  /// Actors whose side differs between optimal partitions, sorted: either side is as good.
  public var undeterminedActors: [ActorID] {
    names.indices.filter { frustration.undetermined.indices.contains($0) && frustration.undetermined[$0] }.map {
      ActorID(names[$0])
    }.sorted()
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
    /// The layer it ran on (`nil` for a signed measure).
    public let layer: Layer?
    /// Its column name in tables, CSV and JSON (`pagerank`, `exposure_pagerank`).
    public let column: String
    /// The values by node, in the order of the analysis's `names`.
    public let values: [Double]
    /// Node by actor id.
    let positions: [ActorID: Int]

    /// The value of `actor`, or `nil` when the actor is not in the graph.
    ///
    /// - Complexity: O(1).
    public subscript(actor: ActorID) -> Double? { positions[actor].map { values[$0] } }
  }

  /// A figure the analysis did not compute, and why; every format prints it as "skipped (why)".
  public struct Skipped: Sendable, Equatable {
    /// The figure (`walk balance`).
    public let figure: String
    /// Why it was skipped.
    public let why: String
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
