/// A sentence of a document: its index and where it is.
public struct Sentence: Sendable, Hashable {
  /// The index in the document, from 0.
  public let index: Int
  /// The range in Unicode scalars of the document's text (what provenance stores).
  public let characters: Range<Int>
  /// The range in UTF-8 bytes of the document's text.
  public let bytes: Range<Int>
  /// The sentence's text.
  public let text: String
}
