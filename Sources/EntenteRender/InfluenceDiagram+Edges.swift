import Entente
import Foundation

extension InfluenceDiagram {
  /// The edges of the snapshot plus those of `extraEdges` it lacks, sorted by key,
  /// with the kinds they show in order of first appearance.
  ///
  /// - Complexity: O(*E* log *E* + *E* · *X*) for *X* extra edges.
  func edges(
    of snapshot: Snapshot, extraEdges: [SnapshotEdge], clustered: [ActorID: ActorID]
  ) -> (edges: [DOTEdge], kinds: [String]) {
    var drawn: [SnapshotEdge] = snapshot.edges
    drawn += extraEdges.filter { e in !snapshot.edges.contains { EdgeKey($0) == EdgeKey(e) } }
    drawn.sort { EdgeKey($0) < EdgeKey($1) }
    var kindsShown: [String] = []
    var out: [DOTEdge] = []
    for e in drawn {
      if options.membership == .clusters, e.kind == "membership", clustered[e.source] == e.target { continue }
      if !kindsShown.contains(e.kind) { kindsShown.append(e.kind) }
      out.append(DOTEdge(from: Self.nodeID(e.source), to: Self.nodeID(e.target), attributes: edgeAttributes(e, in: snapshot)))
    }
    return (out, kindsShown)
  }

  /// An edge's attributes: its kind's look, a width from its weight, its change's look,
  /// a phase label, and an id, classes, tooltip and link.
  func edgeAttributes(_ e: SnapshotEdge, in snapshot: Snapshot) -> DOTAttributes {
    let key = EdgeKey(e)
    let kind = snapshot.vocabulary[e.kind] ?? graph.vocabulary[e.kind]
    let style = kind?.style ?? EdgeStyle()
    let change = options.changes[key]
    var attrs: DOTAttributes = [
      "id": .text(Self.edgeID(key)), "color": .text(style.color), "style": .text(style.line == "bold" ? "bold" : style.line),
      "arrowhead": .text(style.arrow), "dir": .text(kind?.direction == .undirected ? "none" : "forward"),
      "penwidth": .number(min(4, 1 + log(max(1, e.weight)) * 1.5)),
      "class": .text("relation \(e.kind) \(e.sign > 0 ? "positive" : "negative")" + (change.map { " " + $0.rawValue } ?? "")),
      "tooltip": .text(tooltip(e, kind: kind, date: snapshot.date)), "URL": .text("#" + Self.edgeID(key)),
    ]
    if e.phase != .holds, change == nil {
      // A relation that begins or ends in the period says so on the edge.
      attrs["label"] = .text(e.phase.rawValue)
      DiagramStyle.merge(&attrs, DiagramStyle.phaseLabel)
    }
    if style.line == "bold" { attrs["penwidth"] = .number(min(5, 2 + log(max(1, e.weight)) * 1.5)) }
    if let change, let look = DiagramStyle.look(change) {
      DiagramStyle.merge(&attrs, look.edgeAttributes)
      if let label = look.label {
        attrs["label"] = .text(label + (e.phase == .ends ? e.phaseDate.map { " \($0)" } ?? "" : ""))
        DiagramStyle.merge(&attrs, DiagramStyle.phaseLabel)
      }
    }
    return attrs
  }

  /// The tooltip: ends, kind, date, phase, weight, sources and the first note.
  func tooltip(_ e: SnapshotEdge, kind: RelationKind?, date: EntenteDate) -> String {
    let arrow = kind?.direction == .undirected ? "-" : "->"
    let sources = e.evidence.isEmpty ? "background fact" : e.evidence.map(\.citation).joined(separator: ", ")
    var tooltip = "\(e.source) \(arrow) \(e.target): \(e.kind) in \(date) (\(e.phase.rawValue)); "
    tooltip += "weight \(DOTEscape.number(e.weight).replacingQuotes()); sources: \(sources)"
    if let n = e.notes.first { tooltip += "\n" + n }
    return tooltip
  }
}
