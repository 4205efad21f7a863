import Entente
import Testing

@testable import EntenteExtraction

@Suite struct ConlluSentenceTests {
  // Words, lemmas and tags of a sentence written here, in CoNLL-U.
  let text = """
    # text = They didn't sell Peru's jets.
    1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_
    2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tsell\tsell\tVERB\tVB\t_\t0\troot\t_\t_
    4.1\tsold\tsell\tVERB\tVBD\t_\t_\t_\t_\t_
    5\tPeru\tPeru\tPROPN\tNNP\t_\t7\tnmod:poss\t_\tSpaceAfter=No
    6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_
    7\tjets\tjet\tNOUN\tNNS\t_\t4\tobj\t_\tSpaceAfter=No
    8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    """

  @Test func readsWordsSkipsEmptyNodesAndKeepsMultiwordTokens() throws {
    let sentences = try ConlluSentence.parse(text)
    #expect(sentences.count == 1)
    let s = try #require(sentences.first)
    #expect(s.forms == ["They", "did", "n't", "sell", "Peru", "'s", "jets", "."])
    #expect(s.lemmas[3] == "sell" && s.lemmas[6] == "jet")
    #expect(s.tags == [.pronoun, .auxiliary, .particle, .verb, .properNoun, .particle, .noun, .punctuation])
    #expect(s.spaceAfter == [true, true, true, true, false, true, false, true])
    #expect(s.multiwordTokens.map(\.words) == [1...2] && s.multiwordTokens.map(\.form) == ["didn't"])
  }

  @Test func extractionViewKeepsContractionsAndDropsPunctuationAndPossessives() throws {
    let s = try #require(try ConlluSentence.parse(text).first)
    let view = s.extractionView()
    #expect(view.words == ["They", "didn't", "sell", "Peru", "jets"])
    #expect(view.tags == [.pronoun, .auxiliary, .verb, .properNoun, .noun])
  }

  @Test func scannerWordsSplitLikeTheExtraction() {
    #expect(ConlluSentence.scannerWords("Iran-backed") == ["Iran", "backed"])
    #expect(ConlluSentence.scannerWords("U.S.") == ["U.S."])
    #expect(ConlluSentence.scannerWords("war.") == ["war"])
    #expect(ConlluSentence.scannerWords("Russia’s") == ["Russia"])
    #expect(ConlluSentence.scannerWords("it's") == ["it"])
    #expect(ConlluSentence.scannerWords("$") == [])
  }

  @Test func badLinesAreReportedWithTheirLine() {
    #expect(
      throws: EntenteError(
        .invalidValue, "a CoNLL-U word line has 3 columns; expected 10 separated by tabs",
        at: SourceLocation(file: "x.conllu", line: 2, column: 1))
    ) {
      try ConlluSentence.parse("# c\n1\tWord\tword\n", file: "x.conllu")
    }
    #expect(throws: EntenteError.self) { try ConlluSentence.parse("1\tWord\tword\tNOUNS\t_\t_\t0\troot\t_\t_\n") }
  }
}
