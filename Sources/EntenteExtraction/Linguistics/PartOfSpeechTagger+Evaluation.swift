extension PartOfSpeechTagger {
  /// How many words of `sentences` the tagger tags as the treebank does, and how many
  /// words there are.
  ///
  /// - Complexity: O(*n*) in the sentences' words.
  package func score(_ sentences: [PerceptronTrainer.Example]) -> (right: Int, total: Int) {
    var right = 0
    var total = 0
    for s in sentences {
      for (a, b) in zip(tag(s.words), s.tags) where a == b { right += 1 }
      total += s.tags.count
    }
    return (right, total)
  }
}

extension ConlluSentence {
  /// The sentence as the treebank tokenizes it: its syntactic words and their tags.
  package var example: PerceptronTrainer.Example { (forms, tags) }
}
