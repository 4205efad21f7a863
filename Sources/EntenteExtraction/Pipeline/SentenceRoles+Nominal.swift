/// Roles of nominal patterns: the actor an "as" phrase names, the possessor of a
/// multi-word noun pattern, and the by-agent that may stand before "between".
extension SentenceRoles {
  /// The actor an "as" phrase gives the noun at `k`: "with Egypt as mediator", "Qatar,
  /// acting as a go-between", "Norway positioned itself as the intermediary".
  ///
  /// "as" must stand at most three words (determiners, adjectives) before the noun with
  /// no comma between; the actor ends at most two words before "as" ("acting",
  /// "positioned itself"), with the actors coordinated before it.
  ///
  /// - Parameter k: the noun's token.
  /// - Returns: the mentions, or none.
  /// - Complexity: O(1).
  func asActor(of k: Int) -> [Int] {
    var j = k - 1
    while j >= 0, k - j <= 3, mentionAt[j] < 0, t[j].lower != x.words.as {
      if t[j + 1].gap & Gap.comma != 0 { return [] }
      j -= 1
    }
    guard j >= 0, t[j].lower == x.words.as, t[j + 1].gap & Gap.comma == 0 else { return [] }
    var m = j - 1
    while m >= 0, j - m <= 3, mentionAt[m] < 0 {
      // Only words of no class ("acting", "serving", "itself"): "as" after a verb of the
      // clause ("agreed as mediator") names no actor.
      if x.classes[t[m].lower] & (WordClasses.preposition | WordClasses.be | WordClasses.relative) != 0 { return [] }
      m -= 1
    }
    guard m >= 0, mentionAt[m] >= 0, mentions[mentionAt[m]].tokens.upperBound <= j else { return [] }
    return chainBackward(mentionAt[m])
  }

  /// The possessor of a noun pattern: of its head word, else, for a pattern whose head
  /// is not its noun ("under US sanctions", "tense ties"), of its last word.
  ///
  /// - Parameter o: the occurrence.
  /// - Returns: the mentions, or none.
  /// - Complexity: O(1).
  func nominalPossessor(_ o: Occurrence) -> [Int] {
    // ("came to Syria's defence": a verb's phrase ends in the possessed noun.)
    if o.pos == .verb { return o.end > o.head ? possessor(of: o.end) : [] }
    let own = possessor(of: o.head)
    guard own.isEmpty, o.pos == .noun, o.end > o.head else { return own }
    return possessor(of: o.end)
  }

  /// Whether mention `m` is the object of "by" ("hosted by Qatar").
  ///
  /// - Parameter m: the mention.
  /// - Returns: whether "by" (with determiners between) stands right before it.
  /// - Complexity: O(1).
  func isByAgent(_ m: Int) -> Bool {
    var k = mentions[m].tokens.lowerBound - 1
    while k >= 0, x.classes.is(t[k].lower, WordClasses.determiner), t[k].lower != 0 { k -= 1 }
    return k >= 0 && t[k].lower == x.words.by
  }

  /// Whether token `k` is "to" the tagger reads as an infinitive's marker (UD `PART`).
  ///
  /// A noun pattern's prepositional objects end there ("support to blunt the advance of
  /// X" gives X no support). Only noun patterns ask: a threat's patient stands after its
  /// infinitive ("threatened to attack X").
  ///
  /// - Parameter k: the token.
  /// - Returns: whether it is an infinitive's "to" (false when the sentence is not tagged).
  /// - Complexity: O(1).
  func isInfinitiveMarker(_ k: Int) -> Bool {
    t[k].lower == x.words.to && partOfSpeech(at: k) == .particle
  }
}
