import Entente
import EntenteExtraction

/// Extracted candidates with earlier decisions applied: what is still pending, and counts.
///
/// A candidate is matched to a decision by its key (document SHA-256, sentence, range and
/// relation). Rejected candidates are dropped for good; accepted and edited ones are already in
/// the curated graph; the rest are pending. Decisions about a document whose file changed (same
/// name, another SHA-256) are never applied: they are counted as flagged.
public struct AppliedDecisions: Sendable {
  /// The candidates no decision covers, in their order.
  public var pending: [CandidateRelation] = []
  /// How many candidates were accepted, rejected and edited before.
  public var accepted = 0
  /// Rejected before.
  public var rejected = 0
  /// Edited before.
  public var edited = 0
  /// Decisions kept but not applied because their document changed.
  public var flagged: [Decision] = []

  /// Applies `decisions` to `candidates` of `documents`.
  ///
  /// - Complexity: O(*c* + *d*) for *c* candidates and *d* decisions, plus reading each document file once.
  public init(decisions: [Decision], candidates: [CandidateRelation], documents: [DocumentSource]) {
    var sha: [String: String] = [:]
    var files: [String: String] = [:]
    for d in documents {
      let path = d.document.path ?? d.document.id
      sha[d.document.id] = DocumentHash.sha256(path: path) ?? Evidence.sha256(d.text)
      files[PathText.lastComponent(path)] = sha[d.document.id]
    }
    var byKey: [CandidateKey: Decision] = [:]
    for d in decisions { byKey[d.key] = d }
    for c in candidates {
      let key = CandidateKey(
        file: c.file, documentSHA256: sha[c.document] ?? "", sentence: c.evidence.sentence,
        characters: c.evidence.characters ?? 0..<0, source: c.source, kind: c.kind, target: c.target)
      switch byKey[key]?.status {
      case .accepted?: accepted += 1
      case .rejected?: rejected += 1
      case .edited?: edited += 1
      case .added?, nil: pending.append(c)
      }
    }
    flagged = decisions.filter { d in files[d.key.file].map { $0 != d.key.documentSHA256 } ?? false }
      .sorted { $0.key < $1.key }
  }

  /// One line for the terminal: the counts.
  public var summary: String {
    var s =
      "\(pending.count) pending, \(accepted) accepted, \(edited) edited, \(rejected) rejected (accepted and edited ones are in the curated graph)"
    if !flagged.isEmpty {
      let files = Set(flagged.map(\.key.file)).sorted().joined(separator: ", ")
      s += "; \(flagged.count) decisions kept but not applied: their document changed (\(files))"
    }
    return s
  }
}
