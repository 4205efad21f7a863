/// Names a document defines for an actor by writing its short form after them in
/// brackets: "the House of Representatives (HoR)" makes a later "the House of
/// Representatives" the HoR in that document, though the catalogue leaves the bare name
/// alone (many parliaments have one).
///
/// Rules: a mention of one word standing alone in brackets, right after a run of two to
/// eight words of a name (capitalized words, with "of", "for", "and", "the" inside it),
/// none of them an actor already, defines the run as that actor's name. Later sentences of
/// the document (and the rest of the defining one) read the run, where no other mention
/// covers it, as the actor.
struct DocumentAliases {
  /// The learned names: their words' case-folded ids, and the actor.
  private var names: [(words: [Int32], actor: Int32)] = []

  /// Whether no name was learned (the common case: nothing to do).
  var isEmpty: Bool { names.isEmpty }

  /// Learns the names sentence `t` defines for its mentions.
  ///
  /// - Parameters:
  ///   - t: the sentence's tokens.
  ///   - mentions: its mentions, in order.
  ///   - joining: the ids of the lower-case words a name may hold ("of", "for", "and", "the").
  /// - Complexity: O(*m*) for *m* mentions, plus a few words before each bracketed one.
  mutating func learn(_ t: [Token], _ mentions: [ActorMatcher.Mention], joining: (Int32) -> Bool) {
    for (n, m) in mentions.enumerated() {
      let s = m.tokens.lowerBound
      let e = m.tokens.upperBound
      // Alone in its brackets: a clause of its own that closes right after it.
      guard m.tokens.count == 1, s >= 2, t[s].clause != t[s - 1].clause,
        e >= t.count || t[e].clause != t[s].clause
      else { continue }
      if n > 0, mentions[n - 1].tokens.upperBound == s { continue }
      var b = s
      while b > 0, s - b < 8, t[b - 1].clause == t[s - 1].clause, t[b].gap & Gap.comma == 0 || b == s {
        let w = t[b - 1]
        guard w.capital || (b < s && joining(w.lower)) else { break }
        b -= 1
      }
      // The run starts with a capitalized word other than "The" and holds no actor.
      while b < s, !t[b].capital || joining(t[b].lower) { b += 1 }
      guard s - b >= 2, !mentions.contains(where: { $0.tokens.lowerBound < s && $0.tokens.upperBound > b }) else {
        continue
      }
      let words = t[b..<s].map(\.lower)
      if !names.contains(where: { $0.words == words }) { names.append((words, m.actor)) }
    }
  }

  /// Adds to `mentions` the learned names sentence `t` holds where no mention stands,
  /// keeping `mentions` in order.
  ///
  /// - Complexity: O(*w* × *n*) for *w* words and *n* learned names.
  func apply(_ t: [Token], _ mentions: inout [ActorMatcher.Mention]) {
    var added: [ActorMatcher.Mention] = []
    var i = 0
    while i < t.count {
      var matched = 0
      for name in names where i + name.words.count <= t.count && t[i].lower == name.words[0] {
        guard (0..<name.words.count).allSatisfy({ t[i + $0].lower == name.words[$0] }) else { continue }
        let r = i..<(i + name.words.count)
        guard !mentions.contains(where: { $0.tokens.overlaps(r) }) else { continue }
        added.append(
          ActorMatcher.Mention(actor: name.actor, form: .name, tokens: r, possessive: t[r.upperBound - 1].possessive))
        matched = name.words.count
        break
      }
      i += max(matched, 1)
    }
    guard !added.isEmpty else { return }
    mentions.append(contentsOf: added)
    mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}
