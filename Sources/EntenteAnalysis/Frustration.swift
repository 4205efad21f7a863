/// The frustration of a signed graph and the camps that come closest to balance, with their ties.
///
/// A partition of the actors into two camps *frustrates* a positive edge across the
/// camps and a negative edge within one. The frustration index is the least number
/// of frustrated edges over all partitions (0 exactly when the graph is balanced).
///
/// The best partition is seldom unique, so camps are not presented as facts: every
/// optimal partition of each connected component is enumerated (up to `optimaLimit`
/// stored; all counted) and an actor whose side, relative to its component's first
/// actor, differs between optima is **undetermined**. Among the optima the one closest
/// to a preferred partition (the previous date's) is chosen, so camps do not flip by
/// accident.
///
/// Each component is solved on its own: by Gray-code enumeration up to `grayLimit`
/// actors; by branch and bound (bound: each unplaced actor's cheaper side against the
/// placed ones, plus edge-disjoint unbalanced triangles among the unplaced) within a
/// node budget, which in practice covers 60 actors of sparse graphs; otherwise by local
/// search, an upper bound reported with a lower bound from a packing of edge-disjoint
/// unbalanced triangles. `isExact` holds whenever the bounds meet.
public struct Frustration: Sendable, Equatable {
  /// The camp of each node within its component, 0 or 1 (isolated nodes are in camp 0).
  public let camps: [Int]
  /// The connected component of each node (its smallest node), or −1 for an isolated node.
  public let components: [Int]
  /// Frustrated edges under `camps`: the index when `isExact`, else an upper bound.
  public let frustrated: Int
  /// A lower bound of the index (equal to `frustrated` when exact).
  public let lowerBound: Int
  /// Whether the index is proven: the lower bound meets the partition found.
  public let isExact: Bool
  /// Whether a node's side differs between optimal partitions (only known where every optimum was
  /// enumerated): between two optima some actors change side (the smaller of the set that moved and
  /// the set that stayed, the sides being interchangeable); an actor that moves between any two is undetermined.
  public let undetermined: [Bool]
  /// The number of optimal partitions (the product over components), when every component was enumerated.
  public let optimalPartitions: Double?
  /// Whether some component had more optima than were stored (then `undetermined` is from those stored).
  public let optimaTruncated: Bool

  /// Components up to this size are enumerated in Gray-code order.
  public static let grayLimit = 20
  /// Optimal partitions stored per component.
  public static let optimaLimit = 4096
  /// Search nodes branch and bound may visit per component before it gives up exactness.
  public static let nodeBudget = 30_000_000

  /// No partition: the frustration of an analysis that skipped the signed figures.
  static func none(nodes: Int) -> Frustration {
    Frustration(
      camps: [], components: [], frustrated: 0, lowerBound: 0, isExact: true, undetermined: [],
      optimalPartitions: nil, optimaTruncated: false)
  }

  /// The frustration normalized by the number of edges (0 for no edges).
  public func normalized(edges: Int) -> Double { edges == 0 ? 0 : Double(frustrated) / Double(edges) }

  /// Computes the frustration of `g`.
  ///
  /// - Parameters:
  ///   - g: the signed graph.
  ///   - exactLimit: components above this many actors go straight to local search.
  ///   - prefer: a preferred camp (0 or 1) per node, −1 for none: the optimum that agrees
  ///     with it most (each component's sides may swap) is chosen.
  /// - Returns: the frustration, the chosen camps, the undetermined actors and the optima counted.
  /// - Complexity: O(2^*k*·*d*) for a Gray-code component of *k* nodes; branch and bound
  ///   is exponential in the worst case and capped by `nodeBudget`; O(*r*·*V*·*d*) for local search.
  public static func of(_ g: SignedGraph, exactLimit: Int = 200, prefer: [Int]? = nil) -> Frustration {
    let n = g.nodeCount
    var camps = [Int](repeating: 0, count: n)
    var component = [Int](repeating: -1, count: n)
    var undetermined = [Bool](repeating: false, count: n)
    var frustrated = 0
    var lower = 0
    var count: Double? = 1
    var truncated = false
    for start in 0..<n where component[start] < 0 {
      var members = [start]
      component[start] = start
      var i = 0
      while i < members.count {
        let u = members[i]
        for a in g.offsets[u]..<g.offsets[u + 1] where component[Int(g.neighbors[a])] < 0 {
          component[Int(g.neighbors[a])] = start
          members.append(Int(g.neighbors[a]))
        }
        i += 1
      }
      guard members.count > 1 else { continue }
      members.sort()
      let adjacency = componentAdjacency(g, members)
      var solved: Solved?
      if members.count > exactLimit {
        solved = nil
      } else if members.count <= grayLimit {
        solved = enumerate(adjacency)
      } else {
        solved = BranchAndBound(adjacency).solve(upperBound: cost(adjacency, localSearch(adjacency)))
      }
      let assignment: [Int]
      if let solved {
        let preferred = prefer.map { p in members.map { p.indices.contains($0) ? p[$0] : -1 } }
        assignment = closest(solved.optima, to: preferred)
        // Between two optima some actors change side, or the rest do (the same partition
        // with sides swapped): the smaller set is what moved. Undetermined = moved between
        // any two optima (the first 256 pairwise, every one against the chosen optimum).
        func mark(_ x: [Int], _ y: [Int]) {
          let moved = members.indices.filter { x[$0] != y[$0] }
          for k in (moved.count * 2 <= members.count ? moved : members.indices.filter { x[$0] == y[$0] }) {
            undetermined[members[k]] = true
          }
        }
        for o in solved.optima { mark(o, assignment) }
        let few = solved.optima.prefix(256)
        for (i, x) in few.enumerated() { for y in few.dropFirst(i + 1) { mark(x, y) } }
        count = count.map { $0 * solved.count }
        truncated = truncated || solved.count > Double(solved.optima.count)
        lower += solved.cost
      } else {
        var found = localSearch(adjacency)
        if let prefer {
          let agree = members.indices.filter {
            prefer.indices.contains(members[$0]) && prefer[members[$0]] == found[$0]
          }
          let known = members.filter { prefer.indices.contains($0) && prefer[$0] >= 0 }.count
          if agree.count * 2 < known { found = found.map { 1 - $0 } }
        }
        assignment = found
        count = nil
        let c = cost(adjacency, found)
        lower += min(c, trianglePacking(adjacency, from: 0))
      }
      for (k, u) in members.enumerated() { camps[u] = assignment[k] }
      frustrated += cost(adjacency, assignment)
    }
    let components = (0..<n).map { g.offsets[$0 + 1] > g.offsets[$0] ? component[$0] : -1 }
    return Frustration(
      camps: camps, components: components, frustrated: frustrated, lowerBound: lower, isExact: lower == frustrated,
      undetermined: undetermined, optimalPartitions: count, optimaTruncated: truncated)
  }

  /// A component's optima: the least cost, every optimal assignment stored (first member in
  /// camp 0), and how many there are.
  struct Solved {
    var cost: Int
    var optima: [[Int]]
    var count: Double
  }

  /// The optimum that agrees most with `preferred` (−1 entries ignored), each optimum also
  /// read with its sides swapped; the first optimum without a preference.
  static func closest(_ optima: [[Int]], to preferred: [Int]?) -> [Int] {
    guard let preferred, preferred.contains(where: { $0 >= 0 }) else { return optima[0] }
    var best = optima[0]
    var bestAgree = -1
    for o in optima {
      for flip in [0, 1] {
        var agree = 0
        for (k, p) in preferred.enumerated() where p >= 0 && (o[k] ^ flip) == p { agree += 1 }
        if agree > bestAgree {
          bestAgree = agree
          best = o.map { $0 ^ flip }
        }
      }
    }
    return best
  }

  /// Frustrated edges of a component under `camp` (indexed by member).
  static func cost(_ adjacency: [[(Int, Int)]], _ camp: [Int]) -> Int {
    var f = 0
    for i in adjacency.indices {
      for (j, s) in adjacency[i] where j > i && ((camp[i] == camp[j]) != (s > 0)) { f += 1 }
    }
    return f
  }

  /// Frustrated edges among `members` under `camps` (indexed by node).
  static func count(_ g: SignedGraph, _ members: [Int], _ camps: [Int]) -> Int {
    var c = 0
    for u in members {
      for a in g.offsets[u]..<g.offsets[u + 1] {
        let v = Int(g.neighbors[a])
        guard v > u else { continue }
        if (camps[u] == camps[v]) != (g.signs[a] > 0) { c += 1 }
      }
    }
    return c
  }

  /// Each member's (member index, sign) neighbours within the component.
  static func componentAdjacency(_ g: SignedGraph, _ members: [Int]) -> [[(Int, Int)]] {
    var local: [Int: Int] = [:]
    for (i, u) in members.enumerated() { local[u] = i }
    var adjacency: [[(Int, Int)]] = Array(repeating: [], count: members.count)
    for (i, u) in members.enumerated() {
      for a in g.offsets[u]..<g.offsets[u + 1] {
        if let j = local[Int(g.neighbors[a])] { adjacency[i].append((j, Int(g.signs[a]))) }
      }
    }
    return adjacency
  }

  /// Every optimal partition of a component by Gray-code enumeration (the first member fixed in camp 0).
  static func enumerate(_ adjacency: [[(Int, Int)]]) -> Solved {
    let k = adjacency.count
    var camp = [Int](repeating: 0, count: k)
    var c = cost(adjacency, camp)
    var solved = Solved(cost: c, optima: [camp], count: 1)
    let total = 1 << (k - 1)
    if total > 1 {
      for step in 1..<total {
        let bit = step.trailingZeroBitCount + 1  // member 0 stays in camp 0
        var delta = 0
        for (j, s) in adjacency[bit] { delta += ((camp[bit] == camp[j]) != (s > 0)) ? -1 : 1 }
        camp[bit] ^= 1
        c += delta
        if c < solved.cost {
          solved = Solved(cost: c, optima: [camp], count: 1)
        } else if c == solved.cost {
          solved.count += 1
          if solved.optima.count < optimaLimit { solved.optima.append(camp) }
        }
      }
    }
    return solved
  }

  /// A partition of a component by local search from deterministic starts (first member in camp 0).
  static func localSearch(_ adjacency: [[(Int, Int)]]) -> [Int] {
    let k = adjacency.count
    func improve(_ c: inout [Int]) {
      var moved = true
      while moved {
        moved = false
        for i in 0..<k {
          var delta = 0
          for (j, s) in adjacency[i] { delta += ((c[i] == c[j]) != (s > 0)) ? -1 : 1 }
          if delta < 0 {
            c[i] ^= 1
            moved = true
          }
        }
      }
    }
    // Starts: everyone together; a breadth-first two-colouring that follows signs; and
    // sixteen pseudo-random ones from a fixed seed.
    var starts: [[Int]] = [[Int](repeating: 0, count: k)]
    var bfs = [Int](repeating: -1, count: k)
    bfs[0] = 0
    var queue = [0]
    var qi = 0
    while qi < queue.count {
      let i = queue[qi]
      qi += 1
      for (j, s) in adjacency[i] where bfs[j] < 0 {
        bfs[j] = s > 0 ? bfs[i] : 1 - bfs[i]
        queue.append(j)
      }
    }
    starts.append(bfs.map { max(0, $0) })
    var rng = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
    for _ in 0..<16 { starts.append((0..<k).map { _ in Int(rng.next() >> 63) }) }
    var best: [Int] = starts[0]
    var bestCost = Int.max
    for var c in starts {
      improve(&c)
      let f = cost(adjacency, c)
      if f < bestCost {
        bestCost = f
        best = c
      }
    }
    if best[0] == 1 { best = best.map { 1 - $0 } }
    return best
  }

  /// Edge-disjoint unbalanced triangles among the members from `from` on, packed greedily: a
  /// lower bound of the frustrated edges among them.
  static func trianglePacking(_ adjacency: [[(Int, Int)]], from: Int) -> Int {
    let k = adjacency.count
    var sign: [Int: Int] = [:]
    func key(_ a: Int, _ b: Int) -> Int { min(a, b) * k + max(a, b) }
    for i in from..<k { for (j, s) in adjacency[i] where j >= from { sign[key(i, j)] = s } }
    var used = Set<Int>()
    var packed = 0
    for u in from..<k {
      for (v, suv) in adjacency[u] where v > u && v >= from {
        for (w, svw) in adjacency[v] where w > v {
          guard let suw = sign[key(u, w)], (suv * svw * suw) < 0 else { continue }
          let edges = [key(u, v), key(v, w), key(u, w)]
          guard edges.allSatisfy({ !used.contains($0) }) else { continue }
          for e in edges { used.insert(e) }
          packed += 1
        }
      }
    }
    return packed
  }
}
