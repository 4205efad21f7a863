import Entente
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct PerceptronTrainerTests {
  /// A tiny corpus of our own.
  let corpus: [PerceptronTrainer.Example] = [
    ("Chile sold jets to Peru .", "PROPN VERB NOUN ADP PROPN PUNCT"),
    ("Peru bought tanks from Chile .", "PROPN VERB NOUN ADP PROPN PUNCT"),
    ("The army may attack the city .", "DET NOUN AUX VERB DET NOUN PUNCT"),
    ("They attack at night .", "PRON VERB ADP NOUN PUNCT"),
    ("The attack failed .", "DET NOUN VERB PUNCT"),
    ("Bolivia sold drones to Chile .", "PROPN VERB NOUN ADP PROPN PUNCT"),
  ].map {
    (
      String($0.0).split(separator: " ").map(String.init),
      $0.1.split(separator: " ").compactMap { UniversalTag(name: $0) }
    )
  }

  func train(seed: UInt64 = 7) -> PerceptronModel {
    var t = PerceptronTrainer()
    t.iterations = 8
    t.seed = seed
    t.dictionaryMinimumCount = 3
    return t.train(corpus, dictionarySource: corpus)
  }

  @Test func theSameDataAndSeedGiveTheSameBytes() {
    #expect(train().encoded() == train().encoded())
    #expect(!train().keys.isEmpty)
  }

  @Test func aModelLearnsItsTrainingSentencesAndRoundTripsThroughItsFile() throws {
    let model = train()
    let tagger = PartOfSpeechTagger(model: model)
    let score = tagger.score(corpus)
    #expect(score.right == score.total)
    #expect(tagger.tag(["The", "attack", "failed", "."]) == [.determiner, .noun, .verb, .punctuation])
    let bytes = model.encoded()
    let decoded = try PerceptronModel(bytes: bytes, file: "m.bin")
    #expect(decoded.encoded() == bytes)
    // "." and "to" are seen three times or more with one tag: they are in the dictionary.
    #expect(model.dictionaryWords.count >= 2)
  }

  @Test func truncatedModelsAreRejected() {
    let bytes = Array(train().encoded().dropLast())
    #expect(throws: EntenteError.self) {
      try PerceptronModel(bytes: bytes, file: "m.bin")
    }
  }

  @Test func splitMixIsFixedBySeed() {
    var a = SplitMix64(seed: 1)
    var b = SplitMix64(seed: 1)
    #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    var c = SplitMix64(seed: 0)
    #expect(c.next() == 0xE220_A839_7B1D_CDAF)  // the reference value for seed 0
  }
}

@Suite struct TaggerAccuracyTests {
  static let treebank: String? = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    let p = url.appendingPathComponent("shared/data/ud-english-ewt").path
    return FileManager.default.fileExists(atPath: p + "/en_ewt-ud-test.conllu") ? p : nil
  }()

  @Test(
    .disabled(
      if: treebank == nil,
      "../shared/data/ud-english-ewt is absent; the tagger's accuracy on its test file is not measured"))
  func uposAccuracyOnTheTreebankTestFileIsAtLeast94Percent() throws {
    let dir = try #require(Self.treebank)
    let test = try ConlluSentence.read(path: dir + "/en_ewt-ud-test.conllu")
    let score = try PartOfSpeechTagger.standard().score(test.map(\.example))
    let accuracy = Double(score.right) / Double(score.total)
    print("UPOS accuracy on en_ewt-ud-test.conllu: \(score.right)/\(score.total) = \(accuracy)")
    #expect(score.total > 25_000)
    #expect(accuracy >= 0.94)
  }
}
