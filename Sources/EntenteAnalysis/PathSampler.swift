/// Draws one shortest path between two nodes uniformly among all of them, and counts its inner nodes.
///
/// Hop-counted paths come from a balanced bidirectional breadth-first search (as
/// KADABRA's, Borassi and Natale 2019): the side whose frontier has fewer arcs to scan
/// grows by a whole level until the two sides meet. The meeting nodes then split the
/// shortest paths, node *y* carrying σ_s(*y*)·σ_t(*y*) of them, so *y* is drawn with that
/// weight and the path is completed backward to *s* and forward to *t*, each step
/// choosing a predecessor (successor) in proportion to its path count. Weighted paths
/// come from Dijkstra's algorithm from *s*, stopped when *t* is settled, and the same
/// backward walk.
///
/// Working memory is allocated once per sampler and reset only where touched: one
/// record per node holding both sides' hop counts and path counts (a node reached from
/// one side is checked against the other in the same cache line), and each side's
/// visited nodes in visit order, whose last level is that side's frontier.
struct PathSampler {
  /// Both searches' state of one node.
  struct Mark {
    var hopsFromS: Int32 = -1
    var hopsToT: Int32 = -1
    var pathsFromS = 0.0
    var pathsToT = 0.0
  }

  private var marks: [Mark]
  /// The nodes reached from *s* (positions 0..<n) and those reaching *t* (n..<2n), in visit order.
  private var touched: [Int32]
  private var meeting: [Int32]
  private let weighted: Bool
  private var dijkstra: BrandesScratch

  /// Working arrays for a graph of `n` nodes; `weighted` keeps Dijkstra's instead.
  init(n: Int, weighted: Bool) {
    let m = weighted ? 0 : n
    marks = [Mark](repeating: Mark(), count: m)
    touched = [Int32](repeating: 0, count: 2 * m)
    meeting = [Int32](repeating: 0, count: m)
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
    let n = g.nodeCount
    marks.withUnsafeMutableBufferPointer { marks in
      touched.withUnsafeMutableBufferPointer { touched in
        meeting.withUnsafeMutableBufferPointer { meeting in
          g.outOffsets.withUnsafeBufferPointer { outOffsets in
            g.outTargets.withUnsafeBufferPointer { outTargets in
              g.inOffsets.withUnsafeBufferPointer { inOffsets in
                g.inSources.withUnsafeBufferPointer { inSources in
                  counts.withUnsafeMutableBufferPointer { counts in
                    var search = BidirectionalSearch(
                      marks: marks, touched: touched, meeting: meeting, outOffsets: outOffsets,
                      outTargets: outTargets, inOffsets: inOffsets, inSources: inSources, n: n)
                    search.draw(from: s, to: t, rng: &rng, counts: counts)
                  }
                }
              }
            }
          }
        }
      }
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
        var r = rng.unitInterval() * total
        let items = dijkstra.predecessors[x]
        var chosen = items[items.count - 1]
        for item in items.dropLast() {
          r -= sigma[Int(item)]
          if r < 0 {
            chosen = item
            break
          }
        }
        x = Int(chosen)
        if x != s { counts[x] += 1 }
      }
    }
    dijkstra.reset()
  }
}

/// One hop-counted draw over the sampler's memory, seen through pointers for the duration of the draw.
private struct BidirectionalSearch {
  let marks: UnsafeMutableBufferPointer<PathSampler.Mark>
  let touched: UnsafeMutableBufferPointer<Int32>
  let meeting: UnsafeMutableBufferPointer<Int32>
  let outOffsets: UnsafeBufferPointer<Int>
  let outTargets: UnsafeBufferPointer<Int32>
  let inOffsets: UnsafeBufferPointer<Int>
  let inSources: UnsafeBufferPointer<Int32>
  let n: Int
  /// The end of the nodes reached from *s* in `touched` (from 0), and of those reaching *t* (from `n`).
  var endS = 0
  var endT = 0
  var meetings = 0

  init(
    marks: UnsafeMutableBufferPointer<PathSampler.Mark>, touched: UnsafeMutableBufferPointer<Int32>,
    meeting: UnsafeMutableBufferPointer<Int32>, outOffsets: UnsafeBufferPointer<Int>,
    outTargets: UnsafeBufferPointer<Int32>, inOffsets: UnsafeBufferPointer<Int>, inSources: UnsafeBufferPointer<Int32>,
    n: Int
  ) {
    self.marks = marks
    self.touched = touched
    self.meeting = meeting
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.n = n
    endT = n
  }

  mutating func draw(from s: Int, to t: Int, rng: inout SplitMix64, counts: UnsafeMutableBufferPointer<Int>) {
    marks[s].hopsFromS = 0
    marks[s].pathsFromS = 1
    touched[0] = Int32(s)
    endS = 1
    marks[t].hopsToT = 0
    marks[t].pathsToT = 1
    touched[n] = Int32(t)
    endT = n + 1
    var frontS = 0
    var frontT = n
    var costS = outOffsets[s + 1] - outOffsets[s]
    var costT = inOffsets[t + 1] - inOffsets[t]
    var levelS: Int32 = 0
    var levelT: Int32 = 0
    while meetings == 0 && frontS < endS && frontT < endT {
      if costS <= costT {
        let from = frontS
        frontS = endS
        costS = expandForward(from: from, to: frontS, level: levelS)
        levelS += 1
      } else {
        let from = frontT
        frontT = endT
        costT = expandBackward(from: from, to: frontT, level: levelT)
        levelT += 1
      }
    }
    if meetings > 0 {
      var total = 0.0
      for i in 0..<meetings {
        let y = Int(meeting[i])
        total += marks[y].pathsFromS * marks[y].pathsToT
      }
      var r = rng.unitInterval() * total
      var y = Int(meeting[meetings - 1])
      for i in 0..<(meetings - 1) {
        let c = Int(meeting[i])
        r -= marks[c].pathsFromS * marks[c].pathsToT
        if r < 0 {
          y = c
          break
        }
      }
      if y != s && y != t { counts[y] += 1 }
      walkBackward(from: y, stop: s, rng: &rng, counts: counts)
      walkForward(from: y, stop: t, rng: &rng, counts: counts)
    }
    for i in 0..<endS { marks[Int(touched[i])].hopsFromS = -1 }
    for i in n..<endT { marks[Int(touched[i])].hopsToT = -1 }
  }

  /// Grows the *s* side by a level (its frontier is `touched[from..<to]`), noting nodes the *t* side has reached.
  ///
  /// - Returns: the arcs the new level would scan.
  private mutating func expandForward(from: Int, to: Int, level: Int32) -> Int {
    var cost = 0
    let d = level &+ 1
    for i in from..<to {
      let v = Int(touched[i])
      let sv = marks[v].pathsFromS
      var a = outOffsets[v]
      let end = outOffsets[v + 1]
      while a < end {
        let w32 = outTargets[a]
        let w = Int(w32)
        a &+= 1
        let h = marks[w].hopsFromS
        if h < 0 {
          marks[w].hopsFromS = d
          marks[w].pathsFromS = sv
          touched[endS] = w32
          endS &+= 1
          cost &+= outOffsets[w + 1] &- outOffsets[w]
          if marks[w].hopsToT >= 0 {
            meeting[meetings] = w32
            meetings &+= 1
          }
        } else if h == d {
          marks[w].pathsFromS += sv
        }
      }
    }
    return cost
  }

  /// Grows the *t* side by a level along in-arcs (its frontier is `touched[from..<to]`), noting nodes *s* reached.
  ///
  /// - Returns: the arcs the new level would scan.
  private mutating func expandBackward(from: Int, to: Int, level: Int32) -> Int {
    var cost = 0
    let d = level &+ 1
    for i in from..<to {
      let v = Int(touched[i])
      let tv = marks[v].pathsToT
      var a = inOffsets[v]
      let end = inOffsets[v + 1]
      while a < end {
        let w32 = inSources[a]
        let w = Int(w32)
        a &+= 1
        let h = marks[w].hopsToT
        if h < 0 {
          marks[w].hopsToT = d
          marks[w].pathsToT = tv
          touched[endT] = w32
          endT &+= 1
          cost &+= inOffsets[w + 1] &- inOffsets[w]
          if marks[w].hopsFromS >= 0 {
            meeting[meetings] = w32
            meetings &+= 1
          }
        } else if h == d {
          marks[w].pathsToT += tv
        }
      }
    }
    return cost
  }

  /// Completes the path from a meeting node back to `stop` (*s*) along in-arcs, each step
  /// drawing a predecessor in proportion to its paths from *s* (the last one if rounding leaves none).
  private func walkBackward(from y: Int, stop: Int, rng: inout SplitMix64, counts: UnsafeMutableBufferPointer<Int>) {
    var x = y
    while x != stop {
      let want = marks[x].hopsFromS - 1
      let range = inOffsets[x]..<inOffsets[x + 1]
      var total = 0.0
      for a in range where marks[Int(inSources[a])].hopsFromS == want { total += marks[Int(inSources[a])].pathsFromS }
      var r = rng.unitInterval() * total
      var chosen = -1
      for a in range where marks[Int(inSources[a])].hopsFromS == want {
        let u = Int(inSources[a])
        if chosen >= 0 && r < 0 { break }
        chosen = u
        r -= marks[u].pathsFromS
      }
      x = chosen
      if x != stop { counts[x] += 1 }
    }
  }

  /// Completes the path from a meeting node on to `stop` (*t*) along out-arcs, each step
  /// drawing a successor in proportion to its paths to *t*.
  private func walkForward(from y: Int, stop: Int, rng: inout SplitMix64, counts: UnsafeMutableBufferPointer<Int>) {
    var x = y
    while x != stop {
      let want = marks[x].hopsToT - 1
      let range = outOffsets[x]..<outOffsets[x + 1]
      var total = 0.0
      for a in range where marks[Int(outTargets[a])].hopsToT == want { total += marks[Int(outTargets[a])].pathsToT }
      var r = rng.unitInterval() * total
      var chosen = -1
      for a in range where marks[Int(outTargets[a])].hopsToT == want {
        let u = Int(outTargets[a])
        if chosen >= 0 && r < 0 { break }
        chosen = u
        r -= marks[u].pathsToT
      }
      x = chosen
      if x != stop { counts[x] += 1 }
    }
  }
}
