import Entente
import Foundation

/// What changed between two snapshots, and why each actor's standing moved.
///
/// Besides the relations added, removed and changed, a shift reports each actor's
/// measures before and after with their ranks, the balance of both years, each
/// actor's camp and alignment in both, and an **explanation** of every actor's change
/// that adds up:
///
/// - Changes are grouped by **actor pair**: every relation of a pair that differs
///   between the dates is one unit (the projection sums a pair's parallel relations,
///   so undoing one of them at a time misses what they do together).
/// - Every measure, before, after and in every counterfactual, runs on the **union** of
///   both dates' actors, so *N* never changes and no contribution is renormalization.
/// - A unit's contribution is its **Shapley value**: its marginal effect averaged over
///   every order in which the units could have happened. Contributions sum to the
///   actor's change exactly. With up to `exactUnits` units every coalition is measured;
///   above, `samples` random orders are (each one's marginals still sum to the change)
///   and each contribution carries its standard error.
/// - A relation cited again (its weight moved only by the evidence rule) is not a change
///   in the world: it is listed in `evidenceOnly` and moves no measure unless
///   `countCitations`.
public struct Shift: Sendable {
  /// One unit's share of an actor's change.
  public struct Contribution: Sendable {
    /// The pair whose changes these are.
    public let unit: PairChange
    /// Its Shapley value.
    public let value: Double
    /// The standard error of `value` when it was sampled; `nil` when exact.
    public let error: Double?
  }

  /// One actor's value of one measure on one layer in both years.
  public struct ActorShift: Sendable {
    /// The actor.
    public let actor: String
    /// The measure.
    public let measure: Measure
    /// The layer (`nil` for a signed measure).
    public let layer: Layer?
    /// The column name (`pagerank`, `exposure_pagerank`).
    public let column: String
    /// Its value before and after, over the union of both dates' actors.
    public let before: Double, after: Double
    /// Its rank before and after (1 is highest, ties share a rank; `nil` when the value is 0).
    public let rankBefore: Int?, rankAfter: Int?
    /// Every unit with a nonzero share, largest |value| first; the values sum to `delta`.
    public let explanation: [Contribution]

    /// after − before.
    public var delta: Double { after - before }

    /// The unit that explains at least half of the change, if one does.
    public var mainReason: Contribution? {
      guard let top = explanation.first, abs(delta) > 1e-12, abs(top.value) * 2 >= abs(delta) else { return nil }
      return top
    }
  }

  /// The dates compared.
  public let from: EntenteDate, to: EntenteDate
  /// Relation changes in the world (added, ended, changed other than by citation).
  public let relations: [RelationChange]
  /// Relations whose only change is how often they are cited (their weight moved by the evidence rule alone).
  public let evidenceOnly: [RelationChange]
  /// The pair units the explanations are made of.
  public let units: [PairChange]
  /// Whether evidence-only changes moved measures (and are units).
  public let countCitations: Bool
  /// Whether contributions are exact (all coalitions) rather than sampled.
  public let isExact: Bool
  /// Orders sampled when not exact.
  public let sampledOrders: Int
  /// Why there are no explanations, when there are none for a reason.
  public let unexplained: String?
  /// Actor shifts, per measure column, largest |delta| first; actors whose value did not move are left out.
  public let actors: [ActorShift]
  /// The analyses of both years.
  public let before: SnapshotAnalysis, after: SnapshotAnalysis

  /// Above this many pair units, contributions are sampled rather than exact.
  public static let exactUnits = 12

  /// Compares snapshot `a` with snapshot `b`.
  ///
  /// - Parameters:
  ///   - a: the earlier snapshot.
  ///   - b: the later snapshot.
  ///   - measures: the measures to compare and explain.
  ///   - keep: relation kinds to analyse.
  ///   - poles: actor ids for alignment.
  ///   - layers: the layers the centralities run on, the first the main one.
  ///   - graph: the graph the snapshots come from, for the exact evidence rule (see `CitationWeight`).
  ///   - countCitations: whether a relation cited again weighs more.
  ///   - samples: random orders sampled above `exactUnits` units.
  ///   - exactUnits: up to this many pair units, every coalition is measured (2^units of them).
  ///   - explainLimit: above this many pair units, no explanations (each order costs a measure per unit).
  ///   - previous: the analysis of the date before `a`, whose camps `a`'s stay closest to.
  ///   - tolerance: PageRank's and eigenvector's stopping rule (see `Measure.values(_:_:tolerance:)`).
  ///   - analyses: the analyses of `a` and `b` when already computed with the same measures,
  ///     kinds, poles, layers, weights and tolerance (see `AnalysisCache`); computed here when nil.
  /// - Complexity: O(2^*u*·*u*·*M*) exact, O(*s*·*u*·*M*) sampled, for *u* units and *M* the cost of the measures.
  public init(
    from a: Snapshot, to b: Snapshot, measures: [Measure], keep: @escaping (String) -> Bool = { _ in true },
    poles: [String] = [], layers: [Layer] = [.all], graph: ActorGraph? = nil, countCitations: Bool = false,
    samples: Int = 200, exactUnits: Int = Shift.exactUnits, explainLimit: Int = 400,
    previous: SnapshotAnalysis? = nil, tolerance: Double = Measure.defaultTolerance,
    analyses: (before: SnapshotAnalysis, after: SnapshotAnalysis)? = nil
  ) {
    from = a.date
    to = b.date
    self.countCitations = countCitations
    let layers = layers.isEmpty ? [Layer.all] : layers
    func measured(_ e: SnapshotEdge) -> Double {
      countCitations ? e.weight : CitationWeight.worldWeight(e, graph: graph)
    }
    let (rel, cited) = Shift.relationChanges(from: a, to: b, keep: keep, graph: graph)
    let world = rel.indices.filter { !cited[$0] }.map { rel[$0] }
    relations = world
    evidenceOnly = rel.indices.filter { cited[$0] }.map { rel[$0] }
    let described = countCitations ? rel : world
    let before =
      analyses?.before
      ?? SnapshotAnalysis(
        index: CitationWeight.index(a, graph: graph, countCitations: countCitations), measures: measures, keep: keep,
        poles: poles, layers: layers, previous: previous, tolerance: tolerance)
    self.before = before
    after =
      analyses?.after
      ?? SnapshotAnalysis(
        index: CitationWeight.index(b, graph: graph, countCitations: countCitations), measures: measures, keep: keep,
        poles: poles, layers: layers, previous: before, tolerance: tolerance)

    // The union of actors, and each pair's measured arcs before and after.
    let names = Set(a.actors.map(\.id.rawValue)).union(b.actors.map(\.id.rawValue)).sorted()
    var position: [String: Int32] = [:]
    for (i, n) in names.enumerated() { position[n] = Int32(i) }
    var kindNames = b.vocabulary.ids
    for k in a.vocabulary.ids where !kindNames.contains(k) { kindNames.append(k) }
    var kindID: [String: UInt16] = [:]
    for (i, k) in kindNames.enumerated() { kindID[k] = UInt16(i) }
    let vocabulary = b.vocabulary
    let (pairs, arcsBefore, arcsAfter) = PairArcs.build(
      a, b, key: { Shift.pairKey($0.source.rawValue, $0.target.rawValue) },
      arc: { e in
        guard keep(e.kind), let u = position[e.source.rawValue], let v = position[e.target.rawValue] else { return nil }
        return Arc(
          source: u, target: v, weight: measured(e), sign: Int8(e.sign), kind: kindID[e.kind] ?? 0,
          directed: (vocabulary[e.kind] ?? a.vocabulary[e.kind])?.direction != .undirected)
      })
    var fixed: [Arc] = []
    var unitPairs: [Int] = []
    for p in pairs.indices {
      let (x, y) = (arcsBefore[p], arcsAfter[p])
      if x.count == y.count && zip(x, y).allSatisfy({ $0.same(as: $1) }) { fixed += y } else { unitPairs.append(p) }
    }
    // Each unit's changes in one array all the units share, in the order of `described`.
    let units = PairChange.units(
      pairs: unitPairs.map { pairs[$0] }, changes: described,
      key: { Shift.pairKey($0.edge.source.rawValue, $0.edge.target.rawValue) })
    self.units = units
    let u = units.count
    let columns: [(Measure, Layer?)] = layers.enumerated().flatMap { k, layer in
      measures.compactMap { m in m.isSigned ? (k == 0 ? (m, nil) : nil) : (m, layer) }
    }

    /// The measures with the units in `state` in their later form, the rest in their earlier one
    /// (only the columns in `wanted` when given; the others are left empty).
    func evaluate(_ state: [Bool], wanted: Set<Int>? = nil) -> [[Double]] {
      var all = fixed
      for (k, p) in unitPairs.enumerated() { all += state[k] ? arcsAfter[p] : arcsBefore[p] }
      let index = GraphIndex(
        names: names, kindNames: kindNames, sources: all.map(\.source), targets: all.map(\.target),
        weights: all.map(\.weight), signs: all.map(\.sign), kinds: all.map(\.kind), directed: all.map(\.directed))
      var signed: SignedGraph?
      var graphs: [Layer: AnalysisGraph] = [:]
      return columns.enumerated().map { c, column in
        let (m, layer) = column
        guard wanted?.contains(c) ?? true else { return [] }
        let l = layer ?? .all
        let g = graphs[l] ?? AnalysisGraph(index, keep: keep, layer: l)
        graphs[l] = g
        let s = signed ?? SignedGraph(index, keep: keep)
        signed = s
        return m.values(g, s, tolerance: tolerance) ?? [Double](repeating: .nan, count: names.count)
      }
    }
    // Without explanations, a date's measures over the union are its analysis's values: the
    // union adds to the date's graph only actors without relations at that date, which change
    // no path, degree or distance, only the normalization by the number of actors
    // (`Measure.isolatedScale`). Columns without such a factor (PageRank) are measured again.
    // With explanations everything is measured here, so the shares sum exactly.
    let explained = u > 0 && u <= explainLimit
    let wantedColumns = columns.map { SnapshotAnalysis.column($0.0, $0.1, primary: layers[0]) }
    func carried(_ analysis: SnapshotAnalysis, arcs: PairArcs, state: Bool) -> [[Double]]? {
      guard !explained, analysis.measures.map(\.column) == wantedColumns else { return nil }
      var node: [String: Int] = [:]
      for (i, n) in analysis.names.enumerated() { node[n] = i }
      // Union node → the analysis's node, or nil for an actor the date does not have.
      let own = names.map { node[$0] }
      guard own.compactMap({ $0 }).count == analysis.names.count else { return nil }
      // The date's measured arcs must all join actors of its analysis: the others are isolated.
      for arc in arcs.all where own[Int(arc.source)] == nil || own[Int(arc.target)] == nil { return nil }
      var missing: Set<Int> = []
      var out: [[Double]] = analysis.measures.enumerated().map { c, m in
        guard m.layer == columns[c].1, analysis.approximation?.columns.contains(m.column) != true,
          let scale = m.measure.isolatedScale(nodes: analysis.names.count, total: names.count)
        else {
          missing.insert(c)
          return []
        }
        return own.map { i in i.map { scale == 1 ? m.values[$0] : m.values[$0] * scale } ?? 0 }
      }
      if !missing.isEmpty {
        let measured = evaluate([Bool](repeating: state, count: u), wanted: missing)
        for c in missing { out[c] = measured[c] }
      }
      return out
    }
    let start = carried(before, arcs: arcsBefore, state: false) ?? evaluate([Bool](repeating: false, count: u))
    let end = carried(after, arcs: arcsAfter, state: true) ?? evaluate([Bool](repeating: true, count: u))
    // shares[k][c][node]: unit k's contribution to column c of node; errors likewise when sampled.
    var shares = [[[Double]]](
      repeating: columns.map { _ in [Double](repeating: 0, count: names.count) }, count: u)
    var errors: [[[Double]]]? = nil
    var orders = 0
    if u == 0 || u > explainLimit {
      unexplained =
        u == 0 ? nil : "\(u) changed pairs, above the limit of \(explainLimit) for explanations"
      isExact = u == 0
    } else if u <= exactUnits {
      unexplained = nil
      isExact = true
      var value: [[[Double]]] = []
      value.reserveCapacity(1 << u)
      for mask in 0..<(1 << u) { value.append(evaluate((0..<u).map { mask >> $0 & 1 == 1 })) }
      // Shapley weights |S|!(u − |S| − 1)!/u! by coalition size.
      var factorial = [1.0]
      for i in 1...u { factorial.append(factorial[i - 1] * Double(i)) }
      let weight = (0..<u).map { s in factorial[s] * factorial[u - s - 1] / factorial[u] }
      for k in 0..<u {
        for mask in 0..<(1 << u) where mask >> k & 1 == 0 {
          let w = weight[mask.nonzeroBitCount]
          let (with, without) = (value[mask | 1 << k], value[mask])
          for c in columns.indices {
            for i in names.indices { shares[k][c][i] += w * (with[c][i] - without[c][i]) }
          }
        }
      }
    } else {
      unexplained = nil
      isExact = false
      orders = max(2, samples)
      var squares = shares
      var rng = SplitMix64(seed: 0x5EED_0F_5A_A9_1E)
      for _ in 0..<orders {
        var order = Array(0..<u)
        for i in stride(from: u - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        var state = [Bool](repeating: false, count: u)
        var last = start
        for (step, k) in order.enumerated() {
          state[k] = true
          let now = step == u - 1 ? end : evaluate(state)
          for c in columns.indices {
            for i in names.indices {
              let d = now[c][i] - last[c][i]
              shares[k][c][i] += d
              squares[k][c][i] += d * d
            }
          }
          last = now
        }
      }
      let m = Double(orders)
      var errs = shares
      for k in 0..<u {
        for c in columns.indices {
          for i in names.indices {
            let mean = shares[k][c][i] / m
            let variance = max(0, squares[k][c][i] / m - mean * mean) * m / (m - 1)
            shares[k][c][i] = mean
            errs[k][c][i] = (variance / m).squareRoot()
          }
        }
      }
      errors = errs
    }
    sampledOrders = orders

    // Ranks: 1 + the number of strictly higher values; none for a value of 0.
    func ranks(_ v: [Double]) -> [Int?] {
      let sorted = v.sorted(by: >)
      return v.map { x in
        guard abs(x) > 1e-12, x.isFinite else { return nil }
        var lo = 0
        var hi = sorted.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if sorted[mid] > x + 1e-12 { lo = mid + 1 } else { hi = mid }
        }
        return lo + 1
      }
    }
    var shifts: [ActorShift] = []
    for (c, (m, layer)) in columns.enumerated() {
      let (ra, rb) = (ranks(start[c]), ranks(end[c]))
      let column = SnapshotAnalysis.column(m, layer, primary: layers[0])
      for (i, actor) in names.enumerated() {
        let (va, vb) = (start[c][i], end[c][i])
        guard abs(vb - va) > 1e-12 else { continue }
        var explanation: [Contribution] = []
        for k in 0..<(explained ? u : 0) where abs(shares[k][c][i]) > 1e-12 {
          explanation.append(Contribution(unit: units[k], value: shares[k][c][i], error: errors?[k][c][i]))
        }
        explanation.sort {
          abs($0.value) != abs($1.value)
            ? abs($0.value) > abs($1.value) : $0.unit.actors.lexicographicallyPrecedes($1.unit.actors)
        }
        shifts.append(
          ActorShift(
            actor: actor, measure: m, layer: layer, column: column, before: va, after: vb, rankBefore: ra[i],
            rankAfter: rb[i], explanation: explanation))
      }
    }
    var columnOrder: [String: Int] = [:]
    for (c, (m, layer)) in columns.enumerated() {
      columnOrder[SnapshotAnalysis.column(m, layer, primary: layers[0])] = c
    }
    // Each shift's column looked up once; an actor is once per column, so the keys are distinct
    // and sorting positions gives the one order while moving no shift.
    let rank = shifts.map { columnOrder[$0.column] ?? 0 }
    let sorted = shifts.indices.sorted {
      (rank[$0], abs(shifts[$1].delta), shifts[$0].actor) < (rank[$1], abs(shifts[$0].delta), shifts[$1].actor)
    }
    actors = sorted.map { shifts[$0] }
  }

  static func key(_ e: SnapshotEdge) -> EdgeKey { EdgeKey(source: e.source, target: e.target, kind: e.kind) }

  /// An edge's identity in a snapshot: its source, target and kind.
  struct EdgeKey: Hashable {
    let source: ActorID, target: ActorID, kind: String
  }

  static func pairKey(_ x: String, _ y: String) -> String { x < y ? "\(x)|\(y)" : "\(y)|\(x)" }

  /// One measured arc of a pair.
  struct Arc: Comparable {
    let source: Int32, target: Int32, weight: Double, sign: Int8, kind: UInt16, directed: Bool

    static func < (l: Arc, r: Arc) -> Bool { (l.source, l.target, l.kind) < (r.source, r.target, r.kind) }

    /// The same arc with a weight equal to 1e-12 relative.
    func same(as o: Arc) -> Bool {
      (source, target, kind, sign, directed) == (o.source, o.target, o.kind, o.sign, o.directed)
        && abs(weight - o.weight) <= 1e-12 * max(1, abs(weight))
    }
  }
}

/// A small deterministic random generator (Steele, Lea and Flood's SplitMix64), so sampled explanations repeat exactly.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
