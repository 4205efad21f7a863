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
      out.append(
        DOTEdge(from: Self.nodeID(e.source), to: Self.nodeID(e.target), attributes: edgeAttributes(e, in: snapshot)))
    }
    return (out, kindsShown)
  }

  /// An edge's attributes: its kind's look and a width from its weight; in a diff its
  /// change's look, in a year's diagram its phase (an ending relation faded and labelled);
  /// and an id, classes, tooltip and link.
  func edgeAttributes(_ e: SnapshotEdge, in snapshot: Snapshot) -> DOTAttributes {
    let key = EdgeKey(e)
    let kind = snapshot.vocabulary[e.kind] ?? graph.vocabulary[e.kind]
    let change = options.changes[key]
    var attrs = DiagramStyle.kindLook(kind, weight: e.weight)
    var classes = "relation \(e.kind) \(e.sign > 0 ? "positive" : "negative")"
    if let change {
      classes += " " + change.rawValue
    } else if e.phase != .holds {
      classes += " " + e.phase.rawValue
    }
    DiagramStyle.merge(
      &attrs,
      [
        "id": .text(Self.edgeID(key)), "class": .text(classes),
        "tooltip": .text(tooltip(e, kind: kind, date: snapshot.date)), "URL": .text("#" + Self.edgeID(key)),
      ])
    let date = e.phaseDate.map { " \($0)" } ?? ""
    if let change, let look = DiagramStyle.look(change) {
      DiagramStyle.merge(&attrs, look.edgeAttributes)
      if options.edgeLabels, let label = look.label {
        attrs["label"] = .text(label + (e.phase == .ends ? date : ""))
        DiagramStyle.merge(&attrs, DiagramStyle.phaseLabel)
      }
    } else if e.phase != .holds {
      // A relation that begins or ends in the period says so, with its date, on the edge.
      if options.edgeLabels {
        attrs["label"] = .text(e.phase.rawValue + date)
        DiagramStyle.merge(&attrs, DiagramStyle.phaseLabel)
      }
      if e.phase == .ends, case .text(let c)? = attrs["color"] {
        attrs["color"] = .text(c + DiagramStyle.endingOpacity)
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
