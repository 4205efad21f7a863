/// Exact frustration of one connected component by depth-first branch and bound, enumerating every optimum.
///
/// Actors are placed one at a time in a fixed order (most-connected first, then always the
/// actor with most placed neighbours), each in camp 0 or 1, the first one in camp 0. A
/// branch is cut when its lower bound exceeds the best cost found: the frustrated edges
/// among placed actors, plus for each unplaced actor the cheaper of its two sides against
/// the placed ones, plus a greedy packing of edge-disjoint unbalanced triangles among the
/// unplaced ones (each needs a frustrated edge of its own). The three parts count
/// disjoint edges, so the bound is valid. Ties are kept, so every optimum is reached.
///
/// The tests check it against scipy's HiGHS MILP on random signed graphs of 25 to 60 actors.
struct BranchAndBound {
  /// Neighbours by position: (position, sign).
  let adjacency: [[(Int, Int)]]
  /// Member index at each position.
  let order: [Int]
  /// The packing bound among positions `d...`, by `d`.
  let packing: [Int]

  init(_ members: [[(Int, Int)]]) {
    let k = members.count
    var order: [Int] = []
    var placed = [Bool](repeating: false, count: k)
    var links = [Int](repeating: 0, count: k)
    for _ in 0..<k {
      var pick = -1
      for i in 0..<k where !placed[i] {
        if pick < 0 || (links[i], members[i].count, -i) > (links[pick], members[pick].count, -pick) { pick = i }
      }
      placed[pick] = true
      order.append(pick)
      for (j, _) in members[pick] { links[j] += 1 }
    }
    var position = [Int](repeating: 0, count: k)
    for (p, i) in order.enumerated() { position[i] = p }
    let adjacency = order.map { i in members[i].map { (position[$0.0], $0.1) }.sorted { $0.0 < $1.0 } }
    self.adjacency = adjacency
    self.order = order
    packing = (0...k).map { d in d >= k ? 0 : Frustration.trianglePacking(adjacency, from: d) }
  }

  /// Every optimal assignment (by member index, the first member in camp 0), or `nil` when
  /// the search ran past `Frustration.nodeBudget`.
  ///
  /// - Parameter upperBound: the cost of a known partition.
  /// - Returns: the optimum's cost, the stored optima and their number.
  func solve(upperBound: Int) -> Frustration.Solved? {
    var search = Search(adjacency: adjacency, packing: packing, best: upperBound)
    guard search.run() else { return nil }
    // Back to member order, with the first member (not necessarily position 0) in camp 0.
    let first = order.firstIndex(of: 0) ?? 0
    let optima = search.optima.map { byPosition -> [Int] in
      var camp = [Int](repeating: 0, count: order.count)
      for (p, i) in order.enumerated() { camp[i] = byPosition[p] ^ byPosition[first] }
      return camp
    }
    return Frustration.Solved(cost: search.best, optima: optima, count: search.count)
  }

  /// The state of one search.
  struct Search {
    let adjacency: [[(Int, Int)]]
    let packing: [Int]
    var best: Int
    var optima: [[Int]] = []
    var count = 0.0
    var side: [Int]
    /// Frustrated edges to placed actors if each actor took camp 0 / camp 1.
    var against: [(Int, Int)]
    var cost = 0
    var sumMin = 0
    var nodes = 0

    init(adjacency: [[(Int, Int)]], packing: [Int], best: Int) {
      self.adjacency = adjacency
      self.packing = packing
      self.best = best
      side = [Int](repeating: 0, count: adjacency.count)
      against = [(Int, Int)](repeating: (0, 0), count: adjacency.count)
    }

    /// Searches from the root; false when over budget.
    mutating func run() -> Bool { place(0, 0) }

    /// Places position `d` in camp `x` and searches below; false when over budget.
    mutating func place(_ d: Int, _ x: Int) -> Bool {
      nodes += 1
      if nodes > Frustration.nodeBudget { return false }
      let k = adjacency.count
      let added = x == 0 ? against[d].0 : against[d].1
      let oldMin = min(against[d].0, against[d].1)
      side[d] = x
      cost += added
      sumMin -= oldMin
      for (w, s) in adjacency[d] where w > d {
        let before = min(against[w].0, against[w].1)
        // A positive edge is frustrated across camps, a negative one within a camp.
        let frustratedSide = s > 0 ? 1 - x : x
        if frustratedSide == 0 { against[w].0 += 1 } else { against[w].1 += 1 }
        sumMin += min(against[w].0, against[w].1) - before
      }
      var ok = true
      if d == k - 1 {
        if cost < best {
          best = cost
          optima = [side]
          count = 1
        } else if cost == best {
          count += 1
          if optima.count < Frustration.optimaLimit { optima.append(side) }
        }
      } else if cost + sumMin + packing[d + 1] <= best {
        // The cheaper side first, so good partitions come early.
        let first = against[d + 1].0 <= against[d + 1].1 ? 0 : 1
        ok = place(d + 1, first)
        if ok && cost + sumMin + packing[d + 1] <= best { ok = place(d + 1, 1 - first) }
      }
      for (w, s) in adjacency[d] where w > d {
        let before = min(against[w].0, against[w].1)
        let frustratedSide = s > 0 ? 1 - x : x
        if frustratedSide == 0 { against[w].0 -= 1 } else { against[w].1 -= 1 }
        sumMin += min(against[w].0, against[w].1) - before
      }
      sumMin += oldMin
      cost -= added
      return ok
    }
  }
}
