/// Nouns that name a firm: firm, company, maker, manufacturer, contractor and the like.
///
/// A firm the catalogue does not list acts for its state when a demonym names that state
/// ("Hanwha, a South Korean defence firm, sold howitzers to Poland" is South Korea's sale).
struct FirmWords: Sendable {
  /// The firm nouns, singular and plural.
  let nouns: WordSet

  init(_ l: inout Lexicon) {
    nouns = WordSet(
      [
        "firm", "firms", "company", "companies", "maker", "makers", "manufacturer", "manufacturers", "contractor",
        "contractors", "producer", "producers", "supplier", "conglomerate", "shipbuilder", "shipyard", "exporter",
      ].map { l.intern($0) })
  }
}

extension SentenceRoles {
  /// Whether mention `m`, a demonym inside an indefinite apposition, names the state of a
  /// firm the apposition describes: ", a South Korean defence firm," after a name the
  /// catalogue does not know.
  ///
  /// The demonym is followed, within three words (such as "defence", "arms", "drone"), by a
  /// firm noun; the word before the apposition's comma is a capitalized name that is no
  /// actor, or a company of the catalogue that names the same state. Then the firm's state is
  /// the subject: a firm's sale is its state's, as with "South Korea's Hanwha" or "Turkish
  /// drone maker Baykar" (the catalogue's companies name their states, `Gazetteer`).
  ///
  /// - Parameter m: the mention.
  /// - Returns: whether the apposition describes a firm of the demonym's state.
  /// - Complexity: O(1).
  func firmApposition(_ m: Int) -> Bool {
    let mm = mentions[m]
    guard mm.form == .demonym, !mm.possessive else { return false }
    var k = mm.tokens.upperBound
    var found = false
    while k < t.count, k - mm.tokens.upperBound < 3, t[k].gap & Gap.comma == 0, mentionAt[k] < 0 {
      if x.firms.nouns.contains(t[k].lower) {
        found = true
        break
      }
      k += 1
    }
    guard found else { return false }
    // The apposition's comma, and a name before it that is no actor, or a company of the
    // catalogue that already names the same state ("Hanwha, a South Korean defence firm,").
    var c = mm.tokens.lowerBound
    while c > 0, t[c].gap & Gap.comma == 0 { c -= 1 }
    guard c > 0, t[c].gap & Gap.comma != 0, t[c - 1].capital else { return false }
    return mentionAt[c - 1] < 0 || mentions[mentionAt[c - 1]].actor == mm.actor
  }
}
