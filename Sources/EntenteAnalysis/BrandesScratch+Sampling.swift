extension BrandesScratch {
  /// Dijkstra from `s` with arc weights as lengths, stopped once `t` is settled (never, for -1), leaving
  /// the path counts (`sigma`), predecessors and settled marks (`hops` = 1) of every node
  /// settled so far; ties by exact equality, as the exact pass and NetworkX.
  ///
  /// - Complexity: O((*V* + *E*) log *V*) at worst, less when `t` is near.
  mutating func shortestPaths(_ g: AnalysisGraph, from s: Int, until t: Int) {
    order.removeAll(keepingCapacity: true)
    heap.removeAll(keepingCapacity: true)
    dist[s] = 0
    sigma[s] = 1
    var counter: Int32 = 0
    push((0, counter, Int32(s)))
    while let (d, _, v32) = pop() {
      let v = Int(v32)
      if hops[v] == 1 { continue }
      hops[v] = 1
      order.append(v32)
      if v == t { return }
      for a in g.outOffsets[v]..<g.outOffsets[v + 1] {
        let w32 = g.outTargets[a]
        let w = Int(w32)
        if hops[w] == 1 { continue }
        let vw = d + g.outWeights[a]
        if vw < dist[w] {
          dist[w] = vw
          sigma[w] = sigma[v]
          predecessors[w].removeAll(keepingCapacity: true)
          predecessors[w].append(v32)
          counter += 1
          push((vw, counter, w32))
        } else if vw == dist[w] {
          sigma[w] += sigma[v]
          predecessors[w].append(v32)
        }
      }
    }
  }

  /// Clears what `shortestPaths` wrote: the settled nodes and those still queued.
  mutating func reset() {
    for v in order { clear(Int(v)) }
    for entry in heap { clear(Int(entry.2)) }
    order.removeAll(keepingCapacity: true)
    heap.removeAll(keepingCapacity: true)
  }

  private mutating func clear(_ v: Int) {
    sigma[v] = 0
    dist[v] = .infinity
    hops[v] = -1
    predecessors[v].removeAll(keepingCapacity: true)
  }
}
