/// An upper bound on a graph's vertex diameter: the most nodes on any shortest path.
///
/// Riondato and Kornaropoulos (2016) size their betweenness sample by the vertex
/// diameter, so any bound at least as large keeps their guarantee. This one holds for
/// directed graphs too, where the undirected bound (twice an eccentricity, plus one)
/// does not: a shortest path crosses the strongly connected components in the order of
/// the condensation, and between two nodes of one component it never leaves it. Inside
/// a component *C* with root *r* (its lowest node), a shortest path has at most
/// ecc_in(*r*) + ecc_out(*r*) + 1 nodes by hop count, and never more than |*C*|; with
/// arc weights as lengths only |*C*| holds. The bound is the heaviest path of the
/// condensation, each component weighing its own bound. On an undirected connected
/// graph it is 2·ecc(*r*) + 1, Riondato and Kornaropoulos's own.
///
///     let bound = VertexDiameterBound.of(g)   // 5 for a directed path of 5 nodes
enum VertexDiameterBound {
  /// The bound for `g`: hop counts, or arc weights as lengths with `weighted`.
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight (the bound is then per component size).
  /// - Returns: an upper bound on the nodes of any shortest path, between 1 and the node
  ///   count (0 for an empty graph).
  /// - Complexity: O(*V* + *E*): Tarjan's strongly connected components, two
  ///   breadth-first searches per component within it, and one pass over the condensation.
  static func of(_ g: AnalysisGraph, weighted: Bool = false) -> Int {
    let n = g.nodeCount
    guard n > 0 else { return 0 }
    let (component, count) = strongComponents(g)
    // Members of each component, by counting sort.
    var start = [Int](repeating: 0, count: count + 1)
    for c in component { start[Int(c) + 1] += 1 }
    for c in 0..<count { start[c + 1] += start[c] }
    var members = [Int32](repeating: 0, count: n)
    var fill = start
    for u in 0..<n {
      members[fill[Int(component[u])]] = Int32(u)
      fill[Int(component[u])] += 1
    }
    var bound = [Int](repeating: 0, count: count)
    var hops = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var best = 0
    // Tarjan numbers components sinks first, so every successor's bound is known.
    for c in 0..<count {
      let size = start[c + 1] - start[c]
      var inside = size
      if !weighted && size > 1 {
        let root = Int(members[start[c]])
        let out = eccentricity(g, from: root, component: component, forward: true, hops: &hops, queue: &queue)
        let into = eccentricity(g, from: root, component: component, forward: false, hops: &hops, queue: &queue)
        inside = min(size, out + into + 1)
      }
      var after = 0
      for k in start[c]..<start[c + 1] {
        let u = Int(members[k])
        for a in g.outOffsets[u]..<g.outOffsets[u + 1] {
          let d = Int(component[Int(g.outTargets[a])])
          if d != c { after = max(after, bound[d]) }
        }
      }
      bound[c] = inside + after
      best = max(best, bound[c])
    }
    return min(best, n)
  }

  /// The largest hop distance from `root` to (or, backward, from) the nodes of its own component.
  private static func eccentricity(
    _ g: AnalysisGraph, from root: Int, component: [Int32], forward: Bool, hops: inout [Int32],
    queue: inout [Int32]
  ) -> Int {
    let c = component[root]
    var head = 0
    var tail = 1
    queue[0] = Int32(root)
    hops[root] = 0
    var far: Int32 = 0
    while head < tail {
      let v = Int(queue[head])
      head += 1
      let range = forward ? g.outOffsets[v]..<g.outOffsets[v + 1] : g.inOffsets[v]..<g.inOffsets[v + 1]
      for a in range {
        let w = Int(forward ? g.outTargets[a] : g.inSources[a])
        if hops[w] < 0 && component[w] == c {
          hops[w] = hops[v] + 1
          far = hops[w]
          queue[tail] = Int32(w)
          tail += 1
        }
      }
    }
    for i in 0..<tail { hops[Int(queue[i])] = -1 }
    return Int(far)
  }

  /// Strongly connected components by Tarjan's algorithm (iterative), numbered in the
  /// order they complete: a component's successors in the condensation come before it.
  ///
  /// - Returns: the component of each node and the number of components.
  /// - Complexity: O(*V* + *E*).
  static func strongComponents(_ g: AnalysisGraph) -> (component: [Int32], count: Int) {
    let n = g.nodeCount
    var order = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var component = [Int32](repeating: -1, count: n)
    var stack: [Int32] = []
    var calls: [(node: Int, arc: Int)] = []
    var counter: Int32 = 0
    var count = 0
    for root in 0..<n where order[root] < 0 {
      order[root] = counter
      low[root] = counter
      counter += 1
      stack.append(Int32(root))
      onStack[root] = true
      calls.append((root, g.outOffsets[root]))
      while let top = calls.last {
        let v = top.node
        var a = top.arc
        var descended = false
        while a < g.outOffsets[v + 1] {
          let w = Int(g.outTargets[a])
          a += 1
          if order[w] < 0 {
            calls[calls.count - 1].arc = a
            order[w] = counter
            low[w] = counter
            counter += 1
            stack.append(Int32(w))
            onStack[w] = true
            calls.append((w, g.outOffsets[w]))
            descended = true
            break
          } else if onStack[w] {
            low[v] = min(low[v], order[w])
          }
        }
        if descended { continue }
        calls.removeLast()
        if let parent = calls.last { low[parent.node] = min(low[parent.node], low[v]) }
        if low[v] == order[v] {
          while let x = stack.popLast() {
            onStack[Int(x)] = false
            component[Int(x)] = Int32(count)
            if Int(x) == v { break }
          }
          count += 1
        }
      }
    }
    return (component, count)
  }
}
