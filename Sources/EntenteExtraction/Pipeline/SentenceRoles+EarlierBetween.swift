/// The sides an earlier "between" names (role `betweenbefore`).
extension SentenceRoles {
  /// The actors after the last "between" or "among" before token `head` in the sentence,
  /// when two or more are coordinated there: "Talks between A and B opened, with X and Y
  /// as guarantors" (the guarantors mediate between A and B).
  ///
  /// The actors must follow "between" within three words (determiners), as for the
  /// `between` role, and stand before the pattern.
  ///
  /// - Parameter head: the pattern's first token.
  /// - Returns: the mentions (at least two), or none.
  /// - Complexity: O(*w*) for *w* words before the pattern, plus the coordination chain.
  func earlierBetween(before head: Int) -> [Int] {
    var k = head - 1
    while k >= 0 {
      if t[k].lower == x.words.between || t[k].lower == x.words.among {
        var j = k + 1
        while j < head, j - k <= 3 {
          if mentionAt[j] >= 0 {
            let chain = chainForward(mentionAt[j]).filter { mentions[$0].tokens.upperBound <= head }
            return chain.count >= 2 ? chain : []
          }
          if x.classes.is(t[j].lower, WordClasses.preposition) { return [] }
          j += 1
        }
        return []
      }
      k -= 1
    }
    return []
  }
}
