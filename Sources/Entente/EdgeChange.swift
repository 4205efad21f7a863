/// How one edge changed from one snapshot to the next: the rules `diff`,
/// `render --compare` and `report` share.
///
/// - **added**: the relation begins: only the later snapshot has it (and it does not end there).
/// - **ended**: the relation ends: only the earlier snapshot has it (an interval over,
///   an event past), or its phase in the later snapshot is `ends`.
/// - **sign changed**: in both snapshots and not ending, and the pair's net signed
///   weight (cooperation minus conflict, over all its edges) flips between two
///   snapshots that both have the pair.
/// - **changed**: in both, another phase or weight, the sign of the pair unchanged.
/// - **unchanged**: in both, the same.
///
/// Added and ended win over sign changed: a new sanction is added even when it
/// turns the pair's balance, and a membership that ends is ended.
///
///     let changes = EdgeChange.changes(from: s2020, to: s2024)
///     changes.filter { $0.kind == .ended }.map(\.edge.kind)
public struct EdgeChange: Sendable, Hashable {
  /// The classes of change.
  public enum Kind: String, Sendable, CaseIterable, Comparable {
    /// The relation begins.
    case added
    /// The relation ends.
    case ended
    /// The pair's net sign flipped.
    case signChanged = "sign-changed"
    /// Another phase or weight.
    case changed
    /// The same in both.
    case unchanged

    /// Orders kinds as they are declared (added first, unchanged last).
    public static func < (l: Kind, r: Kind) -> Bool {
      (allCases.firstIndex(of: l) ?? 0) < (allCases.firstIndex(of: r) ?? 0)
    }
  }

  /// The class of change.
  public let kind: Kind
  /// The edge as it is last seen: in the later snapshot, or in the earlier one when it is gone.
  public let edge: SnapshotEdge
  /// The edge in the earlier snapshot when the later one has it too (a change holds one or two
  /// edges, not three: a large diff held tens of thousands of changes).
  private let earlier: SnapshotEdge?
  /// Whether `edge` is the later snapshot's.
  private let inLater: Bool

  /// The edge in the earlier snapshot, when it was there.
  public var before: SnapshotEdge? { inLater ? earlier : edge }
  /// The edge in the later snapshot, when it is there.
  public var after: SnapshotEdge? { inLater ? edge : nil }

  private init(kind: Kind, before: SnapshotEdge?, after: SnapshotEdge) {
    (self.kind, self.edge, self.earlier, self.inLater) = (kind, after, before, true)
  }

  private init(kind: Kind, gone: SnapshotEdge) {
    (self.kind, self.edge, self.earlier, self.inLater) = (kind, gone, nil, false)
  }

  /// Every edge of either snapshot, classified, sorted by source, target and kind.
  ///
  /// - Complexity: O(*E* log *E*) in the edges of both.
  public static func changes(from a: Snapshot, to b: Snapshot) -> [EdgeChange] {
    struct Key: Hashable { let s: ActorID, t: ActorID, k: String }
    struct Pair: Hashable { let x: ActorID, y: ActorID }
    func key(_ e: SnapshotEdge) -> Key { Key(s: e.source, t: e.target, k: e.kind) }
    func pair(_ e: SnapshotEdge) -> Pair {
      e.source < e.target ? Pair(x: e.source, y: e.target) : Pair(x: e.target, y: e.source)
    }
    func net(_ s: Snapshot) -> [Pair: Double] {
      var n: [Pair: Double] = [:]
      for e in s.edges { n[pair(e), default: 0] += Double(e.sign) * e.weight }
      return n
    }
    let (na, nb) = (net(a), net(b))
    var before: [Key: Int] = [:]
    for (i, e) in a.edges.enumerated() { before[key(e)] = i }
    let keysB = Set(b.edges.map(key))
    var out: [EdgeChange] = []
    out.reserveCapacity(b.edges.count + a.edges.count(where: { !keysB.contains(key($0)) }))
    for e in b.edges {
      let old = before[key(e)].map { a.edges[$0] }
      let kind: Kind
      if e.phase == .ends {
        kind = .ended
      } else if old == nil {
        kind = .added
      } else if let x = na[pair(e)], let y = nb[pair(e)], x != 0, y != 0, (x > 0) != (y > 0) {
        kind = .signChanged
      } else if let old, old.phase != e.phase || abs(old.weight - e.weight) > 1e-9 {
        kind = .changed
      } else {
        kind = .unchanged
      }
      out.append(EdgeChange(kind: kind, before: old, after: e))
    }
    for e in a.edges where !keysB.contains(key(e)) {
      out.append(EdgeChange(kind: .ended, gone: e))
    }
    out.sort {
      (key($0.edge).s, key($0.edge).t, key($0.edge).k) < (key($1.edge).s, key($1.edge).t, key($1.edge).k)
    }
    return out
  }
}
