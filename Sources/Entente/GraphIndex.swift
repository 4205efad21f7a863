/// A compact, read-only index of a graph for analysis: compressed sparse rows over integer ids.
///
/// Nodes are `0..<nodeCount`; edges are `0..<edgeCount`, each with a source,
/// target, weight, sign, kind and whether it is directed. The out-adjacency of
/// node *u* is `outNeighbors[outOffsets[u]..<outOffsets[u+1]]` with the matching
/// edge ids in `outEdges`; the in-adjacency likewise. An undirected edge
/// appears as an arc both ways (in both adjacencies), so walking
/// out-neighbours follows every edge a node may travel along.
///
///     let index = GraphIndex(graph.snapshot(at: try .init(parsing: "2020")))
///     for arc in index.outArcs(of: index.node(named: "RUS")!) { ... }
public struct GraphIndex: Sendable, Equatable {
  /// The number of nodes.
  public let nodeCount: Int
  /// Node names (actor ids), by node.
  public let names: [String]
  /// Kind names, by kind id.
  public let kindNames: [String]
  /// Source node of each edge.
  public let edgeSources: [Int32]
  /// Target node of each edge.
  public let edgeTargets: [Int32]
  /// Weight of each edge.
  public let edgeWeights: [Double]
  /// Sign of each edge, +1 or -1.
  public let edgeSigns: [Int8]
  /// Kind id of each edge (an index into `kindNames`).
  public let edgeKinds: [UInt16]
  /// Whether each edge is directed.
  public let edgeDirected: [Bool]
  /// Out-adjacency offsets, `nodeCount + 1` of them.
  public let outOffsets: [Int]
  /// Out-neighbour of each out-arc.
  public let outNeighbors: [Int32]
  /// Edge id of each out-arc.
  public let outEdges: [Int32]
  /// In-adjacency offsets, `nodeCount + 1` of them.
  public let inOffsets: [Int]
  /// In-neighbour of each in-arc.
  public let inNeighbors: [Int32]
  /// Edge id of each in-arc.
  public let inEdges: [Int32]

  /// The number of edges.
  public var edgeCount: Int { edgeSources.count }

  /// The node of an actor id, if present.
  ///
  /// - Complexity: O(*V*); keep the result rather than calling it in a loop.
  public func node(named name: String) -> Int? { names.firstIndex(of: name) }

  /// The out-arcs of `node`, as (neighbour, edge) pairs.
  public func outArcs(of node: Int) -> some Sequence<(neighbor: Int, edge: Int)> {
    (outOffsets[node]..<outOffsets[node + 1]).lazy.map { (Int(outNeighbors[$0]), Int(outEdges[$0])) }
  }

  /// The in-arcs of `node`, as (neighbour, edge) pairs.
  public func inArcs(of node: Int) -> some Sequence<(neighbor: Int, edge: Int)> {
    (inOffsets[node]..<inOffsets[node + 1]).lazy.map { (Int(inNeighbors[$0]), Int(inEdges[$0])) }
  }

  /// The number of out-arcs of `node`.
  public func outDegree(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }

  /// The number of in-arcs of `node`.
  public func inDegree(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

  /// Indexes a snapshot: its actors are the nodes (sorted by id), its edges the edges.
  ///
  /// - Complexity: O(*V* + *E*).
  public init(_ snapshot: Snapshot) {
    var position: [ActorID: Int32] = [:]
    for (i, a) in snapshot.actors.enumerated() { position[a.id] = Int32(i) }
    var kindIDs: [String: UInt16] = [:]
    let kindNames = snapshot.vocabulary.ids
    for (i, k) in kindNames.enumerated() { kindIDs[k] = UInt16(i) }
    let edges = snapshot.edges
    self.init(
      names: snapshot.actors.map(\.id.rawValue), kindNames: kindNames,
      sources: edges.map { position[$0.source] ?? 0 }, targets: edges.map { position[$0.target] ?? 0 },
      weights: edges.map(\.weight), signs: edges.map { Int8($0.sign) }, kinds: edges.map { kindIDs[$0.kind] ?? 0 },
      directed: edges.map { snapshot.vocabulary[$0.kind]?.direction != .undirected })
  }

  /// Indexes an edge list as it is: every row a directed edge (parallel edges and self-loops kept).
  ///
  /// - Complexity: O(*V* + *E*).
  public init(_ list: EdgeList) {
    self.init(
      names: list.actors, kindNames: list.kindNames, sources: list.sources, targets: list.targets,
      weights: list.weights, signs: list.signs, kinds: list.kinds, directed: [Bool](repeating: true, count: list.count))
  }

  /// Builds the index from edge columns by counting sort.
  ///
  /// - Precondition: every source and target is in `0..<names.count`; all columns have one length.
  /// - Complexity: O(*V* + *E*).
  public init(
    names: [String], kindNames: [String], sources: [Int32], targets: [Int32], weights: [Double], signs: [Int8],
    kinds: [UInt16], directed: [Bool]
  ) {
    let n = names.count
    let m = sources.count
    var out = CSRFill<Int32>(rows: n, filler: 0)
    var into = CSRFill<Int32>(rows: n, filler: 0)
    for e in 0..<m {
      let s = Int(sources[e]), t = Int(targets[e])
      out.count(row: s)
      into.count(row: t)
      if !directed[e] {
        out.count(row: t)
        into.count(row: s)
      }
    }
    out.allocate()
    into.allocate()
    for e in 0..<m {
      let s = sources[e], t = targets[e], id = Int32(e)
      out.place(row: Int(s), column: t, payload: id)
      into.place(row: Int(t), column: s, payload: id)
      if !directed[e] {
        out.place(row: Int(t), column: s, payload: id)
        into.place(row: Int(s), column: t, payload: id)
      }
    }
    self.nodeCount = n
    self.names = names
    self.kindNames = kindNames
    self.edgeSources = sources
    self.edgeTargets = targets
    self.edgeWeights = weights
    self.edgeSigns = signs
    self.edgeKinds = kinds
    self.edgeDirected = directed
    self.outOffsets = out.offsets
    self.outNeighbors = out.columns
    self.outEdges = out.payloads
    self.inOffsets = into.offsets
    self.inNeighbors = into.columns
    self.inEdges = into.payloads
  }
}
