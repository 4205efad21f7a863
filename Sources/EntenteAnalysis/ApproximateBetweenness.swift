import Dispatch
import Entente
import Foundation

/// Betweenness estimated from sampled shortest paths, within `epsilon` of the exact
/// value for every actor at once with probability at least 1 − `delta`
/// (Riondato and Kornaropoulos 2016).
///
/// Each sample draws an ordered pair of distinct nodes uniformly, then one of their
/// shortest paths uniformly (`PathSampler`), and credits the path's inner nodes. With
/// *r* = ⌈(*c*/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ samples, *c* = 1 and VD an upper
/// bound on the vertex diameter (`VertexDiameterBound`), the share of samples through
/// each node is within ε of its betweenness normalized by *n*(*n* − 1), for all nodes
/// at once, with probability ≥ 1 − δ. The values returned are normalized as
/// `Centrality.betweenness` (NetworkX's 1/((*n* − 1)(*n* − 2)), directed or not), so ε
/// is tightened by (*n* − 2)/*n* to hold on that scale. The sample size depends only
/// on ε, δ and the vertex diameter, not on the graph's size.
///
/// The same seed gives the same values, byte for byte, on any number of threads:
/// samples are drawn in fixed chunks, each from its own stream of the seed, and counted
/// in integers.
///
///     let estimate = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 7).estimate(g)
///     estimate.values      // one per node, like Centrality.betweenness(g)
///     estimate.samples     // about 73,000 when the vertex diameter bound is 20
public struct ApproximateBetweenness: Sendable, Equatable {
  /// The largest error allowed on any actor's value.
  public let epsilon: Double
  /// The probability allowed that some actor's error exceeds `epsilon`.
  public let delta: Double
  /// The seed of the random draws.
  public let seed: UInt64

  /// The constant *c* of the sample size.
  ///
  /// Riondato and Kornaropoulos take *c* ≈ 0.5, an estimate from Löffler and Phillips's
  /// experiments that no proof fixes; Entente takes NetworKit's conservative 1, which
  /// doubles the samples and keeps the two tools' sample sizes equal in the benchmark.
  public static let universalConstant = 1.0

  /// The parameters of an estimate.
  ///
  /// - Parameters:
  ///   - epsilon: the largest error allowed on any value, in (0, 1).
  ///   - delta: the probability allowed of missing it, in (0, 1).
  ///   - seed: the seed of the random draws.
  /// - Throws: `EntenteError.invalidValue` naming the parameter out of range.
  public init(epsilon: Double = 0.01, delta: Double = 0.1, seed: UInt64 = 1) throws(EntenteError) {
    guard epsilon > 0 && epsilon < 1 else {
      throw EntenteError(.invalidValue, "epsilon \(epsilon) is out of range; give a number between 0 and 1, e.g. 0.01")
    }
    guard delta > 0 && delta < 1 else {
      throw EntenteError(.invalidValue, "delta \(delta) is out of range; give a number between 0 and 1, e.g. 0.1")
    }
    self.epsilon = epsilon
    self.delta = delta
    self.seed = seed
  }

  /// An estimate and what it rests on.
  public struct Estimate: Sendable, Equatable {
    /// The estimated betweenness by node, normalized as `Centrality.betweenness`.
    public let values: [Double]
    /// The shortest paths sampled (0 when no shortest path has an inner node, and the values are exact zeros).
    public let samples: Int
    /// The upper bound on the vertex diameter the sample size rests on.
    public let vertexDiameterBound: Int
  }

  /// The number of samples for a graph of `nodeCount` nodes whose vertex diameter is at most `vertexDiameter`.
  ///
  /// - Parameters:
  ///   - vertexDiameter: an upper bound on the nodes of any shortest path.
  ///   - nodeCount: the nodes of the graph.
  /// - Returns: the sample size, 0 when no shortest path can have an inner node.
  public func sampleSize(vertexDiameter: Int, nodeCount: Int) -> Int {
    guard vertexDiameter >= 3 && nodeCount >= 3 else { return 0 }
    let n = Double(nodeCount)
    let e = epsilon * (n - 2) / n
    let size =
      (Self.universalConstant / (e * e))
      * (Foundation.log2(Double(vertexDiameter - 2)).rounded(.down) + 1 + Foundation.log(1 / delta))
    return Int(size.rounded(.up))
  }

  /// The number of samples `estimate` draws on `g`, and the vertex diameter bound it rests on.
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight rather than hop count.
  /// - Returns: the sample size and the bound.
  /// - Complexity: O(*V* + *E*).
  public func sampleSize(for g: AnalysisGraph, weighted: Bool = false) -> (samples: Int, vertexDiameterBound: Int) {
    let bound = VertexDiameterBound.of(g, weighted: weighted)
    return (sampleSize(vertexDiameter: bound, nodeCount: g.nodeCount), bound)
  }

  /// Samples drawn from one stream of the seed.
  static let chunk = 512

  /// Estimates the betweenness of every node of `g`.
  ///
  /// Pass an undirected graph (`undirected()`) for the undirected measure.
  ///
  /// - Parameters:
  ///   - g: the graph.
  ///   - weighted: whether shortest paths are by arc weight (Dijkstra) rather than hop count.
  ///   - threads: workers sharing the samples (0: one per core); the result does not depend on it.
  /// - Returns: the values, the sample size and the vertex diameter bound.
  /// - Complexity: O(*r*·(*V* + *E*)) at worst for *r* samples (O(*r*·(*V* + *E*) log *V*)
  ///   weighted), plus O(*V* + *E*) for the bound; *r* is independent of *V*, and the
  ///   bidirectional search of a hop-counted sample scans far fewer than *E* arcs on
  ///   small-world graphs. Memory O(*V*) per worker.
  public func estimate(_ g: AnalysisGraph, weighted: Bool = false, threads: Int = 0) -> Estimate {
    let n = g.nodeCount
    let bound = VertexDiameterBound.of(g, weighted: weighted)
    let r = sampleSize(vertexDiameter: bound, nodeCount: n)
    guard r > 0 else {
      return Estimate(values: [Double](repeating: 0, count: n), samples: 0, vertexDiameterBound: bound)
    }
    let chunks = (r + Self.chunk - 1) / Self.chunk
    let workers = max(1, min(threads > 0 ? threads : ProcessInfo.processInfo.activeProcessorCount, chunks))
    let partials = Counts(workers: workers, length: n)
    let seed = self.seed
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var counts = [Int](repeating: 0, count: n)
      var sampler = PathSampler(n: n, weighted: weighted)
      var k = w
      while k < chunks {
        var rng = SplitMix64(seed: seed, stream: UInt64(k))
        for _ in 0..<min(Self.chunk, r - k * Self.chunk) {
          let s = rng.uniform(below: n)
          var t = rng.uniform(below: n - 1)
          if t >= s { t += 1 }
          sampler.draw(g, from: s, to: t, rng: &rng, counts: &counts)
        }
        k += workers
      }
      partials.store(counts, at: w)
    }
    let total = partials.sum()
    let scale = Double(n) / (Double(r) * Double(n - 2))
    return Estimate(values: total.map { Double($0) * scale }, samples: r, vertexDiameterBound: bound)
  }
}

/// Per-worker sample counts written from `concurrentPerform`, each worker to its own slot.
private final class Counts: @unchecked Sendable {
  private var slots: [[Int]]
  private let lock = NSLock()

  init(workers: Int, length: Int) { slots = Array(repeating: [], count: workers) }

  func store(_ counts: [Int], at worker: Int) {
    lock.lock()
    defer { lock.unlock() }
    slots[worker] = counts
  }

  func sum() -> [Int] {
    var total = slots[0]
    for s in slots.dropFirst() { for i in 0..<total.count { total[i] += s[i] } }
    return total
  }
}
