import Entente
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct ExtractionBadInputTests {
  @Test func aSentenceOfTenThousandActorNamesGivesABoundedResult() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let names = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran"]
    let text =
      (0..<10_000).map { names[$0 % names.count] }.joined(separator: " and ")
      + " war broke out. Russia sold weapons to "
      + (0..<10_000).map { names[$0 % names.count] }.joined(separator: " and ") + "."
    let doc = DocumentSource(document: Document(id: "x", date: try EntenteDate(parsing: "2020")), text: text, offset: 0)
    let found = e.extract(doc)
    #expect(found.count <= 2 * 66)
    #expect(found.contains { $0.kind == "arms_supply" && $0.source == "RUS" })
  }

  /// Word soup from every trigger phrase, actor forms, function words and punctuation
  /// (seeded, so the same each run): no crash, and every relation's evidence points at
  /// the sentence it hashes.
  @Test func triggerSoupGivesEvidenceThatPointsBack() throws {
    let e = try #require(RelationExtractorTests.extractor)
    // Every pattern's words in several inflections, with the words its roles look for.
    let phrases =
      e.table.patterns.flatMap { p in
        (Inflection.verbForms(p.lemmas[0]).prefix(4).map(\.0) + ["the " + p.lemmas[0], p.lemmas[0] + "-backed"]).map {
          ([$0] + p.lemmas.dropFirst()).joined(separator: " ")
        }
      } + [
        "to", "from", "on", "against", "by", "between", "among", "weapons", "oil", "sanctions", "which", "who", "its",
        "the country", "both sides", "the bloc", "May", "will continue to",
      ]
    let others = [
      "Armenia", "Azerbaijan", "Russian", "Iranian-made", "NATO", "CSTO", "Turkey's", "Russia’s", "ARM + AZ",
      "US/French", "Putin",
      "both", "the two", "it", "and", "with", "by", "between", "not", "would", "if", "even", "in 2016", "(07/2024)",
      "unlike", ",", ";", ":", "(", ")",
      "?", ".", "\n", "Ереван", "…", "“", "”",
    ]
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    let text = (0..<20_000).map { _ in next(4) == 0 ? phrases[next(phrases.count)] : others[next(others.count)] }
      .joined(separator: " ")
    let doc = DocumentSource(
      document: Document(id: "soup", date: try EntenteDate(parsing: "2020")), text: text, offset: 0)
    let found = e.extract(doc)
    #expect(found.count > 100)
    let scalars = Array(text.unicodeScalars)
    for r in found.prefix(2_000) {
      let range = try #require(r.evidence.characters)
      #expect(range.upperBound <= scalars.count)
      #expect(Evidence.sha256(String(String.UnicodeScalarView(scalars[range]))) == r.evidence.sha256)
      #expect(r.source != r.target)
    }
  }

  @Test func aRunOnLineIsCutAndSplitQuickly() {
    let text = String(repeating: "word ", count: 400_000)  // 2 MB, no sentence end, no line break
    let s = SentenceSplitter().split(text)
    #expect(s.allSatisfy { $0.characters.count <= SentenceSplitter.maximumLength })
    #expect(s.count >= 400)
    #expect(s.last?.characters.upperBound == 2_000_000 - 1)
  }

  @Test func oversizedEmptyAndMarkupOnlyDocuments() throws {
    let dir = try temporaryFolder("entente-bad")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let date = try EntenteDate(parsing: "2020")
    try Data(repeating: UInt8(ascii: "a"), count: DocumentSource.maximumBytes + 1).write(
      to: URL(fileURLWithPath: dir + "/big.txt"))
    let e = #expect(throws: EntenteError.self) { try DocumentSource.load(paths: [dir + "/big.txt"], date: date) }
    #expect(e?.message.hasSuffix("documents are read up to 16777216 bytes (16 MiB): split it into parts") == true)
    try "".write(toFile: dir + "/empty.txt", atomically: true, encoding: .utf8)
    try "---\ndate: 2020\n---\n".write(toFile: dir + "/front.md", atomically: true, encoding: .utf8)
    let docs = try DocumentSource.load(paths: [dir + "/empty.txt", dir + "/front.md"], date: date)
    let x = try #require(RelationExtractorTests.extractor)
    #expect(docs.allSatisfy { x.extract($0).isEmpty })
  }

  static func document(_ text: String) throws -> DocumentSource {
    DocumentSource(document: Document(id: "x", date: try EntenteDate(parsing: "2020")), text: text, offset: 0)
  }

  @Test(arguments: ["", " ", "\n\n\n", "\u{FEFF}", ".", ". . . ?!", "\t\r\n\r\n", "---\n---\n", "\u{0}\u{0}"])
  func emptyAndBlankTextsGiveNothing(text: String) throws {
    let e = try #require(RelationExtractorTests.extractor)
    #expect(e.extract(try Self.document(text)).isEmpty)
  }

  /// Random bytes decoded as the CLI would never let through (NULs, replacement characters,
  /// control bytes), with actor names and pattern words strewn in: no crash, a bounded result.
  @Test func binaryBytesDecodedLossilyGiveABoundedResult() throws {
    let e = try #require(RelationExtractorTests.extractor)
    var state: UInt64 = 7
    var bytes: [UInt8] = []
    for i in 0..<200_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(UInt8(truncatingIfNeeded: state >> 56))
      if i % 20_000 == 0 { bytes += Array(" Russia attacked Ukraine. Iran armed the Houthis. ".utf8) }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let found = e.extract(try Self.document(text))
    #expect(found.count <= 100)
    #expect(found.allSatisfy { $0.source != $0.target })
  }

  /// Files that are not UTF-8 text are refused at load with the file named, never read as
  /// garbage: overlong and truncated sequences, lone surrogates, UTF-16, Latin-1.
  @Test func invalidUTF8FilesAreRefusedByName() throws {
    let dir = try temporaryFolder("entente-utf8")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let date = try EntenteDate(parsing: "2020")
    let cases: [String: [UInt8]] = [
      "overlong.txt": Array("Peru ".utf8) + [0xC0, 0x80],
      "truncated.txt": Array("Chile armed Peru ".utf8) + [0xE2, 0x82],
      "surrogate.txt": [0xED, 0xA0, 0x80],
      "utf16.txt": [0xFF, 0xFE, 0x50, 0x00, 0x65, 0x00],
      "latin1.txt": Array("Bogot".utf8) + [0xE1],
    ]
    for (name, bytes) in cases.sorted(by: { $0.key < $1.key }) {
      try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
      let error = #expect(throws: EntenteError.self) { try DocumentSource.load(paths: [dir + "/" + name], date: date) }
      #expect(error?.message.contains(name) == true, "\(name): \(error?.message ?? "")")
    }
  }

  /// A 100 MB file without a line break (sparse, so the test writes nothing) is refused by
  /// its size before it is read.
  @Test func aHundredMegabyteLineIsRefusedBeforeItIsRead() throws {
    let dir = try temporaryFolder("entente-huge")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/huge.txt"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("Peru ".utf8)))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 100_000_000)
    try handle.close()
    let error = #expect(throws: EntenteError.self) {
      try DocumentSource.load(paths: [path], date: try EntenteDate(parsing: "2020"))
    }
    #expect(error?.message.contains("100000000 bytes") == true)
  }

  /// The largest document read (16 MiB) as one line without a sentence end, mostly filler
  /// with a relation every 64 KB: the splitter cuts it, the extractor reads it in linear
  /// time, and the result stays bounded. (A line dense with relations reads at about
  /// 15 s/MB in a debug build on a busy machine, linearly; see the 1 MiB case below.)
  @Test(.tags(.slow)) func theLargestDocumentAsOneLineIsReadInBoundedPieces() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let filler = String(repeating: "the talks went on and on ", count: 64 * 1024 / 25)
    let unit = filler + "Russia attacked Ukraine "
    let text = String(repeating: unit, count: DocumentSource.maximumBytes / unit.utf8.count)
    let found = e.extract(try Self.document(text))
    let pieces = text.utf8.count / SentenceSplitter.maximumLength + 1
    // Whether a relation in the middle of a cut piece of run-on text is found depends on
    // how the piece reads without punctuation; the bound is what matters here.
    #expect(found.count <= 2 * pieces)
    #expect(found.allSatisfy { ($0.evidence.characters?.upperBound ?? 0) <= text.unicodeScalars.count })
  }

  /// A megabyte line dense with relations and no sentence end: every cut piece is read, a
  /// few relations each.
  @Test(.tags(.slow)) func aMegabyteLineDenseWithRelationsIsBounded() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let unit = "Russia attacked Ukraine and Iran armed the Houthis while "
    let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
    let found = e.extract(try Self.document(text))
    let pieces = text.utf8.count / SentenceSplitter.maximumLength + 1
    #expect(found.count <= 8 * pieces)
    #expect(found.contains { $0.kind == "arms_supply" && $0.source == "IRN" })
  }

  /// Ten thousand names as a comma list before one verb, and one name repeated ten thousand
  /// times: coordination is capped (`RelationExtractor.maximumChain`), so the output is bounded.
  @Test func tenThousandNamesInACommaListGiveABoundedResult() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let c = try ActorCatalogue.standard()
    let states = c.actors.filter { $0.kind == .state }.map(\.name).filter { !$0.contains(",") }
    let list = (0..<10_000).map { states[$0 % states.count] }.joined(separator: ", ")
    let found = e.extract(try Self.document(list + " and Chile attacked Peru."))
    #expect(found.count <= RelationExtractor.maximumChain * 2)
    let same = e.extract(try Self.document(String(repeating: "Peru, ", count: 10_000) + "and Peru attacked Chile."))
    #expect(Set(same.map { "\($0.source) \($0.kind) \($0.target)" }).count <= 1)
  }

  /// One word of a megabyte, then a plain sentence: the word is one token and the sentence
  /// still reads.
  @Test func aMegabyteWordDoesNotHideTheNextSentence() throws {
    let e = try #require(RelationExtractorTests.extractor)
    let text = String(repeating: "x", count: 1_000_000) + ". Russia attacked Ukraine in 2022."
    let found = e.extract(try Self.document(text))
    #expect(found.count <= 2)
    #expect(found.allSatisfy { $0.source != $0.target })
  }

  /// A gold file of 100 MB is refused by size; binary and ragged gold files fail at their line.
  @Test func badGoldFilesAreClearErrors() throws {
    let dir = try temporaryFolder("entente-gold-bad")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let vocabulary = try RelationVocabulary.standard()
    let gazetteer = try Gazetteer.standard()
    let big = dir + "/big.tsv"
    #expect(FileManager.default.createFile(atPath: big, contents: Data()))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
    try handle.truncate(atOffset: 100_000_000)
    try handle.close()
    let size = #expect(throws: EntenteError.self) {
      try Evaluation.readGold(path: big, vocabulary: vocabulary, gazetteer: gazetteer)
    }
    #expect(size?.message.contains("bytes") == true)
    try Data([0x61, 0x00, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: dir + "/bin.tsv"))
    #expect(throws: EntenteError.self) {
      try Evaluation.readGold(path: dir + "/bin.tsv", vocabulary: vocabulary, gazetteer: gazetteer)
    }
    try "a.txt\tUSA\tsupport\n".write(toFile: dir + "/short.tsv", atomically: true, encoding: .utf8)
    let short = #expect(throws: EntenteError.self) {
      try Evaluation.readGold(path: dir + "/short.tsv", vocabulary: vocabulary, gazetteer: gazetteer)
    }
    #expect(short?.location?.line == 1)
  }
}
