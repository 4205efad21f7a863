import Entente

extension InfluenceDiagram {
  /// The legend: each kind drawn with its own edge look, an entry for relations that end
  /// in the period, each actor shape, and each change class, all from `DiagramStyle`.
  func legend(kinds: [String], snapshot: Snapshot, actorKinds: Set<Actor.Kind>, ending: Bool) -> DiagramLegend {
    var entries: [DiagramLegend.Entry] = []
    let ordered =
      snapshot.vocabulary.ids.filter { kinds.contains($0) } + kinds.filter { snapshot.vocabulary[$0] == nil }
    let diff = !options.changes.isEmpty
    for id in ordered {
      let k = snapshot.vocabulary[id] ?? graph.vocabulary[id]
      var look = DiagramStyle.kindLook(k)
      // In a diff the change sets colour and line; the kind keeps its arrowhead.
      if diff {
        look = [
          "color": .text("#616161"), "arrowhead": look["arrowhead"] ?? .text("normal"),
          "dir": look["dir"] ?? .text("forward"),
        ]
      }
      let sign = k.map { $0.sign > 0 ? " (+)" : " (−)" } ?? ""
      entries.append(.init(sample: .edge(look), text: id.replacingOccurrences(of: "_", with: " ") + sign))
    }
    if ending && !diff {
      var look = DiagramStyle.kindLook(nil)
      look["color"] = .text("#616161" + DiagramStyle.endingOpacity)
      entries.append(.init(sample: .edge(look), text: "ends this period (faded)"))
    }
    for kind in Actor.Kind.allCases where actorKinds.contains(kind) {
      let style = graph.nodeStyle(for: kind)
      let node: DOTAttributes = ["shape": .text(style.shape), "fillcolor": .text(style.fill), "style": .text("filled")]
      entries.append(.init(sample: .node(node), text: kind.rawValue))
    }
    let changes = Set(options.changes.values)
    for (c, look) in DiagramStyle.changes where changes.contains(c) {
      var a = look.edgeAttributes
      a["arrowhead"] = .text("normal")
      entries.append(.init(sample: .edge(a), text: look.text))
    }
    return DiagramLegend(entries: entries, idPrefix: "d\(snapshot.date)-" + (diff ? "diff-" : ""))
  }
}
