import Entente

/// Members listed in brackets right after an organization's name: "the Gulf council (GCC:
/// A, B, C and D)", "the Quad (A, B, C and D)", "BRICS (A, B ...)".
///
/// The rule: an organization's mention, then a bracket that opens at once and holds, up to
/// its end, nothing but the organization's abbreviation (before a colon), states,
/// coordinators, determiners and nested brackets ("United Arab Emirates [UAE]"); at least
/// two distinct states make each state a member. Anything else in the bracket (a verb,
/// a year, a common noun) and it is not a list of members.
enum MemberList {
  /// The most words a bracketed list may hold.
  static let maximumWords = 60

  /// Whether the sentence may hold such a list (a cheap pre-filter): an organization
  /// mention followed at once by a bracket.
  static func mayHold(_ t: [Token], _ mentions: [ActorMatcher.Mention], kinds: [Actor.Kind?]) -> Bool {
    guard mentions.count >= 3 else { return false }
    for m in mentions where kinds[Int(m.actor)] == .organization {
      let b = m.tokens.upperBound
      if b < t.count, t[b].clause != t[b - 1].clause { return true }
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
      guard k < t.count, t[k].clause != t[a].clause else { continue }
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
}
