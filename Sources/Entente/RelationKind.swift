/// A kind of relation between actors: its sign, its direction and how it is drawn.
///
/// The nine kinds of the default vocabulary (`RelationVocabulary.standard`) are
/// alliance, membership, arms_supply, trade, support, mediation (cooperative, +)
/// and tension, sanction, hostility (conflictual, -). A graph file may add kinds.
public struct RelationKind: Sendable, Hashable, Codable, Identifiable {
  /// Whether a relation runs from source to target or between the two alike.
  public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Source acts on target: arms supply, membership, sanction.
    case directed
    /// Both sides alike: alliance, tension, hostility. Stored with the smaller id first in snapshots.
    case undirected
  }

  /// The CAMEO-like quad class of the kind.
  public enum QuadClass: String, Sendable, Hashable, Codable, CaseIterable {
    case verbalCooperation = "verbal_cooperation"
    case materialCooperation = "material_cooperation"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"
  }

  /// The kind's identifier, lower-case with underscores (`arms_supply`).
  public var id: String
  /// +1 for cooperation, -1 for conflict.
  public var sign: Int
  /// Directed or undirected.
  public var direction: Direction
  /// The CAMEO-like quad class.
  public var quadClass: QuadClass
  /// When set, the target must be an actor of one of these kinds (membership needs an organization).
  public var targetKinds: [Actor.Kind]
  /// A one-line description for tables and legends.
  public var summary: String
  /// How the kind is drawn by default.
  public var style: EdgeStyle

  /// Creates a relation kind.
  public init(
    id: String, sign: Int, direction: Direction, quadClass: QuadClass, targetKinds: [Actor.Kind] = [],
    summary: String = "", style: EdgeStyle = EdgeStyle()
  ) {
    self.id = id
    self.sign = sign
    self.direction = direction
    self.quadClass = quadClass
    self.targetKinds = targetKinds
    self.summary = summary
    self.style = style
  }

  /// Whether the kind is cooperative (sign +1).
  public var isCooperative: Bool { sign > 0 }
}

/// How an edge of a kind is drawn: a colour, a line style, an arrowhead.
///
/// Cooperation and conflict differ in line style as well as colour, so a
/// diagram still reads when printed in grey.
public struct EdgeStyle: Sendable, Hashable, Codable {
  /// A colour as `#rrggbb`.
  public var color: String
  /// `solid`, `dashed`, `dotted` or `bold`.
  public var line: String
  /// A Graphviz arrowhead name (`normal`, `tee`, `dot`, `none`, ...).
  public var arrow: String

  /// Creates a style.
  public init(color: String = "#555555", line: String = "solid", arrow: String = "normal") {
    self.color = color
    self.line = line
    self.arrow = arrow
  }
}
