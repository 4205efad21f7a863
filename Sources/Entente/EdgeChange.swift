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
  public var edge: SnapshotEdge { later >= 0 ? edges.later[Int(later)] : edges.earlier[Int(earlier)] }
  /// The edge in the earlier snapshot, when it was there.
  public var before: SnapshotEdge? { earlier < 0 ? nil : edges.earlier[Int(earlier)] }
  /// The edge in the later snapshot, when it is there.
  public var after: SnapshotEdge? { later < 0 ? nil : edges.later[Int(later)] }

  // A change names its edges by their positions in the two snapshots' edge arrays, which all
  // changes of one comparison share: a large diff has tens of thousands of changes, and a
  // change that held its edges held 230 bytes of them, copied again wherever changes are grouped.
  private let edges: EdgeArrays
  /// The position of the edge in the earlier snapshot, -1 when it is not there (one of the
  /// two positions is always there).
  private let earlier: Int32
  /// The position of the edge in the later snapshot, -1 when it is not there.
  private let later: Int32

  /// The two snapshots' edges, shared by the changes between them.
  private final class EdgeArrays: Sendable {
    let earlier: [SnapshotEdge]
    let later: [SnapshotEdge]

    init(earlier: [SnapshotEdge], later: [SnapshotEdge]) {
      (self.earlier, self.later) = (earlier, later)
    }
  }

  private init(kind: Kind, edges: EdgeArrays, earlier: Int?, later: Int?) {
    self.kind = kind
    self.edges = edges
    self.earlier = earlier.map(Int32.init) ?? -1
    self.later = later.map(Int32.init) ?? -1
  }

  /// Whether two changes are of one kind between the same edges.
  public static func == (l: EdgeChange, r: EdgeChange) -> Bool {
    l.kind == r.kind && l.before == r.before && l.after == r.after
  }

  /// Hashes the kind and the edges.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(before)
    hasher.combine(after)
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
    let shared = EdgeArrays(earlier: a.edges, later: b.edges)
    var out: [EdgeChange] = []
    out.reserveCapacity(b.edges.count + a.edges.count(where: { !keysB.contains(key($0)) }))
    for (j, e) in b.edges.enumerated() {
      let position = before[key(e)]
      let old = position.map { a.edges[$0] }
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
      out.append(EdgeChange(kind: kind, edges: shared, earlier: position, later: j))
    }
    for (i, e) in a.edges.enumerated() where !keysB.contains(key(e)) {
      out.append(EdgeChange(kind: .ended, edges: shared, earlier: i, later: nil))
    }
    out.sort {
      let (x, y) = ($0.edge, $1.edge)
      return (x.source, x.target, x.kind) < (y.source, y.target, y.kind)
    }
    return out
  }
}
