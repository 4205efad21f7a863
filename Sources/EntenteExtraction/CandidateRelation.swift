import Entente

/// A relation the extractor found, with its evidence.
public struct CandidateRelation: Sendable, Hashable {
  /// The document's id.
  public let document: String
  /// The document's file name (as gold files name documents).
  public let file: String
  /// The acting actor.
  public let source: ActorID
  /// The actor acted on.
  public let target: ActorID
  /// The relation kind.
  public let kind: String
  /// When: the year (or finer) stated in the sentence, else the document's date.
  public let date: EntenteDate
  /// Whether the sentence states a start or an end.
  public let phase: Phase
  /// Confidence in 0...1: lower when an argument came from the context.
  public let confidence: Double
  /// Where it is stated.
  public let evidence: Provenance
}
