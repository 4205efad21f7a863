import Entente
import EntenteExtraction
import Foundation

/// Reads the sentence a provenance entry cites from its document, and says whether the
/// document still matches the hash stored at extraction.
public struct EvidenceReader: Sendable {
  /// What a citation reads as now.
  public enum Reading: Sendable, Equatable {
    /// The sentence, unchanged since extraction (or with no stored hash).
    case sentence(String)
    /// The sentence now found, which no longer matches the stored hash.
    case changed(String)
    /// The document or the sentence is not there.
    case missing(String)
  }

  private var sentences: [String: [Sentence]] = [:]

  /// Reads the graph's documents from `folder` (by file name) or from their paths
  /// relative to `graphPath`'s folder.
  public init(graph: ActorGraph, folder: String?, graphPath: String) {
    for d in graph.documents {
      guard let path = d.path else { continue }
      let candidates = [
        folder.map { PathText.join($0, PathText.lastComponent(path)) },
        PathText.join(PathText.folder(of: graphPath), path),
      ].compactMap { $0 }
      for c in candidates {
        if let text = try? String(contentsOfFile: c, encoding: .utf8) {
          // Sentences are numbered after YAML front matter and header lines, as extraction reads them.
          sentences[d.id] = SentenceSplitter().split(DocumentHeader.body(of: String(FrontMatter(text).body)))
          break
        }
      }
    }
  }

  /// Whether any document was found.
  public var isEmpty: Bool { sentences.isEmpty }

  /// The cited sentence.
  public func read(_ p: Provenance) -> Reading {
    guard let list = sentences[p.document] else { return .missing("document \(p.document) not found") }
    guard let s = list.first(where: { $0.index == p.sentence }) else {
      return .missing("sentence \(p.sentence) not in \(p.document)")
    }
    if let hash = p.sha256, hash != Evidence.sha256(s.text) { return .changed(s.text) }
    return .sentence(s.text)
  }
}
