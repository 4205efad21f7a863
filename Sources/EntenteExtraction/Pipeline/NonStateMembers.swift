import Entente

/// Finds the state mentions that only say where members of a non-state group come from.
///
/// Rule: rebels, militias, mercenaries, separatists, exiles or a faction are not the state they are
/// named after. "Libyan militias clashed with X", "Armenian separatists fought X",
/// "Venezuela's exiles protested", "one of the factions of Libya attacked X", "rebels
/// from Chad": the demonym, possessor or `of`/`from` object names no actor there, so the
/// group's acts are nobody's (and an attack on "Syrian rebels" is no attack on Syria);
/// "opposition from X" is X's act, not a group (but "the opposition of X" is X's opposition). A
/// group the catalogue names as a whole ("the Houthi rebels", "the Syrian opposition")
/// is its own actor, and only states are dropped: "Houthi militants" stay the Houthis.
enum NonStateMembers {
  /// The indices of `mentions` that name where a non-state group comes from, ascending.
  ///
  /// - Parameters:
  ///   - t: The sentence's words.
  ///   - mentions: Its actor mentions, in token order.
  ///   - words: The group nouns, `of` and `from`.
  ///   - article: Whether a word id is an article ("the", "a", "an").
  ///   - isState: Whether an actor index is a state.
  /// - Returns: The mentions to drop (empty for most sentences).
  /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
  static func mentions(
    _ t: [Token], _ mentions: [ActorMatcher.Mention], words: ArgumentWords, article: (Int32) -> Bool,
    isState: (Int32) -> Bool
  ) -> [Int] {
    guard t.contains(where: { words.nonStateGroups.contains($0.lower) }) else { return [] }
    func group(_ k: Int) -> Bool { k >= 0 && k < t.count && words.nonStateGroups.contains(t[k].lower) }
    var out: [Int] = []
    for (i, m) in mentions.enumerated() where !m.tokens.isEmpty && isState(m.actor) {
      let s = m.tokens.lowerBound
      let e = m.tokens.upperBound
      // "Libyan militias", "Libya's rebels": the group noun right after, in the same phrase.
      if m.form == .demonym || m.possessive, e < t.count, t[e].gap & (Gap.comma | Gap.joined) == 0, group(e) {
        out.append(i)
        continue
      }
      // "factions of Libya", "rebels from Chad" (a determiner may stand between).
      var b = s - 1
      if b >= 0, article(t[b].lower) { b -= 1 }
      if b >= 1, t[b].lower == words.of || t[b].lower == words.from, t[b + 1].gap & Gap.comma == 0,
        t[b].gap & Gap.comma == 0, group(b - 1),
        t[b - 1].lower != words.opposition || t[b].lower != words.from
      {
        out.append(i)
      }
    }
    return out
  }
}
