/// A dependency tree over a sentence's tokens, as the role layer reads it.
///
/// The one place where a parser's output is mapped to what `DependencyRoles` asks: a head
/// per word (-1 for the root) and a Universal Dependencies relation per word, reduced to
/// the relations roles need (`Relation`). A tree whose arrays do not match the sentence's
/// tokens is refused (`init?`), so a parser that split words differently yields no roles
/// rather than wrong ones.
package struct DependencyTree: Sendable, Equatable {
  /// The relations roles read; every other UD relation is `.other`.
  package enum Relation: UInt8, Sendable, Equatable {
    case root, nsubj, nsubjPass, csubj, obj, iobj, obl, oblAgent, nmod, nmodPoss, caseMarker, amod, compound
    case conj, cc, xcomp, ccomp, advcl, acl, aclRelcl, appos, det, mark, aux, auxPass, cop, advmod, flat, other

    /// The relation a UD label (`nsubj:pass`, `obl:tmod`, `NMOD:POSS`...) stands for.
    ///
    /// - Parameter label: a UD relation with an optional subtype.
    package init(ud label: some StringProtocol) {
      let l = label.lowercased()
      switch l {
      case "root": self = .root
      case "nsubj", "nsubj:outer", "expl": self = .nsubj
      case "nsubj:pass": self = .nsubjPass
      case "csubj", "csubj:pass": self = .csubj
      case "obj", "dobj": self = .obj
      case "iobj": self = .iobj
      case "obl:agent": self = .oblAgent
      case "nmod:poss": self = .nmodPoss
      case "case": self = .caseMarker
      case "amod": self = .amod
      case "conj": self = .conj
      case "cc", "cc:preconj": self = .cc
      case "xcomp": self = .xcomp
      case "ccomp": self = .ccomp
      case "advcl", "advcl:relcl": self = .advcl
      case "acl:relcl": self = .aclRelcl
      case "appos": self = .appos
      case "det", "det:poss", "det:predet": self = .det
      case "mark": self = .mark
      case "aux": self = .aux
      case "aux:pass": self = .auxPass
      case "cop": self = .cop
      case "advmod": self = .advmod
      case "flat", "flat:foreign", "fixed", "goeswith": self = .flat
      default:
        if l.hasPrefix("obl") {
          self = .obl
        } else if l.hasPrefix("nmod") {
          self = .nmod
        } else if l.hasPrefix("compound") {
          self = .compound
        } else if l.hasPrefix("acl") {
          self = .acl
        } else {
          self = .other
        }
      }
    }
  }

  /// The head of each word (-1: the root).
  package let heads: [Int32]
  /// The relation of each word to its head.
  package let relations: [Relation]
  /// The dependents of each word, left to right (flattened: `children[childStart[k]..<childStart[k + 1]]`).
  private let children: [Int32]
  private let childStart: [Int32]

  /// A tree from heads and relations, nil when their counts differ from `count`, a head
  /// is out of range, or a word heads itself.
  ///
  /// - Parameters:
  ///   - heads: the head of each word, -1 for the root.
  ///   - relations: the relation of each word.
  ///   - count: the sentence's token count.
  /// - Complexity: O(n) for n words.
  package init?(heads: [Int32], relations: [Relation], count: Int) {
    guard heads.count == count, relations.count == count else { return nil }
    var counts = [Int32](repeating: 0, count: count + 1)
    for (k, h) in heads.enumerated() {
      guard h >= -1, h < count, Int(h) != k else { return nil }
      if h >= 0 { counts[Int(h) + 1] += 1 }
    }
    for k in 0..<count { counts[k + 1] += counts[k] }
    var fill = counts
    var children = [Int32](repeating: 0, count: max(0, Int(counts[count])))
    for (k, h) in heads.enumerated() where h >= 0 {
      children[Int(fill[Int(h)])] = Int32(k)
      fill[Int(h)] += 1
    }
    self.heads = heads
    self.relations = relations
    self.children = children
    self.childStart = counts
  }

  /// A tree from heads and UD labels (see `init(heads:relations:count:)`).
  ///
  /// - Parameters:
  ///   - heads: the head of each word, -1 for the root.
  ///   - labels: the UD relation of each word.
  ///   - count: the sentence's token count.
  package init?(heads: [Int32], labels: [some StringProtocol], count: Int) {
    self.init(heads: heads, relations: labels.map { Relation(ud: $0) }, count: count)
  }

  /// How many words the tree has.
  package var count: Int { heads.count }

  /// The dependents of word `k`, left to right.
  package func dependents(of k: Int) -> ArraySlice<Int32> {
    children[Int(childStart[k])..<Int(childStart[k + 1])]
  }

  /// The dependents of word `k` with relation `r`, left to right.
  package func dependents(of k: Int, _ r: Relation) -> [Int] {
    dependents(of: k).lazy.filter { relations[Int($0)] == r }.map { Int($0) }
  }

  /// The head of word `k`, nil for the root.
  package func head(of k: Int) -> Int? { heads[k] >= 0 ? Int(heads[k]) : nil }

  /// Whether `a` lies in the subtree of `b` (or is `b`).
  ///
  /// - Complexity: O(depth); a cycle in bad parser output ends after `count` steps.
  package func descends(_ a: Int, from b: Int) -> Bool {
    var k = a
    var steps = 0
    while steps <= count {
      if k == b { return true }
      guard let h = head(of: k) else { return false }
      k = h
      steps += 1
    }
    return false
  }
}
