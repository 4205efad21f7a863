import Entente
import EntenteExtraction

/// A document under review: its text, sentences, hash and its id in the curated graph.
public struct ReviewDocument: Sendable {
  /// Its position in the corpus.
  public let index: Int
  /// The document as the extractor read it.
  public let source: DocumentSource
  /// The file name (the last path component).
  public let file: String
  /// The SHA-256 of the file's bytes when it was read.
  public let sha256: String
  /// The sentences, numbered as evidence numbers them (ranges relative to `source.text`).
  public let sentences: [Sentence]
  /// The id the curated graph gives it (its own id when the graph does not list it yet).
  public let graphID: String
  /// Whether the curated graph lists the document already.
  public let inGraph: Bool
  /// Its candidates' positions in the corpus's candidate list.
  public let candidates: Range<Int>
  /// The file's device, inode, size and modification time when it was read (a cheap "changed?" check).
  package let fileStamp: [Int]?

  /// The range of `sentence` in the file, in Unicode scalars (what evidence stores).
  public func fileCharacters(_ sentence: Sentence) -> Range<Int> {
    (sentence.characters.lowerBound + source.offset)..<(sentence.characters.upperBound + source.offset)
  }

  /// The provenance entry citing sentence `index`, with the curated graph's document id.
  public func provenance(sentence index: Int) -> Provenance {
    let s = sentences[index]
    return Provenance(
      document: graphID, sentence: index, characters: fileCharacters(s), sha256: Evidence.sha256(s.text))
  }
}

/// An extracted relation under review, with the key its decision is stored under.
public struct ReviewCandidate: Sendable {
  /// Its position in the corpus.
  public let id: Int
  /// The document's position in the corpus.
  public let document: Int
  /// The relation as extracted.
  public let relation: CandidateRelation
  /// The key of its decision.
  public let key: CandidateKey
}
