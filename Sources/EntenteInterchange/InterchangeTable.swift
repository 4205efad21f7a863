import Entente

/// A graph in the flat form interchange formats share: nodes and edges with attributes.
///
/// Made from a snapshot (one edge per snapshot edge, dated by the snapshot) or from a
/// whole graph (one edge per relation, with its own time), and turned back into an
/// `ActorGraph` by `InterchangeTable.graph(...)`.
public struct InterchangeTable: Sendable, Equatable {
  /// A node.
  public struct Node: Sendable, Equatable {
    /// The node id as the format has it.
    public var id: String
    /// The display name.
    public var name: String
    /// The actor kind (`state`, `organization`, ...), or empty.
    public var kind: String
    /// The colour Gephi draws it in, as `#rrggbb` (`drawn(graph:positions:)` sets it).
    public var color: String? = nil
    /// The size Gephi draws it at (`drawn(graph:positions:)` sets it).
    public var size: Double? = nil
    /// Its horizontal position, in points.
    public var x: Double? = nil
    /// Its vertical position, in points (y up).
    public var y: Double? = nil
  }

  /// An edge; times are dates as text (`2020`, `2020-10`, `2020-10-01`).
  public struct Edge: Sendable, Equatable {
    /// The source node id.
    public var source: String
    /// The target node id.
    public var target: String
    /// The relation kind's id, or empty.
    public var kind: String
    /// The sign: +1 cooperative, -1 conflictual, 0 unknown.
    public var sign: Int
    /// The weight.
    public var weight: Double
    /// The confidence, 0 to 1.
    public var confidence: Double
    /// Whether the relation has a direction.
    public var directed: Bool
    /// The date of an event.
    public var at: String?
    /// The start of an interval.
    public var since: String?
    /// The end of an interval (exclusive), if it ended.
    public var until: String?
    /// The phase (`holds`, `begins`, ...).
    public var phase: String
    /// A free note.
    public var note: String?
    /// Citations `document#sentence`, space-separated.
    public var evidence: String
    /// The colour Gephi draws it in, as `#rrggbb` (`drawn(graph:positions:)` sets it).
    public var color: String? = nil
  }

  /// The nodes.
  public var nodes: [Node]
  /// The edges.
  public var edges: [Edge]
  /// A title (the graph file, and the snapshot's date when there is one).
  public var title: String

  /// The table of a snapshot: its actors and merged edges, all dated `at` the snapshot.
  public init(snapshot s: Snapshot, title: String) {
    nodes = s.actors.map { Node(id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue) }
    edges = s.edges.map { e in
      Edge(
        source: e.source.rawValue, target: e.target.rawValue, kind: e.kind, sign: e.sign, weight: e.weight,
        confidence: e.confidence,
        directed: s.vocabulary[e.kind]?.direction != .undirected, at: s.date.description, since: nil, until: nil,
        phase: e.phase.rawValue, note: e.notes.first, evidence: e.evidence.map(\.citation).joined(separator: " "))
    }
    self.title = title
  }

  /// The table of a whole graph: every actor and every relation with its own time.
  public init(graph g: ActorGraph, title: String) {
    nodes = g.actors.map { Node(id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue) }
    edges = g.relations.map { r in
      var e = Edge(
        source: r.source.rawValue, target: r.target.rawValue, kind: r.kind, sign: g.vocabulary[r.kind]?.sign ?? 1,
        weight: r.weight,
        confidence: r.confidence, directed: g.vocabulary[r.kind]?.direction != .undirected, at: nil, since: nil,
        until: nil,
        phase: r.phase.rawValue, note: r.note, evidence: r.evidence.map(\.citation).joined(separator: " "))
      switch r.time {
      case .event(let d): e.at = d.description
      case .interval(let s, let u):
        e.since = s.description
        e.until = u?.description
      }
      return e
    }
    self.title = title
  }

  /// Creates a table from parts (readers use this).
  public init(nodes: [Node], edges: [Edge], title: String) {
    self.nodes = nodes
    self.edges = edges
    self.title = title
  }
}
