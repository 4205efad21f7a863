import Entente

/// What a decision is about: a relation stated in one sentence of one version of a document.
///
/// The document is named by its file name and the SHA-256 of its bytes, so a decision never
/// applies to another text: when the file changes, its decisions stay in the decisions file,
/// flagged, until the sentence is found again by a reviewer.
public struct CandidateKey: Sendable, Hashable, Comparable {
  /// The document's file name (the last path component).
  public var file: String
  /// The SHA-256 of the document file's bytes, 64 lower-case hex digits.
  public var documentSHA256: String
  /// The sentence's index, numbered as `entente sentences` and evidence number them.
  public var sentence: Int
  /// The sentence's range of Unicode scalars in the file.
  public var characters: Range<Int>
  /// The relation's source.
  public var source: ActorID
  /// The relation's kind.
  public var kind: String
  /// The relation's target.
  public var target: ActorID

  /// Creates a key.
  public init(
    file: String, documentSHA256: String, sentence: Int, characters: Range<Int>, source: ActorID, kind: String,
    target: ActorID
  ) {
    self.file = file
    self.documentSHA256 = documentSHA256
    self.sentence = sentence
    self.characters = characters
    self.source = source
    self.kind = kind
    self.target = target
  }

  /// Hashes the short fields only (not the 64-digit document hash), so lookups over tens of
  /// thousands of candidates stay cheap; equality still compares every field.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(sentence)
    hasher.combine(characters.lowerBound)
    hasher.combine(source)
    hasher.combine(kind)
    hasher.combine(target)
  }

  /// Orders keys by file, document hash, sentence, then relation, the order of the decisions file.
  public static func < (a: CandidateKey, b: CandidateKey) -> Bool {
    if (a.file, a.documentSHA256, a.sentence) != (b.file, b.documentSHA256, b.sentence) {
      return (a.file, a.documentSHA256, a.sentence) < (b.file, b.documentSHA256, b.sentence)
    }
    return (a.characters.lowerBound, a.source.rawValue, a.kind, a.target.rawValue)
      < (b.characters.lowerBound, b.source.rawValue, b.kind, b.target.rawValue)
  }

  /// `file#sentence source kind target`, for messages.
  public var description: String { "\(file)#\(sentence) \(source) \(kind) \(target)" }
}
