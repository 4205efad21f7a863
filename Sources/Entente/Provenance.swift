/// Where a relation is stated: a sentence of a document.
///
/// The graph never stores the sentence itself. It stores the document's id,
/// the sentence's index, optionally its character range, and optionally a
/// SHA-256 of its text, so a report can read the evidence from the document
/// and say when the document has changed since.
public struct Provenance: Sendable, Hashable, Codable, Comparable {
  /// The id of a `Document` in the graph's document list.
  public var document: String
  /// The sentence's index in the document, from 0 in the order the splitter finds them.
  public var sentence: Int
  /// The sentence's range of Unicode scalar offsets in the document, when known.
  public var characters: Range<Int>?
  /// The SHA-256 of the evidence text as 64 lower-case hex digits, when known.
  public var sha256: String?

  /// Creates a provenance entry.
  public init(document: String, sentence: Int, characters: Range<Int>? = nil, sha256: String? = nil) {
    self.document = document
    self.sentence = sentence
    self.characters = characters
    self.sha256 = sha256
  }

  /// Orders citations by document, then sentence.
  public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
    (lhs.document, lhs.sentence, lhs.characters?.lowerBound ?? -1)
      < (rhs.document, rhs.sentence, rhs.characters?.lowerBound ?? -1)
  }

  /// `document#sentence`, the short citation used in tables and tooltips.
  public var citation: String { "\(document)#\(sentence)" }
}

/// A document the graph cites: its id, where it is, when it was written, its title.
public struct Document: Sendable, Hashable, Codable, Identifiable {
  /// A short id that provenance entries name.
  public var id: String
  /// The document's path, relative to the graph file that lists it.
  public var path: String?
  /// When the document was written.
  public var date: EntenteDate
  /// A title in the graph author's words.
  public var title: String?

  /// Creates a document entry.
  public init(id: String, path: String? = nil, date: EntenteDate, title: String? = nil) {
    self.id = id
    self.path = path
    self.date = date
    self.title = title
  }
}
