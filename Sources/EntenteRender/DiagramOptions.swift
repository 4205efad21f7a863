import Entente

/// What an influence diagram shows and how.
public struct DiagramOptions: Sendable {
  /// How membership relations are drawn.
  public enum Membership: String, Sendable, CaseIterable {
    /// As edges from member to organization.
    case edges
    /// As a box around each organization's members (engines dot and fdp draw clusters).
    case clusters
  }

  /// How actors of the layout that have no relation in this snapshot are drawn.
  public enum Absent: String, Sendable, CaseIterable {
    /// Drawn pale, so the reader sees who dropped out.
    case faded
    /// Not drawn (kept invisible, so every other actor keeps its place).
    case hidden
  }

  /// A caption above the diagram.
  public var title: String?
  /// A measure per actor that sets node size (larger value, larger node), such as degree.
  public var nodeSizes: [ActorID: Double]
  /// How membership is drawn.
  public var membership: Membership
  /// Whether to draw a legend of the kinds shown.
  public var legend: Bool
  /// Actors to draw even when the snapshot has none of their relations (a comparison's union).
  public var universe: [Actor]
  /// How actors of `universe` absent from the snapshot are drawn.
  public var absent: Absent
  /// Pinned positions in points, by actor; when set, the diagram renders with engine `nop2`.
  public var positions: [ActorID: Point]
  /// The width in CSS pixels the SVG will be shown at (a page column, such as 680): fonts,
  /// and with them nodes, grow until the smallest label is at least 11 px at that width.
  public var width: Double? = nil
  /// A class per edge key for change diagrams (`added`, `ended`, `sign-changed`, `changed`, `unchanged`).
  public var changes: [EdgeKey: Change]
  /// Whether phases and endings are written on their edges ("begins 2020", "ended").
  ///
  /// Diagrams of a cut large graph turn it
  /// off: hundreds of labels cover the drawing, while the faded or dashed line, the legend
  /// and the edge's tooltip still tell the phase.
  public var edgeLabels = true

  /// Creates options; the defaults draw membership as edges with a legend.
  public init(
    title: String? = nil, nodeSizes: [ActorID: Double] = [:], membership: Membership = .edges, legend: Bool = true,
    universe: [Actor] = [], absent: Absent = .faded, positions: [ActorID: Point] = [:], changes: [EdgeKey: Change] = [:]
  ) {
    self.title = title
    self.nodeSizes = nodeSizes
    self.membership = membership
    self.legend = legend
    self.universe = universe
    self.absent = absent
    self.positions = positions
    self.changes = changes
  }
}

/// A point in Graphviz's coordinates (points, y up).
public struct Point: Sendable, Hashable {
  /// Horizontal position.
  public var x: Double
  /// Vertical position.
  public var y: Double

  /// Creates a point.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// Identifies an edge of a snapshot: its ends and its kind.
public struct EdgeKey: Sendable, Hashable, Comparable {
  /// The source (the smaller id for undirected kinds).
  public var source: ActorID
  /// The target.
  public var target: ActorID
  /// The relation kind.
  public var kind: String

  /// Creates a key.
  public init(source: ActorID, target: ActorID, kind: String) {
    self.source = source
    self.target = target
    self.kind = kind
  }

  /// The key of a snapshot edge.
  public init(_ edge: SnapshotEdge) { self.init(source: edge.source, target: edge.target, kind: edge.kind) }

  /// Orders keys by source, target, then kind.
  public static func < (l: EdgeKey, r: EdgeKey) -> Bool { (l.source, l.target, l.kind) < (r.source, r.target, r.kind) }
}

/// How an edge changed between two snapshots, for diff diagrams: the classes of
/// `EdgeChange` (added, ended, sign changed, changed, unchanged), which `diff` prints too.
public typealias Change = EdgeChange.Kind
