/// How actors of one kind are drawn: a Graphviz shape and a fill colour.
///
/// A graph file may override the defaults under `styles: actors:`; relation
/// kinds' styles are overridden under `styles: kinds:`.
public struct NodeStyle: Sendable, Hashable, Codable {
  /// A Graphviz node shape (`ellipse`, `box`, `hexagon`, `component`, `octagon`, ...).
  public var shape: String
  /// A fill colour as `#rrggbb`.
  public var fill: String

  /// Creates a node style.
  public init(shape: String, fill: String) {
    self.shape = shape
    self.fill = fill
  }

  /// The default style of each actor kind: states round, organizations square,
  /// regions hexagonal, so the kinds differ by shape and not only by colour.
  public static func standard(for kind: Actor.Kind) -> NodeStyle {
    switch kind {
    case .state: return NodeStyle(shape: "ellipse", fill: "#eef3fb")
    case .organization: return NodeStyle(shape: "box", fill: "#fff7e0")
    case .region: return NodeStyle(shape: "hexagon", fill: "#eef7ee")
    case .company: return NodeStyle(shape: "component", fill: "#f3eef7")
    case .group: return NodeStyle(shape: "octagon", fill: "#f5f5f5")
    }
  }
}
