/// The size policy of the layout engines: the largest graph each one is given.
///
/// Graphviz's engines differ by orders of magnitude: on the 2-core build machine `circo`
/// never finished at 1,000 actors, `dot` ran past 600 s at 300 nodes and 1,500 edges,
/// `neato` took 353 s at 5,000 actors, while `sfdp` stays within seconds (issue #14, item
/// 19). A request above an engine's limit is refused before the layout starts, naming an
/// engine that can draw the graph, instead of running for minutes or forever.
extension LayoutEngine {
  /// The limits of one engine.
  public struct SizeLimit: Sendable, Equatable {
    /// The most nodes the engine is given.
    public let nodes: Int
    /// The most edges the engine is given.
    public let edges: Int
  }

  /// This engine's limit (`auto` is limited by the engine it resolves to).
  public var sizeLimit: SizeLimit {
    switch self {
    case .dot: return SizeLimit(nodes: GraphvizRenderer.maximumDotNodes, edges: GraphvizRenderer.maximumDotEdges)
    case .circo: return SizeLimit(nodes: 300, edges: 1_500)
    case .neato, .auto: return SizeLimit(nodes: GraphvizRenderer.maximumNeatoNodes, edges: 10_000)
    case .fdp: return SizeLimit(nodes: 1_000, edges: 10_000)
    case .twopi: return SizeLimit(nodes: 5_000, edges: 50_000)
    case .sfdp: return SizeLimit(nodes: 20_000, edges: 200_000)
    }
  }

  /// The engine to suggest when this one is refused.
  var alternative: String {
    switch self {
    case .sfdp: return "draw fewer actors (one date, or an edge list filtered by kind)"
    default: return "use sfdp, or auto"
    }
  }

  /// Refuses a layout above the engine's limit.
  ///
  /// - Parameters:
  ///   - engine: the engine's name as Graphviz takes it; engines Entente does not list
  ///     (`nop`, `nop2`, which only read given positions) have no limit.
  ///   - nodes: the graph's nodes.
  ///   - edges: the graph's edges.
  /// - Throws: `RenderError` `.tooLargeForDot` for `dot`, `.tooLargeForEngine` for the others,
  ///   naming the size, the limit and the engine to use instead.
  static func checkSize(engine: String, nodes: Int, edges: Int) throws(RenderError) {
    guard let e = LayoutEngine(rawValue: engine) else { return }
    let limit = e.sizeLimit
    guard nodes > limit.nodes || edges > limit.edges else { return }
    throw RenderError(
      e == .dot ? .tooLargeForDot : .tooLargeForEngine,
      "the \(engine) engine needs minutes on \(nodes) nodes and \(edges) edges (it is refused above \(limit.nodes) nodes or \(limit.edges) edges); \(e.alternative)"
    )
  }
}
