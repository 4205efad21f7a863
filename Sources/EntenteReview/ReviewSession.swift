import Entente
import EntenteExtraction

/// A review in progress: the corpus and its decisions, and the operations a reviewer performs.
///
///     let session = try ReviewSession(corpus: try ReviewCorpus.load(graph: "g.yaml", documents: docs))
///     try session.accept(candidate: 3, expecting: nil)
public struct ReviewSession: Sendable {
  /// The documents and candidates.
  public let corpus: ReviewCorpus
  /// The decisions.
  public let store: DecisionStore

  /// Opens the decisions of the corpus's graph.
  ///
  /// - Parameters:
  ///   - corpus: the documents and candidates.
  ///   - decisionsPath: the decisions file; nil for `GRAPH.decisions.yaml`.
  /// - Throws: `EntenteError` when the decisions file is malformed.
  public init(corpus: ReviewCorpus, decisionsPath: String? = nil) throws(EntenteError) {
    self.corpus = corpus
    store = try DecisionStore(graphPath: corpus.graphPath, graph: corpus.graph, decisionsPath: decisionsPath)
  }

  /// The decision on a candidate, if any.
  public func decision(_ candidate: ReviewCandidate, in decisions: [CandidateKey: Decision]) -> Decision? {
    decisions[candidate.key]
  }

  /// The decisions about a document that no longer apply because its file changed.
  ///
  /// Same file name, another SHA-256: they are kept and shown, never applied.
  public func flagged(_ document: ReviewDocument, in decisions: [CandidateKey: Decision]) -> [Decision] {
    decisions.values.filter { $0.key.file == document.file && $0.key.documentSHA256 != document.sha256 }
      .sorted { $0.key < $1.key }
  }

  /// The relations added by hand to a document (decisions `added` for its current text).
  public func added(_ document: ReviewDocument, in decisions: [CandidateKey: Decision]) -> [Decision] {
    decisions.values.filter {
      $0.status == .added && $0.key.file == document.file && $0.key.documentSHA256 == document.sha256
    }.sorted { $0.key < $1.key }
  }

  /// Whether the document's file changed on disk since the review read it.
  public func changedOnDisk(_ document: ReviewDocument) -> Bool {
    DocumentHash.sha256(path: document.source.document.path ?? document.file) != document.sha256
  }

  /// Accepts a candidate as extracted: its relation, with its evidence, goes into the graph.
  ///
  /// - Parameters:
  ///   - id: the candidate's id.
  ///   - expecting: the status the reviewer saw (nil: pending).
  /// - Returns: the outcome.
  /// - Throws: `EntenteError` for an unknown candidate, a changed document or a failed write.
  public func accept(candidate id: Int, expecting: Decision.Status?) throws(EntenteError) -> DecisionStore.Outcome {
    let c = try candidate(id)
    let r = c.relation
    return try write(
      c, status: .accepted,
      change: Decision.Change(source: r.source, target: r.target, kind: r.kind, time: .event(r.date), phase: r.phase),
      recordChange: false, expecting: expecting)
  }

  /// Rejects a candidate: it is never proposed again for this sentence.
  ///
  /// - Parameters:
  ///   - id: the candidate's id.
  ///   - expecting: the status the reviewer saw (nil: pending).
  /// - Returns: the outcome.
  /// - Throws: `EntenteError` for an unknown candidate, a changed document or a failed write.
  public func reject(candidate id: Int, expecting: Decision.Status?) throws(EntenteError) -> DecisionStore.Outcome {
    let c = try candidate(id)
    try checkUnchanged(corpus.documents[c.document])
    let d = Decision(
      key: c.key, status: .rejected, sentenceSHA256: c.relation.evidence.sha256 ?? "")
    return try store.record(d, expecting: expecting, relation: nil, document: nil)
  }

  /// Reopens a rejected candidate (it becomes pending again).
  ///
  /// - Parameter id: the candidate's id.
  /// - Returns: the outcome.
  /// - Throws: `EntenteError` for an unknown candidate or a failed write.
  public func reopen(candidate id: Int) throws(EntenteError) -> DecisionStore.Outcome {
    try store.remove(try candidate(id).key, expecting: .rejected)
  }

  /// Accepts a candidate with corrections (kind, direction, actors, time, phase).
  ///
  /// - Parameters:
  ///   - id: the candidate's id.
  ///   - change: the corrected relation.
  ///   - expecting: the status the reviewer saw (nil: pending).
  /// - Returns: the outcome.
  /// - Throws: `EntenteError` for an unknown candidate, a changed document, a relation that
  ///   does not fit the graph, or a failed write.
  public func edit(candidate id: Int, change: Decision.Change, expecting: Decision.Status?) throws(EntenteError)
    -> DecisionStore.Outcome
  {
    try write(try candidate(id), status: .edited, change: change, recordChange: true, expecting: expecting)
  }

  /// Adds a relation the extractor missed, with sentence `sentence` of document `document` as evidence.
  ///
  /// - Parameters:
  ///   - document: the document's position in the corpus.
  ///   - sentence: the sentence's index.
  ///   - change: the relation.
  /// - Returns: the outcome (`.stale` when the same relation was already added there).
  /// - Throws: `EntenteError` for an unknown document or sentence, a changed document, a
  ///   relation that does not fit the graph, or a failed write.
  public func add(document: Int, sentence: Int, change: Decision.Change) throws(EntenteError)
    -> DecisionStore.Outcome
  {
    guard corpus.documents.indices.contains(document) else {
      throw EntenteError(.invalidValue, "no document \(document); documents are numbered 0..<\(corpus.documents.count)")
    }
    let doc = corpus.documents[document]
    guard doc.sentences.indices.contains(sentence) else {
      throw EntenteError(
        .invalidValue, "\(doc.file) has no sentence \(sentence); its sentences are 0..<\(doc.sentences.count)")
    }
    try checkUnchanged(doc)
    let evidence = doc.provenance(sentence: sentence)
    let key = CandidateKey(
      file: doc.file, documentSHA256: doc.sha256, sentence: sentence, characters: evidence.characters ?? 0..<0,
      source: change.source, kind: change.kind, target: change.target)
    let d = Decision(key: key, status: .added, change: change, sentenceSHA256: evidence.sha256 ?? "")
    let relation = Relation(
      source: change.source, target: change.target, kind: change.kind, time: change.time, phase: change.phase,
      evidence: [evidence])
    if corpus.candidates[doc.candidates].contains(where: { $0.key == key }) {
      throw EntenteError(
        .invalidValue, "the extractor already proposes \(key.description); accept or edit that candidate instead")
    }
    return try store.record(d, expecting: nil, relation: relation, document: corpus.graphDocument(doc))
  }

  private func candidate(_ id: Int) throws(EntenteError) -> ReviewCandidate {
    guard corpus.candidates.indices.contains(id) else {
      throw EntenteError(.invalidValue, "no candidate \(id); candidates are numbered 0..<\(corpus.candidates.count)")
    }
    return corpus.candidates[id]
  }

  private func checkUnchanged(_ doc: ReviewDocument) throws(EntenteError) {
    if changedOnDisk(doc) {
      throw EntenteError(
        .invalidValue,
        "'\(doc.file)' changed on disk since the review read it; its sentences may have moved, so nothing is recorded: restart the review to extract it again"
      )
    }
  }

  private func write(
    _ c: ReviewCandidate, status: Decision.Status, change: Decision.Change, recordChange: Bool,
    expecting: Decision.Status?
  ) throws(EntenteError) -> DecisionStore.Outcome {
    let doc = corpus.documents[c.document]
    try checkUnchanged(doc)
    let evidence = doc.provenance(sentence: c.relation.evidence.sentence)
    let relation = Relation(
      source: change.source, target: change.target, kind: change.kind, time: change.time, phase: change.phase,
      evidence: [evidence])
    let d = Decision(
      key: c.key, status: status, change: recordChange ? change : nil, sentenceSHA256: evidence.sha256 ?? "")
    return try store.record(d, expecting: expecting, relation: relation, document: corpus.graphDocument(doc))
  }
}
