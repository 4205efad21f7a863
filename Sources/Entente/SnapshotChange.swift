/// What changed in the edges from one snapshot to the next.
///
/// An edge is identified by its source, target and kind. It is *added* when
/// only the later snapshot has it, *removed* when only the earlier one does,
/// and *changed* when both have it with another phase or a weight that differs
/// by more than 1e-9.
///
///     let change = SnapshotChange(from: s2016, to: s2020)
///     change.added.map(\.kind)
public struct SnapshotChange: Sendable, Equatable {
  /// The earlier snapshot's date.
  public let from: EntenteDate
  /// The later snapshot's date.
  public let to: EntenteDate
  /// Edges only in the later snapshot.
  public let added: [SnapshotEdge]
  /// Edges only in the earlier snapshot.
  public let removed: [SnapshotEdge]
  /// Edges in both whose phase or weight differ, as (before, after).
  public let changed: [(before: SnapshotEdge, after: SnapshotEdge)]
  /// Actors only in the later snapshot.
  public let actorsAdded: [ActorID]
  /// Actors only in the earlier snapshot.
  public let actorsRemoved: [ActorID]

  /// Compares two snapshots.
  ///
  /// - Complexity: O(*E* log *E*) in the edges of both.
  public init(from a: Snapshot, to b: Snapshot) {
    struct Key: Hashable { let s: ActorID, t: ActorID, k: String }
    // Edges by position, not by value: a dictionary of edges copies every edge's strings and lists.
    var before: [Key: Int] = [:]
    before.reserveCapacity(a.edges.count)
    for (i, e) in a.edges.enumerated() { before[Key(s: e.source, t: e.target, k: e.kind)] = i }
    var after: Set<Key> = []
    after.reserveCapacity(b.edges.count)
    for e in b.edges { after.insert(Key(s: e.source, t: e.target, k: e.kind)) }
    from = a.date
    to = b.date
    added = b.edges.filter { before[Key(s: $0.source, t: $0.target, k: $0.kind)] == nil }
    removed = a.edges.filter { !after.contains(Key(s: $0.source, t: $0.target, k: $0.kind)) }
    changed = b.edges.compactMap { e in
      guard let i = before[Key(s: e.source, t: e.target, k: e.kind)] else { return nil }
      let old = a.edges[i]
      return old.phase != e.phase || abs(old.weight - e.weight) > 1e-9 ? (old, e) : nil
    }
    let ia = Set(a.actors.map(\.id))
    let ib = Set(b.actors.map(\.id))
    actorsAdded = ib.subtracting(ia).sorted()
    actorsRemoved = ia.subtracting(ib).sorted()
  }

  /// Whether two changes list the same edges and actors.
  public static func == (l: SnapshotChange, r: SnapshotChange) -> Bool {
    l.from == r.from && l.to == r.to && l.added == r.added && l.removed == r.removed
      && l.changed.map(\.before) == r.changed.map(\.before) && l.changed.map(\.after) == r.changed.map(\.after)
      && l.actorsAdded == r.actorsAdded && l.actorsRemoved == r.actorsRemoved
  }
}
