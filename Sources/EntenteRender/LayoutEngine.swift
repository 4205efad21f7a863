/// A Graphviz layout engine for influence diagrams, or `auto` to pick one by size.
///
///     let data = try DiagramRenderer.render(dot, engine: LayoutEngine.auto.rawValue, format: .svg)
public enum LayoutEngine: String, Sendable, CaseIterable {
  /// Spring model (stress majorization); the default.
  case neato
  /// Force-directed placement; draws clusters.
  case fdp
  /// Multiscale force-directed placement, for large graphs.
  case sfdp
  /// Circular layout.
  case circo
  /// Hierarchical layers; refused above `GraphvizRenderer.maximumDotNodes` nodes or `maximumDotEdges` edges.
  case dot
  /// Radial layout.
  case twopi
  /// `neato` up to `GraphvizRenderer.maximumNeatoNodes` nodes, `sfdp` above.
  case auto

  /// The engine named `name`.
  ///
  /// - Throws: `RenderError.invalidRequest` naming the engines there are.
  public init(named name: String) throws(RenderError) {
    guard let engine = LayoutEngine(rawValue: name) else {
      throw RenderError(.invalidRequest, "unknown engine '\(name)'; use \(Self.list)")
    }
    self = engine
  }

  /// The engines' names as a sentence: `neato, fdp, ..., twopi or auto`.
  public static var list: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }

  /// The engine that lays out a graph of `nodes` nodes: `auto` resolved, any other engine itself.
  public func resolved(nodes: Int) -> LayoutEngine {
    guard self == .auto else { return self }
    return nodes <= GraphvizRenderer.maximumNeatoNodes ? .neato : .sfdp
  }
}
