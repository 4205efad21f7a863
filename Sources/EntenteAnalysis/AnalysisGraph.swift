import Entente

/// A simple weighted directed graph over integer nodes, the projection centralities run on.
///
/// Made from a `GraphIndex` by the rule NetworkX comparisons use (see
/// `Guides/Analysis.md`): every arc of a selected kind adds its weight's absolute
/// value to the arc `u -> v` (an undirected relation is an arc both ways in the
/// index, so it adds both ways), parallel arcs are summed into one, self-loops are
/// dropped. Every node of the index stays, isolated or not.
///
///     let g = AnalysisGraph(GraphIndex(snapshot))
///     let pr = Centrality.pageRank(g)
public struct AnalysisGraph: Sendable, Equatable {
  /// Node names (actor ids), by node.
  public let names: [String]
  /// Out-adjacency offsets (`nodeCount + 1`).
  package let outOffsets: [Int]
  /// Out-neighbour per arc, sorted within each node.
  package let outTargets: [Int32]
  /// Weight per out-arc.
  package let outWeights: [Double]
  /// In-adjacency offsets (`nodeCount + 1`).
  package let inOffsets: [Int]
  /// In-neighbour per arc, sorted within each node.
  package let inSources: [Int32]
  /// Weight per in-arc.
  package let inWeights: [Double]

  /// The number of nodes.
  public var nodeCount: Int { names.count }
  /// The number of (collapsed) arcs.
  public var arcCount: Int { outTargets.count }

  /// The arcs out of `node`, as (target, weight) pairs sorted by target.
  public func outArcs(of node: Int) -> some Sequence<(target: Int, weight: Double)> {
    (outOffsets[node]..<outOffsets[node + 1]).lazy.map { (Int(outTargets[$0]), outWeights[$0]) }
  }

  /// The arcs into `node`, as (source, weight) pairs sorted by source.
  public func inArcs(of node: Int) -> some Sequence<(source: Int, weight: Double)> {
    (inOffsets[node]..<inOffsets[node + 1]).lazy.map { (Int(inSources[$0]), inWeights[$0]) }
  }

  /// The number of arcs out of `node`.
  public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }

  /// The number of arcs into `node`.
  public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

  /// Projects an index, keeping the arcs whose kind passes `keep` (all by default) and
  /// whose sign is on `layer`.
  ///
  /// - Complexity: O(*V* + *E* log *d*), *d* the largest degree.
  public init(_ index: GraphIndex, keep: (String) -> Bool = { _ in true }, layer: Layer = .all) {
    let keepKind = index.kindNames.map(keep)
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    sources.reserveCapacity(index.outNeighbors.count)
    for u in 0..<index.nodeCount {
      for (v, e) in index.outArcs(of: u)
      where v != u && keepKind[Int(index.edgeKinds[e])] && layer.contains(sign: Int(index.edgeSigns[e])) {
        sources.append(Int32(u))
        targets.append(Int32(v))
        weights.append(abs(index.edgeWeights[e]))
      }
    }
    self.init(names: index.names, sources: sources, targets: targets, weights: weights)
  }

  /// Projects an edge list directly (every row an arc), without building a `GraphIndex`:
  /// the same graph as `AnalysisGraph(GraphIndex(list))`, in less memory.
  ///
  /// - Complexity: O(*V* + *E* log *d*).
  public init(_ list: EdgeList, keep: (String) -> Bool = { _ in true }, layer: Layer = .all) {
    let keepKind = list.kindNames.map(keep)
    if keepKind.allSatisfy({ $0 }) && layer == .all {
      self.init(names: list.actors, sources: list.sources, targets: list.targets, weights: list.weights, absolute: true)
    } else {
      let rows = (0..<list.count).filter { keepKind[Int(list.kinds[$0])] && layer.contains(sign: Int(list.signs[$0])) }
      self.init(
        names: list.actors, sources: rows.map { list.sources[$0] }, targets: rows.map { list.targets[$0] },
        weights: rows.map { abs(list.weights[$0]) })
    }
  }

  /// Builds the graph from arcs; parallel arcs are summed, self-loops dropped.
  ///
  /// - Complexity: O(*V* + *E* log *d*).
  package init(names: [String], sources: [Int32], targets: [Int32], weights: [Double]) {
    self.init(names: names, sources: sources, targets: targets, weights: weights, absolute: false)
  }

  init(names: [String], sources: [Int32], targets: [Int32], weights: [Double], absolute: Bool) {
    let n = names.count
    // Counting sort by source, then sort and merge each node's targets.
    var offsets = [0]
    var outT: [Int32] = []
    var outW: [Double] = []
    do {
      // Scratch of the counting sort, freed before the in-adjacency is built.
      var bySource = CSRFill<Double>(rows: n, filler: 0)
      for (s, t) in zip(sources, targets) where s != t { bySource.count(row: Int(s)) }
      bySource.allocate()
      for i in 0..<sources.count where sources[i] != targets[i] {
        bySource.place(row: Int(sources[i]), column: targets[i], payload: absolute ? abs(weights[i]) : weights[i])
      }
      let count = bySource.offsets
      let t0 = bySource.columns
      let w0 = bySource.payloads
      offsets.reserveCapacity(n + 1)
      outT.reserveCapacity(t0.count)
      outW.reserveCapacity(t0.count)
      var arcs: [Int] = []
      for u in 0..<n {
        arcs.removeAll(keepingCapacity: true)
        arcs.append(contentsOf: count[u]..<count[u + 1])
        arcs.sort { t0[$0] < t0[$1] || (t0[$0] == t0[$1] && $0 < $1) }
        var last: Int32 = -1
        for a in arcs {
          if t0[a] == last {
            outW[outW.count - 1] += w0[a]
          } else {
            outT.append(t0[a])
            outW.append(w0[a])
            last = t0[a]
          }
        }
        offsets.append(outT.count)
      }
    }
    outT.shrinkCapacity()
    outW.shrinkCapacity()
    // In-adjacency by counting sort of the collapsed arcs (sources come out sorted).
    var into = CSRFill<Double>(rows: n, filler: 0)
    for t in outT { into.count(row: Int(t)) }
    into.allocate()
    for u in 0..<n {
      for a in offsets[u]..<offsets[u + 1] {
        into.place(row: Int(outT[a]), column: Int32(u), payload: outW[a])
      }
    }
    self.names = names
    self.outOffsets = offsets
    self.outTargets = outT
    self.outWeights = outW
    (inOffsets, inSources, inWeights) = (into.offsets, into.columns, into.payloads)
  }

  /// The undirected projection: an arc both ways wherever there was one either way,
  /// weighted by the sum of the two directions' weights.
  public func undirected() -> AnalysisGraph {
    var s: [Int32] = []
    var t: [Int32] = []
    var w: [Double] = []
    s.reserveCapacity(2 * arcCount)
    t.reserveCapacity(2 * arcCount)
    w.reserveCapacity(2 * arcCount)
    for u in 0..<nodeCount {
      for a in outOffsets[u]..<outOffsets[u + 1] {
        s.append(Int32(u))
        t.append(outTargets[a])
        w.append(outWeights[a])
        s.append(outTargets[a])
        t.append(Int32(u))
        w.append(outWeights[a])
      }
    }
    return AnalysisGraph(names: names, sources: s, targets: t, weights: w)
  }

  /// Whether every arc has its reverse (an undirected graph stored both ways).
  public var isSymmetric: Bool {
    for u in 0..<nodeCount {
      for a in outOffsets[u]..<outOffsets[u + 1] {
        let v = Int(outTargets[a])
        let range = outOffsets[v]..<outOffsets[v + 1]
        if !outTargets[range].contains(Int32(u)) { return false }
      }
    }
    return true
  }
}

extension Array {
  /// Gives back unused capacity.
  mutating func shrinkCapacity() {
    if capacity > count + 16 { self = Array(self) }
  }
}
