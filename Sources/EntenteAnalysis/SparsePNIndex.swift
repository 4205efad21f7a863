import Foundation

/// The PN index of a large graph, solved without an *n* × *n* matrix.
///
/// `Balance.pnIndex` eliminates the dense system (*I* − *A* / (2*n* − 2)) *x* = **1**, which
/// takes O(*V*³) time and 8*V*² bytes: a 5,001-node star took over two minutes and 200,001
/// nodes would need 320 GB (issue #14, item 18). Above `Balance.densePNLimit` nodes the
/// same system is solved by conjugate gradients on the graph's adjacency lists. The
/// matrix is symmetric, and positive definite (its eigenvalues are 1 − λ(*A*)/(2*n* − 2)
/// and |λ(*A*)| ≤ 2(*n* − 1), with equality only for a complete all-hostile graph), so the
/// method converges; it stops when the residual is below 10⁻¹² of **1**'s norm.
enum SparsePNIndex {
  /// The PN index of each node of `g`.
  ///
  /// - Parameter g: the signed graph (more than two nodes).
  /// - Returns: the index per node, within about 10⁻¹⁰ of the dense solution.
  /// - Complexity: O((*V* + *E*)·*k*) for *k* iterations (a few dozen on sparse graphs),
  ///   memory O(*V* + *E*).
  static func pnIndex(_ g: SignedGraph) -> [Double] {
    let n = g.nodeCount
    let scale = 1 / Double(2 * n - 2)
    // y = (I − A/(2n−2)) x with A = P − 2N.
    func apply(_ x: [Double], into y: inout [Double]) {
      for u in 0..<n {
        var s = x[u]
        for a in g.offsets[u]..<g.offsets[u + 1] {
          s -= scale * (g.signs[a] > 0 ? 1 : -2) * x[Int(g.neighbors[a])]
        }
        y[u] = s
      }
    }
    var x = [Double](repeating: 1, count: n)
    var ax = [Double](repeating: 0, count: n)
    apply(x, into: &ax)
    var r = (0..<n).map { 1 - ax[$0] }
    var p = r
    var rr = r.reduce(0) { $0 + $1 * $1 }
    let tolerance = 1e-24 * Double(n)  // (10⁻¹² · ‖1‖)²
    var ap = [Double](repeating: 0, count: n)
    var iteration = 0
    while rr > tolerance && iteration < 10 * n {
      apply(p, into: &ap)
      var pap = 0.0
      for i in 0..<n { pap += p[i] * ap[i] }
      guard pap > 0 else { break }
      let alpha = rr / pap
      var next = 0.0
      for i in 0..<n {
        x[i] += alpha * p[i]
        r[i] -= alpha * ap[i]
        next += r[i] * r[i]
      }
      let beta = next / rr
      for i in 0..<n { p[i] = r[i] + beta * p[i] }
      rr = next
      iteration += 1
    }
    return x
  }
}
