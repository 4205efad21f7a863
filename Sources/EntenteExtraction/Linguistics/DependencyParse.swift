/// The dependency tree of one sentence, as `DependencyParser.parse(words:tags:lemmas:)`
/// gives it: each word's syntactic head and its Universal Dependencies relation to it.
///
/// Word *i* of the sentence has head `heads[i]` (the index of another word of the same
/// sentence, or -1 when *i* is the root of the sentence, exactly one word) and relation
/// `labels[i]`: a UD relation with its English subtype when it has one (`nsubj`,
/// `nsubj:pass`, `obj`, `iobj`, `obl`, `obl:agent`, `nmod`, `nmod:poss`, `compound`,
/// `amod`, `acl`, `acl:relcl`, `conj`, `cc`, `case`, `mark`, `aux`, `aux:pass`, `cop`,
/// `advmod`, `xcomp`, `ccomp`, `advcl`, `det`, `punct`, `root`, ...; the full list is
/// `DependencyParser.labels`).
///
///     // "Peru 's army was attacked by rebels"
///     heads  == [2, 0, 4, 4, -1, 6, 4]
///     labels == ["nmod:poss", "case", "nsubj:pass", "aux:pass", "root", "case", "obl:agent"]
public struct DependencyParse: Sendable, Equatable, Hashable {
  /// For each word, the index of its head word in the sentence, or -1 for the root.
  public var heads: [Int32]
  /// For each word, its relation to its head (`"nsubj"`, `"obl:agent"`, `"root"`).
  public var labels: [String]

  /// A parse from its heads and labels (one of each per word).
  public init(heads: [Int32], labels: [String]) {
    self.heads = heads
    self.labels = labels
  }

  /// The number of words.
  public var count: Int { heads.count }

  /// The index of the root word, or `nil` for an empty sentence.
  public var root: Int? { heads.firstIndex(of: -1) }

  /// The words whose head is word `head`, in sentence order.
  ///
  /// - Complexity: O(*n*) for *n* words.
  public func dependents(of head: Int) -> [Int] {
    heads.indices.filter { Int(heads[$0]) == head }
  }

  /// The words whose head is word `head` with relation `label` (exactly, so `"nsubj"`
  /// does not match `"nsubj:pass"`), in sentence order.
  ///
  /// - Complexity: O(*n*) for *n* words.
  public func dependents(of head: Int, labelled label: String) -> [Int] {
    heads.indices.filter { Int(heads[$0]) == head && labels[$0] == label }
  }

  /// The head of word `word`, or `nil` when it is the root (or out of range).
  public func head(of word: Int) -> Int? {
    guard heads.indices.contains(word), heads[word] >= 0 else { return nil }
    return Int(heads[word])
  }
}
