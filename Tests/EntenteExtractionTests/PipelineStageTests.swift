import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// The pipeline's stages one by one: inflections, document headers, pattern files, and
/// the phase and time a relation gets.
@Suite struct PipelineStageTests {
  @Test func inflectionsCoverRegularAndIrregularForms() {
    let sell = Set(Inflection.verbForms("sell").map(\.0))
    #expect(sell == ["sell", "sells", "sold", "selling"])
    let supply = Set(Inflection.verbForms("supply").map(\.0))
    #expect(supply == ["supply", "supplies", "supplied", "supplying"])
    #expect(Set(Inflection.verbForms("ban").map(\.0)) == ["ban", "bans", "banned", "banning"])
    #expect(Set(Inflection.verbForms("seize").map(\.0)) == ["seize", "seizes", "seized", "seizing"])
    #expect(Set(Inflection.verbForms("strike").map(\.0)) == ["strike", "strikes", "struck", "stricken", "striking"])
    #expect(Inflection.nounForms("ally").map(\.0) == ["ally", "allies"])
    #expect(Inflection.nounForms("crisis").map(\.0) == ["crisis", "crises"])
    #expect(Inflection.nounForms("tariff").map(\.0) == ["tariff", "tariffs"])
  }

  @Test func headerLinesAreMetadataAndDateTheDocument() throws {
    let text =
      "Source: A Wire\nTitle: Two capitals\nDate: 7 June 2021\nURL: https://example.org/x\n\nEgypt backed Sudan."
    let h = try DocumentHeader(Substring(text))
    #expect(h.date == (try EntenteDate(parsing: "2021-06-07")))
    #expect(h.title == "Two capitals")
    #expect(String(text.unicodeScalars.dropFirst(h.length)) == "\nEgypt backed Sudan.")
    #expect(DocumentHeader.parseDate("March 5, 2024") == (try EntenteDate(parsing: "2024-03-05")))
    #expect(DocumentHeader.parseDate("2024-03-05T10:00:00Z") == (try EntenteDate(parsing: "2024-03-05")))
    #expect(DocumentHeader.parseDate("Sept 2019") == (try EntenteDate(parsing: "2019-09")))
    #expect(DocumentHeader.parseDate("soon") == nil)
    // Not a header: the text starts with a sentence.
    #expect(try DocumentHeader(Substring("Egypt backed Sudan. Date: 2020")).length == 0)
    #expect(try DocumentHeader(Substring("Note: Egypt backed Sudan.")).length == 0)
    #expect(throws: EntenteError.self) { try DocumentHeader(Substring("Date: someday\n\nText.")) }
  }

  @Test func aDocumentWithAHeaderIsReadFromItsFirstSentence() throws {
    let dir = NSTemporaryDirectory() + "entente-header-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let text = "Source: A Wire\nDate: 2021-06\n\nEgypt backed Sudan. Chad criticized Libya."
    try text.write(toFile: dir + "/h.txt", atomically: true, encoding: .utf8)
    try "Egypt backed Sudan. Chad criticized Libya.".write(
      toFile: dir + "/plain.txt", atomically: true, encoding: .utf8)
    let docs = try DocumentSource.load(
      paths: [dir + "/h.txt", dir + "/plain.txt"], date: try EntenteDate(parsing: "2019"))
    #expect(docs[0].document.date == (try EntenteDate(parsing: "2021-06")))
    #expect(docs[1].document.date == (try EntenteDate(parsing: "2019")))
    let e = try #require(RelationExtractorTests.extractor)
    let withHeader = e.extract(docs[0])
    let plain = e.extract(docs[1])
    #expect(withHeader.map(\.evidence.sentence) == [0, 1])
    #expect(plain.map(\.evidence.sentence) == [0, 1])
    // Evidence offsets point into the file, header included.
    let scalars = Array(text.unicodeScalars)
    let first = try #require(withHeader.first?.evidence.characters)
    #expect(String(String.UnicodeScalarView(scalars[first])) == "Egypt backed Sudan.")
  }

  @Test func phasesFollowThePatternAndWhatEndsIt() throws {
    let e = try #require(RelationExtractorTests.extractor)
    func phases(_ text: String) -> [String] {
      let doc = DocumentSource(
        document: Document(id: "p", date: try! EntenteDate(parsing: "2022")), text: text, offset: 0)
      return e.extract(doc).map { "\($0.kind) \($0.phase.rawValue)" }
    }
    #expect(phases("Finland joined NATO.") == ["membership begins"])
    #expect(phases("Qatar left OPEC.") == ["membership ends"])
    #expect(phases("The EU lifted sanctions on Belarus.") == ["sanction ends"])
    #expect(phases("The EU imposed sanctions on Belarus.") == ["sanction begins"])
    #expect(phases("Turkey backed Azerbaijan.") == ["support holds"])
    #expect(phases("Russia stopped supplying gas to Moldova.") == ["trade ends"])
    #expect(phases("Algeria cut off gas supplies to Spain.") == ["trade ends"])
    #expect(phases("Chad and Sudan agreed to a ceasefire.") == ["hostility ends"])
    #expect(phases("Chad reached a truce with Sudan.") == ["hostility ends"])
    #expect(phases("Chad and Sudan discussed a ceasefire.") == [])
    #expect(phases("Mali's membership of the African Union was suspended.") == ["membership ends"])
  }

  @Test func patternFilesSayWhereTheyAreWrong() throws {
    let vocabulary = try RelationVocabulary.standard()
    var t = PatternTable()
    do {
      try t.read(
        text: "# ok\nhostility\tattack\tverb\tsubj\tobj\t-\tholds\nhostility\tattack\tverb\tsubj\n", name: "mine.tsv",
        vocabulary: vocabulary)
      Issue.record("a short line was accepted")
    } catch {
      #expect(error.location?.line == 3)
      #expect(error.message.contains("columns"))
    }
    #expect(throws: EntenteError.self) {
      try t.read(text: "hostility\tattack\tverb\tsubj\tobj\t-\tsometimes\n", name: "m", vocabulary: vocabulary)
    }
    #expect(try PatternTable.standard(vocabulary: vocabulary).patterns.count > 200)
  }

  @Test func coreferenceFindsNothingWithoutACompatibleAntecedent() {
    // An organization is not "the country"; a state is not "the bloc".
    #expect(RelationExtractorTests.run("NATO met. The country attacked Serbia.") == [])
    #expect(RelationExtractorTests.run("Serbia met. The bloc sanctioned Russia.") == [])
    #expect(RelationExtractorTests.run("Serbia met. The country sanctioned Russia.") == ["SRB sanction RUS 2022"])
  }
}
