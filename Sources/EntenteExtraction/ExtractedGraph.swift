import Entente
import Foundation

/// The graph file `entente extract` writes: the documents (without titles), the actors the relations name and
/// the relations with their evidence, never the text.
///
/// With a curated graph of actors (`--graph`), the file includes it rather than copying its actors, so a curated
/// graph can include the extraction beside its own actors without defining them twice; every relation is still
/// checked against the full set of actors.
///
///     let extracted = try ExtractedGraph(documents: docs, relations: found, gazetteer: gazetteer,
///                                        including: .init(graph: actors, path: "graphs/actors.yaml"),
///                                        outputPath: "graphs/extracted/seeds.yaml")
///     try AtomicFile.write(extracted.yaml, to: "graphs/extracted/seeds.yaml")
public struct ExtractedGraph: Sendable {
  /// What `entente extract` writes.
  public enum Format: String, Sendable, CaseIterable {
    /// A graph file (`yaml`).
    case yaml
    /// One row per relation and document (`tsv`).
    case tsv
  }

  /// A curated graph the extraction includes, and its path as the user gave it.
  public struct Include: Sendable {
    /// The curated graph.
    public var graph: ActorGraph
    /// Its path.
    public var path: String

    /// Creates an include.
    public init(graph: ActorGraph, path: String) {
      self.graph = graph
      self.path = path
    }
  }

  /// The extracted graph, without the included graph's actors.
  public let graph: ActorGraph
  /// The included graph's path relative to the output's folder, when there is one.
  public let includes: [String]
  /// The comment at the top of the file.
  public let header: String

  /// Builds the graph of `relations` found in `documents`.
  ///
  /// Document paths and the include are written relative to the folder of `outputPath` (document paths stay
  /// as given when there is no output file). Actors come from the included graph, else from the gazetteer
  /// (its name and kind; an id it lacks becomes a state named by its id).
  ///
  /// - Throws: `EntenteError` when a relation does not fit its kind (direction, target kinds) or ids collide.
  /// - Complexity: O(*d* + *r* log *r*) for *d* documents and *r* relations.
  public init(
    documents: [DocumentSource], relations: [CandidateRelation], gazetteer: Gazetteer,
    including include: Include? = nil,
    outputPath: String? = nil
  ) throws(EntenteError) {
    let outputDir = outputPath.map { PathText.folder(of: $0) } ?? ""
    var header = "Relations extracted by entente extract; review before relying on them."
    if let include { header += "\nActors from \(include.path) (included) and the default gazetteer." }
    self.header = header
    includes = include.map { [Self.relativePath($0.path, from: outputDir)] } ?? []
    var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    for d in documents {
      var doc = d.document
      // Titles often repeat the document's own words; the graph cites, it does not copy.
      doc.title = nil
      if outputPath != nil, let p = doc.path { doc.path = Self.relativePath(p, from: outputDir) }
      try g.add(doc)
    }
    var needed = Set(relations.flatMap { [$0.source, $0.target] })
    if let include { needed = needed.filter { include.graph.actor($0) == nil } }
    for id in needed.sorted() {
      try g.add(Actor(id: id, name: gazetteer.names[id] ?? id.rawValue, kind: gazetteer.kinds[id] ?? .state))
    }
    // Checked against the full set of actors, then written without the included ones.
    var check: ActorGraph
    if let include { check = include.graph } else { check = ActorGraph(vocabulary: try RelationVocabulary.standard()) }
    for a in g.actors where check.actor(a.id) == nil { try check.add(a) }
    for d in g.documents where check.document(d.id) == nil { try check.add(d) }
    for r in relations {
      let relation = Relation(
        source: r.source, target: r.target, kind: r.kind, time: .event(r.date), phase: r.phase,
        confidence: r.confidence,
        evidence: [r.evidence])
      try check.add(relation)
      try g.add(relationUnchecked: relation)
    }
    graph = g
  }

  /// The graph file text, with the header and the include.
  public var yaml: String { GraphFileWriter(header: header, includes: includes).yaml(for: graph) }

  /// The TSV `entente extract --format tsv` writes: a header, then per relation its file, source, kind, target,
  /// year (the gold format's first five columns), phase, confidence and sentence index.
  ///
  /// - Complexity: O(*r*).
  public static func tsv(_ relations: [CandidateRelation]) -> String {
    var out = "document\tsource\tkind\ttarget\tyear\tphase\tconfidence\tsentence\n"
    for r in relations {
      out +=
        "\(r.file)\t\(r.source)\t\(r.kind)\t\(r.target)\t\(r.date.year)\t\(r.phase.rawValue)\t\(r.confidence)\t\(r.evidence.sentence)\n"
    }
    return out
  }

  /// `path` relative to the folder `dir` (the current folder when empty), through `..` where they part.
  static func relativePath(_ path: String, from dir: String) -> String {
    let a = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
    let b = URL(fileURLWithPath: dir.isEmpty ? "." : dir).standardizedFileURL.pathComponents
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    return (Array(repeating: "..", count: b.count - i) + a[i...]).joined(separator: "/")
  }
}
