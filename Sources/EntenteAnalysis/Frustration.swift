/// The frustration of a signed graph and the camps that come closest to balance.
///
/// A partition of the actors into two camps *frustrates* a positive edge across the
/// camps and a negative edge within one. The frustration index is the least number
/// of frustrated edges over all partitions (0 exactly when the graph is balanced).
/// Each connected component is solved on its own: exactly, by enumerating its
/// partitions in Gray-code order, when it has at most `exactLimit` nodes; otherwise
/// by local search (single-actor moves from several deterministic starts until no move
/// helps), which gives an upper bound, reported with a lower bound from a greedy
/// packing of edge-disjoint unbalanced triangles (each needs at least one frustrated
/// edge).
public struct Frustration: Sendable, Equatable {
  /// The camp of each node within its component, 0 or 1 (isolated nodes are in camp 0).
  public let camps: [Int]
  /// The connected component of each node (its smallest node), or −1 for an isolated node.
  public let components: [Int]
  /// Frustrated edges under `camps`: the index when `isExact`, else an upper bound.
  public let frustrated: Int
  /// A lower bound of the index (equal to `frustrated` when exact).
  public let lowerBound: Int
  /// Whether every component was solved exactly.
  public let isExact: Bool

  /// The frustration normalized by the number of edges (0 for no edges).
  public func normalized(edges: Int) -> Double { edges == 0 ? 0 : Double(frustrated) / Double(edges) }

  /// Computes the frustration of `g`.
  ///
  /// - Complexity: O(2^*k*·*d*) for an exact component of *k* nodes; O(*r*·*V*·*d*) for
  ///   *r* rounds of local search otherwise.
  public static func of(_ g: SignedGraph, exactLimit: Int = 22) -> Frustration {
    let n = g.nodeCount
    var camps = [Int](repeating: 0, count: n)
    var component = [Int](repeating: -1, count: n)
    var frustrated = 0
    var lower = 0
    var exact = true
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
      let isExact = members.count <= exactLimit
      let assignment = isExact ? enumerate(g, members) : localSearch(g, members)
      for (k, u) in members.enumerated() { camps[u] = assignment[k] }
      let cost = count(g, members, camps)
      frustrated += cost
      lower += isExact ? cost : min(cost, trianglePacking(g, members))
      exact = exact && isExact
    }
    // Camp 0 holds the first node of each component.
    let components = (0..<n).map { g.offsets[$0 + 1] > g.offsets[$0] ? component[$0] : -1 }
    return Frustration(camps: camps, components: components, frustrated: frustrated, lowerBound: lower, isExact: exact)
  }

  /// Frustrated edges among `members` under `camps`.
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

  /// The best partition of a component by Gray-code enumeration (the first member fixed in camp 0).
  static func enumerate(_ g: SignedGraph, _ members: [Int]) -> [Int] {
    let k = members.count
    let adjacency = componentAdjacency(g, members)
    var camp = [Int](repeating: 0, count: k)
    var cost = 0
    for i in 0..<k { for (j, s) in adjacency[i] where j > i && (s < 0) { cost += 1 } }  // all in one camp
    var best = cost
    var bestCamp = camp
    let total = 1 << (k - 1)
    if total > 1 {
      for step in 1..<total {
        let bit = step.trailingZeroBitCount + 1  // node 0 stays in camp 0
        var delta = 0
        for (j, s) in adjacency[bit] {
          let frustratedNow = (camp[bit] == camp[j]) != (s > 0)
          delta += frustratedNow ? -1 : 1
        }
        camp[bit] ^= 1
        cost += delta
        if cost < best {
          best = cost
          bestCamp = camp
        }
      }
    }
    return bestCamp
  }

  /// A partition of a component by local search from deterministic starts.
  static func localSearch(_ g: SignedGraph, _ members: [Int]) -> [Int] {
    let k = members.count
    let adjacency = componentAdjacency(g, members)
    func cost(_ c: [Int]) -> Int {
      var f = 0
      for i in 0..<k { for (j, s) in adjacency[i] where j > i && ((c[i] == c[j]) != (s > 0)) { f += 1 } }
      return f
    }
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
    // eight pseudo-random ones from a fixed seed.
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
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<8 {
      starts.append(
        (0..<k).map { _ in
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          return Int(state >> 63)
        })
    }
    var best: [Int] = starts[0]
    var bestCost = Int.max
    for var c in starts {
      improve(&c)
      let f = cost(c)
      if f < bestCost {
        bestCost = f
        best = c
      }
    }
    if best[0] == 1 { best = best.map { 1 - $0 } }
    return best
  }

  /// Edge-disjoint unbalanced triangles among `members`, packed greedily: a lower bound.
  static func trianglePacking(_ g: SignedGraph, _ members: [Int]) -> Int {
    let inComponent = Set(members)
    var used = Set<Int64>()
    func key(_ a: Int, _ b: Int) -> Int64 { Int64(min(a, b)) << 32 | Int64(max(a, b)) }
    var packed = 0
    Balance.forEachTriangle(g) { u, v, w, s1, s2, s3 in
      guard inComponent.contains(u), [s1, s2, s3].filter({ $0 < 0 }).count % 2 == 1 else { return }
      let edges = [key(u, v), key(v, w), key(u, w)]
      guard edges.allSatisfy({ !used.contains($0) }) else { return }
      for e in edges { used.insert(e) }
      packed += 1
    }
    return packed
  }
}
