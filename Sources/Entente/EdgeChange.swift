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
    let (kinds, before, keysB) = classify(from: a, to: b)
    let shared = EdgeArrays(earlier: a.edges, later: b.edges)
    var out: [EdgeChange] = []
    out.reserveCapacity(a.edges.count + b.edges.count)
    var keys: [EdgeKey] = []
    keys.reserveCapacity(a.edges.count + b.edges.count)
    for (j, (e, kind)) in zip(b.edges, kinds).enumerated() {
      let k = EdgeKey(e)
      out.append(EdgeChange(kind: kind, edges: shared, earlier: before[k], later: j))
      keys.append(k)
    }
    for (i, e) in a.edges.enumerated() {
      let k = EdgeKey(e)
      guard !keysB.contains(k) else { continue }
      out.append(EdgeChange(kind: .ended, edges: shared, earlier: i, later: nil))
      keys.append(k)
    }
    // The keys are distinct (one edge per source, target and kind in a snapshot, and the earlier
    // snapshot's only where the later has none), so sorting positions gives the one order; moving
    // positions rather than changes spares copying three edges per swap.
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    return order.map { out[$0] }
  }

  /// The class of change of each edge of the later snapshot `b`, in its order (the earlier
  /// snapshot's edges missing from `b` are all `ended`): what `changes` says of them, without
  /// building or sorting the changes.
  ///
  /// - Parameters:
  ///   - a: The earlier snapshot.
  ///   - b: The later snapshot.
  /// - Returns: One kind per edge of `b`.
  /// - Complexity: O(*E*) in the edges of both.
  package static func kinds(from a: Snapshot, to b: Snapshot) -> [Kind] { classify(from: a, to: b).kinds }

  /// An edge's identity in a snapshot: source, target and kind, ordered in that order.
  struct EdgeKey: Hashable, Comparable {
    let s: ActorID, t: ActorID, k: String

    init(_ e: SnapshotEdge) { (s, t, k) = (e.source, e.target, e.kind) }

    static func < (l: EdgeKey, r: EdgeKey) -> Bool { (l.s, l.t, l.k) < (r.s, r.t, r.k) }
  }

  /// The kinds of `b`'s edges, the earlier edges' positions by key and `b`'s keys.
  private static func classify(from a: Snapshot, to b: Snapshot) -> (
    kinds: [Kind], before: [EdgeKey: Int], keysB: Set<EdgeKey>
  ) {
    struct Pair: Hashable { let x: ActorID, y: ActorID }
    func pair(_ e: SnapshotEdge) -> Pair {
      e.source < e.target ? Pair(x: e.source, y: e.target) : Pair(x: e.target, y: e.source)
    }
    func net(_ s: Snapshot) -> [Pair: Double] {
      var n: [Pair: Double] = [:]
      for e in s.edges { n[pair(e), default: 0] += Double(e.sign) * e.weight }
      return n
    }
    let (na, nb) = (net(a), net(b))
    // Edges by position, not by value: a dictionary of edges copies every edge's strings and lists.
    var before: [EdgeKey: Int] = [:]
    before.reserveCapacity(a.edges.count)
    for (i, e) in a.edges.enumerated() { before[EdgeKey(e)] = i }
    var keysB: Set<EdgeKey> = []
    keysB.reserveCapacity(b.edges.count)
    var kinds: [Kind] = []
    kinds.reserveCapacity(b.edges.count)
    for e in b.edges {
      let k = EdgeKey(e)
      keysB.insert(k)
      let old = before[k].map { a.edges[$0] }
      if e.phase == .ends {
        kinds.append(.ended)
      } else if old == nil {
        kinds.append(.added)
      } else if let x = na[pair(e)], let y = nb[pair(e)], x != 0, y != 0, (x > 0) != (y > 0) {
        kinds.append(.signChanged)
      } else if let old, old.phase != e.phase || abs(old.weight - e.weight) > 1e-9 {
        kinds.append(.changed)
      } else {
        kinds.append(.unchanged)
      }
    }
    return (kinds, before, keysB)
  }
}
