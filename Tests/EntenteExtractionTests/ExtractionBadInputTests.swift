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
}
