import Entente

extension InfluenceDiagram {
  /// An actor to draw and whether it is in the snapshot.
  struct DrawnActor {
    let actor: Actor
    let isPresent: Bool
  }

  /// The actors to draw, by id: the snapshot's, then the universe's others and the
  /// ends of `extraEdges` (absent this time).
  ///
  /// - Complexity: O(*V* log *V* + *E*).
  func actorsDrawn(in snapshot: Snapshot, extraEdges: [SnapshotEdge]) -> [DrawnActor] {
    var actors: [ActorID: DrawnActor] = [:]
    for a in snapshot.actors { actors[a.id] = DrawnActor(actor: a, isPresent: true) }
    for a in options.universe where actors[a.id] == nil { actors[a.id] = DrawnActor(actor: a, isPresent: false) }
    for e in extraEdges {
      for id in [e.source, e.target] where actors[id] == nil {
        if let a = graph.actor(id) { actors[id] = DrawnActor(actor: a, isPresent: false) }
      }
    }
    return actors.keys.sorted().compactMap { actors[$0] }
  }

  /// One node per actor, by id: shape and fill from the actor's kind, size from
  /// `nodeSizes`, faded or invisible when absent, pinned when positions are given.
  ///
  /// - Parameters:
  ///   - actors: the actors to draw.
  ///   - snapshot: the snapshot drawn.
  ///   - diff: whether this is a diff diagram (absent actors are drawn plainly there).
  /// - Returns: the nodes by actor id.
  func nodes(_ actors: [DrawnActor], snapshot: Snapshot, diff: Bool) -> [ActorID: DOTNode] {
    let nonePresent = snapshot.actors.isEmpty
    let (minSize, maxSize) = (options.nodeSizes.values.min() ?? 0, options.nodeSizes.values.max() ?? 0)
    var out: [ActorID: DOTNode] = [:]
    for d in actors {
      let (actor, id) = (d.actor, d.actor.id)
      let style = graph.nodeStyle(for: actor.kind)
      var attrs: DOTAttributes = [
        "id": .text(Self.nodeID(id)), "label": .text(actor.name), "shape": .text(style.shape),
        "fillcolor": .text(style.fill), "tooltip": .text("\(actor.name) (\(id)), \(actor.kind.rawValue)"),
        "URL": .text("#" + Self.nodeID(id)),
        "class": .text("actor \(actor.kind.rawValue)" + (d.isPresent || nonePresent ? "" : " absent")),
      ]
      if let v = options.nodeSizes[id], maxSize > minSize {
        let t = (v - minSize) / (maxSize - minSize)
        attrs["fontsize"] = .number(10 + 6 * t)
        attrs["penwidth"] = .number(1 + 2 * t)
      }
      if !d.isPresent && !diff {
        if options.absent == .hidden {
          attrs["style"] = .text("invis")
        } else {
          DiagramStyle.merge(&attrs, DiagramStyle.absentNode)
        }
      }
      if let p = options.positions[id] {
        attrs["pos"] = .text("\(DOTEscape.number(p.x).replacingQuotes()),\(DOTEscape.number(p.y).replacingQuotes())!")
      }
      out[id] = DOTNode(id: Self.nodeID(id), attributes: attrs)
    }
    return out
  }
}
