extension ConlluSentence {
  /// A sentence's words with their gold tree: heads (-1 for the root) and relations.
  package typealias Tree = (words: [String], heads: [Int], relations: [String])

  /// The sentence as the treebank tokenizes it, with its tree.
  package var tree: Tree { (forms, heads, relations) }

  /// The sentence as the extraction's word scanner sees it, with the treebank's tree.
  ///
  /// The words are `extractionWords()`; a word whose head was dropped (punctuation, a
  /// possessive `'s`, the second half of a contraction) takes the nearest kept ancestor
  /// as its head, and keeps its own relation. `nil` when two scanner words come from one
  /// treebank word, or the tree would not have exactly one root.
  ///
  /// - Complexity: O(*n*·*d*) for *n* words of depth at most *d*.
  package func extractionTree() -> Tree? {
    let found = extractionWords()
    guard !found.isEmpty, heads.count == forms.count else { return nil }
    var position = [Int](repeating: -1, count: forms.count)
    for (k, w) in found.enumerated() {
      guard position[w.owner] < 0 else { return nil }
      position[w.owner] = k
    }
    var newHeads: [Int] = []
    var roots = 0
    for w in found {
      var h = heads[w.owner]
      var steps = 0
      while h >= 0 && position[h] < 0 && steps <= forms.count {
        h = heads[h]
        steps += 1
      }
      guard steps <= forms.count else { return nil }
      if h < 0 { roots += 1 }
      newHeads.append(h < 0 ? -1 : position[h])
    }
    guard roots == 1 else { return nil }
    return (found.map(\.word), newHeads, found.map { relations[$0.owner] })
  }
}
