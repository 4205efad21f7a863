import Entente
import Foundation
import Testing

@testable import EntenteExtraction

/// Argument roles read from a dependency tree (`DependencyRoles`), with trees written by
/// hand in the test, so the role layer is checked apart from any parser's mistakes.
///
/// All sentences invented for these tests. A tree is written CoNLL-style, one `head:label`
/// per token (heads from 1, 0 for the root), over the tokens extraction reads: punctuation
/// dropped, a possessive `'s` split off its word. Each case gives the exact relations with
/// the tree ("SOURCE kind TARGET YEAR", sorted; the document is dated 2022-05) and those of
/// the window rules alone, so that each shows what the tree adds or must not add.
@Suite struct DependencyRoleSentenceTests {
  struct Case: Sendable {
    let text: String
    let tree: String
    let withTree: [String]
    let windowOnly: [String]
  }

  /// The tree of `spec` over `count` words (nil when the spec is malformed or its length differs).
  static func tree(_ spec: String, count: Int) -> DependencyTree? {
    var heads: [Int32] = []
    var labels: [String] = []
    for item in spec.split(separator: " ") {
      let parts = item.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let h = Int32(parts[0]) else { return nil }
      heads.append(h - 1)
      labels.append(String(parts[1]))
    }
    return DependencyTree(heads: heads, labels: labels, count: count)
  }

  /// Runs `c` with its tree as the parser's answer (fallback mode), or with no parser.
  static func run(_ c: Case, mode: DependencyParsing.Mode? = .fallback) -> [String] {
    guard var e = RelationExtractorTests.extractor, let d = try? EntenteDate(parsing: "2022-05") else {
      return ["no extractor"]
    }
    if let mode {
      let spec = c.tree
      e.dependencies = DependencyParsing(mode: mode) { words, _ in Self.tree(spec, count: words.count) }
    }
    let doc = DocumentSource(document: Document(id: "t", date: d), text: c.text, offset: 0)
    return e.extract(doc).map { "\($0.source) \($0.kind) \($0.target) \($0.date.year)" }.sorted()
  }

  func check(_ c: Case) {
    #expect(Self.run(c) == c.withTree, "with tree: \(c.text)")
    #expect(Self.run(c, mode: nil) == c.windowOnly, "window only: \(c.text)")
  }

  /// Control verbs: an infinitive's subject is its controller's subject, or its object
  /// when the controller has one ("urged Y to").
  static let control: [Case] = [
    .init(
      text: "Iran, angered by the killings, decided on Monday to strike Israel.",
      tree: "6:nsubj 1:acl 5:case 5:det 2:obl:agent 0:root 8:case 6:obl 10:mark 6:xcomp 10:obj",
      withTree: ["IRN hostility ISR 2022"], windowOnly: ["IRN hostility ISR 2022"]),
    // A vow is a threat of a future act: the mode rules keep it out, tree or not.
    .init(
      text: "Iran, angered by the killings, vowed on Monday to strike Israel.",
      tree: "6:nsubj 1:acl 5:case 5:det 2:obl:agent 0:root 8:case 6:obl 10:mark 6:xcomp 10:obj",
      withTree: [], windowOnly: []),
  ]

  @Test(arguments: control.indices)
  func readsControl(_ i: Int) { check(Self.control[i]) }

  /// Coordinated verbs share their subject; a verb with no object shares the next one's.
  static let coordinatedVerbs: [Case] = [
    .init(
      text: "Serbia mobilised its reserves last week and then shelled Bosnia.",
      tree: "2:nsubj 0:root 4:nmod:poss 2:obj 6:amod 2:obl:tmod 9:cc 9:advmod 2:conj 9:obj",
      withTree: ["SRB hostility BIH 2022"], windowOnly: ["SRB hostility BIH 2022"]),
    .init(
      text: "Serbia, which Hungary had long courted, mobilised the reserves and then shelled Bosnia.",
      tree: "8:nsubj 6:obj 6:nsubj 6:aux 6:advmod 1:acl:relcl 0:root 10:det 8:obj 13:cc 13:advmod 8:conj 13:obj",
      withTree: ["SRB hostility BIH 2022"], windowOnly: ["SRB hostility BIH 2022"]),
  ]

  @Test(arguments: coordinatedVerbs.indices)
  func readsCoordinatedVerbs(_ i: Int) { check(Self.coordinatedVerbs[i]) }

  /// Relative clauses: the noun a relative clause modifies fills the role its pronoun
  /// holds; a subject named far inside the clause is found through its "of" phrase.
  static let relativeClauses: [Case] = [
    .init(
      text: "Armenia, which the armed forces of Azerbaijan shelled in 2021, rebuilt the villages.",
      tree: "11:nsubj 8:obj 5:det 5:amod 8:nsubj 7:case 5:nmod 1:acl:relcl 10:case 8:obl 0:root 13:det 11:obj",
      withTree: ["AZE hostility ARM 2021"], windowOnly: []),
    // The antecedent is no actor: nothing.
    .init(
      text: "The militia, which attacked Chad in May, disbanded.",
      tree: "2:det 8:nsubj 4:nsubj 2:acl:relcl 4:obj 7:case 4:obl 0:root",
      withTree: [], windowOnly: []),
  ]

  @Test(arguments: relativeClauses.indices)
  func readsRelativeClauses(_ i: Int) { check(Self.relativeClauses[i]) }

  /// Passives whose by-agent stands far from the verb, with coordinated agents.
  static let passives: [Case] = [
    .init(
      text:
        "Ukraine was supplied with tanks and howitzers throughout the spring and early summer by Germany and Poland.",
      tree: "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 7:cc 5:conj 10:case 10:det 3:obl 13:cc 13:amod 10:conj "
        + "15:case 3:obl:agent 17:cc 15:conj",
      withTree: ["DEU arms_supply UKR 2022", "POL arms_supply UKR 2022"], windowOnly: [])
  ]

  /// Common nouns that stand for an actor ("the armed forces of X") and indirect objects.
  static let nounArguments: [Case] = [
    .init(
      text: "Germany gave the armed forces of Ukraine tanks.",
      tree: "2:nsubj 0:root 5:det 5:amod 2:iobj 7:case 5:nmod 2:obj",
      withTree: ["DEU arms_supply UKR 2022"], windowOnly: []),
    // The forces are in Ukraine, not of it: no recipient.
    .init(
      text: "Germany gave the forces in Ukraine tanks.",
      tree: "2:nsubj 0:root 4:det 2:iobj 6:case 4:nmod 2:obj",
      withTree: [], windowOnly: []),
  ]

  @Test(arguments: nounArguments.indices)
  func readsNounArguments(_ i: Int) { check(Self.nounArguments[i]) }

  @Test(arguments: passives.indices)
  func readsPassives(_ i: Int) { check(Self.passives[i]) }

  /// Where the tree names no actor, or does not fit the sentence, nothing is added.
  static let nothing: [Case] = [
    .init(
      text: "Iran vowed to strike back.", tree: "2:nsubj 0:root 4:mark 2:xcomp 4:advmod", withTree: [],
      windowOnly: []),
    // A tree over other words than the sentence's (a parser that split differently) is ignored.
    .init(
      text: "Iran, angered by the killings, vowed on Monday to strike Israel.",
      tree: "2:nsubj 0:root 4:mark 2:xcomp 4:obj", withTree: [], windowOnly: []),
  ]

  @Test(arguments: nothing.indices)
  func readsNothing(_ i: Int) { check(Self.nothing[i]) }

  /// UD labels map to the relations roles read; bad trees are refused.
  @Test func mapsLabelsAndRefusesBadTrees() throws {
    #expect(DependencyTree.Relation(ud: "nsubj:pass") == .nsubjPass)
    #expect(DependencyTree.Relation(ud: "obl:tmod") == .obl)
    #expect(DependencyTree.Relation(ud: "nmod:poss") == .nmodPoss)
    #expect(DependencyTree.Relation(ud: "nmod:npmod") == .nmod)
    #expect(DependencyTree.Relation(ud: "compound:prt") == .compound)
    #expect(DependencyTree.Relation(ud: "acl:relcl") == .aclRelcl)
    #expect(DependencyTree.Relation(ud: "punct") == .other)
    #expect(DependencyTree(heads: [1, -1], labels: ["nsubj", "root"], count: 3) == nil)
    #expect(DependencyTree(heads: [0, -1], labels: ["nsubj", "root"], count: 2) == nil)
    #expect(DependencyTree(heads: [5, -1], labels: ["nsubj", "root"], count: 2) == nil)
    let t = try #require(DependencyTree(heads: [1, -1, 1, 2], labels: ["nsubj", "root", "obj", "conj"], count: 4))
    #expect(Array(t.dependents(of: 1)) == [0, 2])
    #expect(t.dependents(of: 2, .conj) == [3])
    #expect(t.descends(3, from: 1) && !t.descends(1, from: 3))
  }
}
