import Dispatch
import Foundation

/// Centrality measures on an `AnalysisGraph`, with NetworkX's definitions and defaults.
///
/// Each returns one value per node, indexed like `graph.names`. The tests check
/// every one against NetworkX 3.6 on the seed graph, a 1,000-node generated graph
/// and a hand-made signed graph, to 1e-9.
public enum Centrality {
  /// Degree centrality: (in + out) arcs over *n* − 1 (NetworkX `degree_centrality`).
  ///
  /// - Complexity: O(*V*).
  public static func degree(_ g: AnalysisGraph) -> [Double] {
    let s = g.nodeCount > 1 ? 1 / Double(g.nodeCount - 1) : 1
    return (0..<g.nodeCount).map { u -> Double in
      let arcs = (g.outOffsets[u + 1] - g.outOffsets[u]) + (g.inOffsets[u + 1] - g.inOffsets[u])
      return Double(arcs) * s
    }
  }

  /// In-degree centrality: in-arcs over *n* − 1.
  public static func inDegree(_ g: AnalysisGraph) -> [Double] {
    let s = g.nodeCount > 1 ? 1 / Double(g.nodeCount - 1) : 1
    return (0..<g.nodeCount).map { Double(g.inOffsets[$0 + 1] - g.inOffsets[$0]) * s }
  }

  /// Out-degree centrality: out-arcs over *n* − 1.
  public static func outDegree(_ g: AnalysisGraph) -> [Double] {
    let s = g.nodeCount > 1 ? 1 / Double(g.nodeCount - 1) : 1
    return (0..<g.nodeCount).map { Double(g.outOffsets[$0 + 1] - g.outOffsets[$0]) * s }
  }

  /// Strength: the sum of arc weights in, out, or both.
  public static func strength(_ g: AnalysisGraph, in: Bool = true, out: Bool = true) -> [Double] {
    (0..<g.nodeCount).map { u in
      (out ? g.outWeights[g.outOffsets[u]..<g.outOffsets[u + 1]].reduce(0, +) : 0)
        + (`in` ? g.inWeights[g.inOffsets[u]..<g.inOffsets[u + 1]].reduce(0, +) : 0)
    }
  }

  /// Betweenness centrality by Brandes' algorithm (Brandes 2001), as NetworkX's
  /// `betweenness_centrality`: path counts by hop (or, with `weighted`, with arc
  /// weights as distances, Dijkstra), normalized by 1 / ((*n* − 1)(*n* − 2)).
  ///
  /// Pass an undirected graph (`undirected()`) for the undirected measure. Sources are
  /// dealt into `betweennessChunks` fixed groups (source *s* to group *s* mod the count),
  /// shared among `threads` workers; each group sums into its own vector and the vectors
  /// are added in group order, so the result is the same, byte for byte, on any number
  /// of threads. Hop-counted, degree-one actors are folded into their neighbour first
  /// (`LeafFolding`: one search fewer per such actor, the same values up to rounding).
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight (Dijkstra) rather than hop count.
  ///   - normalized: whether to divide by (*n* − 1)(*n* − 2) (else undirected values are halved, as NetworkX).
  ///   - threads: workers (0: one per core); the result does not depend on it.
  /// - Returns: one value per node.
  /// - Complexity: O(*V*·*E*) hop-counted, O(*V*·*E* + *V*² log *V*) weighted; memory O(*V* + *E*) per
  ///   worker and O(*V*) per group.
  public static func betweenness(_ g: AnalysisGraph, weighted: Bool = false, normalized: Bool = true, threads: Int = 0)
    -> [Double]
  {
    betweenness(g, weighted: weighted, normalized: normalized, threads: threads, foldLeaves: true)
  }

  /// Betweenness as `betweenness(_:weighted:normalized:threads:)`, with or without folding degree-one actors.
  ///
  /// Without folding, every node is a source of its own search (the tests compare both).
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight (never folded).
  ///   - normalized: whether to divide by (*n* − 1)(*n* − 2).
  ///   - threads: workers (0: one per core).
  ///   - foldLeaves: whether hop-counted betweenness folds degree-one actors (`LeafFolding`).
  /// - Returns: one value per node.
  /// - Complexity: O(*V*·*E*).
  static func betweenness(
    _ g: AnalysisGraph, weighted: Bool = false, normalized: Bool = true, threads: Int = 0, foldLeaves: Bool
  ) -> [Double] {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    let chunks = min(n, betweennessChunks)
    let workers = max(1, min(threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount, chunks))
    let partials = Partials(count: chunks, length: 0)
    // Hop-counted: degree-one actors folded into their neighbour (exact, see `LeafFolding`).
    let folding = weighted || !foldLeaves ? nil : LeafFolding(g)
    let offsets = folding?.offsets ?? g.outOffsets
    let targets = folding?.targets ?? g.outTargets
    let hanging = folding?.hanging ?? [Double](repeating: 0, count: weighted ? 0 : n)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var scratch = BrandesScratch(n: n, arcs: weighted ? nil : g.arcCount)
      var c = w
      while c < chunks {
        var acc = [Double](repeating: 0, count: n)
        acc.withUnsafeMutableBufferPointer { acc in
          offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
              hanging.withUnsafeBufferPointer { hanging in
                var s = c
                while s < n {
                  if weighted {
                    scratch.dijkstra(g, from: s, into: acc)
                  } else if let folding {
                    if !folding.folded[s] {
                      // The leaves feeding `s` see what `s` sees, one hop later.
                      let feeding = folding.feeding[s]
                      let reached = scratch.bfs(
                        offsets: offsets, targets: targets, hanging: hanging, from: s, weight: 1 + feeding, into: acc)
                      if feeding > 0 { acc[s] += feeding * (reached - 1) - folding.mutual[s] }
                    }
                  } else {
                    _ = scratch.bfs(offsets: offsets, targets: targets, hanging: hanging, from: s, weight: 1, into: acc)
                  }
                  s += chunks
                }
              }
            }
          }
        }
        partials.store(acc, at: c)
        c += workers
      }
    }
    var total = partials.sum()
    let directed = !g.isSymmetric
    let scale: Double? = normalized ? (n > 2 ? 1 / Double((n - 1) * (n - 2)) : nil) : (directed ? nil : 0.5)
    if let scale { for i in 0..<n { total[i] *= scale } }
    return total
  }

  /// The fixed number of source groups of `betweenness`, independent of the thread count.
  static let betweennessChunks = 32

  /// Closeness centrality as NetworkX's `closeness_centrality` with the Wasserman and
  /// Faust correction: for node *u*, with *r* the nodes that reach *u* (incoming hop
  /// distances) and *D* their total distance, (*r* − 1)/*D* × (*r* − 1)/(*n* − 1); 0
  /// when nothing reaches *u*.
  ///
  /// - Complexity: O(*V*·*E*).
  public static func closeness(_ g: AnalysisGraph) -> [Double] { closenessAndHarmonic(g).closeness }

  /// Harmonic centrality as NetworkX's `harmonic_centrality`: the sum of 1/*d*(*v*, *u*)
  /// over the nodes *v* that reach *u* (hop distances).
  ///
  /// - Complexity: O(*V*·*E*).
  public static func harmonic(_ g: AnalysisGraph) -> [Double] { closenessAndHarmonic(g).harmonic }

  /// Both closeness and harmonic centrality from one breadth-first search per node
  /// along in-arcs, shared among the workers.
  public static func closenessAndHarmonic(_ g: AnalysisGraph, threads: Int = 0) -> (
    closeness: [Double], harmonic: [Double]
  ) {
    let n = g.nodeCount
    guard n > 0 else { return ([], []) }
    let workers = max(1, min(threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount, n))
    let closeness = Partials(count: 1, length: n)
    let harmonic = Partials(count: 1, length: n)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var dist = [Int32](repeating: -1, count: n)
      var queue = [Int32](repeating: 0, count: n)
      var u = w
      while u < n {
        var head = 0
        var tail = 0
        queue[tail] = Int32(u)
        tail += 1
        dist[u] = 0
        var total = 0
        var reached = 1
        var h = 0.0
        while head < tail {
          let x = Int(queue[head])
          head += 1
          let d = dist[x] + 1
          for a in g.inOffsets[x]..<g.inOffsets[x + 1] {
            let y = Int(g.inSources[a])
            if dist[y] < 0 {
              dist[y] = d
              queue[tail] = Int32(y)
              tail += 1
              total += Int(d)
              reached += 1
              h += 1 / Double(d)
            }
          }
        }
        for i in 0..<tail { dist[Int(queue[i])] = -1 }
        var c = 0.0
        if total > 0 && n > 1 {
          c = Double(reached - 1) / Double(total)
          c *= Double(reached - 1) / Double(n - 1)
        }
        closeness.set(c, at: u)
        harmonic.set(h, at: u)
        u += workers
      }
    }
    return (closeness.first, harmonic.first)
  }

  /// Eigenvector centrality as NetworkX's `eigenvector_centrality`: power iteration on
  /// *A*ᵀ + *I* from the uniform vector, L2-normalized each step, stopping when the
  /// L1 change is below *n*·`tolerance`.
  ///
  /// With `weighted`, arc weights enter *A*.
  ///
  /// - Returns: the vector, or `nil` when it does not converge within `maxIterations`.
  /// - Complexity: O(*k*·(*V* + *E*)) for *k* iterations.
  public static func eigenvector(
    _ g: AnalysisGraph, weighted: Bool = false, maxIterations: Int = 100, tolerance: Double = 1e-6
  ) -> [Double]? {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    var x = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<maxIterations {
      let last = x
      for v in 0..<n {
        var s = last[v]
        for a in g.inOffsets[v]..<g.inOffsets[v + 1] {
          s += last[Int(g.inSources[a])] * (weighted ? g.inWeights[a] : 1)
        }
        x[v] = s
      }
      var norm = 0.0
      for v in x { norm += v * v }
      norm = norm.squareRoot()
      if norm == 0 { norm = 1 }
      var change = 0.0
      for v in 0..<n {
        x[v] /= norm
        change += abs(x[v] - last[v])
      }
      if change < Double(n) * tolerance { return x }
    }
    return nil
  }

  /// PageRank as NetworkX's `pagerank`: damping `alpha`, arcs weighted, a dangling
  /// node's rank spread uniformly, uniform teleport, stopping when the L1 change is
  /// below *n*·`tolerance`.
  ///
  /// Each iteration first divides every rank by its node's out-weight, then pulls along
  /// in-arcs in one pass over contiguous arrays; the two vectors are swapped, never
  /// reallocated.
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - alpha: the damping factor.
  ///   - maxIterations: the iterations allowed.
  ///   - tolerance: the L1 change per node at which the iteration stops.
  /// - Returns: the ranks, or `nil` when they do not converge within `maxIterations`.
  /// - Complexity: O(*k*·(*V* + *E*)) for *k* iterations; memory O(*V*) besides the graph.
  public static func pageRank(
    _ g: AnalysisGraph, alpha: Double = 0.85, maxIterations: Int = 100, tolerance: Double = 1e-6
  ) -> [Double]? {
    let n = g.nodeCount
    guard n > 0 else { return [] }
    var inverse = [Double](repeating: 0, count: n)
    var dangling: [Int] = []
    for u in 0..<n {
      var sum = 0.0
      for a in g.outOffsets[u]..<g.outOffsets[u + 1] { sum += g.outWeights[a] }
      if sum != 0 { inverse[u] = 1 / sum } else { dangling.append(u) }
    }
    let p = 1 / Double(n)
    var x = [Double](repeating: p, count: n)
    var next = [Double](repeating: 0, count: n)
    var scaled = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
      var danglingSum = 0.0
      for u in dangling { danglingSum += x[u] }
      let base = alpha * danglingSum * p + (1 - alpha) * p
      let change = iteratePageRank(g, alpha: alpha, base: base, inverse: inverse, x: x, scaled: &scaled, into: &next)
      swap(&x, &next)
      if change < Double(n) * tolerance { return x }
    }
    return nil
  }

  /// One PageRank step: `next` = `alpha` · (pulled ranks) + `base`; returns the L1 change from `x`.
  private static func iteratePageRank(
    _ g: AnalysisGraph, alpha: Double, base: Double, inverse: [Double], x: [Double], scaled: inout [Double],
    into next: inout [Double]
  ) -> Double {
    let n = g.nodeCount
    var change = 0.0
    scaled.withUnsafeMutableBufferPointer { scaled in
      x.withUnsafeBufferPointer { x in
        inverse.withUnsafeBufferPointer { inverse in
          for u in 0..<n { scaled[u] = x[u] * inverse[u] }
        }
        g.inOffsets.withUnsafeBufferPointer { offsets in
          g.inSources.withUnsafeBufferPointer { sources in
            g.inWeights.withUnsafeBufferPointer { weights in
              next.withUnsafeMutableBufferPointer { next in
                var a = offsets[0]
                for v in 0..<n {
                  var s = 0.0
                  let end = offsets[v + 1]
                  while a < end {
                    s += scaled[Int(sources[a])] * weights[a]
                    a &+= 1
                  }
                  let value = alpha * s + base
                  next[v] = value
                  change += abs(value - x[v])
                }
              }
            }
          }
        }
      }
    }
    return change
  }
}

/// Per-worker results written from `concurrentPerform`, each worker to its own slot.
final class Partials: @unchecked Sendable {
  private var slots: [[Double]]
  private let lock = NSLock()

  init(count: Int, length: Int) { slots = Array(repeating: [Double](repeating: 0, count: length), count: count) }

  func store(_ values: [Double], at worker: Int) {
    lock.lock()
    defer { lock.unlock() }
    slots[worker] = values
  }

  /// Writes one element of slot 0; callers write disjoint indices.
  func set(_ value: Double, at index: Int) {
    slots.withUnsafeMutableBufferPointer { $0[0].withUnsafeMutableBufferPointer { $0[index] = value } }
  }

  var first: [Double] { slots[0] }

  func sum() -> [Double] {
    var total = slots[0]
    for s in slots.dropFirst() { for i in 0..<total.count { total[i] += s[i] } }
    return total
  }
}
