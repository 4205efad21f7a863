import Entente

extension Shift {
  /// Each actor pair's measured arcs in one snapshot, all in one array.
  ///
  /// A dictionary of an array per pair was two allocations per pair and snapshot, tens of
  /// thousands of them in a large shift.
  struct PairArcs {
    /// Every arc, pair after pair (in the order of the pairs' keys), each pair's sorted.
    let all: [Arc]
    /// Where each pair's arcs start in `all`; the last entry is `all.count`.
    private let start: [Int32]

    /// The arcs of pair `p`, sorted.
    subscript(p: Int) -> ArraySlice<Arc> { all[Int(start[p])..<Int(start[p + 1])] }

    /// Arcs of `pairs` (pair numbers in sorted-key order), in snapshot order, grouped by pair.
    private init(_ arcs: [(pair: Int32, arc: Arc)], pairs: Int) {
      // A counting sort by pair keeps each pair's arcs in snapshot order; each is then sorted.
      var first = [Int32](repeating: 0, count: pairs + 1)
      for x in arcs { first[Int(x.pair) + 1] += 1 }
      for p in 0..<pairs { first[p + 1] += first[p] }
      var next = first
      var all = [Arc](
        repeating: Arc(source: 0, target: 0, weight: 0, sign: 0, kind: 0, directed: false), count: arcs.count)
      for x in arcs {
        all[Int(next[Int(x.pair)])] = x.arc
        next[Int(x.pair)] += 1
      }
      for p in 0..<pairs { all[Int(first[p])..<Int(first[p + 1])].sort() }
      (self.all, start) = (all, first)
    }

    /// The pairs with an arc in `a` or `b`, sorted by key, and each snapshot's arcs by pair.
    ///
    /// - Parameters:
    ///   - a: The earlier snapshot.
    ///   - b: The later snapshot.
    ///   - key: An edge's pair key (`Shift.pairKey`).
    ///   - arc: An edge's measured arc, nil for an edge not measured.
    /// - Returns: The pairs' keys, sorted, and both snapshots' arcs numbered by them.
    /// - Complexity: O(*E* log *E*) in the edges of both.
    static func build(
      _ a: Snapshot, _ b: Snapshot, key: (SnapshotEdge) -> String, arc: (SnapshotEdge) -> Arc?
    ) -> (keys: [String], before: PairArcs, after: PairArcs) {
      var number: [String: Int32] = [:]
      var keys: [String] = []
      var sides: [[(pair: Int32, arc: Arc)]] = [[], []]
      for (side, s) in [a, b].enumerated() {
        sides[side].reserveCapacity(s.edges.count)
        for e in s.edges {
          guard let arc = arc(e) else { continue }
          let k = key(e)
          let p = number[k] ?? Int32(keys.count)
          if Int(p) == keys.count {
            number[k] = p
            keys.append(k)
          }
          sides[side].append((p, arc))
        }
      }
      number = [:]
      // Pairs renumbered in key order.
      let order = keys.indices.sorted { keys[$0] < keys[$1] }
      var rank = [Int32](repeating: 0, count: keys.count)
      for (r, i) in order.enumerated() { rank[i] = Int32(r) }
      func numbered(_ list: [(pair: Int32, arc: Arc)]) -> PairArcs {
        PairArcs(list.map { (rank[Int($0.pair)], $0.arc) }, pairs: keys.count)
      }
      return (order.map { keys[$0] }, numbered(sides[0]), numbered(sides[1]))
    }
  }
}
