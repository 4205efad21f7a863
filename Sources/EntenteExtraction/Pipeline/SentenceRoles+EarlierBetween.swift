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
    return meetingSides(before: head)
  }

  /// The coordinated actors that open the sentence and meet, talk or sign before token
  /// `head`, in its clause: "The leaders of A and B met in C under the auspices of X", "A
  /// and B agreed to a truce at talks hosted by X" (the sides of the meeting X holds).
  ///
  /// Before the first actor only an article, office or delegation nouns and "of"/"from"
  /// may stand; the verb (`ArgumentWords.meeting`) follows the actors within three words.
  ///
  /// - Parameter head: the pattern's first token.
  /// - Returns: the mentions (at least two), or none.
  /// - Complexity: O(*w*) for *w* words before the pattern.
  func meetingSides(before head: Int) -> [Int] {
    guard let first = mentionAt.firstIndex(where: { $0 >= 0 }), first < head, first <= 4 else { return [] }
    for j in 0..<first {
      let w = t[j].lower
      guard
        w == x.words.the || w == x.words.of || w == x.arguments.from || x.arguments.offices.contains(w)
          || x.arguments.representing.contains(w)
      else { return [] }
    }
    let chain = chainForward(mentionAt[first]).filter { mentions[$0].tokens.upperBound <= head }
    guard chain.count >= 2, let last = chain.last else { return [] }
    var v = mentions[last].tokens.upperBound
    while v < head, v - mentions[last].tokens.upperBound < 3, !x.arguments.meeting.contains(t[v].lower) {
      if mentionAt[v] >= 0 || t[v].gap & Gap.comma != 0 { return [] }
      v += 1
    }
    guard v < head, x.arguments.meeting.contains(t[v].lower), t[v].clause == t[head].clause else { return [] }
    return chain
  }
}

extension SentenceRoles {
  /// Two actors joined by a hyphen or dash before the verb's object noun, its sides:
  /// "hosted Venezuela-Guyana talks", "brokered the Israel-Hamas truce" (the object phrase
  /// starts within three words of the verb, or six past an "of", in its clause, with no comma).
  ///
  /// - Parameters:
  ///   - end: the verb's last token.
  ///   - clause: the verb's clause.
  /// - Returns: the two mentions, or none.
  /// - Complexity: O(1).
  func joinedPair(after end: Int, clause: Int32) -> [Int] {
    var k = end + 1
    // ("hosted a fresh round of Rwanda-Congo talks": past an "of", the phrase may start
    // within six words.)
    var of = false
    while k < t.count, k - end <= 6, t[k].clause == clause, t[k].gap & Gap.comma == 0 {
      if t[k].lower == x.words.of { of = true }
      if k - end > 3, !of { break }
      if mentionAt[k] >= 0 {
        let a = mentionAt[k]
        let next = mentions[a].tokens.upperBound
        guard next < t.count, mentionAt[next] >= 0, mentionAt[next] != a, t[next].gap & Gap.joined != 0 else {
          return []
        }
        let b = mentionAt[next]
        let after = mentions[b].tokens.upperBound
        // The pair modifies a noun ("talks"), it is not a name ("the Iran-Iraq War" is).
        guard after < t.count, mentionAt[after] < 0, t[after].gap & (Gap.comma | Gap.joined) == 0,
          !t[after].capital
        else { return [] }
        return [a, b]
      }
      k += 1
    }
    return []
  }
}
