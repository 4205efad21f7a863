/// A compact, read-only index of a graph for analysis: compressed sparse rows over integer ids.
///
/// Nodes are `0..<nodeCount`; edges are `0..<edgeCount`, each with a source,
/// target, weight, sign, kind and whether it is directed (`edge(_:)`). The
/// out-arcs of node *u* (`outArcs(of:)`) are stored as compressed sparse rows, and
/// the in-arcs likewise (`inArcs(of:)`). An undirected edge
/// appears as an arc both ways (in both adjacencies), so walking
/// out-neighbours follows every edge a node may travel along.
///
///     let index = GraphIndex(graph.snapshot(at: try .init(parsing: "2020")))
///     if let russia = index.node(of: "RUS") { for arc in index.outArcs(of: russia) { ... } }
public struct GraphIndex: Sendable, Equatable {
  /// The number of nodes.
  public let nodeCount: Int
  /// Node names (actor ids), by node.
  public let names: [String]
  /// Kind names, by kind id.
  public let kindNames: [String]
  /// Source node of each edge.
  package let edgeSources: [Int32]
  /// Target node of each edge.
  package let edgeTargets: [Int32]
  /// Weight of each edge.
  package let edgeWeights: [Double]
  /// Sign of each edge, +1 or -1.
  package let edgeSigns: [Int8]
  /// Kind id of each edge (an index into `kindNames`).
  package let edgeKinds: [UInt16]
  /// Whether each edge is directed.
  package let edgeDirected: [Bool]
  /// Out-adjacency offsets, `nodeCount + 1` of them.
  package let outOffsets: [Int]
  /// Out-neighbour of each out-arc.
  package let outNeighbors: [Int32]
  /// Edge id of each out-arc.
  package let outEdges: [Int32]
  /// In-adjacency offsets, `nodeCount + 1` of them.
  package let inOffsets: [Int]
  /// In-neighbour of each in-arc.
  package let inNeighbors: [Int32]
  /// Edge id of each in-arc.
  package let inEdges: [Int32]

  /// Node by name.
  private let positions: [String: Int32]

  /// The number of edges.
  public var edgeCount: Int { edgeSources.count }

  /// The number of arcs: one per directed edge, two per undirected one.
  public var arcCount: Int { outNeighbors.count }

  /// The node of an actor id, if present.
  ///
  /// - Complexity: O(1).
  public func node(of id: ActorID) -> Int? { positions[id.rawValue].map(Int.init) }

  /// An edge of the index.
  public struct Edge: Sendable, Equatable {
    /// The source node.
    public let source: Int
    /// The target node.
    public let target: Int
    /// The weight.
    public let weight: Double
    /// The sign, +1 or -1.
    public let sign: Int
    /// The relation kind's id.
    public let kind: String
    /// Whether the edge is directed (an undirected edge is an arc both ways).
    public let isDirected: Bool
  }

  /// Edge `id`, for an id in `0..<edgeCount` (as `outArcs(of:)` and `inArcs(of:)` give them).
  public func edge(_ id: Int) -> Edge {
    Edge(
      source: Int(edgeSources[id]), target: Int(edgeTargets[id]), weight: edgeWeights[id], sign: Int(edgeSigns[id]),
      kind: kindNames[Int(edgeKinds[id])], isDirected: edgeDirected[id])
  }

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
    var position: [String: Int32] = [:]
    for (i, a) in snapshot.actors.enumerated() { position[a.id.rawValue] = Int32(i) }
    var kindIDs: [String: UInt16] = [:]
    let kindNames = snapshot.vocabulary.ids
    for (i, k) in kindNames.enumerated() { kindIDs[k] = UInt16(i) }
    let edges = snapshot.edges
    self.init(
      names: snapshot.actors.map(\.id.rawValue), kindNames: kindNames,
      sources: edges.map { position[$0.source.rawValue] ?? 0 },
      targets: edges.map { position[$0.target.rawValue] ?? 0 },
      weights: edges.map(\.weight), signs: edges.map { Int8($0.sign) }, kinds: edges.map { kindIDs[$0.kind] ?? 0 },
      directed: edges.map { snapshot.vocabulary[$0.kind]?.direction != .undirected }, positions: position)
  }

  /// Indexes an edge list as it is: every row a directed edge (parallel edges and self-loops kept).
  ///
  /// - Complexity: O(*V* + *E*).
  public init(_ list: EdgeList) {
    self.init(
      names: list.actors, kindNames: list.kindNames, sources: list.sources, targets: list.targets,
      weights: list.weights, signs: list.signs, kinds: list.kinds, directed: [Bool](repeating: true, count: list.count),
      positions: list.actorPositions)
  }

  /// Builds the index from edge columns by counting sort.
  ///
  /// - Precondition: every source and target is in `0..<names.count`; all columns have one length.
  /// - Complexity: O(*V* + *E*).
  package init(
    names: [String], kindNames: [String], sources: [Int32], targets: [Int32], weights: [Double], signs: [Int8],
    kinds: [UInt16], directed: [Bool]
  ) {
    var positions: [String: Int32] = [:]
    for (i, name) in names.enumerated() where positions[name] == nil { positions[name] = Int32(i) }
    self.init(
      names: names, kindNames: kindNames, sources: sources, targets: targets, weights: weights, signs: signs,
      kinds: kinds, directed: directed, positions: positions)
  }

  /// Builds the index with `positions` the node of each name, by counting sort.
  private init(
    names: [String], kindNames: [String], sources: [Int32], targets: [Int32], weights: [Double], signs: [Int8],
    kinds: [UInt16], directed: [Bool], positions: [String: Int32]
  ) {
    let n = names.count
    let m = sources.count
    var out = CSRFill<Int32>(rows: n, filler: 0)
    var into = CSRFill<Int32>(rows: n, filler: 0)
    for e in 0..<m {
      let s = Int(sources[e])
      let t = Int(targets[e])
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
      let s = sources[e]
      let t = targets[e]
      let id = Int32(e)
      out.place(row: Int(s), column: t, payload: id)
      into.place(row: Int(t), column: s, payload: id)
      if !directed[e] {
        out.place(row: Int(t), column: s, payload: id)
        into.place(row: Int(s), column: t, payload: id)
      }
    }
    self.nodeCount = n
    self.names = names
    self.positions = positions
    self.kindNames = kindNames
    self.edgeSources = sources
    self.edgeTargets = targets
    self.edgeWeights = weights
    self.edgeSigns = signs
    self.edgeKinds = kinds
    self.edgeDirected = directed
    (outOffsets, outNeighbors, outEdges) = (out.offsets, out.columns, out.payloads)
    (inOffsets, inNeighbors, inEdges) = (into.offsets, into.columns, into.payloads)
  }
}
