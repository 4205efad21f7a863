/// Draws one shortest path between two nodes uniformly among all of them, and counts its inner nodes.
///
/// Hop-counted paths come from a balanced bidirectional breadth-first search (as
/// KADABRA's, Borassi and Natale 2019): the side whose frontier has fewer arcs to scan
/// grows by a whole level until the two sides meet. The meeting nodes then split the
/// shortest paths, node *y* carrying σ_s(*y*)·σ_t(*y*) of them, so *y* is drawn with that
/// weight and the path is completed backward to *s* and forward to *t*, each step
/// choosing a predecessor (successor) in proportion to its path count. Weighted paths
/// come from Dijkstra's algorithm from *s*, stopped when *t* is settled, and the same
/// backward walk. Working arrays are kept between draws and reset only where touched.
struct PathSampler {
  private var hopsFromS: [Int32]
  private var hopsToT: [Int32]
  private var pathsFromS: [Double]
  private var pathsToT: [Double]
  private var touchedS: [Int32] = []
  private var touchedT: [Int32] = []
  private var frontier: [Int32] = []
  private var next: [Int32] = []
  private var meeting: [Int32] = []
  private var candidates: [Int32] = []
  private let weighted: Bool
  private var dijkstra: BrandesScratch

  /// Working arrays for a graph of `n` nodes; `weighted` also keeps Dijkstra's.
  init(n: Int, weighted: Bool) {
    let m = weighted ? 0 : n
    hopsFromS = [Int32](repeating: -1, count: m)
    hopsToT = [Int32](repeating: -1, count: m)
    pathsFromS = [Double](repeating: 0, count: m)
    pathsToT = [Double](repeating: 0, count: m)
    self.weighted = weighted
    dijkstra = BrandesScratch(n: weighted ? n : 0)
  }

  /// Adds one to `counts` for every inner node of a shortest path from `s` to `t`
  /// drawn uniformly (nothing when there is none or it has no inner node).
  ///
  /// - Complexity: O(*V* + *E*) at worst; on small-world graphs the bidirectional search
  ///   scans far fewer arcs.
  mutating func draw(_ g: AnalysisGraph, from s: Int, to t: Int, rng: inout SplitMix64, counts: inout [Int]) {
    if weighted {
      drawWeighted(g, from: s, to: t, rng: &rng, counts: &counts)
      return
    }
    hopsFromS[s] = 0
    pathsFromS[s] = 1
    touchedS.append(Int32(s))
    hopsToT[t] = 0
    pathsToT[t] = 1
    touchedT.append(Int32(t))
    var frontS = [Int32(s)]
    var frontT = [Int32(t)]
    var costS = g.outDegree(of: s)
    var costT = g.inDegree(of: t)
    var levelS: Int32 = 0
    var levelT: Int32 = 0
    while meeting.isEmpty && !frontS.isEmpty && !frontT.isEmpty {
      if costS <= costT {
        costS = expand(g, frontS, forward: true, level: levelS)
        swap(&frontS, &next)
        levelS += 1
      } else {
        costT = expand(g, frontT, forward: false, level: levelT)
        swap(&frontT, &next)
        levelT += 1
      }
    }
    if !meeting.isEmpty {
      var total = 0.0
      for y in meeting { total += pathsFromS[Int(y)] * pathsToT[Int(y)] }
      let y = Int(pick(meeting, total: total, rng: &rng) { pathsFromS[Int($0)] * pathsToT[Int($0)] })
      if y != s && y != t { counts[y] += 1 }
      walk(g, from: y, forward: false, stop: s, rng: &rng, counts: &counts)
      walk(g, from: y, forward: true, stop: t, rng: &rng, counts: &counts)
    }
    for v in touchedS {
      hopsFromS[Int(v)] = -1
      pathsFromS[Int(v)] = 0
    }
    for v in touchedT {
      hopsToT[Int(v)] = -1
      pathsToT[Int(v)] = 0
    }
    touchedS.removeAll(keepingCapacity: true)
    touchedT.removeAll(keepingCapacity: true)
    meeting.removeAll(keepingCapacity: true)
  }

  /// Grows one side by a level into `next`, noting nodes the other side has reached.
  ///
  /// - Returns: the arcs the new level would scan.
  private mutating func expand(_ g: AnalysisGraph, _ front: [Int32], forward: Bool, level: Int32) -> Int {
    next.removeAll(keepingCapacity: true)
    var cost = 0
    let d = level + 1
    for v32 in front {
      let v = Int(v32)
      if forward {
        let sv = pathsFromS[v]
        for a in g.outOffsets[v]..<g.outOffsets[v + 1] {
          let w = Int(g.outTargets[a])
          if hopsFromS[w] < 0 {
            hopsFromS[w] = d
            touchedS.append(Int32(w))
            next.append(Int32(w))
            cost += g.outDegree(of: w)
            if hopsToT[w] >= 0 { meeting.append(Int32(w)) }
          }
          if hopsFromS[w] == d { pathsFromS[w] += sv }
        }
      } else {
        let tv = pathsToT[v]
        for a in g.inOffsets[v]..<g.inOffsets[v + 1] {
          let w = Int(g.inSources[a])
          if hopsToT[w] < 0 {
            hopsToT[w] = d
            touchedT.append(Int32(w))
            next.append(Int32(w))
            cost += g.inDegree(of: w)
            if hopsFromS[w] >= 0 { meeting.append(Int32(w)) }
          }
          if hopsToT[w] == d { pathsToT[w] += tv }
        }
      }
    }
    return cost
  }

  /// Completes the path from a meeting node to `stop`: backward along in-arcs to *s*,
  /// or forward along out-arcs to *t*, choosing each step by path count.
  private mutating func walk(
    _ g: AnalysisGraph, from y: Int, forward: Bool, stop: Int, rng: inout SplitMix64, counts: inout [Int]
  ) {
    var x = y
    while x != stop {
      candidates.removeAll(keepingCapacity: true)
      var total = 0.0
      if forward {
        let want = hopsToT[x] - 1
        for a in g.outOffsets[x]..<g.outOffsets[x + 1] where hopsToT[Int(g.outTargets[a])] == want {
          candidates.append(g.outTargets[a])
          total += pathsToT[Int(g.outTargets[a])]
        }
        x = Int(pick(candidates, total: total, rng: &rng) { pathsToT[Int($0)] })
      } else {
        let want = hopsFromS[x] - 1
        for a in g.inOffsets[x]..<g.inOffsets[x + 1] where hopsFromS[Int(g.inSources[a])] == want {
          candidates.append(g.inSources[a])
          total += pathsFromS[Int(g.inSources[a])]
        }
        x = Int(pick(candidates, total: total, rng: &rng) { pathsFromS[Int($0)] })
      }
      if x != stop { counts[x] += 1 }
    }
  }

  /// The weighted draw: Dijkstra from `s` until `t` is settled, then the backward walk.
  private mutating func drawWeighted(
    _ g: AnalysisGraph, from s: Int, to t: Int, rng: inout SplitMix64, counts: inout [Int]
  ) {
    dijkstra.shortestPaths(g, from: s, until: t)
    if dijkstra.hops[t] == 1 {
      var x = t
      while x != s {
        let sigma = dijkstra.sigma
        let total = dijkstra.predecessors[x].reduce(0.0) { $0 + sigma[Int($1)] }
        x = Int(pick(dijkstra.predecessors[x], total: total, rng: &rng) { sigma[Int($0)] })
        if x != s { counts[x] += 1 }
      }
    }
    dijkstra.reset()
  }

  /// One of `items`, drawn with probability weight / `total` (the last one if rounding leaves none).
  private func pick(_ items: [Int32], total: Double, rng: inout SplitMix64, weight: (Int32) -> Double) -> Int32 {
    var r = rng.unitInterval() * total
    for item in items.dropLast() {
      r -= weight(item)
      if r < 0 { return item }
    }
    return items[items.count - 1]
  }
}
