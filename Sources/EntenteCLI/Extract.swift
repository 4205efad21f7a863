import ArgumentParser
import Entente
import EntenteExtraction

extension ExtractedGraph.Format: ExpressibleByArgument {}
extension EvaluationFormatter.Format: ExpressibleByArgument {}

/// Options extract and eval share.
struct DocumentOptions: ParsableArguments {
  @Argument(help: "Documents: plain text or Markdown.")
  var documents: [String]

  @Option(help: "A manifest dating the documents (file<TAB>date<TAB>title).")
  var manifest: String?

  @Option(help: "The date of documents the manifest and front matter do not date.", transform: dateArgument)
  var date: EntenteDate?

  @Option(help: "A graph file whose actors (aliases, spokespeople...) extend the default gazetteer.")
  var graph: String?

  /// The documents, the gazetteer (the default one extended by --graph) and the --graph file.
  func load() throws -> (docs: [DocumentSource], gazetteer: Gazetteer, curated: ExtractedGraph.Include?) {
    let curated = try graph.map { ExtractedGraph.Include(graph: try GraphFileReader().read(path: $0), path: $0) }
    let docs = try DocumentSource.load(paths: documents, manifest: manifest, date: date)
    return (docs, try Gazetteer.standard(extendedWith: curated?.graph), curated)
  }
}

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Propose relations from documents, each with the sentence it comes from.",
    discussion: """
      YAML (the default) is a graph file with the documents (id, path, date; no titles, which often repeat the \
      document's words), the actors named and the relations, each with its evidence (document, sentence, \
      character range, SHA-256), never the text. TSV has one row per relation and document: file, source, kind, \
      target, year (the gold format's first five columns), then phase, confidence and sentence.

      Examples:
        entente extract ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml -o graphs/extracted/seeds.yaml
        entente extract notes.md --date 2024-07 --format tsv
      """)

  @OptionGroup var input: DocumentOptions

  @Option(help: "Output format.")
  var format: ExtractedGraph.Format = .yaml

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  func run() throws {
    let (docs, gazetteer, curated) = try input.load()
    let extractor = try RelationExtractor(gazetteer: gazetteer)
    let found = docs.flatMap { extractor.extract($0) }
    switch format {
    case .tsv: try emit(ExtractedGraph.tsv(found), to: output)
    case .yaml:
      let graph = try ExtractedGraph(documents: docs, relations: found, gazetteer: gazetteer, including: curated, outputPath: output)
      try emit(graph.yaml, to: output)
    }
  }
}

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against a gold file: precision, recall and F1 per kind.",
    discussion: """
      The gold file has the columns of ../shared/gold/seeds.tsv (document, source, kind, target, year, phase, \
      core|optional, note). Core rows count toward recall; optional rows are neither required nor false \
      positives; alliance, hostility and tension match either way round; the year must match. Lists the misses \
      and the false positives with their sentences.

      Examples:
        entente eval --gold ../shared/gold/seeds.tsv --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml ../shared/seeds/*.txt
      """)

  @Option(help: "The gold file.")
  var gold: String

  @OptionGroup var input: DocumentOptions

  @Option(help: "Output format.")
  var format: EvaluationFormatter.Format = .text

  func run() throws {
    let (docs, gazetteer, _) = try input.load()
    let rows = try Evaluation.readGold(path: gold, vocabulary: try RelationVocabulary.standard(), gazetteer: gazetteer)
    let extractor = try RelationExtractor(gazetteer: gazetteer)
    let evaluation = Evaluation(gold: rows, predicted: docs.flatMap { extractor.extract($0) })
    try emit(EvaluationFormatter.format(evaluation, as: format, documents: docs), to: nil)
  }
}
