import Entente
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct PartOfSpeechTaggerTests {
  func tags(_ sentence: String) throws -> [String] {
    try PartOfSpeechTagger.standard().tag(sentence.split(separator: " ")).map(\.name)
  }

  /// The shipped model loads from the package's resources and tags; its loading time is a
  /// benchmark's business, not a unit test's (a timed test failed on a loaded machine).
  @Test func shippedModelLoadsAndTags() throws {
    let path = try #require(ResourceLocator.path(of: PartOfSpeechTagger.resourceName, module: "EntenteExtraction"))
    let tagger = try PartOfSpeechTagger(path: path)
    #expect(
      tagger.tag(["Russia", "sold", "tanks", "to", "Armenia", "."]).map(\.name) == [
        "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT",
      ])
  }

  @Test func sanctionsIsANounAfterADeterminerOrVerbAndSanctionedAVerbAfterASubject() throws {
    #expect(
      try tags("The new sanctions froze the assets of three banks .") == [
        "DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT",
      ])
    #expect(try tags("Washington imposed sanctions on Peru") == ["PROPN", "VERB", "NOUN", "ADP", "PROPN"])
    #expect(try tags("Officials said Washington sanctioned two firms .")[3] == "VERB")
  }

  @Test func mayIsAMonthWhenCapitalizedInsideASentenceAndAModalOtherwise() throws {
    #expect(try tags("The talks resumed in May .") == ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    #expect(try tags("Chile may send troops next year") == ["PROPN", "AUX", "VERB", "NOUN", "ADJ", "NOUN"])
    #expect(try tags("In May 2019 , the two countries signed a treaty .")[1] == "PROPN")
  }

  @Test func treebankTokensAndExtractionWordsGiveTheSameTags() throws {
    // Universal Dependencies tokens: clitics and hyphens split, punctuation kept.
    #expect(
      try tags("Peru 's army did n't receive the Iran - backed militia 's drones .") == [
        "PROPN", "PART", "NOUN", "AUX", "PART", "VERB", "DET", "PROPN", "PUNCT", "VERB", "NOUN", "PART", "NOUN",
        "PUNCT",
      ])
    // The extraction's words: no punctuation, contractions whole, possessives removed.
    #expect(
      try tags("Peru army didn't receive the Iran backed militia drones") == [
        "PROPN", "NOUN", "AUX", "VERB", "DET", "PROPN", "VERB", "NOUN", "NOUN",
      ])
    #expect(try tags("Peru army didn’t receive the Iran backed militia drones")[2] == "AUX")
  }

  @Test func emptyAndOddInputIsTaggedWithoutTrouble() throws {
    let tagger = try PartOfSpeechTagger.standard()
    #expect(tagger.tag([String]()) == [])
    #expect(tagger.tag(["", "\u{0}", "€€€", String(repeating: "a", count: 10_000)]).count == 4)
  }

  @Test func byteRangesGiveTheSameTagsAsStrings() throws {
    let tagger = try PartOfSpeechTagger.standard()
    var text = "Brazil sold Türkiye four jets in March"
    let words = text.split(separator: " ")
    var ranges: [Range<Int>] = []
    var start = 0
    let bytes = Array(text.utf8) + [32]
    for i in bytes.indices where bytes[i] == 32 {
      ranges.append(start..<i)
      start = i + 1
    }
    let fromBytes = text.withUTF8 { tagger.tag($0, words: ranges) }
    #expect(fromBytes == tagger.tag(words))
    #expect(fromBytes.map(\.name) == ["PROPN", "VERB", "PROPN", "NUM", "NOUN", "ADP", "PROPN"])
  }

  /// The memo's path sums the same weights in another order: every tag of the treebank's
  /// development file, and of words seen again in later sentences, is the plain path's.
  @Test func theMemoPathGivesThePlainPathsTags() throws {
    let tagger = try PartOfSpeechTagger.standard()
    let path = "../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
    var sentences = [
      "Brazil sold Türkiye four jets in March", "The talks resumed in May", "Chile may send troops next year",
      "Peru army didn’t receive the Iran backed militia drones", "", "€€€ 1987 U.S. F-16",
    ].map { $0.split(separator: " ").map(String.init) }
    if FileManager.default.fileExists(atPath: path) {
      sentences += try ConlluSentence.read(path: path).map(\.forms)
    } else {
      print("theMemoPathGivesThePlainPathsTags: \(path) is absent; checking the built-in sentences only")
    }
    let memo = TaggerMemo()
    var words = 0
    for s in sentences {
      var text = s.joined(separator: " ")
      var ranges: [Range<Int>] = []
      var start = 0
      for w in s {
        ranges.append(start..<(start + w.utf8.count))
        start += w.utf8.count + 1
      }
      let plain = text.withUTF8 { tagger.tag($0, words: ranges) }
      let memoized = text.withUTF8 { tagger.tag($0, words: ranges, memo: memo) }
      #expect(memoized == plain, "\(s)")
      // Asked word by word, from the middle first (as the extraction's rules ask), the
      // tags of a prefix are the whole sentence's.
      guard !s.isEmpty else { continue }
      let asked = text.withUTF8 { p in
        ([s.count / 2] + Array(s.indices)).enumerated().map { n, k in
          tagger.tag(p, words: ranges, at: k, first: n == 0, memo: memo)
        }.dropFirst()
      }
      #expect(Array(asked) == plain, "\(s)")
      words += s.count
    }
    #expect(words > 20)
  }

  @Test func everyTagHasItsCoNLLUName() {
    #expect(UniversalTag.allCases.count == 17)
    for t in UniversalTag.allCases { #expect(UniversalTag(name: t.name) == t) }
    #expect(UniversalTag(name: "NNP") == nil)
  }

  @Test func aCorruptModelIsRejectedWithItsName() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(getpid()).bin").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try AtomicFile.write("not a model", to: path)
    #expect(
      throws: EntenteError(
        .invalidValue, "'\(path)' is not a tagger model (no ENTPOS01 header); retrain it with entente-train-tagger")
    ) {
      try PartOfSpeechTagger(path: path)
    }
  }
}
