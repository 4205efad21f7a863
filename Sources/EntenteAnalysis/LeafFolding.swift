/// Degree-one actors folded into their neighbour, so exact hop-counted betweenness runs
/// one breadth-first search fewer per such actor and visits fewer nodes in the others.
///
/// A *leaf* `v` has one neighbour `u` (arcs `v -> u`, `u -> v` or both) and `u` has
/// others. Every shortest path from `v` starts `v -> u`, so `v`'s dependencies on every
/// node but `u` are `u`'s own (`u`'s search counts `1 +` its feeding leaves times), and
/// its dependency on `u` is the number of nodes `u` reaches, bar `u` and `v` (after Baglioni,
/// Geraci, Pellegrini and Lastres 2012, for directed arcs). Every shortest path to `v` ends
/// `u -> v`, so `v` as a target adds exactly 1 to the dependency of `u` in any search that
/// reaches `u` from elsewhere: `hanging[u]` carries it. A leaf is never between two others.
/// The values are those of the plain algorithm up to rounding (the sums are grouped
/// differently).
///
///     let f = LeafFolding(g)   // nil when g has no leaf
struct LeafFolding {
  /// Out-adjacency offsets of the graph without the leaves' arcs (`nodeCount + 1`).
  let offsets: [Int]
  /// Out-neighbours per kept arc.
  let targets: [Int32]
  /// Leaves reached only through each node (arc node `->` leaf).
  let hanging: [Double]
  /// Leaves whose one arc out goes to each node.
  let feeding: [Double]
  /// Leaves joined to each node both ways (counted in both `hanging` and `feeding`).
  let mutual: [Double]
  /// Whether each node is a folded leaf (it is no source of its own).
  let folded: [Bool]
  /// How many leaves were folded.
  let count: Int

  /// Folds the leaves of `g`, or returns `nil` when it has none.
  ///
  /// - Parameter g: The graph.
  /// - Complexity: O(*V* + *E*).
  init?(_ g: AnalysisGraph) {
    let n = g.nodeCount
    // The one neighbour of each node with exactly one, else -1.
    var only = [Int32](repeating: -1, count: n)
    for v in 0..<n {
      let (o0, o1) = (g.outOffsets[v], g.outOffsets[v + 1])
      let (i0, i1) = (g.inOffsets[v], g.inOffsets[v + 1])
      let out = o1 - o0
      let into = i1 - i0
      if out == 1 && into == 0 {
        only[v] = g.outTargets[o0]
      } else if out == 0 && into == 1 {
        only[v] = g.inSources[i0]
      } else if out == 1 && into == 1 && g.outTargets[o0] == g.inSources[i0] {
        only[v] = g.outTargets[o0]
      }
    }
    var folded = [Bool](repeating: false, count: n)
    var hanging = [Double](repeating: 0, count: n)
    var feeding = [Double](repeating: 0, count: n)
    var mutual = [Double](repeating: 0, count: n)
    var count = 0
    for v in 0..<n where only[v] >= 0 {
      let u = Int(only[v])
      // Two leaves joined to each other stay (a pair of actors on their own).
      guard only[u] < 0 else { continue }
      folded[v] = true
      count += 1
      let out = g.outOffsets[v + 1] > g.outOffsets[v]
      let into = g.inOffsets[v + 1] > g.inOffsets[v]
      if into { hanging[u] += 1 }
      if out { feeding[u] += 1 }
      if out && into { mutual[u] += 1 }
    }
    guard count > 0 else { return nil }
    var offsets = [Int](repeating: 0, count: n + 1)
    var targets: [Int32] = []
    targets.reserveCapacity(g.arcCount)
    for u in 0..<n {
      if !folded[u] {
        for a in g.outOffsets[u]..<g.outOffsets[u + 1] where !folded[Int(g.outTargets[a])] {
          targets.append(g.outTargets[a])
        }
      }
      offsets[u + 1] = targets.count
    }
    self.offsets = offsets
    self.targets = targets
    self.hanging = hanging
    self.feeding = feeding
    self.mutual = mutual
    self.folded = folded
    self.count = count
  }
}
