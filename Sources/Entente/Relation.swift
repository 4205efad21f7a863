/// One stated relation between two actors: who, what kind, when, how sure, and from where.
///
///     Relation(source: "RUS", target: "ARM", kind: "arms_supply",
///              time: .event(try EntenteDate(parsing: "2020")),
///              evidence: [Provenance(document: "thread-2020", sentence: 10)])
public struct Relation: Sendable, Hashable, Codable {
  /// The acting side (supplier, member, imposer), or either side of an undirected kind.
  public var source: ActorID
  /// The side acted on, or the other side of an undirected kind.
  public var target: ActorID
  /// The id of a `RelationKind` in the graph's vocabulary.
  public var kind: String
  /// When the relation holds.
  public var time: RelationTime
  /// Whether a text states its start or its end in that time.
  public var phase: Phase
  /// Strength, greater than 0; 1 unless stated.
  public var weight: Double
  /// Confidence in 0...1; 1 for curated facts, lower for extracted or hedged ones.
  public var confidence: Double
  /// A free note: a public source for a background fact, a caveat.
  public var note: String?
  /// Where the relation is stated.
  public var evidence: [Provenance]

  /// Creates a relation.
  public init(
    source: ActorID, target: ActorID, kind: String, time: RelationTime, phase: Phase = .holds,
    weight: Double = 1, confidence: Double = 1, note: String? = nil, evidence: [Provenance] = []
  ) {
    self.source = source
    self.target = target
    self.kind = kind
    self.time = time
    self.phase = phase
    self.weight = weight
    self.confidence = confidence
    self.note = note
    self.evidence = evidence
  }
}

/// Whether a relation holds through a time, begins in it, or ends in it.
public enum Phase: String, Sendable, Hashable, Codable, CaseIterable {
  case holds, begins, ends
}

/// When a relation holds: a dated event, or a half-open interval.
public enum RelationTime: Sendable, Hashable, Codable {
  /// Something that happened within the period of a date (a war in 2020, a ceasefire in April 2016).
  case event(EntenteDate)
  /// A standing relation from the start of `since` up to the start of `until`
  /// (half-open; `nil` means it still holds).
  case interval(since: EntenteDate, until: EntenteDate?)

  /// The first day covered, as days since 1970-01-01.
  public var startDay: Int {
    switch self {
    case .event(let d): return d.startDay
    case .interval(let since, _): return since.startDay
    }
  }

  /// The day after the last day covered; `Int.max` for an open interval.
  public var endDay: Int {
    switch self {
    case .event(let d): return d.endDay
    case .interval(_, let until): return until?.startDay ?? Int.max
    }
  }
}
