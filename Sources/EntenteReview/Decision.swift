import Entente

/// A reviewer's decision on an extracted candidate, or a relation the reviewer added.
public struct Decision: Sendable, Hashable {
  /// What was decided.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// The candidate is right as extracted; it is in the curated graph.
    case accepted
    /// The candidate is wrong; it is never proposed again for this sentence.
    case rejected
    /// The candidate was corrected; the corrected relation is in the curated graph.
    case edited
    /// A relation the extractor missed, added from its sentence; it is in the curated graph.
    case added
  }

  /// The relation as decided: for `edited` the correction, for `added` the new relation.
  public struct Change: Sendable, Hashable {
    /// The source.
    public var source: ActorID
    /// The target.
    public var target: ActorID
    /// The kind.
    public var kind: String
    /// When.
    public var time: RelationTime
    /// Whether it starts, holds or ends.
    public var phase: Phase

    /// Creates a change.
    public init(source: ActorID, target: ActorID, kind: String, time: RelationTime, phase: Phase = .holds) {
      self.source = source
      self.target = target
      self.kind = kind
      self.time = time
      self.phase = phase
    }
  }

  /// The candidate (for `added`: the new relation's source, kind and target in its sentence).
  public var key: CandidateKey
  /// What was decided.
  public var status: Status
  /// The relation written to the graph when it differs from the candidate (`edited`, `added`).
  public var change: Change?
  /// The SHA-256 of the sentence's text, as evidence stores it.
  public var sentenceSHA256: String

  /// Creates a decision.
  public init(key: CandidateKey, status: Status, change: Change? = nil, sentenceSHA256: String) {
    self.key = key
    self.status = status
    self.change = change
    self.sentenceSHA256 = sentenceSHA256
  }

  /// Whether the decision puts a relation into the curated graph.
  public var writesRelation: Bool { status != .rejected }
}
