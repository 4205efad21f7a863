import Foundation

/// Working arrays of one Brandes single-source pass, reused across sources.
///
/// The hop-counted pass keeps everything in flat arrays allocated once per worker and
/// runs level by level: the breadth-first queue doubles as the visit order, and the arcs
/// of the shortest-path DAG (those that reach the next level) are listed with their tail
/// in `successors` and `owners`, level after level, so the backward pass sums each
/// level's arcs in one flat loop and then settles the level's nodes in another.
struct BrandesScratch {
  var sigma: [Double]
  /// Dijkstra's dependencies; in the hop-counted pass, each node's sum over its DAG successors.
  var delta: [Double]
  var dist: [Double]
  var hops: [Int32]
  /// Breadth-first level of each node in the hop-counted pass, `Int32.max` when not reached.
  var level: [Int32]
  var order: [Int32]
  var queue: [Int32]
  var predecessors: [[Int32]]
  var heap: [(Double, Int32, Int32)]
  /// (1 + δ(w)) / σ(w) of each node once its dependency is known (hop-counted pass).
  var coefficient: [Double]
  /// Where each level's DAG arcs start in `successors` (hop-counted pass).
  var levelStart: [Int32]
  /// Where each level's nodes start in the queue (hop-counted pass).
  var levelNodes: [Int32]
  /// Heads of the DAG arcs, level after level.
  var successors: [Int32]
  /// Tails of the DAG arcs, beside `successors`.
  var owners: [Int32]

  /// Working arrays for `n` nodes; `arcs` sizes the hop-counted pass's DAG (`nil` when only Dijkstra runs).
  init(n: Int, arcs: Int? = nil) {
    let hopCounted = arcs != nil
    sigma = [Double](repeating: 0, count: n)
    delta = [Double](repeating: 0, count: n)
    dist = [Double](repeating: .infinity, count: n)
    hops = [Int32](repeating: -1, count: n)
    level = [Int32](repeating: .max, count: hopCounted ? n : 0)
    order = []
    order.reserveCapacity(n)
    // One slot past the last node: the hop-counted pass writes the queue slot on every arc.
    queue = [Int32](repeating: 0, count: n + 1)
    predecessors = Array(repeating: [], count: n)
    heap = []
    coefficient = [Double](repeating: 0, count: hopCounted ? n : 0)
    levelStart = [Int32](repeating: 0, count: hopCounted ? n + 2 : 0)
    levelNodes = [Int32](repeating: 0, count: hopCounted ? n + 2 : 0)
    successors = [Int32](repeating: 0, count: arcs ?? 0)
    owners = [Int32](repeating: 0, count: arcs ?? 0)
  }

  /// Adds the dependencies of every node on `s` (hop counts), times `weight`, to `acc`, and
  /// returns how many nodes `s` reaches, itself and the `hanging` ones included.
  ///
  /// A breadth-first search over `offsets`/`targets` records path counts and DAG arcs, then
  /// dependencies are accumulated level by level from the deepest (the source's own
  /// excluded); a node's dependency starts at its `hanging` count (leaves only it leads
  /// to, see `LeafFolding`; 0 for the plain algorithm). Needs `init(n:arcs:)` with `arcs`
  /// ≥ the arcs.
  ///
  /// The forward pass has no data-dependent branch: with `level` `Int32.max` for an
  /// unreached node, *d* − `level[w]` is negative exactly when `w` is new and
  /// *d* − 1 − `level[w]` exactly when the arc `v -> w` (`v` at level *d* − 1) is on the
  /// DAG; their sign bits advance the queue and DAG ends and scale the path count added
  /// (σ(`w`) is 0 until reached). Each node's successor sum is still formed in its arcs'
  /// order from 0, so every value is, bit for bit, that of the branching one-node-at-a-time pass.
  ///
  /// - Complexity: O(*V* + *E*) for the nodes and arcs reachable from `s`.
  mutating func bfs(
    offsets: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int32>, hanging: UnsafeBufferPointer<Double>,
    from s: Int, weight: Double, into acc: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    sigma.withUnsafeMutableBufferPointer { sigma in
      delta.withUnsafeMutableBufferPointer { sum in
        coefficient.withUnsafeMutableBufferPointer { coefficient in
          level.withUnsafeMutableBufferPointer { level in
            queue.withUnsafeMutableBufferPointer { queue in
              levelStart.withUnsafeMutableBufferPointer { levelStart in
                levelNodes.withUnsafeMutableBufferPointer { levelNodes in
                  successors.withUnsafeMutableBufferPointer { successors in
                    owners.withUnsafeMutableBufferPointer { owners in
                      var tail = 1
                      var m = 0
                      queue[0] = Int32(s)
                      level[s] = 0
                      sigma[s] = 1
                      // Level `depth` holds queue positions [lo, hi); its DAG arcs go to level depth + 1.
                      var depth = 0
                      var lo = 0
                      var hi = 1
                      var d: Int32 = 1
                      while lo < hi {
                        levelNodes[depth] = Int32(truncatingIfNeeded: lo)
                        levelStart[depth] = Int32(truncatingIfNeeded: m)
                        for head in lo..<hi {
                          let v32 = queue[head]
                          let v = Int(v32)
                          let sv = sigma[v]
                          var a = offsets[v]
                          let end = offsets[v + 1]
                          while a < end {
                            let w32 = targets[a]
                            let w = Int(w32)
                            a &+= 1
                            let lw = level[w]
                            let isNew = UInt32(bitPattern: d &- lw) >> 31
                            let onDAG = UInt32(bitPattern: d &- 1 &- lw) >> 31
                            level[w] = lw ^ ((lw ^ d) & (0 &- Int32(bitPattern: isNew)))
                            queue[tail] = w32
                            tail &+= Int(isNew)
                            sigma[w] += sv * Double(onDAG)
                            successors[m] = w32
                            owners[m] = v32
                            m &+= Int(onDAG)
                          }
                        }
                        depth &+= 1
                        d &+= 1
                        lo = hi
                        hi = tail
                      }
                      levelNodes[depth] = Int32(truncatingIfNeeded: tail)
                      levelStart[depth] = Int32(truncatingIfNeeded: m)
                      // The deepest level first; level 0 is the source, whose own dependency is not counted.
                      var l = depth - 1
                      while l > 0 {
                        var k = Int(levelStart[l])
                        let arcsEnd = Int(levelStart[l + 1])
                        while k < arcsEnd {
                          sum[Int(owners[k])] += coefficient[Int(successors[k])]
                          k &+= 1
                        }
                        var i = Int(levelNodes[l])
                        let nodesEnd = Int(levelNodes[l + 1])
                        while i < nodesEnd {
                          let w = Int(queue[i])
                          let sw = sigma[w]
                          let dw = sw * sum[w] + hanging[w]
                          sum[w] = 0
                          acc[w] += dw * weight
                          coefficient[w] = (1 + dw) / sw
                          i &+= 1
                        }
                        l &-= 1
                      }
                      var reached = Double(tail)
                      for j in 0..<tail {
                        let v = Int(queue[j])
                        level[v] = .max
                        sigma[v] = 0
                        reached += hanging[v]
                      }
                      return reached
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Weighted pass: Dijkstra with arc weights as distances (ties by exact equality, as NetworkX).
  mutating func dijkstra(_ g: AnalysisGraph, from s: Int, into acc: UnsafeMutableBufferPointer<Double>) {
    shortestPaths(g, from: s, until: -1)
    var i = order.count - 1
    while i >= 0 {
      let w = Int(order[i])
      let coefficient = (1 + delta[w]) / sigma[w]
      for v in predecessors[w] { delta[Int(v)] += sigma[Int(v)] * coefficient }
      if w != s { acc[w] += delta[w] }
      i -= 1
    }
    for v in order { delta[Int(v)] = 0 }
    reset()
  }

  mutating func push(_ item: (Double, Int32, Int32)) {
    heap.append(item)
    var i = heap.count - 1
    while i > 0 {
      let p = (i - 1) / 2
      if (heap[i].0, heap[i].1) < (heap[p].0, heap[p].1) {
        heap.swapAt(i, p)
        i = p
      } else {
        break
      }
    }
  }

  mutating func pop() -> (Double, Int32, Int32)? {
    guard let top = heap.first else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      var i = 0
      while true {
        let l = 2 * i + 1
        let r = l + 1
        var m = i
        if l < heap.count && (heap[l].0, heap[l].1) < (heap[m].0, heap[m].1) { m = l }
        if r < heap.count && (heap[r].0, heap[r].1) < (heap[m].0, heap[m].1) { m = r }
        if m == i { break }
        heap.swapAt(i, m)
        i = m
      }
    }
    return top
  }
}
