/// The side a coalition's contribution fights (role `lastfoe`).
extension SentenceRoles {
  /// The side acted against in the document's last hostility.
  ///
  /// For a contribution of forces with no recipient: "The coalition struck the Houthis.
  /// Egypt and Jordan provided air and ground forces" (they fight the Houthis).
  ///
  /// The hostility was read in this sentence or the two before it; a recipient after the
  /// pattern in its clause ("to", "for": "sent troops to Mali") makes it no contribution to
  /// that war. A comma and a clause break ("while", "whereas", "but") end the clause.
  ///
  /// - Parameters:
  ///   - end: the pattern's last token.
  ///   - clause: the pattern's clause.
  /// - Returns: the carried side (`-6`), or none.
  /// - Complexity: O(*w*) for *w* words of the clause after the pattern.
  func lastFoe(after end: Int, clause: Int32) -> [Int] {
    guard lastPairs["hostility"] != nil, let age = hostilityAge, age <= 2 else { return [] }
    let to = x.index.prepositions["to"] ?? -1
    let forWord = x.index.prepositions["for"] ?? -1
    var k = end + 1
    while k < t.count, t[k].clause == clause {
      // ", while B led ground operations": a new clause with its own actors ends the scan.
      if t[k].gap & Gap.comma != 0 && x.classes.is(t[k].lower, WordClasses.clauseBreak) { break }
      if t[k].lower == to || t[k].lower == forWord || mentionAt[k] >= 0 { return [] }
      k += 1
    }
    return [-6]
  }
}
