import ArgumentParser
import Entente
import EntenteExtraction
import Foundation

/// Options extract and eval share.
struct DocumentOptions: ParsableArguments {
  @Argument(help: "Documents: plain text or Markdown.")
  var documents: [String]

  @Option(help: "A manifest dating the documents (file<TAB>date<TAB>title).")
  var manifest: String?

  @Option(help: "The date of documents the manifest and front matter do not date.")
  var date: String?

  @Option(help: "A graph file whose actors (aliases, spokespeople...) extend the default gazetteer.")
  var graph: String?

  @Option(help: "A pattern file whose lines extend the built-in event patterns (the format of patterns.tsv; repeatable).")
  var lexicon: [String] = []

  /// The extractor: the default patterns and those of every --lexicon file.
  func extractor(_ gazetteer: Gazetteer) throws -> RelationExtractor {
    do {
      let vocabulary = try RelationVocabulary.standard()
      var table = try PatternTable.standard(vocabulary: vocabulary)
      for file in lexicon { try table.read(path: file, vocabulary: vocabulary) }
      return try RelationExtractor(gazetteer: gazetteer, patterns: table)
    } catch { throw fail(error) }
  }

  func load() throws -> (docs: [DocumentSource], gazetteer: Gazetteer, graph: ActorGraph?) {
    let g = try graph.map { try loadGraph($0) }
    let when = try date.map { try parseDate($0, option: "--date") }
    do {
      return (try DocumentSource.load(paths: documents, manifest: manifest, date: when), try Gazetteer.standard(extendedWith: g), g)
    } catch { throw fail(error) }
  }
}

enum ExtractFormat: String, ExpressibleByArgument {
  case yaml, tsv
}

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Propose relations from documents, each with the sentence it comes from.",
    discussion: """
      YAML (the default) is a graph file with the documents (id, path, date; no titles,
      which often repeat the document's words), the actors named and the relations,
      each with its evidence (document, sentence, character range, SHA-256), never the
      text. TSV has one row per relation and document: file, source, kind,
      target, year (the gold format's first five columns), then phase, confidence and
      sentence.

      Examples:
        entente extract ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml -o graphs/extracted/seeds.yaml
        entente extract notes.md --date 2024-07 --format tsv
        entente extract notes.md --date 2024-07 --lexicon my-patterns.tsv

      A --lexicon file has the lines of the built-in patterns.tsv (see the README):
      kind, lemmas, pos, agent role, patient role, thing class, phase, tab-separated,
      and '@class<TAB>lemma lemma ...' noun classes, for example
        trade<TAB>ship<TAB>verb<TAB>subj<TAB>to<TAB>produce<TAB>holds
        @produce<TAB>turnip beet
      """)

  @OptionGroup var input: DocumentOptions

  @Option(help: "Output format: yaml or tsv.")
  var format: ExtractFormat = .yaml

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func run() throws {
    let (docs, gazetteer, graph) = try input.load()
    let extractor = try input.extractor(gazetteer)
    let found = docs.map { extractor.extract($0) }
    switch format {
    case .tsv:
      var out = "document\tsource\tkind\ttarget\tyear\tphase\tconfidence\tsentence\n"
      for r in found.joined() { out += "\(r.file)\t\(r.source)\t\(r.kind)\t\(r.target)\t\(r.date.year)\t\(r.phase.rawValue)\t\(r.confidence)\t\(r.evidence.sentence)\n" }
      try emit(out, to: output)
    case .yaml:
      var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
      var header = "Relations extracted by entente extract; review before relying on them."
      let outputDir = output.map { ($0 as NSString).deletingLastPathComponent } ?? ""
      // With --graph, include it rather than copy its actors, so a curated graph can
      // include this file beside its own actors without defining them twice.
      let include = input.graph.map { relativePath($0, from: outputDir) }
      if let graph = input.graph { header += "\nActors from \(graph) (included) and the default gazetteer." }
      do throws(EntenteError) {
        for d in docs {
          var doc = d.document
          // Titles often repeat the document's own words; the graph cites, it does not copy.
          doc.title = nil
          if let output, let p = doc.path { doc.path = relativePath(p, from: (output as NSString).deletingLastPathComponent) }
          try g.add(doc)
        }
        var needed = Set(found.joined().flatMap { [$0.source, $0.target] })
        if let graph { needed = needed.filter { graph.actor($0) == nil } }
        for id in needed.sorted() {
          try g.add(Actor(id: id, name: gazetteer.names[id] ?? id.rawValue, kind: gazetteer.kinds[id] ?? .state))
        }
        // Checked against the full set of actors, then written without the included ones.
        var check: ActorGraph
        if let graph { check = graph } else { check = ActorGraph(vocabulary: try RelationVocabulary.standard()) }
        for a in g.actors where check.actor(a.id) == nil { try check.add(a) }
        for d in g.documents where check.document(d.id) == nil { try check.add(d) }
        for r in found.joined() {
          let relation = Relation(source: r.source, target: r.target, kind: r.kind, time: .event(r.date), phase: r.phase, confidence: r.confidence, evidence: [r.evidence])
          try check.add(relation)
          try g.add(relationUnchecked: relation)
        }
      } catch { throw fail(error) }
      var yaml = GraphFileWriter(header: header).yaml(for: g)
      if let include { yaml = yaml.replacingOccurrences(of: "entente: 1\n", with: "entente: 1\ninclude: [\(include)]\n") }
      try emit(yaml, to: output)
    }
  }

  func relativePath(_ path: String, from dir: String) -> String {
    let a = URL(fileURLWithPath: path).standardizedFileURL.pathComponents, b = URL(fileURLWithPath: dir.isEmpty ? "." : dir).standardizedFileURL.pathComponents
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    return (Array(repeating: "..", count: b.count - i) + a[i...]).joined(separator: "/")
  }
}

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against a gold file: precision, recall and F1 per kind.",
    discussion: """
      The gold file has the columns of ../shared/gold/seeds.tsv (document, source, kind,
      target, year, phase, core|optional, note). Core rows count toward recall; optional
      rows are neither required nor false positives; alliance, hostility and tension
      match either way round; the year must match. Lists the misses and the false
      positives with their sentences.

      Examples:
        entente eval --gold ../shared/gold/seeds.tsv --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml ../shared/seeds/*.txt
      """)

  @Option(help: "The gold file.")
  var gold: String

  @OptionGroup var input: DocumentOptions

  @Option(help: "Output format: text or json.")
  var format: String = "text"

  func run() throws {
    let (docs, gazetteer, _) = try input.load()
    let vocabulary = try RelationVocabulary.standard()
    let rows: [Evaluation.GoldRow]
    let extractor: RelationExtractor
    do {
      rows = try Evaluation.readGold(path: gold, vocabulary: vocabulary, gazetteer: gazetteer)
    } catch { throw fail(error) }
    extractor = try input.extractor(gazetteer)
    let found = docs.flatMap { extractor.extract($0) }
    let e = Evaluation(gold: rows, predicted: found)
    let texts = Dictionary(uniqueKeysWithValues: docs.map { ($0.document.id, SentenceSplitter().split($0.text)) })
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    if format == "json" {
      var kinds: [String] = []
      for (k, s) in e.byKind.sorted(by: { $0.key < $1.key }) {
        kinds.append("\"\(k)\": {\"precision\": \(f(s.precision)), \"recall\": \(f(s.recall)), \"f1\": \(f(s.f1)), \"tp\": \(s.truePositives), \"fp\": \(s.falsePositives), \"core\": \(s.coreTotal), \"core_found\": \(s.coreFound)}")
      }
      print("{\"precision\": \(f(e.overall.precision)), \"recall\": \(f(e.overall.recall)), \"f1\": \(f(e.overall.f1)), \"by_kind\": {\(kinds.joined(separator: ", "))}, \"misses\": \(e.misses.count), \"false_positives\": \(e.falsePositives.count)}")
      return
    }
    print("overall: precision \(f(e.overall.precision)), recall \(f(e.overall.recall)) of core rows, F1 \(f(e.overall.f1)) (\(e.overall.truePositives) true, \(e.overall.falsePositives) false positives; \(e.overall.coreFound) of \(e.overall.coreTotal) core rows)")
    for (k, s) in e.byKind.sorted(by: { $0.key < $1.key }) {
      print("  \(k.padding(toLength: 12, withPad: " ", startingAt: 0)) precision \(f(s.precision))  recall \(f(s.recall))  F1 \(f(s.f1))  (\(s.truePositives) tp, \(s.falsePositives) fp, \(s.coreFound)/\(s.coreTotal) core)")
    }
    print("misses:")
    for m in e.misses { print("  \(m.file) \(m.source) \(m.kind) \(m.target) \(m.year) (gold line \(m.line))") }
    print("false positives:")
    for p in e.falsePositives {
      let sentence = texts[p.document]?.first { $0.index == p.evidence.sentence }?.text ?? ""
      print("  \(p.file)#\(p.evidence.sentence) \(p.source) \(p.kind) \(p.target) \(p.date.year): \(sentence.prefix(100))")
    }
  }
}
