import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Scoring and error classes on small hand-made gold files and predictions.
@Suite struct EvaluationTests {
  static func gold(_ source: String, _ kind: String, _ target: String, _ year: Int, core: Bool = true, line: Int = 0)
    -> Evaluation.GoldRow
  {
    Evaluation.GoldRow(
      file: "a.txt", source: ActorID(source), kind: kind, target: ActorID(target), year: year, core: core, line: line)
  }

  static func predicted(_ source: String, _ kind: String, _ target: String, _ year: Int, sentence: Int = 0) throws
    -> CandidateRelation
  {
    CandidateRelation(
      document: "a", file: "a.txt", source: ActorID(source), target: ActorID(target), kind: kind,
      date: try EntenteDate(year: year), phase: .holds, confidence: 1,
      evidence: Provenance(document: "a", sentence: sentence))
  }

  /// Six core rows and one optional one, about a made-up news week.
  static let rows = [
    gold("USA", "support", "UKR", 2022, line: 1),
    gold("RUS", "hostility", "UKR", 2022, line: 2),
    gold("FRA", "arms_supply", "EGY", 2021, line: 3),
    gold("TUR", "membership", "NATO", 2020, line: 4),
    gold("DEU", "trade", "CHN", 2019, line: 5),
    gold("BRA", "sanction", "VEN", 2018, line: 6),
    gold("CHN", "tension", "IND", 2020, core: false, line: 7),
  ]

  static var found: [CandidateRelation] {
    get throws {
      [
        try predicted("USA", "support", "UKR", 2022),
        try predicted("USA", "support", "UKR", 2022, sentence: 4),  // the same relation again: counted once
        try predicted("UKR", "hostility", "RUS", 2022),  // hostility matches either way round
        try predicted("EGY", "arms_supply", "FRA", 2021),  // roles swapped
        try predicted("TUR", "alliance", "NATO", 2020),  // another kind
        try predicted("DEU", "trade", "CHN", 2017),  // another year
        try predicted("CHN", "tension", "IND", 2020),  // an optional row: neither way
        try predicted("JPN", "support", "KOR", 2022),  // nothing like it in the gold
      ]
    }
  }

  /// Every actor but Venezuela is named in the document.
  static let mentioned: [String: Set<ActorID>] = [
    "a.txt": Set(
      ["USA", "UKR", "RUS", "FRA", "EGY", "TUR", "NATO", "DEU", "CHN", "BRA", "IND", "JPN", "KOR"].map { ActorID($0) })
  ]

  @Test func scoresAndClassesEveryError() throws {
    let e = Evaluation(gold: Self.rows, predicted: try Self.found, mentioned: Self.mentioned)
    #expect(e.overall.truePositives == 2)
    #expect(e.overall.falsePositives == 4)
    #expect(e.overall.coreTotal == 6 && e.overall.coreFound == 2)
    #expect(
      e.classifiedMisses.map { "\($0.row.line) \($0.errorClass.rawValue)" } == [
        "3 wrong direction", "4 wrong kind", "5 wrong year", "6 missing actor",
      ])
    #expect(
      e.classifiedFalsePositives.map { "\($0.relation.source) \($0.errorClass.rawValue)" } == [
        "EGY wrong direction", "TUR wrong kind", "DEU wrong year", "JPN not in gold",
      ])
    #expect(!e.classifiesMode)
  }

  @Test func aPairTheExtractorNeverConnectsIsNoPattern() throws {
    let e = Evaluation(gold: [Self.gold("FRA", "mediation", "EGY", 2021)], predicted: [], mentioned: Self.mentioned)
    #expect(e.classifiedMisses.map(\.errorClass) == [.noPattern])
  }

  @Test func noYearMatchesAcrossYears() throws {
    let e = Evaluation(
      gold: Self.rows, predicted: try Self.found, options: .init(ignoreYear: true), mentioned: Self.mentioned)
    #expect(e.overall.truePositives == 3 && e.overall.falsePositives == 3 && e.overall.coreFound == 3)
    #expect(!e.classifiedMisses.contains { $0.errorClass == .wrongYear })
  }

  @Test func neutralKindsCountNeitherWay() throws {
    let e = Evaluation(
      gold: Self.rows, predicted: try Self.found, options: .init(neutralKinds: ["trade", "support"]),
      mentioned: Self.mentioned)
    // Both support predictions, the trade one and the unmatched support one leave the scores.
    #expect(e.neutralPredictions == 4)
    #expect(e.overall.truePositives == 1 && e.overall.falsePositives == 2)
    #expect(e.overall.coreTotal == 4 && e.byKind["trade"] == nil && e.byKind["support"] == nil)
  }

  @Test func aDroppedCandidateIsAModeError() throws {
    let dropped = [try Self.predicted("FRA", "arms_supply", "EGY", 2021)]
    let e = Evaluation(gold: Self.rows, predicted: try Self.found, mentioned: Self.mentioned, dropped: dropped)
    #expect(e.classifiesMode)
    #expect(e.classifiedMisses.first?.errorClass == .mode)
  }

  /// A document of made-up sentences, as the extractor would read it.
  static func document(_ text: String) throws -> DocumentSource {
    DocumentSource(
      document: Document(id: "a", path: "a.txt", date: try EntenteDate(year: 2022)), text: text, offset: 0)
  }

  @Test func aPredictionFromANegatedOrHedgedSentenceIsAModeFalsePositive() throws {
    let doc = try Self.document("Japan may send aid to Korea. Chile traded with Peru.")
    let found = [
      try Self.predicted("JPN", "support", "KOR", 2022, sentence: 0),
      try Self.predicted("CHL", "trade", "PER", 2022, sentence: 1),
    ]
    let e = Evaluation(gold: [], predicted: found, documents: [doc])
    #expect(e.classifiedFalsePositives.map(\.errorClass) == [.mode, .notInGold])
    let text = EvaluationFormatter.format(e, as: .text, documents: [doc])
    #expect(text.contains("  a.txt#0 JPN support KOR 2022 (mode: may): Japan may send aid to Korea.\n"))
    // A nearer class wins over the sentence's mode: one class each.
    let near = Evaluation(gold: [Self.gold("KOR", "support", "JPN", 2022)], predicted: found, documents: [doc])
    #expect(near.classifiedFalsePositives.map(\.errorClass) == [.wrongDirection, .notInGold])
  }

  @Test func modeCuesAndTheirBlanking() {
    #expect(Evaluation.modeCue(in: "Iran did not arm the Houthis.") == "not")
    #expect(Evaluation.modeCue(in: "Iran didn't arm them.") == "didn't")
    #expect(Evaluation.modeCue(in: "If Peru attacks, Chile will respond.") == "if")
    #expect(Evaluation.modeCue(in: "In May Peru attacked Chile.") == nil)
    #expect(Evaluation.modeCue(in: "Peru attacked Chile.") == nil)
    #expect(Evaluation.modeCue(in: "Peru not only armed but also trained them.") == nil)
    let text = "Peru may not attack Chile; it didn't. In May it might."
    let blank = Evaluation.withoutModeWords(text)
    #expect(blank == "Peru         attack Chile; it did   . In May it      .")
    #expect(blank.count == text.count)
  }

  @Test func theExtractorsDroppedCandidatesExplainModeMisses() throws {
    let extractor = try RelationExtractor(gazetteer: try Gazetteer.standard())
    // A negated attack is dropped by design; a plain one in the same text is not.
    let doc = try Self.document("Peru did not attack Chile. Bolivia attacked Paraguay.")
    let found = extractor.extract(doc)
    let key = { (c: CandidateRelation) in "\(c.source) \(c.kind) \(c.target)" }
    #expect(found.map(key) == ["BOL hostility PRY"])
    let dropped = Evaluation.droppedByMode(documents: [doc], extractor: extractor, predicted: found)
    #expect(dropped.map(key) == ["PER hostility CHL"])
    let gold = [Self.gold("PER", "hostility", "CHL", 2022), Self.gold("BOL", "hostility", "PRY", 2022)]
    let e = Evaluation(gold: gold, predicted: found, dropped: dropped, documents: [doc])
    #expect(e.overall.coreFound == 1)
    #expect(e.classifiedMisses.map(\.errorClass) == [.mode])
    #expect(e.classifiesMode)
  }

  @Test func withPhaseMatchingAnOppositePhaseIsAModeError() throws {
    let ends = Evaluation.GoldRow(
      file: "a.txt", source: "ECOWAS", kind: "sanction", target: "NER", year: 2024, phase: "ends", line: 1)
    let holds = try Self.predicted("ECOWAS", "sanction", "NER", 2024)
    let loose = Evaluation(gold: [ends], predicted: [holds])
    #expect(loose.overall.truePositives == 1)
    let strict = Evaluation(gold: [ends], predicted: [holds], options: .init(matchPhase: true))
    #expect(strict.overall.truePositives == 0 && strict.overall.coreFound == 0)
    #expect(strict.classifiedMisses.map(\.errorClass) == [.mode])
    #expect(strict.classifiedFalsePositives.map(\.errorClass) == [.mode])
    // "begins" and "holds" agree.
    let begins = Evaluation.GoldRow(
      file: "a.txt", source: "ECOWAS", kind: "sanction", target: "NER", year: 2024, phase: "begins", line: 2)
    #expect(Evaluation(gold: [begins], predicted: [holds], options: .init(matchPhase: true)).overall.coreFound == 1)
  }

  @Test func everyMissAndFalsePositiveHasExactlyOneClass() throws {
    let e = Evaluation(
      gold: Self.rows, predicted: try Self.found, mentioned: Self.mentioned,
      dropped: [try Self.predicted("FRA", "arms_supply", "EGY", 2021)], documents: [])
    let misses = e.missesByClass.values.reduce(0, +)
    let fps = e.falsePositivesByClass.values.reduce(0, +)
    #expect(misses == e.overall.coreTotal - e.overall.coreFound)
    #expect(fps == e.overall.falsePositives)
    #expect(!e.missesByClass.keys.contains(.notInGold))
  }

  @Test func formatsClassesAsTextAndJSON() throws {
    let e = Evaluation(gold: Self.rows, predicted: try Self.found, mentioned: Self.mentioned)
    let text = EvaluationFormatter.format(e, as: .text, documents: [])
    #expect(
      text.contains(
        "misses by class: 1 missing actor, 0 no pattern, 1 wrong direction, 1 wrong kind, 1 wrong year; mode not classified"
      ))
    #expect(
      text.contains("false positives by class: 0 mode, 1 wrong direction, 1 wrong kind, 1 wrong year, 1 not in gold\n"))
    #expect(text.contains("  a.txt BRA sanction VEN 2018 (gold line 6): missing actor\n"))
    #expect(text.contains("  a.txt#0 DEU trade CHN 2017 (wrong year): \n"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(EvaluationFormatter.format(e, as: .json, documents: []).utf8))
        as? [String: Any])
    let classes = try #require(json["misses_by_class"] as? [String: Int])
    #expect(classes == ["missing_actor": 1, "no_pattern": 0, "wrong_direction": 1, "wrong_kind": 1, "wrong_year": 1])
    #expect(json["precision"] as? Double == 0.333)
  }
}

/// Gold files and manifests as written on any system, and actor ids the gazetteer lacks.
@Suite struct GoldFileTests {
  static let gazetteer = try? Gazetteer.standard()

  func folder() throws -> String {
    let dir = NSTemporaryDirectory() + "entente-gold-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  static let text = """
    # A gold file written for this test.
    a.txt\tUSA\tsupport\tUKR\t2022\tholds\tcore\tmade up
    a.txt\tQQQ_MILITIA\thostility\tUKR\t2022\tholds\tcore\tan id no gazetteer has
    a.txt\tCHN\ttension\tIND\t2020\tholds\toptional\thedged

    """

  @Test func crlfAndLFGoldFilesReadTheSame() throws {
    let gazetteer = try #require(Self.gazetteer)
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.text.write(toFile: dir + "/lf.tsv", atomically: true, encoding: .utf8)
    try Self.text.replacingOccurrences(of: "\n", with: "\r\n").write(
      toFile: dir + "/crlf.tsv", atomically: true, encoding: .utf8)
    let vocabulary = try RelationVocabulary.standard()
    let lf = try Evaluation.readGold(
      path: dir + "/lf.tsv", vocabulary: vocabulary, gazetteer: gazetteer, allowUnknown: true)
    let crlf = try Evaluation.readGold(
      path: dir + "/crlf.tsv", vocabulary: vocabulary, gazetteer: gazetteer, allowUnknown: true)
    #expect(lf.count == 3)
    #expect(crlf == lf)
    #expect(crlf.last?.core == false)
  }

  @Test func unknownActorsAreErrorsUnlessAllowedThenMisses() throws {
    let gazetteer = try #require(Self.gazetteer)
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try Self.text.write(toFile: dir + "/g.tsv", atomically: true, encoding: .utf8)
    let vocabulary = try RelationVocabulary.standard()
    #expect(throws: EntenteError.self) {
      try Evaluation.readGold(path: dir + "/g.tsv", vocabulary: vocabulary, gazetteer: gazetteer)
    }
    do {
      _ = try Evaluation.readGold(path: dir + "/g.tsv", vocabulary: vocabulary, gazetteer: gazetteer)
    } catch {
      #expect(error.code == .unknownActor && error.location?.line == 3)
    }
    let rows = try Evaluation.readGold(
      path: dir + "/g.tsv", vocabulary: vocabulary, gazetteer: gazetteer, allowUnknown: true)
    #expect(Evaluation.unknownActors(in: rows) == [Evaluation.UnknownActor(id: ActorID("QQQ_MILITIA"), lines: [3])])
    let e = Evaluation(gold: rows, predicted: [])
    #expect(e.overall.coreTotal == 2)
    #expect(
      e.classifiedMisses.map { "\($0.row.line) \($0.errorClass.rawValue)" } == ["2 no pattern", "3 missing actor"])
  }

  @Test func crlfManifestsDateAndTitleTheirDocuments() throws {
    let dir = try folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "# file\tdate\ttitle\r\nnote.txt\t2021-03\tA short note\r\n".write(
      toFile: dir + "/manifest.tsv", atomically: true, encoding: .utf8)
    try "Chile and Peru signed a trade pact.\n".write(toFile: dir + "/note.txt", atomically: true, encoding: .utf8)
    let docs = try DocumentSource.load(paths: [dir + "/note.txt"], manifest: dir + "/manifest.tsv")
    #expect(docs.first?.document.date.description == "2021-03")
    #expect(docs.first?.document.title == "A short note")
  }
}
