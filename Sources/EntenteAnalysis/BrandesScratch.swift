/// Working arrays of one Brandes single-source pass, reused across sources.
///
/// The hop-counted pass keeps everything in flat arrays allocated once per worker: the
/// breadth-first queue doubles as the visit order, and the arcs of the shortest-path DAG
/// (those that reach the next level) are listed per queued node in `successors`, so the
/// backward pass reads each node's DAG successors contiguously and writes only its own
/// dependency.
struct BrandesScratch {
  var sigma: [Double]
  var delta: [Double]
  var dist: [Double]
  var hops: [Int32]
  var order: [Int32]
  var queue: [Int32]
  var predecessors: [[Int32]]
  var heap: [(Double, Int32, Int32)]
  /// (1 + δ(w)) / σ(w) of each node once its dependency is known (hop-counted pass).
  var coefficient: [Double]
  /// Where the DAG successors of the node at each queue position start in `successors`.
  var levelStart: [Int32]
  /// DAG successors of the queued nodes, in queue order.
  var successors: [Int32]

  /// Working arrays for `n` nodes; `arcs` sizes the hop-counted pass's DAG (`nil` when only Dijkstra runs).
  init(n: Int, arcs: Int? = nil) {
    sigma = [Double](repeating: 0, count: n)
    delta = [Double](repeating: 0, count: n)
    dist = [Double](repeating: .infinity, count: n)
    hops = [Int32](repeating: -1, count: n)
    order = []
    order.reserveCapacity(n)
    queue = [Int32](repeating: 0, count: n)
    predecessors = Array(repeating: [], count: n)
    heap = []
    coefficient = [Double](repeating: 0, count: arcs != nil ? n : 0)
    levelStart = [Int32](repeating: 0, count: arcs != nil ? n + 1 : 0)
    successors = [Int32](repeating: 0, count: arcs ?? 0)
  }

  /// Adds the dependencies of every node on `s` (hop counts) to `acc`.
  ///
  /// A breadth-first search records path counts and DAG arcs, then dependencies are
  /// accumulated in reverse visit order (the source's own excluded). Needs
  /// `init(n:arcs:)` with `arcs` ≥ `g.arcCount`.
  ///
  /// - Complexity: O(*V* + *E*) for the nodes and arcs reachable from `s`.
  mutating func bfs(_ g: AnalysisGraph, from s: Int, into acc: UnsafeMutableBufferPointer<Double>) {
    g.outOffsets.withUnsafeBufferPointer { offsets in
      g.outTargets.withUnsafeBufferPointer { targets in
        sigma.withUnsafeMutableBufferPointer { sigma in
          coefficient.withUnsafeMutableBufferPointer { coefficient in
            hops.withUnsafeMutableBufferPointer { hops in
              queue.withUnsafeMutableBufferPointer { queue in
                levelStart.withUnsafeMutableBufferPointer { levelStart in
                  successors.withUnsafeMutableBufferPointer { successors in
                    var head = 0
                    var tail = 1
                    var m: Int32 = 0
                    queue[0] = Int32(s)
                    hops[s] = 0
                    sigma[s] = 1
                    while head < tail {
                      let v = Int(queue[head])
                      levelStart[head] = m
                      head &+= 1
                      let d = hops[v] &+ 1
                      let sv = sigma[v]
                      var a = offsets[v]
                      let end = offsets[v + 1]
                      while a < end {
                        let w32 = targets[a]
                        let w = Int(w32)
                        a &+= 1
                        let hw = hops[w]
                        if hw < 0 {
                          hops[w] = d
                          sigma[w] = sv
                          queue[tail] = w32
                          tail &+= 1
                          successors[Int(m)] = w32
                          m &+= 1
                        } else if hw == d {
                          sigma[w] += sv
                          successors[Int(m)] = w32
                          m &+= 1
                        }
                      }
                    }
                    levelStart[tail] = m
                    var i = tail - 1
                    while i > 0 {
                      let w = Int(queue[i])
                      var sum = 0.0
                      var k = Int(levelStart[i])
                      let e = Int(levelStart[i + 1])
                      while k < e {
                        sum += coefficient[Int(successors[k])]
                        k &+= 1
                      }
                      let sw = sigma[w]
                      let dw = sw * sum
                      acc[w] += dw
                      coefficient[w] = (1 + dw) / sw
                      i &-= 1
                    }
                    for j in 0..<tail { hops[Int(queue[j])] = -1 }
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
