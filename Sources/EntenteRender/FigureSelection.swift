import Entente

/// The actors a diagram of a large graph draws: the most connected ones.
///
/// A drawing of thousands of actors is unreadable and its SVG runs to tens of
/// megabytes. Above ``defaultLimit`` actors (in the union of the dates compared),
/// diagrams draw the `limit` actors with the most distinct neighbours over all the
/// dates (ties by id), and the relations among them; each diagram's title says what
/// was left out. The tables and exports keep every actor.
///
///     if let selection = FigureSelection.top(150, of: snapshots) {
///       let drawn = snapshots.map(selection.apply)
///     }
public struct FigureSelection: Sendable, Equatable {
  /// Diagrams draw at most this many actors unless told otherwise.
  public static let defaultLimit = 150

  /// The actors drawn.
  public let kept: Set<ActorID>
  /// The actors in the union of the snapshots.
  public let total: Int

  /// The selection for `snapshots`, or `nil` when they have at most `limit` actors.
  ///
  /// - Parameters:
  ///   - limit: The most actors drawn.
  ///   - snapshots: The snapshots drawn (one per date).
  /// - Returns: The `limit` actors with the most distinct neighbours over all snapshots.
  /// - Complexity: O(*E* + *V* log *V*) over the snapshots' edges and actors.
  public static func top(_ limit: Int, of snapshots: [Snapshot]) -> FigureSelection? {
    var neighbours: [ActorID: Set<ActorID>] = [:]
    for s in snapshots {
      for a in s.actors where neighbours[a.id] == nil { neighbours[a.id] = [] }
      for e in s.edges where e.source != e.target {
        neighbours[e.source, default: []].insert(e.target)
        neighbours[e.target, default: []].insert(e.source)
      }
    }
    guard neighbours.count > limit else { return nil }
    let ranked = neighbours.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    return FigureSelection(kept: Set(ranked.prefix(max(0, limit)).map(\.0)), total: neighbours.count)
  }

  /// The snapshot with only the kept actors and the edges among them.
  ///
  /// - Parameter s: A snapshot.
  /// - Returns: The trimmed snapshot.
  /// - Complexity: O(*V* + *E*).
  public func apply(_ s: Snapshot) -> Snapshot {
    Snapshot(
      date: s.date, window: s.window, actors: s.actors.filter { kept.contains($0.id) },
      edges: s.edges.filter { kept.contains($0.source) && kept.contains($0.target) }, vocabulary: s.vocabulary)
  }

  /// What a diagram of `s` leaves out, for its title: "150 of 1,998 actors with the most
  /// relations; 1,848 actors and 14,210 relations not drawn".
  ///
  /// The counts are the snapshot's own (the actors of that date, not of the union of the
  /// dates compared), so they match the year's heading in a report.
  ///
  /// - Parameter s: The untrimmed snapshot.
  /// - Returns: The note.
  /// - Complexity: O(*V* + *E*).
  public func note(for s: Snapshot) -> String {
    let drawn = s.actors.filter { kept.contains($0.id) }.count
    let actors = s.actors.count - drawn
    let edges = s.edges.filter { !kept.contains($0.source) || !kept.contains($0.target) }.count
    return
      "\(drawn) of \(s.actors.count) actors with the most relations; \(actors) actors and \(edges) relations not drawn, all in the tables"
  }
}
