/// How a parser's trees compare with gold trees: attachment scores over all words (as
/// the CoNLL 2018 shared task counts them) and over words that are not punctuation.
package struct AttachmentScore: Sendable, Equatable {
  /// Words scored.
  package var words = 0
  /// Words with the right head.
  package var unlabelled = 0
  /// Words with the right head and relation (subtype included).
  package var labelled = 0
  /// Words scored, punctuation (gold `punct`) left out.
  package var wordsNoPunctuation = 0
  /// Of those, with the right head.
  package var unlabelledNoPunctuation = 0
  /// Of those, with the right head and relation.
  package var labelledNoPunctuation = 0

  /// A score of nothing yet.
  package init() {}

  /// The unlabelled attachment score (share of words with the right head), 0 to 1.
  package var uas: Double { words == 0 ? 0 : Double(unlabelled) / Double(words) }
  /// The labelled attachment score, 0 to 1.
  package var las: Double { words == 0 ? 0 : Double(labelled) / Double(words) }
}

extension DependencyParser {
  /// Parses each gold sentence and compares its tree with the gold one.
  ///
  /// - Parameters:
  ///   - sentences: the sentences with their gold trees.
  ///   - tags: the tags to parse each sentence with (the tagger's, for a fair score).
  ///   - lemmas: the lemmas to parse each sentence with.
  /// - Returns: the attachment scores.
  /// - Complexity: O(*n*) in the sentences' words.
  package func score(_ sentences: [ConlluSentence.Tree], tags: [[UniversalTag]], lemmas: [[String]])
    -> AttachmentScore
  {
    var score = AttachmentScore()
    for (i, s) in sentences.enumerated() {
      let parse = parse(words: s.words, tags: tags[i], lemmas: lemmas[i])
      for w in s.words.indices {
        let head = Int(parse.heads[w]) == s.heads[w]
        let label = head && parse.labels[w] == s.relations[w]
        score.words += 1
        if head { score.unlabelled += 1 }
        if label { score.labelled += 1 }
        if s.relations[w] != "punct" {
          score.wordsNoPunctuation += 1
          if head { score.unlabelledNoPunctuation += 1 }
          if label { score.labelledNoPunctuation += 1 }
        }
      }
    }
    return score
  }
}
