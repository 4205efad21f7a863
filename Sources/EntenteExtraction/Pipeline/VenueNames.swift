/// Finds the capitals that only name where an agreement was made or talks are held.
///
/// Rule: a seat-of-government metonym right before an agreement or meeting noun names a
/// venue, not its state: "the Minsk agreements", "the Pretoria accord", "the Washington
/// declaration", "the Astana format", "the Doha talks" say nothing of Belarus, South
/// Africa, the United States, Kazakhstan or Qatar acting. A possessive ("Washington's
/// plan") or a state's name ("the Ukraine talks") still acts. A name after a body of
/// water's noun and "of" names the water, not an actor: "the Gulf of Aden", "the Sea of
/// Japan", "the Strait of Hormuz".
enum VenueNames {
  /// The indices of `mentions` that name a venue, ascending.
  ///
  /// - Parameters:
  ///   - t: The sentence's words.
  ///   - mentions: Its actor mentions, in token order.
  ///   - words: The argument words (their agreement, meeting and water nouns).
  /// - Returns: The mentions to drop (empty for most sentences).
  /// - Complexity: O(*m*) for *m* mentions.
  static func mentions(_ t: [Token], _ mentions: [ActorMatcher.Mention], words: ArgumentWords) -> [Int] {
    var out: [Int] = []
    for (i, m) in mentions.enumerated() where !m.tokens.isEmpty {
      let b = m.tokens.lowerBound
      if b >= 2, t[b - 1].lower == words.of, words.waters.contains(t[b - 2].lower), t[b - 1].gap == 0, t[b].gap == 0 {
        out.append(i)
        continue
      }
      guard m.form == .metonym, !m.possessive else { continue }
      let e = m.tokens.upperBound
      guard e < t.count, t[e].gap == 0, words.venues.contains(t[e].lower) else { continue }
      out.append(i)
    }
    return out
  }
}
