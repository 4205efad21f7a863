import Entente

/// An actor named in a sentence.
public struct ActorMention: Sendable, Hashable {
  /// The actor.
  public let actor: ActorID
  /// How it was named.
  public let form: Gazetteer.FormKind
  /// The words' range in the sentence, in Unicode scalars from the sentence's start.
  public let characters: Range<Int>
  /// Index of the first and past-the-last word of the mention in the sentence's words.
  public let words: Range<Int>
  /// Whether the mention carries a possessive (`Turkey's`, `Russia’s`).
  public let possessive: Bool
}
