import ArgumentParser
import Entente
import EntenteExtraction
import EntenteReview
import EntenteReviewOptions
import Foundation

struct Sentences: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a document's numbered sentences with their character ranges, as evidence cites them.",
    discussion: """
      One line per sentence: the index evidence uses (from 0), the range of Unicode scalars in the file \
      (START-END, what evidence 'chars' hold), and the text (tabs and line breaks as spaces). Front matter and \
      header lines (Date:, Title:...) are not sentences but count in the ranges.

      Examples:
        entente sentences ../shared/seeds/001_e5e323372f6912d6.txt
        entente sentences docs/note.md | grep -i ceasefire
      """)

  @Argument(help: "A document: plain text or Markdown.")
  var document: String

  func run() throws {
    // The date does not change the sentences; a fixed one spares undated documents an error.
    let docs = try DocumentSource.load(paths: [document], date: try EntenteDate(year: 2000))
    try emit(SentenceListing.text(docs[0]), to: nil)
  }
}

/// What accept and reject share: the graph, the document and the candidate.
struct CandidateOptions: ParsableArguments {
  @Argument(help: "The curated graph file the decisions belong to.")
  var graph: String

  @Argument(help: "The document.")
  var document: String

  @Argument(help: "The sentence's index (as `entente sentences` prints it).")
  var sentence: Int

  @Argument(help: "The candidate's source actor id.")
  var source: String

  @Argument(help: "The candidate's relation kind.")
  var kind: String

  @Argument(help: "The candidate's target actor id.")
  var target: String

  @Option(help: "The decisions file (default: GRAPH.decisions.yaml beside the graph).")
  var decisions: String?

  @Option(help: "A manifest dating the document (file<TAB>date<TAB>title).")
  var manifest: String?

  @Option(help: "The document's date when the manifest and front matter do not give one.", transform: dateArgument)
  var date: EntenteDate?

  /// The session over the one document, and the candidate's id (nil when the extractor does not propose it).
  func open() throws -> (ReviewSession, Int?) {
    let corpus = try ReviewCorpus.load(graph: graph, documents: [document], manifest: manifest, date: date)
    let session = try ReviewSession(corpus: corpus, decisionsPath: decisions)
    let id = corpus.candidates.first {
      $0.key.sentence == sentence && $0.key.source.rawValue == source && $0.key.kind == kind
        && $0.key.target.rawValue == target
    }?.id
    return (session, id)
  }

  /// The candidates of the sentence, for a message.
  func others(_ session: ReviewSession) -> String {
    let list = session.corpus.candidates.filter { $0.key.sentence == sentence }
      .map { "\($0.key.source) \($0.key.kind) \($0.key.target)" }
    return list.isEmpty ? "the extractor proposes nothing there" : "candidates there: " + list.joined(separator: "; ")
  }
}

/// Prints the outcome of a write; a stale one is an error.
func report(_ outcome: DecisionStore.Outcome, _ what: String) throws {
  switch outcome {
  case .saved: print(what)
  case .stale(let current):
    throw EntenteError(
      .invalidValue, "not recorded: the candidate is already \(current?.rawValue ?? "pending") in the decisions file")
  }
}

struct Accept: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Accept an extracted candidate (or correct it, or add a missed relation) into the curated graph.",
    discussion: """
      The relation goes into GRAPH in place (comments, include: and order kept; the document is added to \
      documents: when missing) with the sentence as evidence, and the decision into the decisions file, keyed by \
      the document's SHA-256, the sentence and the relation. With --to-* or a time option the candidate is \
      recorded as edited; with --add, a relation the extractor missed is added.

      Examples:
        entente accept graphs/seeds.yaml ../shared/seeds/000_9eb350045aa27381.txt 11 PRK arms_supply RUS \\
            --manifest ../shared/seeds/manifest.tsv
        entente accept graphs/seeds.yaml notes.md 4 RUS support ARM --date 2024-07 --at 2019 --phase begins
        entente accept graphs/seeds.yaml notes.md 6 FRA mediation ARM --date 2024-07 --add --at 2024-05
      """)

  @OptionGroup var candidate: CandidateOptions

  @Option(help: "Corrected source actor.")
  var toSource: String?
  @Option(help: "Corrected target actor.")
  var toTarget: String?
  @Option(help: "Corrected kind.")
  var toKind: String?
  @Option(help: "Corrected date of an event.", transform: dateArgument)
  var at: EntenteDate?
  @Option(help: "Corrected start of an interval.", transform: dateArgument)
  var since: EntenteDate?
  @Option(help: "Corrected end of an interval (with --since).", transform: dateArgument)
  var until: EntenteDate?
  @Option(help: "Corrected phase: holds, begins or ends.")
  var phase: String?
  @Flag(help: "Add SOURCE KIND TARGET as a relation the extractor missed (needs --at or --since).")
  var add = false

  func validate() throws {
    if at != nil && since != nil { throw ValidationError("give --at or --since, not both") }
    if until != nil && since == nil { throw ValidationError("--until needs --since") }
    if let phase, Phase(rawValue: phase) == nil { throw ValidationError("--phase is holds, begins or ends") }
    if add && at == nil && since == nil { throw ValidationError("--add needs --at DATE or --since DATE") }
  }

  func run() throws {
    let (session, id) = try candidate.open()
    let c = candidate
    if add {
      guard let time = at.map({ RelationTime.event($0) }) ?? since.map({ .interval(since: $0, until: until) }) else {
        throw ValidationError("--add needs --at DATE or --since DATE")
      }
      let change = Decision.Change(
        source: ActorID(c.source), target: ActorID(c.target), kind: c.kind, time: time,
        phase: phase.flatMap(Phase.init) ?? .holds)
      try report(
        session.add(document: 0, sentence: c.sentence, change: change),
        "added \(c.source) \(c.kind) \(c.target) to \(c.graph)")
      return
    }
    guard let id else {
      throw EntenteError(
        .invalidValue,
        "no candidate \(c.source) \(c.kind) \(c.target) in sentence \(c.sentence) of '\(c.document)'; \(c.others(session)); use --add for a relation the extractor missed"
      )
    }
    let current = try session.store.decisions()[session.corpus.candidates[id].key]?.status
    if current != nil { throw EntenteError(.invalidValue, "the candidate is already \(current?.rawValue ?? "")") }
    let edited = toSource != nil || toTarget != nil || toKind != nil || at != nil || since != nil || phase != nil
    if edited {
      let r = session.corpus.candidates[id].relation
      let time: RelationTime =
        if let at { .event(at) } else if let since { .interval(since: since, until: until) } else { .event(r.date) }
      let change = Decision.Change(
        source: toSource.map { ActorID($0) } ?? r.source, target: toTarget.map { ActorID($0) } ?? r.target,
        kind: toKind ?? r.kind, time: time, phase: phase.flatMap(Phase.init) ?? r.phase)
      try report(session.edit(candidate: id, change: change, expecting: nil), "edited into \(c.graph)")
    } else {
      try report(session.accept(candidate: id, expecting: nil), "accepted into \(c.graph)")
    }
  }
}

struct Reject: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Reject an extracted candidate: later extractions with --decisions never propose it again.",
    discussion: """
      Examples:
        entente reject graphs/seeds.yaml ../shared/seeds/000_9eb350045aa27381.txt 25 CHN tension RUS \\
            --manifest ../shared/seeds/manifest.tsv
      """)

  @OptionGroup var candidate: CandidateOptions

  func run() throws {
    let (session, id) = try candidate.open()
    let c = candidate
    guard let id else {
      throw EntenteError(
        .invalidValue,
        "no candidate \(c.source) \(c.kind) \(c.target) in sentence \(c.sentence) of '\(c.document)'; \(c.others(session))"
      )
    }
    try report(session.reject(candidate: id, expecting: nil), "rejected; recorded in \(session.store.decisionsPath)")
  }
}

struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Review extracted relations in a local web app: accept, reject, correct, add; see the graph.",
    discussion: """
      Starts a web server on 127.0.0.1 only and prints its address with a random session token; open it in a \
      browser (nothing is opened for you). Stop it with Ctrl-C. Decisions go into GRAPH.decisions.yaml and \
      accepted relations into GRAPH (in place: comments, include: and order kept).

      The server is the separate executable entente-review, which this command runs when it is beside the \
      entente binary or on PATH (`swift build` builds both; `swift build --product entente-review` builds it \
      alone). Keeping it apart spares `entente` the web stack's long release build.

      Examples:
        entente review graphs/seeds.yaml ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.tsv
        entente review graphs/sahel.yaml docs/*.md --port 8765
      """)

  @OptionGroup var options: ReviewOptions

  func run() throws {
    try ReviewLauncher.exec(options.forwarded)
  }
}

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Start a new topic: graphs/ with a curated graph and an actors file, docs/ with a manifest, a README.",
    discussion: """
      Examples:
        entente init sahel
        cd sahel && entente review graphs/topic.yaml docs/*.txt --manifest docs/manifest.tsv
      """)

  @Argument(help: "The topic's folder (created when missing; existing files are never replaced).")
  var folder: String

  func run() throws {
    for path in try TopicScaffold.write(into: folder) { print("wrote \(path)") }
    print(
      "next: put texts in \(PathText.join(folder, "docs")), date them in docs/manifest.tsv, then run entente review")
  }
}
