import Entente
import EntenteExtraction
import Foundation

/// The documents of a review, their sentences and the candidates the extractor proposes,
/// with the curated graph they go into.
///
/// Built once when a review starts; the decisions live in a `DecisionStore`.
public struct ReviewCorpus: Sendable {
  /// The curated graph file's path.
  public let graphPath: String
  /// The curated graph as read when the review started (with its includes).
  public let graph: ActorGraph
  /// The documents, in the order given.
  public let documents: [ReviewDocument]
  /// Every candidate, document by document, in sentence order.
  public let candidates: [ReviewCandidate]
  /// The actor names and forms used for extraction and highlighting.
  public let gazetteer: Gazetteer
  /// Finds actor mentions in a sentence, for highlighting.
  public let matcher: ActorMatcher
  /// The relation kinds.
  public let vocabulary: RelationVocabulary
  /// Per relation kind, the word stems of its patterns' head lemmas (for highlighting triggers).
  let triggerStems: [String: [String]]

  /// Reads the curated graph and the documents and extracts the candidates.
  ///
  /// - Parameters:
  ///   - graph: the curated graph file.
  ///   - documents: the document files.
  ///   - manifest: a manifest dating the documents, if any.
  ///   - date: the date of documents nothing else dates.
  ///   - lexicon: pattern files extending the built-in patterns.
  /// - Returns: the corpus.
  /// - Throws: `EntenteError` from reading the graph, the documents or the patterns.
  public static func load(
    graph: String, documents: [String], manifest: String? = nil, date: EntenteDate? = nil, lexicon: [String] = []
  ) throws(EntenteError) -> ReviewCorpus {
    let curated = try GraphFileReader().read(path: graph)
    let sources = try DocumentSource.load(paths: documents, manifest: manifest, date: date)
    let gazetteer = try Gazetteer.standard(extendedWith: curated)
    let vocabulary = try RelationVocabulary.standard()
    var table = try PatternTable.standard(vocabulary: vocabulary)
    for file in lexicon { try table.read(path: file, vocabulary: vocabulary) }
    let extractor = try RelationExtractor(gazetteer: gazetteer, patterns: table)
    return ReviewCorpus(
      graphPath: graph, graph: curated, sources: sources, gazetteer: gazetteer, patterns: table,
      candidates: sources.map { extractor.extract($0) })
  }

  /// Builds a corpus from documents already read and their candidates (one list per document).
  ///
  /// - Parameters:
  ///   - graphPath: the curated graph file's path.
  ///   - graph: the curated graph.
  ///   - sources: the documents.
  ///   - gazetteer: the gazetteer the candidates were extracted with.
  ///   - patterns: the pattern table (for highlighting triggers).
  ///   - candidates: the candidates of each document, in the documents' order.
  /// - Complexity: O(*n*) in the documents' total length.
  public init(
    graphPath: String, graph: ActorGraph, sources: [DocumentSource], gazetteer: Gazetteer, patterns: PatternTable,
    candidates: [[CandidateRelation]]
  ) {
    self.graphPath = graphPath
    self.graph = graph
    self.gazetteer = gazetteer
    matcher = ActorMatcher(gazetteer: gazetteer)
    vocabulary = graph.vocabulary
    var stems: [String: Set<String>] = [:]
    for p in patterns.patterns {
      guard let head = p.lemmas.first else { continue }
      stems[p.kind, default: []].insert(Self.stem(head.lowercased()))
    }
    triggerStems = stems.mapValues { $0.sorted() }
    let folder = PathText.folder(of: graphPath)
    var byPath: [String: Document] = [:]
    for d in graph.documents {
      guard let p = d.path else { continue }
      byPath[Self.canonical(p.hasPrefix("/") ? p : PathText.join(folder, p))] = d
    }
    var usedIDs = Set(graph.documents.map(\.id))
    var docs: [ReviewDocument] = []
    var all: [ReviewCandidate] = []
    for (i, s) in sources.enumerated() {
      let path = s.document.path ?? s.document.id
      let file = PathText.lastComponent(path)
      let sha = DocumentHash.sha256(path: path) ?? Evidence.sha256(s.text)
      var id = s.document.id
      let listed = byPath[Self.canonical(path)]
      if let listed {
        id = listed.id
      } else {
        while usedIDs.contains(id) { id += "_" }
        usedIDs.insert(id)
      }
      let start = all.count
      for c in i < candidates.count ? candidates[i] : [] {
        let key = CandidateKey(
          file: file, documentSHA256: sha, sentence: c.evidence.sentence, characters: c.evidence.characters ?? 0..<0,
          source: c.source, kind: c.kind, target: c.target)
        all.append(ReviewCandidate(id: all.count, document: i, relation: c, key: key))
      }
      docs.append(
        ReviewDocument(
          index: i, source: s, file: file, sha256: sha, sentences: SentenceSplitter().split(s.text), graphID: id,
          inGraph: listed != nil, candidates: start..<all.count, fileStamp: FileLock.stamp(path)))
    }
    documents = docs
    self.candidates = all
  }

  /// A word stem for matching inflected triggers: the lemma without a final `e` or `y`.
  static func stem(_ lemma: String) -> String {
    if lemma.count > 3, lemma.hasSuffix("e") || lemma.hasSuffix("y") { return String(lemma.dropLast()) }
    return lemma
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The document's path relative to the curated graph's folder, as its `documents:` entry gives it.
  public func graphRelativePath(_ document: ReviewDocument) -> String {
    let path = document.source.document.path ?? document.file
    let a = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    let b = URL(fileURLWithPath: PathText.folder(of: graphPath).isEmpty ? "." : PathText.folder(of: graphPath))
      .standardizedFileURL.pathComponents
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    return (Array(repeating: "..", count: b.count - i) + a[i...]).joined(separator: "/")
  }

  /// The `documents:` entry the curated graph needs for `document` (its id, relative path and date).
  public func graphDocument(_ document: ReviewDocument) -> Document {
    Document(id: document.graphID, path: graphRelativePath(document), date: document.source.document.date)
  }

  /// Where the words of a candidate are in its sentence: the source's and target's mentions
  /// and the trigger words (stems of its kind's pattern words), in Unicode scalars from the sentence's start.
  ///
  /// - Complexity: O(*n*) in the sentence's length.
  public func highlights(_ candidate: ReviewCandidate) -> (
    source: [Range<Int>], target: [Range<Int>], trigger: [Range<Int>]
  ) {
    let doc = documents[candidate.document]
    let index = candidate.relation.evidence.sentence
    guard index < doc.sentences.count else { return ([], [], []) }
    let text = doc.sentences[index].text
    let mentions = matcher.mentions(in: text, at: doc.source.document.date)
    let source = mentions.filter { $0.actor == candidate.relation.source }.map(\.characters)
    let target = mentions.filter { $0.actor == candidate.relation.target }.map(\.characters)
    let stems = triggerStems[candidate.relation.kind] ?? []
    var trigger: [Range<Int>] = []
    for w in ActorMatcher.words(text) {
      let lower = w.text.lowercased()
      if stems.contains(where: { lower.hasPrefix($0) && lower.count <= $0.count + 4 }),
        !mentions.contains(where: { $0.characters.overlaps(w.characters) })
      {
        trigger.append(w.characters)
      }
    }
    return (source, target, trigger)
  }

  /// Why the extractor proposed a candidate, in words: whether both actors are named in the sentence.
  public func reason(_ candidate: ReviewCandidate) -> String {
    let h = highlights(candidate)
    switch (h.source.isEmpty, h.target.isEmpty) {
    case (false, false): return "both actors named in the sentence"
    case (true, false): return "source from the context (an earlier sentence)"
    case (false, true): return "target from the context (an earlier sentence)"
    case (true, true): return "both actors from the context"
    }
  }
}
