/// How far each actor sides with each of a few poles, in [−1, 1].
///
/// For actor *a* and pole *p*: the direct tie *d* = sign(*a*, *p*) ∈ {−1, 0, 1}, and
/// for each common neighbour *c* the two-step vote sign(*a*, *c*)·sign(*c*, *p*) (a
/// friend of a friend or an enemy of an enemy votes +1). The alignment is the
/// weighted mean of these votes, the direct tie counting twice:
/// (2*d* + Σ votes) / (2 + *m*), *m* the number of common neighbours, and 0 when *a*
/// and *p* share no tie and no neighbour. A pole is aligned 1 with itself.
public enum Alignment {
  /// The alignment of every node with each pole, as `[node][pole]`.
  ///
  /// - Complexity: O(*P*·(*V* + *E*)) for *P* poles.
  public static func with(poles: [Int], in g: SignedGraph) -> [[Double]] {
    var out = [[Double]](repeating: [Double](repeating: 0, count: poles.count), count: g.nodeCount)
    var poleSign = [Int8](repeating: 0, count: g.nodeCount)
    for (k, p) in poles.enumerated() {
      for a in g.offsets[p]..<g.offsets[p + 1] { poleSign[Int(g.neighbors[a])] = g.signs[a] }
      for u in 0..<g.nodeCount {
        if u == p {
          out[u][k] = 1
          continue
        }
        let d = Double(poleSign[u])
        var votes = 0.0
        var m = 0
        for a in g.offsets[u]..<g.offsets[u + 1] {
          let c = Int(g.neighbors[a])
          guard c != p, poleSign[c] != 0 else { continue }
          votes += Double(g.signs[a]) * Double(poleSign[c])
          m += 1
        }
        let weight = (d != 0 ? 2.0 : 0.0) + Double(m)
        out[u][k] = weight == 0 ? 0 : (2 * d + votes) / (2 + Double(m))
      }
      for a in g.offsets[p]..<g.offsets[p + 1] { poleSign[Int(g.neighbors[a])] = 0 }
    }
    return out
  }
}
