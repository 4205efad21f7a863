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
}
