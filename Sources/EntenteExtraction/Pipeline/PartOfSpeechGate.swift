/// Decides whether a pattern word whose neighbours leave its part of speech open is
/// read as the pattern's part of speech, by the tag the perceptron tagger gave it.
///
/// The word-class rules of `SentenceRoles` settle most words from the word before them
/// ("the attack", "Russia's support": nouns; "will attack": a verb). Where they do not
/// ("strikes", "attacks", "sanctions", "arms", "supplies" after a name or at a clause's
/// start) and the table offers the word form both as a noun and as a verb, a word the
/// tagger reads as a verb does not start a noun pattern ("India supports reforms of the
/// UN" is no support "of" the UN). The other way round is not taken: on short news
/// sentences the tagger often reads a third-person verb as a plural noun ("Belgium
/// sells howitzers", "Norway ships oil": both NOUN), which lost relations on the
/// development corpus and the sentence cases, and the word-class rules already send a
/// noun after a determiner or possessive to the noun patterns. A word form with
/// patterns of one part of speech only ("consisting", "skirmishes") keeps them: there
/// the table has already decided, and a tagging error would only lose the relation.
/// Words the tagger reads as anything else (an adjective, a proper noun in a name) are
/// left to the patterns as before.
enum PartOfSpeechGate {
  /// Whether the patterns a word form starts include both a noun and a verb reading.
  ///
  /// - Parameters:
  ///   - starts: the patterns the word form starts.
  ///   - index: the pattern index they point into.
  /// - Returns: whether both parts of speech are offered.
  /// - Complexity: O(*s*) for *s* starts.
  static func ambiguous(_ starts: ArraySlice<PatternIndex.Start>, _ index: PatternIndex) -> Bool {
    var noun = false
    var verb = false
    for s in starts {
      switch index.patterns[Int(s.pattern)].pos {
      case .noun: noun = true
      case .verb: verb = true
      case .adj, .compound: break
      }
      if noun && verb { return true }
    }
    return false
  }

  /// Whether a word tagged `tag`, with the context rules' verdict `noun` (true: a noun,
  /// false: not a noun, nil: open), may start a pattern of part of speech `pos`.
  ///
  /// - Parameters:
  ///   - pos: the pattern's part of speech.
  ///   - tag: the tagger's tag for the word (nil: the sentence was not tagged).
  ///   - noun: what the context rules decided.
  /// - Returns: false only when the context left the word open, the tag is a verb's and
  ///   `pos` is a noun.
  /// - Complexity: O(1).
  static func admits(_ pos: PatternPOS, tag: UniversalTag?, noun: Bool?) -> Bool {
    guard noun == nil, let tag else { return true }
    switch pos {
    case .verb: return true
    case .noun: return tag != .verb && tag != .auxiliary
    case .adj, .compound: return true
    }
  }
}
