import Entente
import Foundation

/// Builds the DOT of an influence diagram from a snapshot.
///
/// Relation kinds give colour, line style and arrowhead (cooperation solid or
/// bold, conflict dashed or dotted, so the two differ in grey print too);
/// actor kinds give the node shape; a measure may give node size; a legend
/// names every kind and shape drawn. Every node and edge gets a stable `id`,
/// a `class` (actor kind; relation kind, sign and change), a tooltip and a URL
/// fragment.
///
///     let dot = InfluenceDiagram(graph: graph).dot(for: graph.snapshot(at: d2020))
///     let svg = try DiagramRenderer.svg(dot, engine: "neato")
public struct InfluenceDiagram: Sendable {
  /// The graph whose actors, kinds and styles the diagram uses.
  public let graph: ActorGraph
  /// The options.
  public var options: DiagramOptions

  /// Creates a builder.
  public init(graph: ActorGraph, options: DiagramOptions = DiagramOptions()) {
    self.graph = graph
    self.options = options
  }

  /// The node id of an actor in the DOT and SVG (`actor-RUS`).
  public static func nodeID(_ id: ActorID) -> String { "actor-" + id.rawValue }

  /// The element id of an edge in the DOT and SVG (`rel-RUS-ARM-arms_supply`).
  public static func edgeID(_ key: EdgeKey) -> String { "rel-\(key.source)-\(key.target)-\(key.kind)" }

  /// The DOT of the snapshot, plus `extraEdges` (edges of another snapshot, for diffs).
  ///
  /// - Complexity: O(*V* log *V* + *E* log *E*).
  public func dot(for snapshot: Snapshot, extraEdges: [SnapshotEdge] = []) -> DOTGraph {
    var g = DOTGraph(name: "entente_\(snapshot.date)", directed: true)
    g.attributes = DiagramStyle.graph
    g.attributes["overlap"] = .text(options.positions.isEmpty ? "prism" : "true")
    g.attributes["id"] = .text("diagram-\(snapshot.date)")
    if options.membership == .clusters { g.attributes["compound"] = .text("true") }
    g.nodeDefaults = DiagramStyle.nodeDefaults
    g.edgeDefaults = DiagramStyle.edgeDefaults

    let actors = actorsDrawn(in: snapshot, extraEdges: extraEdges)
    var nodesByID = nodes(actors, snapshot: snapshot, diff: !extraEdges.isEmpty)
    var clustered: [ActorID: ActorID] = [:]
    if options.membership == .clusters {
      (g.clusters, clustered) = clusters(of: snapshot, taking: &nodesByID)
    }
    g.nodes = actors.compactMap { nodesByID[$0.actor.id] }
    let kindsShown: [String]
    (g.edges, kindsShown) = edges(of: snapshot, extraEdges: extraEdges, clustered: clustered)

    if let title = options.title {
      g.attributes["label"] = .text(title)
      g.attributes["fontname"] = .text(DiagramStyle.font + "-Bold")
      g.attributes["fontsize"] = .number(14)
      g.attributes["labelloc"] = .text("t")
      g.attributes["labeljust"] = .text("l")
    }
    if options.legend {
      let ending = snapshot.edges.contains { $0.phase == .ends }
      g.legend = legend(
        kinds: kindsShown, snapshot: snapshot, actorKinds: Set(actors.map(\.actor.kind)), ending: ending)
    }
    g.targetWidth = options.width
    return g
  }
}
