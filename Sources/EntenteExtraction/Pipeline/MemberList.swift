import Entente

/// Members listed in brackets or between dashes right after an organization's name: "the
/// Gulf council (GCC: A, B, C and D)", "the Quad (A, B, C and D)", "BRICS (A, B ...)", "the
/// Group of Seven — A, B and C — agreed".
///
/// The rule: an organization's mention, then a bracket that opens at once and holds, up to
/// its end, nothing but the organization's abbreviation (before a colon), states,
/// coordinators, determiners and nested brackets ("United Arab Emirates [UAE]"); at least
/// two distinct states make each state a member. Anything else in the bracket (a verb,
/// a year, a common noun) and it is not a list of members. A dash standing apart right
/// after the name opens the same kind of list, which a second dash or the sentence's end
/// closes ("NATO — A, B and C — said" lists members; "NATO — A and B said" does not).
enum MemberList {
  /// The most words a bracketed list may hold.
  static let maximumWords = 60

  /// Whether the sentence may hold such a list (a cheap pre-filter): an organization
  /// mention followed at once by a bracket.
  static func mayHold(_ t: [Token], _ mentions: [ActorMatcher.Mention], kinds: [Actor.Kind?]) -> Bool {
    guard mentions.count >= 3 else { return false }
    for m in mentions where kinds[Int(m.actor)] == .organization {
      let b = m.tokens.upperBound
      if b < t.count, t[b].clause != t[b - 1].clause || t[b].gap & Gap.dash != 0 { return true }
    }
    return false
  }

  /// The (member, organization) pairs of the sentence's bracketed member lists.
  ///
  /// - Complexity: O(*w*) for *w* words.
  static func members(
    _ t: [Token], _ mentions: [ActorMatcher.Mention], kinds: [Actor.Kind?], listWords: WordSet
  ) -> [(Int32, Int32)] {
    var out: [(Int32, Int32)] = []
    var mentionAt = [Int](repeating: -1, count: t.count)
    for (i, m) in mentions.enumerated() { for k in m.tokens where mentionAt[k] < 0 { mentionAt[k] = i } }
    for m in mentions where kinds[Int(m.actor)] == .organization {
      let a = m.tokens.lowerBound
      var k = m.tokens.upperBound
      guard k < t.count else { continue }
      if t[k].clause == t[a].clause {
        if t[k].gap & Gap.dash != 0,
          let found = dashed(from: k, t, mentions, mentionAt, kinds: kinds, listWords: listWords)
        {
          for s in found where s != m.actor { out.append((s, m.actor)) }
        }
        continue
      }
      let outer = t[a].clause
      var states: [Int32] = []
      var ok = true
      while k < t.count, t[k].clause != outer, k - m.tokens.upperBound < maximumWords {
        if mentionAt[k] >= 0 {
          let x = mentions[mentionAt[k]]
          if x.actor != m.actor {
            guard kinds[Int(x.actor)] == .state else {
              ok = false
              break
            }
            if !states.contains(x.actor) { states.append(x.actor) }
          }
          k = max(k + 1, x.tokens.upperBound)
          continue
        }
        guard listWords.contains(t[k].lower) else {
          ok = false
          break
        }
        k += 1
      }
      guard ok, states.count >= 2 else { continue }
      for s in states { out.append((s, m.actor)) }
    }
    return out
  }

  /// The states of a list that opens with a dash at token `k` and runs to the next dash or
  /// the sentence's end holding nothing but states and list words; nil unless it holds two
  /// distinct states at least.
  ///
  /// - Complexity: O(*w*) for the *w* words of the list.
  private static func dashed(
    from k: Int, _ t: [Token], _ mentions: [ActorMatcher.Mention], _ mentionAt: [Int], kinds: [Actor.Kind?],
    listWords: WordSet
  ) -> [Int32]? {
    var states: [Int32] = []
    var j = k
    while j < t.count, j == k || t[j].gap & Gap.dash == 0 {
      guard j - k < maximumWords else { return nil }
      // (A list stays within one clause and holds no other punctuation than commas.)
      if j > k, t[j].clause != t[k].clause || t[j].gap & (Gap.other | Gap.joined) != 0 { return nil }
      if mentionAt[j] >= 0 {
        let x = mentions[mentionAt[j]]
        guard kinds[Int(x.actor)] == .state, !x.possessive else { return nil }
        if !states.contains(x.actor) { states.append(x.actor) }
        j = max(j + 1, x.tokens.upperBound)
        continue
      }
      guard listWords.contains(t[j].lower) else { return nil }
      j += 1
    }
    return states.count >= 2 ? states : nil
  }
}
