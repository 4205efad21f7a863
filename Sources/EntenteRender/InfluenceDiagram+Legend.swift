import Entente

extension InfluenceDiagram {
  /// Legend rows naming each kind drawn with a sample of its line, each actor shape, and each change class.
  func legendRows(kinds: [String], snapshot: Snapshot, actorKinds: Set<Actor.Kind>) -> [[HTMLLabel]] {
    var rows: [[HTMLLabel]] = []
    let ordered = snapshot.vocabulary.ids.filter { kinds.contains($0) } + kinds.filter { snapshot.vocabulary[$0] == nil }
    for id in ordered {
      let k = snapshot.vocabulary[id] ?? graph.vocabulary[id]
      let style = k?.style ?? EdgeStyle()
      let head = k?.direction == .undirected ? "" : "▶"
      rows.append([
        HTMLLabel.text(DiagramStyle.lineSample(style.line) + head).font(color: style.color, size: 11),
        HTMLLabel.text(id.replacingOccurrences(of: "_", with: " ") + (k.map { $0.sign > 0 ? " (+)" : " (−)" } ?? "")).font(size: 10),
      ])
    }
    let shapes = Actor.Kind.allCases.filter { actorKinds.contains($0) }.map { "\(graph.nodeStyle(for: $0).shape) = \($0.rawValue)" }
    if !shapes.isEmpty { rows.append([HTMLLabel.text("shapes:").font(size: 10), HTMLLabel.text(shapes.joined(separator: ", ")).font(size: 10)]) }
    let changes = Set(options.changes.values)
    for (c, look) in DiagramStyle.changes where changes.contains(c) {
      rows.append([HTMLLabel.text(look.sample).font(color: look.legendColor, size: 11), HTMLLabel.text(look.text).font(size: 10)])
    }
    return rows
  }
}
