/// Finds the actor mentions that only say where a former office holder came from.
///
/// Rule: a former official speaks for no state. "Former Nigerian president X mediated",
/// "Kenya's former president", "the former prime minister of Kenya", "an ex-minister of
/// Peru": the demonym or possessor names no actor there, so the person's acts are nobody's
/// (and "the AU sent former Kenyan president X to mediate" is the AU's). A person named in
/// the catalogue is already an actor only during the person's term. "Former" before any
/// other noun ("a former Soviet republic", "its former ally") keeps the mention.
enum FormerHolders {
  /// The indices of `mentions` that describe a former office holder, ascending.
  ///
  /// - Parameters:
  ///   - t: The sentence's words.
  ///   - mentions: Its actor mentions, in token order.
  ///   - words: The office and "former" words.
  ///   - determiner: Whether a word id is a determiner ("a", "the").
  /// - Returns: The mentions to drop (empty for most sentences).
  /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
  static func mentions(
    _ t: [Token], _ mentions: [ActorMatcher.Mention], words: ArgumentWords, determiner: (Int32) -> Bool
  ) -> [Int] {
    guard t.contains(where: { words.former.contains($0.lower) }) else { return [] }
    func former(_ k: Int) -> Bool { k >= 0 && k < t.count && words.former.contains(t[k].lower) }
    func office(_ k: Int) -> Bool { k >= 0 && k < t.count && words.offices.contains(t[k].lower) }
    var out: [Int] = []
    for (i, m) in mentions.enumerated() where !m.tokens.isEmpty {
      let s = m.tokens.lowerBound
      let e = m.tokens.upperBound
      var before = s - 1
      if before >= 0, determiner(t[before].lower), !former(before) { before -= 1 }
      // "former Nigerian president", "ex-Kenyan minister".
      let formerBefore = former(s - 1) || (former(before) && before == s - 2)
      let officeAfter = office(e) || (e + 1 < t.count && office(e + 1) && t[e + 1].gap & Gap.comma == 0)
      if formerBefore && (officeAfter || m.form == .person) {
        out.append(i)
        continue
      }
      // "Kenya's former president".
      if m.possessive, former(e), office(e + 1) || office(e + 2) {
        out.append(i)
        continue
      }
      // "the former (prime) minister of Kenya".
      if s >= 3, t[s - 1].lower == words.of, office(s - 2),
        former(s - 3) || (office(s - 3) && former(s - 4))
      {
        out.append(i)
      }
    }
    return out
  }
}
