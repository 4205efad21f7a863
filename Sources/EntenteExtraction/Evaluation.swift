import Entente
import Foundation

/// Scores extracted relations against a gold file in the format of `../shared/gold/seeds.tsv`, and says why each
/// error happened.
///
/// A gold row is (document file, source, kind, target, year, phase, tier, note); `core` rows count toward recall,
/// `optional` rows (implied, hedged, ambiguous) are neither required nor counted as false positives. Alliance,
/// hostility and tension match either way round; the year must match unless `Options.ignoreYear`. Predictions are
/// counted once per (document, source, kind, target, year). Predictions and gold rows of `Options.neutralKinds`
/// are left out of the scores altogether.
///
/// Each core row not found is a `Miss` with exactly one `ErrorClass`: an actor the gazetteer lacks or the document
/// never names (`missingActor`), a candidate the extractor dropped as negated, hedged or conditional (`mode`, when
/// dropped candidates are given: `droppedByMode(documents:extractor:predicted:)` finds them), a prediction with the
/// roles swapped (`wrongDirection`), the same pair with another kind (`wrongKind`), the same relation in another
/// year (`wrongYear`), the same relation with the opposite phase (`mode`, with `Options.matchPhase`), else
/// `noPattern`. Each false positive gets exactly one too: the nearest of those against every gold row of its
/// document, `mode` when its own sentence is negated, hedged or conditional (`modeCue(in:)`: such relations are
/// never annotated), else `notInGold`.
///
///     let rows = try Evaluation.readGold(path: "gold.tsv", vocabulary: vocabulary, gazetteer: gazetteer)
///     let e = Evaluation(gold: rows, predicted: found, mentioned: Evaluation.mentions(in: docs, gazetteer: gazetteer))
///     print(e.overall.f1, e.missesByClass[.noPattern] ?? 0)
public struct Evaluation: Sendable {
  /// A gold row.
  public struct GoldRow: Sendable, Hashable {
    /// The document's file name, the relation (source, kind, target, year, phase), whether it is
    /// core (counted for recall), and its line in the gold file.
    public let file: String, source: ActorID, kind: String, target: ActorID, year: Int, phase: String, core: Bool,
      line: Int
    /// The row's actor ids the gazetteer lacks (read with `allowUnknown`); such a core row is always a miss.
    public let unknownActors: [ActorID]

    /// Creates a row.
    public init(
      file: String, source: ActorID, kind: String, target: ActorID, year: Int, phase: String = "holds",
      core: Bool = true,
      line: Int = 0, unknownActors: [ActorID] = []
    ) {
      self.file = file
      self.source = source
      self.kind = kind
      self.target = target
      self.year = year
      self.phase = phase
      self.core = core
      self.line = line
      self.unknownActors = unknownActors
    }
  }

  /// How predictions are matched and which count.
  public struct Options: Sendable, Equatable {
    /// Kinds whose predictions and gold rows count neither way.
    public var neutralKinds: Set<String>
    /// Match without regard to the year.
    public var ignoreYear: Bool
    /// Whether phases must agree: `ends` with `ends`, `holds` and `begins` with either.
    ///
    /// A prediction with the opposite phase is then a `mode` false positive, and its gold row a `mode` miss.
    public var matchPhase: Bool

    /// Creates options; the defaults count every kind, require the year and ignore the phase.
    public init(neutralKinds: Set<String> = [], ignoreYear: Bool = false, matchPhase: Bool = false) {
      self.neutralKinds = neutralKinds
      self.ignoreYear = ignoreYear
      self.matchPhase = matchPhase
    }
  }

  /// Why a gold row was missed or a prediction was wrong.
  public enum ErrorClass: String, Sendable, CaseIterable, Comparable {
    /// A gold actor the gazetteer lacks, or one the document never names.
    case missingActor = "missing actor"
    /// Both actors named, but nothing extracted between them that comes close.
    case noPattern = "no pattern"
    /// Read with the wrong mode: a gold relation the extractor dropped as negated, hedged or conditional, a
    /// prediction from a negated, hedged or conditional sentence, or (with `Options.matchPhase`) the opposite phase.
    /// It comes before the other near misses: the same relation in the same year is the nearest.
    case mode
    /// The relation found with source and target swapped (directed kinds).
    case wrongDirection = "wrong direction"
    /// The pair found in that year with another kind.
    case wrongKind = "wrong kind"
    /// The relation found with another year.
    case wrongYear = "wrong year"
    /// A prediction with no gold row near it (false positives only).
    case notInGold = "not in gold"

    /// Orders classes as they are declared, the order the summary prints them in.
    public static func < (a: ErrorClass, b: ErrorClass) -> Bool {
      allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
  }

  /// A core gold row not found, and why.
  public struct Miss: Sendable, Hashable {
    /// The row.
    public let row: GoldRow
    /// Why it was missed.
    public let errorClass: ErrorClass
  }

  /// A prediction matching no gold row, and how it relates to the nearest one.
  public struct FalsePositive: Sendable, Hashable {
    /// The prediction.
    public let relation: CandidateRelation
    /// What is wrong with it.
    public let errorClass: ErrorClass
  }

  /// An actor id the gold file names that the gazetteer lacks, with the lines that name it.
  public struct UnknownActor: Sendable, Hashable {
    /// The id.
    public let id: ActorID
    /// The gold lines naming it, in order.
    public let lines: [Int]
  }

  /// Precision, recall and F1 of one kind (or all).
  public struct Score: Sendable, Equatable {
    /// Predictions that match a gold row, predictions that match none, core gold rows,
    /// and core gold rows found.
    public var truePositives = 0, falsePositives = 0, coreTotal = 0, coreFound = 0
    /// True positives over all predictions (0 when there are none).
    public var precision: Double {
      truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// Core rows found over core rows (0 when there are none).
    public var recall: Double { coreTotal == 0 ? 0 : Double(coreFound) / Double(coreTotal) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }

  /// The overall score.
  public let overall: Score
  /// Scores per kind.
  public let byKind: [String: Score]
  /// Core gold rows not found, in gold order, each with its class.
  public let classifiedMisses: [Miss]
  /// Predictions matching no gold row, in prediction order, each with its class.
  public let classifiedFalsePositives: [FalsePositive]
  /// Predictions of neutral kinds, left out of the scores.
  public let neutralPredictions: Int
  /// Whether misses were checked against dropped candidates, so `mode` is reported.
  public let classifiesMode: Bool
  /// The options the evaluation ran with.
  public let options: Options

  /// Core gold rows not found.
  public var misses: [GoldRow] { classifiedMisses.map(\.row) }
  /// Predictions matching no gold row.
  public var falsePositives: [CandidateRelation] { classifiedFalsePositives.map(\.relation) }
  /// The number of misses of each class.
  public var missesByClass: [ErrorClass: Int] {
    classifiedMisses.reduce(into: [:]) { $0[$1.errorClass, default: 0] += 1 }
  }
  /// The number of false positives of each class.
  public var falsePositivesByClass: [ErrorClass: Int] {
    classifiedFalsePositives.reduce(into: [:]) { $0[$1.errorClass, default: 0] += 1 }
  }

  static let symmetric: Set<String> = ["alliance", "hostility", "tension"]

  /// The largest gold file read: 16 MiB (a gold row is under 200 bytes).
  public static let maximumGoldBytes = 16 << 20

  /// Reads a gold file, checking actor ids and kinds.
  ///
  /// Lines may end in LF or CRLF.
  ///
  /// - Parameters:
  ///   - path: the gold file.
  ///   - vocabulary: the relation kinds rows may name.
  ///   - gazetteer: the actors rows may name.
  ///   - allowUnknown: keep rows whose actor ids the gazetteer lacks, listing the ids in
  ///     `GoldRow.unknownActors`, instead of failing.
  /// - Returns: the rows, in file order.
  /// - Throws: `EntenteError` for a file over `maximumGoldBytes` or not UTF-8, and at the line of a malformed row,
  ///   an unknown kind, or an unknown actor id unless `allowUnknown`.
  public static func readGold(
    path: String, vocabulary: RelationVocabulary, gazetteer: Gazetteer, allowUnknown: Bool = false
  ) throws(EntenteError) -> [GoldRow] {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    guard size <= maximumGoldBytes else {
      throw EntenteError(
        .invalidValue,
        "the gold file '\(path)' is \(size) bytes; gold files are read up to \(maximumGoldBytes) bytes (16 MiB)")
    }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the gold file '\(path)'")
    }
    var rows: [GoldRow] = []
    // Splitting on newline characters takes "\r\n" (one Character) and "\r" as line ends too.
    for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
    where !line.hasPrefix("#") && !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let at = SourceLocation(file: path, line: i + 1, column: 1)
      guard f.count >= 7, let year = Int(f[4]), ["core", "optional"].contains(f[6]) else {
        throw EntenteError(
          .invalidValue,
          "expected 'document<TAB>source<TAB>kind<TAB>target<TAB>year<TAB>phase<TAB>core|optional<TAB>note'", at: at)
      }
      let unknown = [f[1], f[3]].filter { gazetteer.names[ActorID($0)] == nil }
      if let id = unknown.first, !allowUnknown {
        throw EntenteError(
          .unknownActor,
          "unknown actor id '\(id)' in the gold file; add it to the gazetteer or the graph, or pass --allow-unknown",
          at: at)
      }
      guard vocabulary[f[2]] != nil else {
        throw EntenteError(
          .unknownKind, "unknown relation kind '\(f[2])'; known: \(vocabulary.ids.joined(separator: ", "))", at: at)
      }
      rows.append(
        GoldRow(
          file: f[0], source: ActorID(f[1]), kind: f[2], target: ActorID(f[3]), year: year, phase: f[5],
          core: f[6] == "core",
          line: i + 1, unknownActors: unknown.map { ActorID($0) }))
    }
    return rows
  }

  /// The unknown actor ids of `rows`, sorted by id, each with the lines naming it.
  public static func unknownActors(in rows: [GoldRow]) -> [UnknownActor] {
    var lines: [ActorID: [Int]] = [:]
    for r in rows {
      for id in Set(r.unknownActors) { lines[id, default: []].append(r.line) }
    }
    return lines.keys.sorted().map { UnknownActor(id: $0, lines: lines[$0] ?? []) }
  }

  /// The actors each document names anywhere in its text, by file name (as gold files name documents).
  ///
  /// - Complexity: linear in the documents' length (see `ActorMatcher.mentions(in:at:)`).
  public static func mentions(in documents: [DocumentSource], gazetteer: Gazetteer) -> [String: Set<ActorID>] {
    let matcher = ActorMatcher(gazetteer: gazetteer)
    var out: [String: Set<ActorID>] = [:]
    for d in documents {
      let file = PathText.lastComponent(d.document.path ?? d.document.id)
      out[file, default: []].formUnion(matcher.mentions(in: d.text, at: d.document.date).map(\.actor))
    }
    return out
  }

  /// Scores `predicted` against `gold` and classifies the errors.
  ///
  /// - Parameters:
  ///   - gold: the gold rows.
  ///   - predicted: the extracted candidates.
  ///   - options: neutral kinds and year matching.
  ///   - mentioned: the actors each document names, by file (`mentions(in:gazetteer:)`); a gold row naming an
  ///     actor outside its document's set is a `missingActor` miss. Files not in it are not checked.
  ///   - dropped: candidates the extractor dropped as negated, hedged or conditional
  ///     (`droppedByMode(documents:extractor:predicted:)`); nil when unknown, so no miss is classed `mode` by them.
  ///   - documents: the documents, whose sentences say whether a false positive was negated, hedged or conditional
  ///     (`modeCue(in:)`); without them no false positive is classed `mode` that way.
  /// - Complexity: O(*p* + *g*) with the gold rows and predictions grouped by file, times the rows per file, plus
  ///   splitting the documents that hold a false positive into sentences.
  public init(
    gold: [GoldRow], predicted: [CandidateRelation], options: Options = Options(),
    mentioned: [String: Set<ActorID>] = [:],
    dropped: [CandidateRelation]? = nil,
    documents: [DocumentSource] = []
  ) {
    self.options = options
    let gold = gold.filter { !options.neutralKinds.contains($0.kind) }
    let counted = predicted.filter { !options.neutralKinds.contains($0.kind) }
    neutralPredictions = predicted.count - counted.count
    classifiesMode = dropped != nil
    // One prediction per key.
    var seen = Set<String>()
    let unique = counted.filter {
      seen.insert("\($0.file)|\($0.source)|\($0.kind)|\($0.target)|\(options.ignoreYear ? 0 : $0.date.year)").inserted
    }
    let goldByFile = Dictionary(grouping: gold, by: \.file)
    let predictedByFile = Dictionary(grouping: unique, by: \.file)
    var overall = Score()
    var byKind: [String: Score] = [:]
    var fps: [FalsePositive] = []
    let texts = Dictionary(documents.map { ($0.document.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    var sentences: [String: [Int: String]] = [:]
    func sentence(_ p: CandidateRelation) -> String {
      if sentences[p.document] == nil {
        sentences[p.document] = Dictionary(
          (texts[p.document].map { SentenceSplitter().split($0) } ?? []).map { ($0.index, $0.text) },
          uniquingKeysWith: { a, _ in a })
      }
      return sentences[p.document]?[p.evidence.sentence] ?? ""
    }
    for p in unique {
      let near = goldByFile[p.file] ?? []
      let hits = near.filter { Self.matches(p, $0, options) }
      if hits.contains(where: \.core) {
        overall.truePositives += 1
        byKind[p.kind, default: Score()].truePositives += 1
      } else if hits.isEmpty {
        overall.falsePositives += 1
        byKind[p.kind, default: Score()].falsePositives += 1
        let cls =
          near.lazy.compactMap { Self.nearMiss(p, $0, options) }.min()
          ?? (Self.modeCue(in: sentence(p)) != nil ? .mode : .notInGold)
        fps.append(FalsePositive(relation: p, errorClass: cls))
      }
    }
    let droppedByFile = Dictionary(grouping: dropped ?? [], by: \.file)
    var misses: [Miss] = []
    for g in gold where g.core {
      overall.coreTotal += 1
      byKind[g.kind, default: Score()].coreTotal += 1
      if g.unknownActors.isEmpty, (predictedByFile[g.file] ?? []).contains(where: { Self.matches($0, g, options) }) {
        overall.coreFound += 1
        byKind[g.kind, default: Score()].coreFound += 1
      } else {
        let cls = Self.classify(
          g, predicted: predictedByFile[g.file] ?? [], dropped: droppedByFile[g.file] ?? [],
          mentioned: mentioned[g.file], options)
        misses.append(Miss(row: g, errorClass: cls))
      }
    }
    self.overall = overall
    self.byKind = byKind
    self.classifiedMisses = misses
    self.classifiedFalsePositives = fps
  }

  static func matches(_ p: CandidateRelation, _ g: GoldRow, _ options: Options) -> Bool {
    guard p.file == g.file, p.kind == g.kind, options.ignoreYear || p.date.year == g.year,
      !options.matchPhase || samePhase(p, g)
    else { return false }
    if p.source == g.source && p.target == g.target { return true }
    return symmetric.contains(g.kind) && p.source == g.target && p.target == g.source
  }

  /// How a prediction in the same file comes close to a gold row without matching it, if it does.
  static func nearMiss(_ p: CandidateRelation, _ g: GoldRow, _ options: Options) -> ErrorClass? {
    let sameYear = options.ignoreYear || p.date.year == g.year
    let samePair = p.source == g.source && p.target == g.target
    let swapped = p.source == g.target && p.target == g.source
    guard p.file == g.file, samePair || swapped else { return nil }
    if p.kind == g.kind {
      if !sameYear && (samePair || symmetric.contains(g.kind)) { return .wrongYear }
      // Found as it is but with the opposite phase (only when phases must agree).
      if options.matchPhase, !samePhase(p, g), samePair || symmetric.contains(g.kind) { return .mode }
      // Swapped roles of a directed kind (in another year too: the direction is the larger error).
      return swapped && !symmetric.contains(g.kind) ? .wrongDirection : nil
    }
    return sameYear ? .wrongKind : nil
  }

  /// Whether a prediction's phase agrees with a gold row's: `ends` with `ends`, `holds` and `begins` with either.
  static func samePhase(_ p: CandidateRelation, _ g: GoldRow) -> Bool {
    (p.phase == .ends) == (g.phase == "ends")
  }

  /// Words that make a sentence's relation negated, hedged, conditional, threatened or denied: relations gold files
  /// never annotate.
  static let modeWords: Set<String> = [
    "not", "never", "no", "neither", "nor", "cannot", "if", "unless", "whether", "may", "might", "could", "would",
    "should", "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "plan", "plans",
    "planned", "planning", "refuse", "refuses", "refused", "deny", "denies", "denied", "reportedly", "allegedly",
    "alleged", "considering", "consider", "considers", "proposed", "propose", "proposes",
  ]

  /// The first word of `sentence` that makes its relations negated, hedged or conditional ("not", "n't", "if",
  /// "may", "threatened", "denied"...), if any; "May" with a capital (the month) and "not only" do not count.
  ///
  /// - Complexity: O(*n*) in the sentence's length.
  public static func modeCue(in sentence: String) -> String? {
    let words = modeWordRanges(sentence)
    return words.first.map { String(sentence[$0]).lowercased() }
  }

  /// A copy of `text` with every word `modeCue(in:)` reads blanked out.
  ///
  /// The length stays, so offsets and sentence numbers hold: what the extractor reads in it is what it would find if
  /// nothing were negated, hedged or conditional. Of "didn't" only "n't" goes.
  ///
  /// - Complexity: O(*n*) in the text's length.
  public static func withoutModeWords(_ text: String) -> String {
    var out = text
    // From the end, so earlier ranges stay valid.
    for r in modeWordRanges(text).reversed() {
      let w = text[r]
      let blank = w.hasSuffix("n't") || w.hasSuffix("n’t") ? out.index(r.upperBound, offsetBy: -3)..<r.upperBound : r
      out.replaceSubrange(blank, with: String(repeating: " ", count: out[blank].count))
    }
    return out
  }

  /// The ranges of the words of `text` that mark a negation, hedge or condition, in order.
  static func modeWordRanges(_ text: String) -> [Range<String.Index>] {
    var words: [Range<String.Index>] = []
    var start: String.Index? = nil
    for i in text.indices {
      let c = text[i]
      if c.isLetter || c == "'" || c == "’" {
        if start == nil { start = i }
      } else if let s = start {
        words.append(s..<i)
        start = nil
      }
    }
    if let s = start { words.append(s..<text.endIndex) }
    var out: [Range<String.Index>] = []
    for (k, r) in words.enumerated() {
      let w = text[r]
      if w.hasSuffix("n't") || w.hasSuffix("n’t") {
        out.append(r)
        continue
      }
      if w == "May" { continue }
      let lower = w.lowercased()
      guard modeWords.contains(lower) else { continue }
      // "not only X but Y" affirms both.
      if lower == "not", k + 1 < words.count, text[words[k + 1]].lowercased() == "only" { continue }
      out.append(r)
    }
    return out
  }

  /// The candidates the extractor drops as negated, hedged or conditional.
  ///
  /// They are those it finds in the documents with the mode words blanked out (`withoutModeWords(_:)`) but not in
  /// the documents as written. Pass them as `dropped` so misses they explain are classed `mode`.
  ///
  /// - Parameters:
  ///   - documents: the documents scored.
  ///   - extractor: the extractor scored.
  ///   - predicted: what it found in the documents as written.
  /// - Returns: the dropped candidates, in document order.
  /// - Complexity: one more extraction of the documents that hold a mode word.
  public static func droppedByMode(
    documents: [DocumentSource], extractor: RelationExtractor, predicted: [CandidateRelation]
  ) -> [CandidateRelation] {
    func key(_ c: CandidateRelation) -> String { "\(c.file)|\(c.source)|\(c.kind)|\(c.target)|\(c.date.year)" }
    let found = Set(predicted.map(key))
    var out: [CandidateRelation] = []
    for d in documents {
      let plain = withoutModeWords(d.text)
      guard plain != d.text else { continue }
      let probe = DocumentSource(document: d.document, text: plain, offset: d.offset)
      out += extractor.extract(probe).filter { !found.contains(key($0)) }
    }
    return out
  }

  /// Why the core row `g` was missed.
  static func classify(
    _ g: GoldRow, predicted: [CandidateRelation], dropped: [CandidateRelation], mentioned: Set<ActorID>?,
    _ options: Options
  ) -> ErrorClass {
    if !g.unknownActors.isEmpty { return .missingActor }
    if let mentioned, !mentioned.contains(g.source) || !mentioned.contains(g.target) { return .missingActor }
    if dropped.contains(where: { matches($0, g, options) }) { return .mode }
    return predicted.lazy.compactMap { nearMiss($0, g, options) }.min() ?? .noPattern
  }
}
