/// The apposition that closes a noun pattern's phrase (role `apposed`).
extension SentenceRoles {
  /// The actors of an apposition after the pattern's phrase.
  ///
  /// "Russia's closest ally, Belarus, hosted", "Japan's top supplier of crude, the UAE,
  /// cut output", "relies on its biggest customer, China".
  ///
  /// The phrase ends at the first comma at most six words after the pattern, with no
  /// actor, verb of *be*, modal or relative pronoun before it; right after that comma (or
  /// after "the") stands an actor, with those coordinated with it, and the apposition is
  /// closed: a comma, a clause break or the sentence's end follows it. A clause that goes
  /// on after the actor ("After Russia lost its ally, Belarus closed the border") is no
  /// apposition.
  ///
  /// - Parameter end: the pattern's last token.
  /// - Returns: the mentions, or none.
  /// - Complexity: O(1) (a few tokens) plus the coordination chain.
  func closedApposition(after end: Int) -> [Int] {
    var k = end + 1
    while k < t.count, k - end <= 6, t[k].gap & Gap.comma == 0 {
      if mentionAt[k] >= 0 || t[k].clause != t[end].clause { return [] }
      if x.classes.is(t[k].lower, WordClasses.be | WordClasses.modal | WordClasses.relative) { return [] }
      k += 1
    }
    guard k < t.count, k - end <= 6, t[k].gap & Gap.comma != 0 else { return [] }
    if mentionAt[k] < 0, t[k].lower == x.words.the, k + 1 < t.count, t[k + 1].gap == 0 { k += 1 }
    guard mentionAt[k] >= 0, mentions[mentionAt[k]].tokens.lowerBound == k else { return [] }
    let chain = chainForward(mentionAt[k])
    guard let last = chain.last else { return [] }
    let after = mentions[last].tokens.upperBound
    guard after >= t.count || t[after].gap & Gap.comma != 0 || t[after].clause != t[k].clause else { return [] }
    return chain
  }
}
