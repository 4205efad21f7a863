/// The graph as it stood in one period: the relations in force, merged into edges.
///
/// Made by `ActorGraph.snapshot(at:window:)`; the rules are in `Guides/Snapshots.md`
/// and on that method.
public struct Snapshot: Sendable, Equatable {
  /// The period the snapshot covers.
  public let date: EntenteDate
  /// How many years before `date` events are still counted (0: only events dated in it).
  public let window: Int
  /// The actors that take part in at least one edge, sorted by id.
  public let actors: [Actor]
  /// The edges, sorted by source, target and kind.
  public let edges: [SnapshotEdge]
  /// The vocabulary the edges' kinds come from.
  public let vocabulary: RelationVocabulary

  /// Creates a snapshot from its parts (what-if variants of a real one, tests).
  public init(date: EntenteDate, window: Int, actors: [Actor], edges: [SnapshotEdge], vocabulary: RelationVocabulary) {
    self.date = date
    self.window = window
    self.actors = actors
    self.edges = edges
    self.vocabulary = vocabulary
  }

  /// The edges of one kind.
  public func edges(ofKind kind: String) -> [SnapshotEdge] { edges.filter { $0.kind == kind } }

  /// The edges between two actors, in either direction.
  public func edges(between a: ActorID, and b: ActorID) -> [SnapshotEdge] {
    edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
  }

  /// Whether there is an edge of `kind` from `source` to `target` (either way for undirected kinds).
  public func contains(_ source: ActorID, _ kind: String, _ target: ActorID) -> Bool {
    let undirected = vocabulary[kind]?.direction == .undirected
    return edges.contains {
      $0.kind == kind
        && (($0.source == source && $0.target == target) || (undirected && $0.source == target && $0.target == source))
    }
  }

  /// The edge of `kind` from `source` to `target` (either way for undirected kinds).
  public func edge(_ source: ActorID, _ kind: String, _ target: ActorID) -> SnapshotEdge? {
    let undirected = vocabulary[kind]?.direction == .undirected
    return edges.first {
      $0.kind == kind
        && (($0.source == source && $0.target == target) || (undirected && $0.source == target && $0.target == source))
    }
  }
}

/// One edge of a snapshot: all relations of one kind between one pair of actors, merged.
public struct SnapshotEdge: Sendable, Hashable {
  /// The source (for an undirected kind, the smaller id).
  public let source: ActorID
  /// The target (for an undirected kind, the larger id).
  public let target: ActorID
  /// The relation kind.
  public let kind: String
  /// +1 or -1, from the kind.
  public let sign: Int
  /// Mean weight of the merged relations times (1 + ln *n*), *n* the pieces of evidence.
  public let weight: Double
  /// 1 − ∏(1 − cᵢ) over the merged relations (noisy-or).
  public let confidence: Double
  /// `ends` if a merged relation ends in the period, else `begins` if one begins in it, else `holds`.
  public let phase: Phase
  /// When `phase` is `ends` or `begins`: the date a merged relation ends (the latest
  /// `until` in the period, or the event's date) or begins (the earliest `since`).
  public let phaseDate: EntenteDate?
  /// How many relations were merged.
  public let relationCount: Int
  /// The union of the merged relations' evidence, sorted.
  public let evidence: [Provenance]
  /// The merged relations' notes, in graph order, without repeats.
  public let notes: [String]
  /// The indices in `ActorGraph.relations` of the merged relations.
  public let relationIndices: [Int]
}
