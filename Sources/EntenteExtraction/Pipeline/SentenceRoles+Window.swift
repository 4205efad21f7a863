/// Where a pattern's following lemma stands.
extension SentenceRoles {
  /// The token of a following lemma after token `end`: within the next three words, or,
  /// for a far lemma (`~treaty`), within the next eight words of the same noun phrase.
  ///
  /// In the near window a coordinator ("and", "or") or a word after a comma does not count
  /// as one of the three words, at most twice, so coordinated modifiers reach their noun
  /// ("cut diplomatic and trade ties", "cut political, trade and cultural ties"); ", and"
  /// does not, as it may start a clause; nor does "respective" or "own", once.
  ///
  /// A far lemma reaches past names, numbers, adjectives and nouns ("suspended the New
  /// START treaty", "wary of China's fast-growing influence", "a sea, land and air
  /// blockade": commas and coordinators inside a list of bare modifiers), but not past
  /// another comma, a clause break, a preposition other than "of" right after the head, a
  /// verb of *be*, a modal, a relative pronoun or a coordinator, so it never joins two
  /// phrases ("suspended talks and signed a treaty"); "as" right after an actor may stand
  /// between ("designated Qatar as a major ally").
  ///
  /// - Parameters:
  ///   - forms: the word ids of the lemma's forms (sorted).
  ///   - end: the token the search starts after.
  ///   - far: whether the lemma was written `~lemma`.
  /// - Returns: the token, or -1.
  /// - Complexity: O(1) (at most eight tokens).
  func following(_ forms: [Int32], after end: Int, far: Bool) -> Int {
    var limit = min(t.count, end + (far ? 9 : 4))
    var j = end + 1
    var coordinators = 0
    while j < limit {
      if forms.contains(t[j].lower) { return j }
      if !far {
        // "their respective ambassadors": a word that adds nothing, once.
        if x.words.transparent.contains(t[j].lower), limit == end + 4 { limit = min(t.count, limit + 1) }
        // ", and" may start a clause ("suspended the talks, and a treaty with X was signed").
        let coordinator = x.classes[t[j].lower] & WordClasses.coordinator != 0
        let comma = t[j].gap & Gap.comma != 0
        if coordinators < 2 && coordinator != comma {
          coordinators += 1
          limit = min(t.count, limit + 1)
        }
      } else {
        // "a sea, land and air blockade": a comma or coordinator inside a list of bare
        // modifiers, before a modifier (never ", and": it may start a clause).
        let coordinator = x.classes[t[j].lower] & WordClasses.coordinator != 0
        if t[j].gap & Gap.comma != 0 || coordinator {
          let next = coordinator ? j + 1 : j
          guard !(coordinator && t[j].gap & Gap.comma != 0), next < limit, bareModifier(next) else { return -1 }
          if coordinator {
            j += 1
            continue
          }
        }
        // "designated Qatar as a major non-NATO ally": "as" right after the verb's object.
        if t[j].lower == x.words.as && mentionAt[j - 1] >= 0 && j - 1 > end {
          j += 1
          continue
        }
        if t[j].clause != t[end].clause { return -1 }
        let c = x.classes[t[j].lower]
        let stops =
          WordClasses.relative | WordClasses.be | WordClasses.modal | WordClasses.coordinator | WordClasses.clauseBreak
        if c & stops != 0 { return -1 }
        // "wary of China's influence": the head's own "of"/"about" opens the phrase.
        if c & WordClasses.preposition != 0 && j != end + 1 { return -1 }
      }
      j += 1
    }
    return -1
  }

  /// Whether the word at `k` may stand in a list of bare modifiers before a far lemma:
  /// lower case, no actor, no function word and no verb ("sea", "land", "air").
  ///
  /// - Complexity: O(1).
  func bareModifier(_ k: Int) -> Bool {
    mentionAt[k] < 0 && !t[k].capital && (t[k].lower == 0 || x.classes[t[k].lower] == 0) && partOfSpeech(at: k) != .verb
  }

  /// Whether an "against" follows the occurrence in its clause, within twelve words: "fought
  /// alongside X against Y" names a foe beside the ally.
  ///
  /// - Complexity: O(1).
  func foeAfter(_ o: Occurrence) -> Bool {
    ((o.end + 1)..<min(t.count, o.end + 12)).contains {
      t[$0].lower == x.arguments.against && t[$0].clause == t[o.head].clause
    }
  }
}
