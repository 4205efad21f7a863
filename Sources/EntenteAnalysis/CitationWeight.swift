import Entente
import Foundation

/// The evidence rule of snapshot weights undone, so a relation cited again is not a change in the world.
///
/// A snapshot edge weighs the mean weight of its relations times (1 + ln *n*), *n* the
/// pieces of evidence (see `ActorGraph.snapshot(at:window:)`). That rule makes a fact
/// cited by one more document weigh more, and a fact cited less often in a later year
/// weigh less, though nothing happened. Measures use the **world weight**, the mean
/// weight alone, unless citations are asked to count (`--count-citations`).
///
///     let s = CitationWeight.worldWeighted(graph.snapshot(at: date), graph: graph)
public enum CitationWeight {
  /// The pieces of evidence the rule counted for `edge`: each merged relation's evidence, at least one each.
  ///
  /// Without the graph, the larger of the relation count and the distinct evidence (exact
  /// unless one relation without evidence is merged with one with several).
  public static func mentions(_ edge: SnapshotEdge, graph: ActorGraph?) -> Int {
    if let graph, edge.relationCount > 0, let n = edge.mentions(in: graph.relations) { return n }
    return max(1, edge.relationCount, edge.evidence.count)
  }

  /// The edge's weight without the evidence factor: the mean weight of its relations.
  public static func worldWeight(_ edge: SnapshotEdge, graph: ActorGraph?) -> Double {
    edge.weight / (1 + log(Double(mentions(edge, graph: graph))))
  }

  /// The index of a snapshot, its edges weighted by world weight (`countCitations` false) or
  /// by the snapshot's weight; the actors are `actors` when given (a superset of the
  /// snapshot's, sorted by id), else the snapshot's.
  ///
  /// - Complexity: O(*V* + *E*).
  public static func index(
    _ s: Snapshot, graph: ActorGraph?, countCitations: Bool = false, actors: [String]? = nil
  ) -> GraphIndex {
    let names = actors ?? s.actors.map(\.id.rawValue)
    var position: [String: Int32] = [:]
    for (i, a) in names.enumerated() { position[a] = Int32(i) }
    var kindIDs: [String: UInt16] = [:]
    let kindNames = s.vocabulary.ids
    for (i, k) in kindNames.enumerated() { kindIDs[k] = UInt16(i) }
    let edges = s.edges.filter { position[$0.source.rawValue] != nil && position[$0.target.rawValue] != nil }
    return GraphIndex(
      names: names, kindNames: kindNames,
      sources: edges.map { position[$0.source.rawValue] ?? 0 },
      targets: edges.map { position[$0.target.rawValue] ?? 0 },
      weights: edges.map { countCitations ? $0.weight : worldWeight($0, graph: graph) },
      signs: edges.map { Int8($0.sign) }, kinds: edges.map { kindIDs[$0.kind] ?? 0 },
      directed: edges.map { s.vocabulary[$0.kind]?.direction != .undirected })
  }
}
