import Testing

@testable import EntenteExtraction

@Suite struct LexiconTests {
  func id(_ lexicon: Lexicon, _ word: String) -> Int32 {
    var word = word
    return word.withUTF8 { p in lexicon.id(p, 0..<p.count, ascii: !p.contains { $0 >= 0x80 }) }
  }

  @Test func foldingLexiconFindsWordsInAnyCase() {
    var l = Lexicon(folding: true)
    let war = l.intern("War")
    let turkiye = l.intern("Türkiye")
    #expect(war != 0 && turkiye != 0 && war != turkiye)
    #expect(l.intern("war") == war)  // the same word again
    #expect(id(l, "WAR") == war && id(l, "war") == war && id(l, "wAr") == war)
    #expect(id(l, "TÜRKIYE") == turkiye)  // lower-cased as a String when not ASCII
    #expect(id(l, "wars") == 0 && id(l, "") == 0 && id(l, "wa") == 0)
    #expect(l.word(war) == "war")
  }

  @Test func exactLexiconMatchesOnlyAsWritten() {
    var l = Lexicon(folding: false)
    let us = l.intern("US")
    #expect(id(l, "US") == us)
    #expect(id(l, "us") == 0 && id(l, "Us") == 0)
    l.intern("iOS")  // a word that does not start with a capital is still found
    #expect(id(l, "iOS") != 0 && id(l, "IOS") == 0)
  }

  @Test func manyWordsSurviveRehashing() {
    var l = Lexicon(folding: true)
    let ids = (0..<5_000).map { l.intern("w\($0)") }
    #expect(Set(ids).count == 5_000)
    #expect((0..<5_000).allSatisfy { id(l, "W\($0)") == ids[$0] })
  }
}

@Suite struct TokenizedSentenceTests {
  func scan(_ text: String, lower: Lexicon = Lexicon(folding: true)) -> (TokenizedSentence, [String]) {
    var text = text
    return text.withUTF8 { p in
      var s = TokenizedSentence()
      s.scan(p, 0..<p.count, lower: lower, exact: Lexicon(folding: false))
      return (s, s.tokens.map { String(decoding: UnsafeBufferPointer(rebasing: p[$0.bytes]), as: UTF8.self) })
    }
  }

  @Test func wordsPossessivesInitialismsAndPeriods() {
    let (s, words) = scan("Russia’s and Turkey's drones; the U.S. war. didn't")
    #expect(words == ["Russia", "and", "Turkey", "drones", "the", "U.S.", "war", "didn't"])
    #expect(s.tokens.map(\.possessive) == [true, false, true, false, false, false, false, false])
    #expect(s.tokens.map(\.negative) == [false, false, false, false, false, false, false, true])
    // Unicode scalar offsets, not bytes: the curly apostrophe is one scalar of three bytes.
    #expect(s.tokens[1].characters == 9..<12)
    #expect(s.tokens[1].bytes == 11..<14)
  }

  @Test func clausesAsidesQuestionsAndCommas() {
    let (s, words) = scan("A, b (c d) e; f? g: h")
    #expect(words == ["A", "b", "c", "d", "e", "f", "g", "h"])
    #expect(s.tokens.map(\.clause) == [0, 0, 1, 1, 0, 2, 2, 3])
    #expect(s.questionClauses == [2])
    #expect(s.firstComma == 1)
    #expect(s.clauseCount == 4)
  }

  @Test func yearsAreFourDigitsInRange() {
    let (s, _) = scan("In 2016, 1899 and 2101 and 20166 and 2020’s talks (07/2024).")
    #expect(s.tokens.filter { $0.year != 0 }.map(\.year) == [2016, 2020, 2024])
  }

  @Test func nonASCIIWordsAreLookedUpLowerCased() {
    var lower = Lexicon(folding: true)
    let id = lower.intern("ереван")
    let (s, words) = scan("ЕРЕВАН молчит", lower: lower)
    #expect(words == ["ЕРЕВАН", "молчит"])
    #expect(s.tokens.map(\.lower) == [id, 0])
  }
}
