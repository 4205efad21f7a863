import Entente
import Testing

@testable import EntenteExtraction

@Suite struct PatternIndexTests {
  /// Seventy noun classes (the built-in table has 37 and a `--lexicon` file adds its own):
  /// each word is of its own class only; bits of classes 64 apart, or 32 apart, never meet.
  @Test func everyClassKeepsItsOwnBitPastSixtyFour() throws {
    let vocabulary = try RelationVocabulary.standard()
    var text = ""
    for n in 0..<70 { text += "@c\(n)\tword\(n)\n" }
    text += "tension\tquarrel\tverb\tsubj\twith\tc69\tholds\n"
    var table = PatternTable()
    try table.read(text: text, name: "classes.tsv", vocabulary: vocabulary)
    var lexicon = Lexicon(folding: true)
    let index = PatternIndex(table, vocabulary: vocabulary, into: &lexicon)
    for n in [0, 5, 31, 32, 37, 63, 64, 69] {
      let word = lexicon.intern("word\(n)")
      let classes = (0..<70).filter { index.isClass(word, index.classIndex("c\($0)")) }
      #expect(classes == [n], "word\(n) is of classes \(classes)")
      #expect(index.isAnyClass(word))
    }
    #expect(!index.isAnyClass(lexicon.intern("quarrel")))
    #expect(index.thingClass == [index.classIndex("c69")])
  }

  /// "to=state" reads as the state-only form of the preposition, and the index interns the
  /// preposition itself; "=state" alone is a plain (odd) preposition, not an empty one.
  @Test func aStatePrepositionRoleKeepsItsPreposition() throws {
    #expect(PatternTable.Role("to=state") == .statePreposition("to"))
    #expect(PatternTable.Role("in=state") == .statePreposition("in"))
    #expect(PatternTable.Role("=state") == .preposition("=state"))
    #expect(PatternTable.Role("to") == .preposition("to"))
    let vocabulary = try RelationVocabulary.standard()
    var table = PatternTable()
    try table.read(text: "support\tdeploy\tverb\tsubj\tto=state\t-\tholds\n", name: "p.tsv", vocabulary: vocabulary)
    var lexicon = Lexicon(folding: true)
    let index = PatternIndex(table, vocabulary: vocabulary, into: &lexicon)
    #expect(index.patientWords[0] == [lexicon.intern("to")])
  }
}
