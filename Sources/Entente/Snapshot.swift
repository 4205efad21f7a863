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
  /// Whether `citations` is already the sorted union (else it is one relation's list, in its order).
  private let citationsSorted: Bool
  /// When `phase` is `ends` or `begins`: the date a merged relation ends (the latest
  /// `until` in the period, or the event's date) or begins (the earliest `since`).
  public let phaseDate: EntenteDate?
  /// The first merged relation's index in `ActorGraph.relations`.
  private let firstRelation: Int32
  /// How many relations were merged.
  public let relationCount: Int
  // Most edges merge one relation. Such an edge keeps that relation's evidence list itself
  // (shared with the graph, sorted on reading when it is not in order) and its index inline:
  // a sorted copy and an index array per edge were 12 MB of a 5,000-actor report's three snapshots.
  private let citations: [Provenance]
  /// The merged relations' notes, in graph order, without repeats.
  public let notes: [String]
  /// The indices of the merged relations after the first (empty when there is one).
  private let moreRelations: [Int]

  /// The union of the merged relations' evidence, sorted.
  public var evidence: [Provenance] { citationsSorted ? citations : Set(citations).sorted() }

  /// The indices in `ActorGraph.relations` of the merged relations.
  public var relationIndices: [Int] { relationCount == 0 ? [] : [Int(firstRelation)] + moreRelations }

  /// Creates an edge; `evidence` is either the sorted union of the relations' evidence or,
  /// when one relation is merged, that relation's own list (`evidenceSorted` false when it
  /// may be out of order or repeat a citation).
  init(
    source: ActorID, target: ActorID, kind: String, sign: Int, weight: Double, confidence: Double, phase: Phase,
    phaseDate: EntenteDate?, evidence: [Provenance], evidenceSorted: Bool, notes: [String], relationIndices: [Int]
  ) {
    (self.source, self.target, self.kind, self.sign) = (source, target, kind, sign)
    (self.weight, self.confidence, self.phase, self.phaseDate) = (weight, confidence, phase, phaseDate)
    (citations, citationsSorted, self.notes) = (evidence, evidenceSorted, notes)
    relationCount = relationIndices.count
    firstRelation = Int32(truncatingIfNeeded: relationIndices.first ?? 0)
    moreRelations = Array(relationIndices.dropFirst())
  }

  /// The evidence the edge's weight counts (each merged relation's, at least one each), read
  /// from `relations` without building the index list; nil when an index is not in it.
  ///
  /// - Parameter relations: The graph's relations (`ActorGraph.relations`).
  /// - Returns: The pieces of evidence, or nil.
  /// - Complexity: O(*k*) in the merged relations.
  package func mentions(in relations: [Relation]) -> Int? {
    guard relations.indices.contains(Int(firstRelation)), moreRelations.allSatisfy(relations.indices.contains)
    else { return nil }
    return moreRelations.reduce(max(1, relations[Int(firstRelation)].evidence.count)) {
      $0 + max(1, relations[$1].evidence.count)
    }
  }

  /// Whether two edges are the same in every public property.
  public static func == (l: SnapshotEdge, r: SnapshotEdge) -> Bool {
    l.source == r.source && l.target == r.target && l.kind == r.kind && l.sign == r.sign && l.weight == r.weight
      && l.confidence == r.confidence && l.phase == r.phase && l.phaseDate == r.phaseDate
      && l.relationCount == r.relationCount && l.firstRelation == r.firstRelation
      && l.moreRelations == r.moreRelations && l.notes == r.notes
      && (l.citationsSorted && r.citationsSorted ? l.citations == r.citations : l.evidence == r.evidence)
  }

  /// Hashes every public property.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(kind)
    hasher.combine(sign)
    hasher.combine(weight)
    hasher.combine(confidence)
    hasher.combine(phase)
    hasher.combine(phaseDate)
    hasher.combine(firstRelation)
    hasher.combine(moreRelations)
    hasher.combine(evidence)
    hasher.combine(notes)
  }
}
