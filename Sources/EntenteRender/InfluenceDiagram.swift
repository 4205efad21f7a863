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
    let pinned = !options.positions.isEmpty
    // splines=line: neato fans parallel edges into separate arcs at a fifteenth of the
    // cost of splines=true; splines=curved crashes Graphviz 2.42 when layouts repeat in
    // one process, and reverses arrowheads on cycles.
    g.attributes = [
      "fontname": .text("Helvetica"), "fontsize": .number(11), "outputorder": .text("edgesfirst"),
      "overlap": .text(pinned ? "true" : "prism"), "sep": .text("+14"), "splines": .text("line"),
      "pad": .number(0.2), "bgcolor": .text("white"), "id": .text("diagram-\(snapshot.date)"),
      "class": .text("entente-diagram"),
    ]
    if options.membership == .clusters { g.attributes["compound"] = .text("true") }
    g.nodeDefaults = [
      "fontname": .text("Helvetica"), "fontsize": .number(11), "style": .text("filled"), "penwidth": .number(1.2),
      "margin": .text("0.08,0.04"),
    ]
    g.edgeDefaults = ["fontname": .text("Helvetica"), "fontsize": .number(9), "arrowsize": .number(0.8), "len": .number(1.6)]

    // Actors: the snapshot's, then the universe's others (absent this time).
    let present = Set(snapshot.actors.map(\.id))
    var actors: [ActorID: (Actor, Bool)] = [:]
    for a in snapshot.actors { actors[a.id] = (a, true) }
    for a in options.universe where actors[a.id] == nil { actors[a.id] = (a, false) }
    for e in extraEdges {
      for id in [e.source, e.target] where actors[id] == nil {
        if let a = graph.actor(id) { actors[id] = (a, false) }
      }
    }
    let ids = actors.keys.sorted()
    let (minSize, maxSize) = (options.nodeSizes.values.min() ?? 0, options.nodeSizes.values.max() ?? 0)

    var nodesByID: [ActorID: DOTNode] = [:]
    for id in ids {
      guard let (actor, isPresent) = actors[id] else { continue }
      let style = graph.nodeStyle(for: actor.kind)
      var attrs: DOTAttributes = [
        "id": .text(Self.nodeID(id)), "label": .text(actor.name), "shape": .text(style.shape),
        "fillcolor": .text(style.fill), "tooltip": .text("\(actor.name) (\(id)), \(actor.kind.rawValue)"),
        "URL": .text("#" + Self.nodeID(id)),
        "class": .text("actor \(actor.kind.rawValue)" + (isPresent || present.isEmpty ? "" : " absent")),
      ]
      if let v = options.nodeSizes[id], maxSize > minSize {
        let t = (v - minSize) / (maxSize - minSize)
        attrs["fontsize"] = .number(10 + 6 * t)
        attrs["penwidth"] = .number(1 + 2 * t)
      }
      if !isPresent && !present.contains(id) {
        if options.absent == .hidden && extraEdges.isEmpty {
          attrs["style"] = .text("invis")
        } else if extraEdges.isEmpty {
          attrs["style"] = .text("filled,dashed")
          attrs["fillcolor"] = .text("#fafafa")
          attrs["color"] = .text("#bdbdbd")
          attrs["fontcolor"] = .text("#9e9e9e")
        }
      }
      if let p = options.positions[id] {
        attrs["pos"] = .text("\(DOTEscape.number(p.x).replacingQuotes()),\(DOTEscape.number(p.y).replacingQuotes())!")
      }
      nodesByID[id] = DOTNode(id: Self.nodeID(id), attributes: attrs)
    }

    // Membership clusters: each organization with members gets a box; an actor in
    // several organizations is drawn in the one with most members, and its other
    // memberships stay edges.
    var clustered: [ActorID: ActorID] = [:]
    if options.membership == .clusters {
      let memberships = snapshot.edges.filter { $0.kind == "membership" }
      let byOrg = Dictionary(grouping: memberships, by: \.target)
      let orgs = byOrg.keys.sorted { (byOrg[$0]?.count ?? 0, $1) > (byOrg[$1]?.count ?? 0, $0) }
      for org in orgs {
        var cluster = DOTCluster(
          id: org.rawValue,
          attributes: [
            "label": .text(graph.actor(org)?.name ?? org.rawValue), "style": .text("rounded,dashed"),
            "color": .text("#9e9e9e"), "fontcolor": .text("#616161"), "id": .text("cluster-\(org)"),
            "class": .text("membership"),
          ])
        for m in (byOrg[org] ?? []).map(\.source).sorted() where clustered[m] == nil && nodesByID[m] != nil {
          clustered[m] = org
          if let n = nodesByID.removeValue(forKey: m) { cluster.nodes.append(n) }
        }
        if !cluster.nodes.isEmpty { g.clusters.append(cluster) }
      }
    }
    g.nodes = ids.compactMap { nodesByID[$0] }

    // Edges.
    var drawn: [SnapshotEdge] = snapshot.edges
    drawn += extraEdges.filter { e in !snapshot.edges.contains { EdgeKey($0) == EdgeKey(e) } }
    drawn.sort { EdgeKey($0) < EdgeKey($1) }
    var kindsShown: [String] = []
    for e in drawn {
      let key = EdgeKey(e)
      if options.membership == .clusters, e.kind == "membership", clustered[e.source] == e.target { continue }
      let kind = snapshot.vocabulary[e.kind] ?? graph.vocabulary[e.kind]
      let style = kind?.style ?? EdgeStyle()
      let change = options.changes[key]
      if !kindsShown.contains(e.kind) { kindsShown.append(e.kind) }
      let arrow = kind?.direction == .undirected ? "-" : "->"
      let sources = e.evidence.isEmpty ? "background fact" : e.evidence.map(\.citation).joined(separator: ", ")
      var tooltip = "\(e.source) \(arrow) \(e.target): \(e.kind) in \(snapshot.date) (\(e.phase.rawValue)); "
      tooltip += "weight \(DOTEscape.number(e.weight).replacingQuotes()); sources: \(sources)"
      if let n = e.notes.first { tooltip += "\n" + n }
      var attrs: DOTAttributes = [
        "id": .text(Self.edgeID(key)), "color": .text(style.color), "style": .text(style.line == "bold" ? "bold" : style.line),
        "arrowhead": .text(style.arrow), "dir": .text(kind?.direction == .undirected ? "none" : "forward"),
        "penwidth": .number(min(4, 1 + log(max(1, e.weight)) * 1.5)),
        "class": .text("relation \(e.kind) \(e.sign > 0 ? "positive" : "negative")" + (change.map { " " + $0.rawValue } ?? "")),
        "tooltip": .text(tooltip), "URL": .text("#" + Self.edgeID(key)),
      ]
      if e.phase != .holds, change == nil {
        // A relation that begins or ends in the period says so on the edge.
        attrs["label"] = .text(e.phase.rawValue)
        attrs["fontcolor"] = .text("#616161")
        attrs["fontsize"] = .number(8)
      }
      if style.line == "bold" { attrs["penwidth"] = .number(min(5, 2 + log(max(1, e.weight)) * 1.5)) }
      switch change {
      case .added?: attrs["penwidth"] = .number(3)
      case .removed?:
        attrs["color"] = .text("#9e9e9e")
        attrs["style"] = .text("dotted")
      case .signChanged?:
        attrs["color"] = .text("#6a1b9a")
        attrs["penwidth"] = .number(3)
      case .unchanged?:
        attrs["color"] = .text("#cfcfcf")
        attrs["penwidth"] = .number(1)
      case nil: break
      }
      g.edges.append(DOTEdge(from: Self.nodeID(e.source), to: Self.nodeID(e.target), attributes: attrs))
    }

    if options.legend || options.title != nil {
      var rows: [[HTMLLabel]] = []
      if let title = options.title { rows.append([HTMLLabel.text(title).bold().font(size: 14)]) }
      if options.legend { rows += legendRows(kinds: kindsShown, snapshot: snapshot, actorKinds: Set(actors.values.map(\.0.kind))) }
      g.attributes["label"] = .html(HTMLLabel.table(rows, border: 0, cellPadding: 1))
      g.attributes["labelloc"] = .text("b")
      g.attributes["labeljust"] = .text("l")
    }
    return g
  }

  /// Legend rows naming each kind drawn with a sample of its line, each actor shape, and each change class.
  func legendRows(kinds: [String], snapshot: Snapshot, actorKinds: Set<Actor.Kind>) -> [[HTMLLabel]] {
    var rows: [[HTMLLabel]] = []
    let ordered = snapshot.vocabulary.ids.filter { kinds.contains($0) } + kinds.filter { snapshot.vocabulary[$0] == nil }
    for id in ordered {
      let k = snapshot.vocabulary[id] ?? graph.vocabulary[id]
      let style = k?.style ?? EdgeStyle()
      let sample: String
      switch style.line {
      case "dashed": sample = "– – –"
      case "dotted": sample = "· · · ·"
      case "bold": sample = "━━━"
      default: sample = "───"
      }
      let head = k?.direction == .undirected ? "" : "▶"
      rows.append([
        HTMLLabel.text(sample + head).font(color: style.color, size: 11),
        HTMLLabel.text(id.replacingOccurrences(of: "_", with: " ") + (k.map { $0.sign > 0 ? " (+)" : " (−)" } ?? "")).font(size: 10),
      ])
    }
    let shapes = Actor.Kind.allCases.filter { actorKinds.contains($0) }.map { "\(graph.nodeStyle(for: $0).shape) = \($0.rawValue)" }
    if !shapes.isEmpty { rows.append([HTMLLabel.text("shapes:").font(size: 10), HTMLLabel.text(shapes.joined(separator: ", ")).font(size: 10)]) }
    let changes = Set(options.changes.values)
    let changeLegend: [(Change, String, String)] = [
      (.added, "━━━", "added (thick)"), (.removed, "· · · ·", "removed (grey, dotted)"),
      (.signChanged, "━━━", "sign changed (purple, thick)"), (.unchanged, "───", "unchanged (light grey)"),
    ]
    for (c, sample, text) in changeLegend where changes.contains(c) {
      let color = c == .removed ? "#9e9e9e" : (c == .signChanged ? "#6a1b9a" : (c == .unchanged ? "#cfcfcf" : "#212121"))
      rows.append([HTMLLabel.text(sample).font(color: color, size: 11), HTMLLabel.text(text).font(size: 10)])
    }
    return rows
  }
}
