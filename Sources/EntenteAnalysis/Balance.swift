import Foundation

/// Structural balance of a signed graph (Heider; Cartwright and Harary).
///
/// A triangle is balanced when it has an even number of negative edges (+++, +−−)
/// and unbalanced otherwise (++−, −−−). The tests check the census and the balance
/// scores against signnet's figures for 51 networks of interstate relations.
public enum Balance {
  /// The signed triangle census.
  public struct Census: Sendable, Equatable {
    /// +++ triangles.
    public var ppp = 0
    /// ++− triangles.
    public var ppn = 0
    /// +−− triangles.
    public var pnn = 0
    /// −−− triangles.
    public var nnn = 0

    /// All triangles.
    public var total: Int { ppp + ppn + pnn + nnn }

    /// The triangle balance index: balanced over all triangles, (+++ + +−−) / all, as
    /// signnet's `balance_score(method = "triangles")`; 1 when there are no triangles.
    public var balanceIndex: Double { total == 0 ? 1 : Double(ppp + pnn) / Double(total) }
  }

  /// A triangle of three actors with the signs of its edges.
  public struct Triangle: Sendable, Hashable {
    /// The nodes, ascending.
    public let nodes: [Int]
    /// The signs of edges (0,1), (1,2), (0,2).
    public let signs: [Int]

    /// Whether it has an odd number of negative edges.
    public var isUnbalanced: Bool { signs.filter { $0 < 0 }.count % 2 == 1 }
  }

  /// Counts triangles by their number of negative edges, on any size.
  ///
  /// - Complexity: O(*E*^1.5) (triangle listing, `forEachTriangle`).
  public static func census(_ g: SignedGraph) -> Census {
    var c = Census()
    forEachTriangle(g) { _, _, _, s1, s2, s3 in
      switch (s1 < 0 ? 1 : 0) + (s2 < 0 ? 1 : 0) + (s3 < 0 ? 1 : 0) {
      case 0: c.ppp += 1
      case 1: c.ppn += 1
      case 2: c.pnn += 1
      default: c.nnn += 1
      }
    }
    return c
  }

  /// The unbalanced triangles (++− and −−−), in node order.
  ///
  /// - Complexity: O(*E*^1.5 + *T* log *T*) for *T* unbalanced triangles.
  public static func unbalancedTriangles(_ g: SignedGraph) -> [Triangle] {
    var out: [Triangle] = []
    forEachTriangle(g) { u, v, w, s1, s2, s3 in
      let t = Triangle(nodes: [u, v, w], signs: [s1, s2, s3])
      if t.isUnbalanced { out.append(t) }
    }
    return out.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
  }

  /// Calls `body(u, v, w, sign(u,v), sign(v,w), sign(u,w))` once per triangle u < v < w.
  ///
  /// Triangle listing by degree order (Chiba and Nishizeki; Latapy's "forward"): each
  /// edge is oriented from the lower to the higher (degree, node) end, and a triangle is
  /// found once from its lowest end, so no node scans more than O(√*E*) forward neighbours.
  ///
  /// - Complexity: O(*E*^1.5) time, O(*V* + *E*) memory, whatever the degrees.
  static func forEachTriangle(_ g: SignedGraph, _ body: (Int, Int, Int, Int, Int, Int) -> Void) {
    let n = g.nodeCount
    func precedes(_ a: Int, _ b: Int) -> Bool {
      let (da, db) = (g.degree(of: a), g.degree(of: b))
      return da != db ? da < db : a < b
    }
    var forward = [0]
    var heads: [Int32] = []
    var signs: [Int8] = []
    forward.reserveCapacity(n + 1)
    heads.reserveCapacity(g.edgeCount)
    signs.reserveCapacity(g.edgeCount)
    for u in 0..<n {
      for a in g.offsets[u]..<g.offsets[u + 1] where precedes(u, Int(g.neighbors[a])) {
        heads.append(g.neighbors[a])
        signs.append(g.signs[a])
      }
      forward.append(heads.count)
    }
    var mark = [Int8](repeating: 0, count: n)
    for u in 0..<n {
      for a in forward[u]..<forward[u + 1] { mark[Int(heads[a])] = signs[a] }
      for a in forward[u]..<forward[u + 1] {
        let v = Int(heads[a])
        for b in forward[v]..<forward[v + 1] {
          let w = Int(heads[b])
          guard mark[w] != 0 else { continue }
          // Signs of uv, vw, uw; report the nodes ascending with their pairs' signs.
          var t = [(u, Int(signs[a])), (v, Int(signs[b])), (w, Int(mark[w]))]
          let sign: [Int: Int] = [
            Swift.min(u, v) << 32 | Swift.max(u, v): t[0].1, Swift.min(v, w) << 32 | Swift.max(v, w): t[1].1,
            Swift.min(u, w) << 32 | Swift.max(u, w): t[2].1,
          ]
          t.sort { $0.0 < $1.0 }
          let (x, y, z) = (t[0].0, t[1].0, t[2].0)
          body(x, y, z, sign[x << 32 | y] ?? 0, sign[y << 32 | z] ?? 0, sign[x << 32 | z] ?? 0)
        }
      }
      for a in forward[u]..<forward[u + 1] { mark[Int(heads[a])] = 0 }
    }
  }

  /// Estrada's walk-based balance: Σ exp(λᵢ(*A*)) / Σ exp(λᵢ(|*A*|)), *A* the signed
  /// adjacency matrix (isolated nodes included), as signnet's
  /// `balance_score(method = "walk")`.
  ///
  /// 1 for a balanced graph.
  ///
  /// - Complexity: O(*V*³) (eigenvalues by Householder tridiagonalization and implicit QL).
  public static func walkBalance(_ g: SignedGraph) -> Double {
    let n = g.nodeCount
    guard n > 0 else { return 1 }
    if n <= denseWalkLimit { return walkBalance(g, nodes: Array(0..<n)) }
    // A large graph: the spectrum is the union of its components' spectra, so each
    // component is solved on its own; one above the limit is not computed (NaN).
    var ls: [Double] = []
    var la: [Double] = []
    for component in components(g) {
      guard component.count <= denseWalkLimit else { return .nan }
      if component.count == 1 {
        ls.append(0)
        la.append(0)
        continue
      }
      let (s, a) = spectra(g, nodes: component)
      ls += s
      la += a
    }
    let shift = la.max() ?? 0
    return ls.reduce(0) { $0 + exp($1 - shift) } / la.reduce(0) { $0 + exp($1 - shift) }
  }

  /// The largest graph, or connected component of a larger one, whose walk balance is
  /// computed (O(*V*³) time, 16*V*² bytes); above it `walkBalance` is NaN.
  public static let denseWalkLimit = 2_000

  /// The walk balance over the given nodes (all of them, or one component).
  static func walkBalance(_ g: SignedGraph, nodes: [Int]) -> Double {
    let (ls, la) = spectra(g, nodes: nodes)
    // Shift by the largest eigenvalue of |A| (which bounds those of A) so exp cannot overflow.
    let shift = la.max() ?? 0
    let num = ls.reduce(0) { $0 + exp($1 - shift) }
    let den = la.reduce(0) { $0 + exp($1 - shift) }
    return num / den
  }

  /// The eigenvalues of *A* and |*A*| restricted to `nodes` (a union of whole components).
  static func spectra(_ g: SignedGraph, nodes: [Int]) -> (signed: [Double], absolute: [Double]) {
    let n = nodes.count
    var position = [Int: Int](minimumCapacity: n)
    for (i, u) in nodes.enumerated() { position[u] = i }
    var signed = [Double](repeating: 0, count: n * n)
    var absolute = signed
    for (i, u) in nodes.enumerated() {
      for a in g.offsets[u]..<g.offsets[u + 1] {
        guard let j = position[Int(g.neighbors[a])] else { continue }
        signed[i * n + j] = Double(g.signs[a])
        absolute[i * n + j] = 1
      }
    }
    return (SymmetricEigen.eigenvalues(&signed, n: n), SymmetricEigen.eigenvalues(&absolute, n: n))
  }

  /// The connected components of `g`, each as its nodes in increasing order.
  ///
  /// - Complexity: O(*V* + *E*).
  static func components(_ g: SignedGraph) -> [[Int]] {
    var seen = [Bool](repeating: false, count: g.nodeCount)
    var out: [[Int]] = []
    for start in 0..<g.nodeCount where !seen[start] {
      seen[start] = true
      var stack = [start]
      var members: [Int] = []
      while let u = stack.popLast() {
        members.append(u)
        for a in g.offsets[u]..<g.offsets[u + 1] {
          let v = Int(g.neighbors[a])
          if !seen[v] {
            seen[v] = true
            stack.append(v)
          }
        }
      }
      out.append(members.sorted())
    }
    return out
  }

  /// The most nodes whose PN index is solved densely (exactly, O(*V*³)); larger graphs use
  /// conjugate gradients.
  public static let densePNLimit = 1_000

  /// The PN index of each node (Everett and Borgatti 2014): (*I* − *A* / (2*n* − 2))⁻¹ **1**
  /// with *A* = *P* − 2*N*, *P* and *N* the positive and negative adjacency matrices; as
  /// signnet's `pn_index(mode = "all")`.
  ///
  /// Isolated nodes score 1. The one singular case,
  /// two nodes joined by a negative edge (the system is x₀ + x₁ = 1 twice), gets the
  /// symmetric solution ½ each.
  ///
  /// Above `densePNLimit` nodes the system is solved by conjugate gradients on the
  /// adjacency lists instead (`SparsePNIndex`), which agrees to about 10⁻¹⁰.
  ///
  /// - Complexity: O(*V*³) (Gaussian elimination with partial pivoting) up to
  ///   `densePNLimit` nodes; above, O((*V* + *E*)·*k*) for *k* conjugate-gradient steps.
  public static func pnIndex(_ g: SignedGraph) -> [Double] {
    let n = g.nodeCount
    guard n > 1 else { return [Double](repeating: 1, count: n) }
    if n == 2, g.edgeCount == 1, g.signs.first == -1 { return [0.5, 0.5] }
    if n > densePNLimit { return SparsePNIndex.pnIndex(g) }
    let scale = 1 / Double(2 * n - 2)
    var m = [Double](repeating: 0, count: n * n)
    for i in 0..<n { m[i * n + i] = 1 }
    for u in 0..<n {
      for a in g.offsets[u]..<g.offsets[u + 1] {
        m[u * n + Int(g.neighbors[a])] -= scale * (g.signs[a] > 0 ? 1 : -2)
      }
    }
    var b = [Double](repeating: 1, count: n)
    LinearSolve.solve(&m, &b, n: n)
    return b
  }
}
