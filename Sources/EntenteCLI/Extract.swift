import ArgumentParser
import Entente
import EntenteExtraction
import EntenteReview
import Foundation

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

  /// Every file these options name: the documents, the manifest and the --graph file.
  var files: [String] { documents + lexicon + [manifest, graph].compactMap { $0 } }

  @Option(
    help: "A pattern file whose lines extend the built-in event patterns (the format of patterns.tsv; repeatable).")
  var lexicon: [String] = []

  @Flag(
    name: .customLong("no-tagger"),
    help: "Do not let the part-of-speech tagger settle pattern words that are ambiguous in context (for comparisons).")
  var noTagger = false

  @Flag(
    help:
      "Let a dependency parse fill the argument roles the word-window rules leave empty (experimental: no gain measured)."
  )
  var dependencyRoles = false

  /// The extractor: the default patterns and those of every --lexicon file.
  func extractor(_ gazetteer: Gazetteer) throws(EntenteError) -> RelationExtractor {
    let vocabulary = try RelationVocabulary.standard()
    var table = try PatternTable.standard(vocabulary: vocabulary)
    for file in lexicon { try table.read(path: file, vocabulary: vocabulary) }
    return try RelationExtractor(
      gazetteer: gazetteer, patterns: table, tagging: !noTagger, dependencyRoles: dependencyRoles)
  }

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
        entente extract ../shared/seeds/*.txt \\
            --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml \\
            -o graphs/extracted/seeds.yaml
        entente extract notes.md --date 2024-07 --format tsv
        entente extract notes.md --date 2024-07 --lexicon my-patterns.tsv
        entente extract docs/*.md --manifest docs/manifest.tsv --graph graphs/actors.yaml \\
            --decisions graphs/topic.decisions.yaml -o graphs/extracted/topic.yaml

      A --lexicon file has the lines of the built-in patterns.tsv (see Guides/Extraction.md):
      kind, lemmas, pos, agent role, patient role, thing class, phase, tab-separated,
      and '@class<TAB>lemma lemma ...' noun classes, for example
        trade<TAB>ship<TAB>verb<TAB>subj<TAB>to<TAB>produce<TAB>holds
        @produce<TAB>turnip beet
      """)

  @OptionGroup var input: DocumentOptions

  @Option(help: "Output format.")
  var format: ExtractedGraph.Format = .yaml

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(
    help:
      "A decisions file (GRAPH.decisions.yaml from entente review, accept, reject): write only the candidates no decision covers."
  )
  var decisions: String?

  func run() throws {
    let (docs, gazetteer, curated) = try input.load()
    let extractor = try input.extractor(gazetteer)
    var found = docs.flatMap { extractor.extract($0) }
    if let decisions {
      let applied = AppliedDecisions(
        decisions: try DecisionsFile.read(path: decisions), candidates: found, documents: docs)
      found = applied.pending
      FileHandle.standardError.write(Data(("entente: " + applied.summary + "\n").utf8))
    }
    switch format {
    case .tsv: try emit(ExtractedGraph.tsv(found), to: output, inputs: input.files)
    case .yaml:
      let graph = try ExtractedGraph(
        documents: docs, relations: found, gazetteer: gazetteer, including: curated, outputPath: output)
      try emit(graph.yaml, to: output, inputs: input.files)
    }
  }
}

struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score extraction against a gold file: precision, recall and F1 per kind, and the errors by class.",
    discussion: """
      The gold file has the columns of ../shared/gold/seeds.tsv (document, source, kind, target, year, phase, \
      core|optional, note). Core rows count toward recall; optional rows are neither required nor false \
      positives; alliance, hostility and tension match either way round; the year must match unless --no-year. \
      Predictions and gold rows of the --neutral kinds count neither way.

      Each miss gets exactly one class: missing actor (an id the gazetteer lacks, or an actor the document never \
      names), mode (found once the negation, hedge or condition words are blanked out: read as negated or \
      hypothetical), wrong direction, wrong kind or wrong year (a prediction in the same document that comes that \
      close), or no pattern. Each false positive gets exactly one: wrong direction, wrong kind, wrong year, mode \
      (its sentence is negated, hedged or conditional, which gold files never annotate; or, with --phase, the \
      opposite phase) or not in gold. Lists the misses and the false positives, with their sentences and classes.

      Examples:
        entente eval --gold ../shared/gold/seeds.tsv \\
            --manifest ../shared/seeds/manifest.tsv --graph graphs/actors.yaml \\
            ../shared/seeds/*.txt
        entente eval --allow-unknown --gold ../shared/dev/gold.tsv \\
            --manifest ../shared/dev/manifest.tsv ../shared/dev/docs/*.txt
      """)

  @Option(help: "The gold file.")
  var gold: String

  @OptionGroup var input: DocumentOptions

  @Option(
    help: "Comma-separated relation kinds whose predictions and gold rows count neither way.",
    transform: kindListArgument)
  var neutral: [String] = []

  @Flag(help: "Match relations without regard to the year.")
  var noYear = false

  @Flag(help: "Gold actor ids the gazetteer lacks become misses (with a warning) instead of an error.")
  var allowUnknown = false

  @Flag(help: "Require the phase to agree: 'ends' matches only 'ends' (a wrong phase is a mode error).")
  var phase = false

  @Option(help: "Output format.")
  var format: EvaluationFormatter.Format = .text

  func run() throws {
    let (docs, gazetteer, _) = try input.load()
    let rows = try Evaluation.readGold(
      path: gold, vocabulary: try RelationVocabulary.standard(), gazetteer: gazetteer, allowUnknown: allowUnknown)
    for u in Evaluation.unknownActors(in: rows) {
      warn(
        "\(gold):\(u.lines[0]):1: unknown actor id '\(u.id)' (\(u.lines.count == 1 ? "1 row" : "\(u.lines.count) rows")); its core rows count as misses"
      )
    }
    let extractor = try input.extractor(gazetteer)
    let predicted = docs.flatMap { extractor.extract($0) }
    let evaluation = Evaluation(
      gold: rows, predicted: predicted,
      options: .init(neutralKinds: Set(neutral), ignoreYear: noYear, matchPhase: phase),
      mentioned: Evaluation.mentions(in: docs, gazetteer: gazetteer),
      dropped: Evaluation.droppedByMode(documents: docs, extractor: extractor, predicted: predicted),
      documents: docs)
    try emit(EvaluationFormatter.format(evaluation, as: format, documents: docs), to: nil)
  }
}

/// Reads a comma-separated list of relation kind ids of the standard vocabulary; an unknown one is a usage error.
func kindListArgument(_ text: String) throws -> [String] {
  let vocabulary = try checkOption { () throws(EntenteError) in try RelationVocabulary.standard() }
  let kinds = text.split(separator: ",").map(String.init)
  if let bad = kinds.first(where: { vocabulary[$0] == nil }) {
    throw ValidationError("unknown relation kind '\(bad)'; kinds: \(vocabulary.ids.joined(separator: ", "))")
  }
  return kinds
}
