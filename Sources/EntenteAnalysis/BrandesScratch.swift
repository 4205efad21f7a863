/// Working arrays of one Brandes single-source pass, reused across sources.
struct BrandesScratch {
  var sigma: [Double]
  var delta: [Double]
  var dist: [Double]
  var hops: [Int32]
  var order: [Int32]
  var queue: [Int32]
  var predecessors: [[Int32]]
  var heap: [(Double, Int32, Int32)]

  init(n: Int) {
    sigma = [Double](repeating: 0, count: n)
    delta = [Double](repeating: 0, count: n)
    dist = [Double](repeating: .infinity, count: n)
    hops = [Int32](repeating: -1, count: n)
    order = []
    order.reserveCapacity(n)
    queue = [Int32](repeating: 0, count: n)
    predecessors = Array(repeating: [], count: n)
    heap = []
  }

  /// Hop-counted pass: breadth-first search, then dependencies accumulated along in-arcs.
  mutating func bfs(_ g: AnalysisGraph, from s: Int, into acc: inout [Double]) {
    var head = 0
    var tail = 0
    queue[tail] = Int32(s)
    tail += 1
    hops[s] = 0
    sigma[s] = 1
    while head < tail {
      let v = Int(queue[head])
      head += 1
      let d = hops[v] + 1
      let sv = sigma[v]
      for a in g.outOffsets[v]..<g.outOffsets[v + 1] {
        let w = Int(g.outTargets[a])
        if hops[w] < 0 {
          hops[w] = d
          queue[tail] = Int32(w)
          tail += 1
        }
        if hops[w] == d { sigma[w] += sv }
      }
    }
    var i = tail - 1
    while i > 0 {
      let w = Int(queue[i])
      let dw = hops[w] - 1
      let coefficient = (1 + delta[w]) / sigma[w]
      for a in g.inOffsets[w]..<g.inOffsets[w + 1] {
        let v = Int(g.inSources[a])
        if hops[v] == dw { delta[v] += sigma[v] * coefficient }
      }
      acc[w] += delta[w]
      i -= 1
    }
    for j in 0..<tail {
      let v = Int(queue[j])
      hops[v] = -1
      sigma[v] = 0
      delta[v] = 0
    }
  }

  /// Weighted pass: Dijkstra with arc weights as distances (ties by exact equality, as NetworkX).
  mutating func dijkstra(_ g: AnalysisGraph, from s: Int, into acc: inout [Double]) {
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
