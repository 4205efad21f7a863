import Entente

extension Shift {
  /// One relation change and its evidence.
  public struct RelationChange: Sendable, Hashable {
    /// `added`, `removed` or `changed`.
    public var change: String {
      switch side {
      case .added: "added"
      case .removed: "removed"
      case .changed: "changed"
      }
    }
    /// The edge after (or before, when removed).
    public var edge: SnapshotEdge { side == .removed ? edges.earlier[Int(position)] : edges.later[Int(position)] }
    /// The weight before, when changed.
    public let weightBefore: Double?
    /// The phase before, when changed.
    public var phaseBefore: Phase? = nil
    /// What happened to the relation, by the rules of `EdgeChange` (added, ended, sign changed, changed).
    public var outcome: EdgeChange.Kind = .changed

    // A change names its edge by position in the two snapshots' edge arrays, which all changes
    // of one shift share (as `EdgeChange` does): a large shift has tens of thousands of changes,
    // held again in its pair units, and each copy of an edge is over 100 bytes.
    private let edges: SnapshotEdges
    private let position: Int32
    private let side: Side

    /// Which snapshot the edge is read from, and what the change is called.
    private enum Side: UInt8 { case added, removed, changed }

    /// A change of the edge at `position` in `edges.later` (in `edges.earlier` when removed).
    init(
      change: String, edges: SnapshotEdges, position: Int, weightBefore: Double? = nil, phaseBefore: Phase? = nil,
      outcome: EdgeChange.Kind
    ) {
      side = change == "removed" ? .removed : (change == "added" ? .added : .changed)
      (self.edges, self.position) = (edges, Int32(position))
      (self.weightBefore, self.phaseBefore, self.outcome) = (weightBefore, phaseBefore, outcome)
    }

    /// Whether two changes say the same of the same edge.
    public static func == (l: RelationChange, r: RelationChange) -> Bool {
      l.side == r.side && l.weightBefore == r.weightBefore && l.phaseBefore == r.phaseBefore
        && l.outcome == r.outcome && l.edge == r.edge
    }

    /// Hashes the change, the edge and what it was before.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(side)
      hasher.combine(edge)
      hasher.combine(weightBefore)
      hasher.combine(phaseBefore)
      hasher.combine(outcome)
    }
  }

  /// The two snapshots' edges, shared by the relation changes between them.
  final class SnapshotEdges: Sendable {
    let earlier: [SnapshotEdge]
    let later: [SnapshotEdge]

    init(earlier: [SnapshotEdge], later: [SnapshotEdge]) { (self.earlier, self.later) = (earlier, later) }
  }

  /// All the changes of one actor pair: the unit explanations are made of.
  public struct PairChange: Sendable, Hashable {
    /// The two actors, sorted.
    public var actors: [String] { pair.split(separator: "|").map(String.init) }
    /// The relation changes of the pair that move measures.
    public var relations: [RelationChange] { Array(changes.all[Int(start)..<Int(start + count)]) }
    /// The two actors joined by `|` (`Shift.pairKey`): one string, not an array of two, per unit.
    let pair: String
    // The units of a shift keep their changes in one array (a large shift has tens of
    // thousands of units, and an array each is an allocation each).
    private let changes: UnitChanges
    private let start: Int32, count: Int32

    /// The relation changes of every unit of one shift, unit after unit.
    private final class UnitChanges: Sendable {
      let all: [RelationChange]

      init(_ all: [RelationChange]) { self.all = all }
    }

    private init(pair: String, changes: UnitChanges, start: Int, count: Int) {
      (self.pair, self.changes, self.start, self.count) = (pair, changes, Int32(start), Int32(count))
    }

    /// The units of `pairs`, each with the changes whose pair it is, in the order of `changes`.
    ///
    /// - Parameters:
    ///   - pairs: The units' pair keys (`Shift.pairKey`), distinct.
    ///   - changes: The relation changes; those of no unit are left out.
    ///   - key: A change's pair key.
    /// - Returns: One unit per pair, in the order of `pairs`.
    /// - Complexity: O(*p* + *c*) for *p* pairs and *c* changes.
    static func units(pairs: [String], changes: [RelationChange], key: (RelationChange) -> String) -> [PairChange] {
      var unit: [String: Int] = [:]
      unit.reserveCapacity(pairs.count)
      for (k, p) in pairs.enumerated() { unit[p] = k }
      let of = changes.map { unit[key($0)] ?? -1 }
      // A counting sort by unit keeps each unit's changes in their order.
      var start = [Int](repeating: 0, count: pairs.count + 1)
      for k in of where k >= 0 { start[k + 1] += 1 }
      for k in pairs.indices { start[k + 1] += start[k] }
      var next = start
      var slots = [Int](repeating: 0, count: start[pairs.count])
      for (i, k) in of.enumerated() where k >= 0 {
        slots[next[k]] = i
        next[k] += 1
      }
      let shared = UnitChanges(slots.map { changes[$0] })
      return pairs.indices.map { k in
        PairChange(pair: pairs[k], changes: shared, start: start[k], count: start[k + 1] - start[k])
      }
    }

    /// Whether two units are of one pair with the same changes.
    public static func == (l: PairChange, r: PairChange) -> Bool { l.pair == r.pair && l.relations == r.relations }

    /// Hashes the pair and its changes.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(pair)
      hasher.combine(relations)
    }
  }

  /// The relation changes from `a` to `b` (added, removed, changed, as `SnapshotChange` finds
  /// them) of the kinds kept, sorted by source, target, kind and change, and whether each was
  /// only cited differently (a changed relation whose world weight and phase are as before).
  ///
  /// - Parameters:
  ///   - a: The earlier snapshot.
  ///   - b: The later snapshot.
  ///   - keep: The relation kinds kept.
  ///   - graph: The graph the snapshots come from, for the evidence rule (see `CitationWeight`).
  /// - Returns: The changes, and for each whether it is cited only.
  /// - Complexity: O(*E* log *E*) in the edges of both.
  static func relationChanges(
    from a: Snapshot, to b: Snapshot, keep: (String) -> Bool, graph: ActorGraph?
  ) -> (changes: [RelationChange], cited: [Bool]) {
    // By positions: a change holds its edge's position, not the edge. Earlier edges by key,
    // first and last position (a snapshot made by hand may repeat a key; `SnapshotChange`
    // pairs an edge with the last, the cited-only test with the first).
    var beforeEdges: [EdgeKey: (first: Int32, last: Int32)] = [:]
    beforeEdges.reserveCapacity(a.edges.count)
    for (i, e) in a.edges.enumerated() {
      let k = Shift.key(e)
      beforeEdges[k] = (beforeEdges[k]?.first ?? Int32(i), Int32(i))
    }
    // Later edges by key, first position: what `EdgeChange.changes` says of an added or changed edge.
    var afterEdges: [EdgeKey: Int32] = [:]
    afterEdges.reserveCapacity(b.edges.count)
    for (j, e) in b.edges.enumerated() where afterEdges[Shift.key(e)] == nil { afterEdges[Shift.key(e)] = Int32(j) }
    let kinds = EdgeChange.kinds(from: a, to: b)
    func outcome(_ e: SnapshotEdge, _ otherwise: EdgeChange.Kind) -> EdgeChange.Kind {
      afterEdges[Shift.key(e)].map { kinds[Int($0)] } ?? otherwise
    }
    let shared = SnapshotEdges(earlier: a.edges, later: b.edges)
    var rel: [RelationChange] = []
    var changed: [RelationChange] = []
    for (j, e) in b.edges.enumerated() {
      guard let i = beforeEdges[Shift.key(e)]?.last else {
        rel.append(RelationChange(change: "added", edges: shared, position: j, outcome: outcome(e, .added)))
        continue
      }
      let old = a.edges[Int(i)]
      guard old.phase != e.phase || abs(old.weight - e.weight) > 1e-9 else { continue }
      changed.append(
        RelationChange(
          change: "changed", edges: shared, position: j, weightBefore: old.weight, phaseBefore: old.phase,
          outcome: outcome(e, .changed)))
    }
    for (i, e) in a.edges.enumerated() where afterEdges[Shift.key(e)] == nil {
      rel.append(RelationChange(change: "removed", edges: shared, position: i, outcome: .ended))
    }
    rel += changed
    rel = rel.filter { keep($0.edge.kind) }
    // The keys are distinct (an edge is added, removed or changed, once), so sorting positions
    // gives the one order.
    let order = rel.indices.sorted {
      (rel[$0].edge.source, rel[$0].edge.target, rel[$0].edge.kind, rel[$0].change) < (
        rel[$1].edge.source, rel[$1].edge.target, rel[$1].edge.kind, rel[$1].change
      )
    }
    rel = order.map { rel[$0] }
    // A changed relation whose measured weight and phase are as before was only cited differently.
    func citedOnly(_ r: RelationChange) -> Bool {
      guard r.change == "changed", r.phaseBefore == nil || r.phaseBefore == r.edge.phase,
        let i = beforeEdges[Shift.key(r.edge)]?.first
      else { return false }
      let old = a.edges[Int(i)]
      let (x, y) = (CitationWeight.worldWeight(old, graph: graph), CitationWeight.worldWeight(r.edge, graph: graph))
      return abs(x - y) <= 1e-12 * max(1, abs(x))
    }
    return (rel, rel.map(citedOnly))
  }
}
