import Entente
import Foundation
import Testing

@testable import EntenteExtraction

@Suite struct LemmatizerTests {
  @Test func shippedTableLoads() throws {
    let l = try Lemmatizer.standard()
    #expect(!l.exceptions.isEmpty && !l.known.isEmpty)
  }

  /// The treebank's own lemmas win over the rules: its noun "supplies" stays "supplies".
  @Test(arguments: [
    ("sold", UniversalTag.verb, "sell"), ("Sold", .verb, "sell"), ("sanctioned", .verb, "sanction"),
    ("brokering", .verb, "broker"),
    ("supplies", .verb, "supply"), ("supplied", .verb, "supply"), ("attacks", .verb, "attack"),
    ("ambushed", .verb, "ambush"),
    ("expelled", .verb, "expel"), ("struck", .verb, "strike"), ("fired", .verb, "fire"), ("was", .auxiliary, "be"),
    ("has", .auxiliary, "have"), ("didn't", .auxiliary, "do"), ("didn’t", .auxiliary, "do"), ("tanks", .noun, "tank"),
    ("supplies", .noun, "supplies"), ("sanctions", .noun, "sanction"), ("talks", .noun, "talk"),
    ("ceasefires", .noun, "ceasefire"),
    ("Russians", .properNoun, "Russian"), ("Peru", .properNoun, "Peru"), ("bigger", .adjective, "big"),
  ])
  func shippedLemmas(word: String, tag: UniversalTag, lemma: String) throws {
    #expect(try Lemmatizer.standard().lemma(of: word, tag: tag) == lemma)
  }

  @Test(arguments: [
    ("sanctioned", UniversalTag.verb, "sanction"), ("brokering", .verb, "broker"), ("supplies", .verb, "supply"),
    ("attacks", .verb, "attack"), ("ambushed", .verb, "ambush"), ("ambushes", .verb, "ambush"),
    ("shelled", .verb, "shell"),
    ("escalated", .verb, "escalate"), ("mediating", .verb, "mediate"), ("stopped", .verb, "stop"),
    ("agreed", .verb, "agree"),
    ("compelled", .verb, "compel"), ("patrolling", .verb, "patrol"), ("released", .verb, "release"),
    ("acquired", .verb, "acquire"),
    ("howitzers", .noun, "howitzer"), ("militias", .noun, "militia"), ("taxes", .noun, "tax"),
    ("countries", .noun, "country"),
    ("crisis", .noun, "crisis"), ("happier", .adjective, "happy"), ("hotter", .adjective, "hot"),
    ("eager", .adjective, "eager"),
    ("May", .properNoun, "May"), ("froze", .verb, "freeze"), ("overran", .verb, "overrun"), ("spread", .verb, "spread"),
    ("withdrew", .verb, "withdraw"),
  ])
  func rulesAloneHandleUnknownWords(word: String, tag: UniversalTag, lemma: String) {
    #expect(Lemmatizer().lemma(of: word, tag: tag) == lemma)
  }

  @Test func learntTableIsDeterministicAndRoundTrips() throws {
    let text = """
      1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
      2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_
      3\thome\thome\tADV\tRB\t_\t2\tadvmod\t_\t_

      1\tWolves\twolf\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
      2\tcreate\tcreate\tVERB\tVBP\t_\t0\troot\t_\t_
      3\tchaos\tchaos\tNOUN\tNN\t_\t2\tobj\t_\t_

      """
    let sentences = try ConlluSentence.parse(text)
    let a = Lemmatizer.table(learningFrom: sentences, header: ["test"])
    #expect(a == Lemmatizer.table(learningFrom: sentences, header: ["test"]))
    #expect(a.hasPrefix("# test\n"))
    #expect(a.contains("went\tVERB\tgo\n") && a.contains("create\tVERB\n") && a.contains("wolf\tNOUN\n"))
    // The rules already give these (for "wolves": "wolf" is a known noun).
    #expect(!a.contains("chaos\tNOUN\tchaos") && !a.contains("wolves"))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lemmas-\(getpid()).tsv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try AtomicFile.write(a, to: path)
    let l = try Lemmatizer(path: path)
    #expect(l.lemma(of: "Went", tag: .verb) == "go" && l.lemma(of: "created", tag: .verb) == "create")
    #expect(l.lemma(of: "wolves", tag: .noun) == "wolf")
  }

  @Test func badTableLinesAreReportedWithTheirLine() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-lemmas-\(getpid()).tsv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try AtomicFile.write("# c\nwent\tVRB\tgo\n", to: path)
    #expect(
      throws: EntenteError(
        .invalidValue, "expected 'form<TAB>UPOS<TAB>lemma' or 'lemma<TAB>UPOS' with a UPOS tag such as VERB",
        at: SourceLocation(file: path, line: 2, column: 1))
    ) { try Lemmatizer(path: path) }
  }
}
