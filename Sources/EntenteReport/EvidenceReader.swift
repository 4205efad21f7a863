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
  /// Why documents the graph names were not read (outside the admitted folders, not a
  /// regular file), one sentence each, in document order; the CLI prints them as warnings.
  public private(set) var refusals: [String] = []

  /// Reads the graph's documents from `folder` (by file name) or from their paths
  /// relative to `graphPath`'s folder.
  ///
  /// Only files inside `graphPath`'s folder tree or `folder`'s tree are read (symlinks
  /// resolved; see `PathPolicy`): a graph file's `path: /etc/passwd` or `../../secret` is
  /// never opened, and is listed in `refusals` by the path as written.
  public init(graph: ActorGraph, folder: String?, graphPath: String) {
    let policy = PathPolicy(graphFile: graphPath, folders: folder.map { [$0] } ?? [])
    for d in graph.documents {
      guard let path = d.path else { continue }
      let candidates = [
        folder.map { PathText.join($0, PathText.lastComponent(path)) },
        path.hasPrefix("/") ? path : PathText.join(PathText.folder(of: graphPath), path),
      ].compactMap { $0 }
      var refusal: PathPolicy.Refusal? = nil
      for c in candidates {
        let real: String
        do throws(PathPolicy.Refusal) { real = try policy.admit(c) } catch {
          if error != .missing { refusal = error }
          continue
        }
        if let text = try? String(contentsOfFile: real, encoding: .utf8) {
          // Sentences are numbered after YAML front matter and header lines, as extraction reads them.
          sentences[d.id] = SentenceSplitter().split(DocumentHeader.body(of: String(FrontMatter(text).body)))
          refusal = nil
          break
        }
      }
      if let refusal { refusals.append(policy.message(refusal, written: path, what: "document '\(d.id)' path")) }
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
