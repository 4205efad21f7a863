import Entente

/// What sets the size of an influence diagram's nodes.
///
///     options.nodeSizes = NodeSizing.degree.sizes(in: snapshot)
public enum NodeSizing: String, Sendable, CaseIterable {
  /// Every node the same size.
  case none
  /// By degree: the number of the snapshot's edges at the actor, in or out.
  case degree

  /// The size of each actor in `snapshot` (empty for `none`), for `DiagramOptions.nodeSizes`.
  ///
  /// - Complexity: O(*E*).
  public func sizes(in snapshot: Snapshot) -> [ActorID: Double] {
    guard self == .degree else { return [:] }
    var d: [ActorID: Double] = [:]
    for e in snapshot.edges {
      d[e.source, default: 0] += 1
      d[e.target, default: 0] += 1
    }
    return d
  }
}
