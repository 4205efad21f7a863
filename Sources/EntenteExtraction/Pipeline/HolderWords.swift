/// Participles that name who holds a target or a place.
///
/// "Sites linked to the Houthis", "positions held by the RSF", "bases used by Iranian
/// forces", "facilities affiliated with Hezbollah": a hostile act on such a target is
/// against its holder.
struct HolderWords: Sendable {
  /// The participles.
  let participles: WordSet
  /// The prepositions after them: to, with, by.
  let prepositions: WordSet

  init(_ l: inout Lexicon) {
    participles = WordSet(
      "linked affiliated associated belonging held controlled used run occupied tied connected operated manned"
        .split(separator: " ").map { l.intern(String($0)) })
    prepositions = WordSet(["to", "with", "by"].map { l.intern($0) })
  }
}

extension SentenceRoles {
  /// The holder of a target or place named before preposition `k`: a noun of class
  /// `@target` or a place noun, then one of `HolderWords.participles`, then `k` ("to",
  /// "with", "by"), then the actor within three words (determiners, adjectives).
  ///
  /// - Parameters:
  ///   - k: the preposition's token.
  ///   - clause: the pattern's clause.
  /// - Returns: the holder's mention, or nil.
  /// - Complexity: O(1).
  func heldOwner(preposition k: Int, clause: Int32) -> Int? {
    guard k >= 2, x.holders.prepositions.contains(t[k].lower), x.holders.participles.contains(t[k - 1].lower),
      t[k - 1].gap & Gap.comma == 0, t[k].gap & Gap.comma == 0
    else { return relativeHolder(after: k - 1, clause: clause) }
    guard holdable(k - 2) else { return nil }
    return holder(after: k, clause: clause)
  }

  /// Whether token `n` is a target or place noun that someone may hold.
  func holdable(_ n: Int) -> Bool {
    n >= 0 && mentionAt[n] < 0
      && (x.index.isClass(t[n].lower, x.index.targetClass) || x.arguments.places.contains(t[n].lower))
  }

  /// The holder a relative clause gives the target noun at `n`: "sites in Yemen that are
  /// affiliated with the Houthis", "bases which were used by Iran" (at most four words,
  /// such as a place's own phrase, between the noun and "that"/"which").
  ///
  /// - Parameters:
  ///   - n: the noun's token.
  ///   - clause: the pattern's clause.
  /// - Returns: the holder's mention, or nil.
  /// - Complexity: O(1).
  func relativeHolder(after n: Int, clause: Int32) -> Int? {
    guard holdable(n) else { return nil }
    var r = n + 1
    while r < t.count, r - n <= 5, t[r].gap & Gap.comma == 0, !x.classes.is(t[r].lower, WordClasses.relative) { r += 1 }
    guard r + 3 < t.count, r - n <= 5, x.classes.is(t[r].lower, WordClasses.relative),
      x.classes.is(t[r + 1].lower, WordClasses.be), x.holders.participles.contains(t[r + 2].lower),
      x.holders.prepositions.contains(t[r + 3].lower), t[r + 2].gap & Gap.comma == 0
    else { return nil }
    return holder(after: r + 3, clause: t[r + 3].clause)
  }

  /// The actor within three words (determiners, adjectives) after preposition `k`.
  private func holder(after k: Int, clause: Int32) -> Int? {
    var j = k + 1
    while j < t.count, j - k <= 3, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      if mentionAt[j] >= 0 {
        let m = mentionAt[j]
        return mentions[m].tokens.lowerBound == j && !madeBy(m) ? m : nil
      }
      let c = x.classes[t[j].lower]
      guard c == 0 || c & WordClasses.determiner != 0, !x.index.isHead(t[j].lower) else { return nil }
      j += 1
    }
    return nil
  }
}

extension SentenceRoles {
  /// The actor after "of" at token `k` when the noun before it is a target or people an
  /// actor owns or commands ("vessels of Russia's shadow fleet", "positions of Hezbollah",
  /// "officials of Iran's Revolutionary Guard", "members of Hamas"), within three words
  /// (determiners and modifiers), in the clause, with no comma.
  ///
  /// - Parameters:
  ///   - k: the token of "of".
  ///   - clause: the pattern's clause.
  /// - Returns: the owner's mention, or nil.
  /// - Complexity: O(1).
  func ownerOf(preposition k: Int, clause: Int32) -> Int? {
    guard k > 0, mentionAt[k - 1] < 0 else { return nil }
    let noun = t[k - 1].lower
    guard
      x.arguments.offices.contains(noun) || x.arguments.owned.contains(noun)
        || x.index.isClass(noun, x.index.targetClass)
    else { return nil }
    var j = k + 1
    while j < t.count, j - k <= 3, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      if mentionAt[j] >= 0 { return madeBy(mentionAt[j]) ? nil : mentionAt[j] }
      if x.classes.is(t[j].lower, WordClasses.preposition | WordClasses.relative | WordClasses.be) { return nil }
      j += 1
    }
    return nil
  }
}
