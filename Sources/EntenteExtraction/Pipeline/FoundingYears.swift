import Entente

/// An organization's founding year stated in a sentence of its own, for the founding
/// members another sentence names without a year.
///
/// Rules:
/// - a founding sentence is an organization's mention (a name or a resolved description)
///   right before "was/were established", "founded", "created", "formed", "launched" or
///   "inaugurated", or before a comma and such a participle ("ECOWAS, founded in 1975,"),
///   with a year within eight words after the participle;
/// - a sentence with no year of its own that uses a founding word ("formed between A, B
///   and C", "founding members") dates the memberships it begins at the founding year the
///   document gives for their organization, when that year is not after the document's.
///
/// "The bloc is a confederation formed between A, B and C. The confederation was
/// established on 6 July 2024." dates the three memberships in 2024. A state that "joined"
/// with no year is not a founder and keeps the document's date.
struct FoundingYears: Sendable {
  /// Participles of founding after *be* or a comma.
  private let participles: WordSet
  /// Forms of founding words a members' sentence may use.
  private let founding: WordSet

  init(_ l: inout Lexicon) {
    participles = WordSet(
      ["established", "founded", "created", "formed", "launched", "inaugurated", "constituted"].map { l.intern($0) })
    founding = WordSet(
      [
        "establish", "established", "establishing", "found", "founded", "founding", "founder", "founders",
        "create", "created", "creating", "form", "formed", "forming", "co-founded", "cofounded", "launched",
      ].map { l.intern($0) })
  }

  /// Whether the sentence uses a founding word.
  ///
  /// - Complexity: O(*n*) for *n* words.
  func mentionsFounding(_ t: [Token]) -> Bool {
    t.contains { founding.contains($0.lower) }
  }

  /// The organization the sentence says was founded, and the year.
  ///
  /// - Parameters:
  ///   - t: the sentence's words.
  ///   - mentions: its actor mentions (after coreference).
  ///   - isOrganization: whether an actor is an organization.
  ///   - isBe: whether a word is a form of *be*.
  /// - Returns: the organization and its founding year, or nil.
  /// - Complexity: O(*n* + *m*) for *n* words and *m* mentions.
  func founded(
    _ t: [Token], _ mentions: [ActorMatcher.Mention], isOrganization: (Int32) -> Bool, isBe: (Int32) -> Bool
  ) -> (actor: Int32, year: Int)? {
    for m in mentions where isOrganization(m.actor) {
      let after = m.tokens.upperBound
      guard !m.tokens.isEmpty, after + 1 < t.count else { continue }
      var k = after
      if isBe(t[k].lower), t[k].gap & Gap.comma == 0 {
        k += 1
      } else if t[k].gap & Gap.comma == 0 {
        continue
      }
      guard k < t.count, participles.contains(t[k].lower) else { continue }
      for j in (k + 1)..<min(t.count, k + 9) where t[j].year != 0 { return (m.actor, Int(t[j].year)) }
    }
    return nil
  }
}
