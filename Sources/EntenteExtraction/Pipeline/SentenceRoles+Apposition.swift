/// The apposition that closes a noun pattern's phrase (role `apposed`).
extension SentenceRoles {
  /// The actors of an apposition after the pattern's phrase.
  ///
  /// "Russia's closest ally, Belarus, hosted", "Japan's top supplier of crude, the UAE,
  /// cut output", "relies on its biggest customer, China".
  ///
  /// The phrase ends at the first comma at most six words after the pattern, with no
  /// actor, verb of *be*, modal or relative pronoun before it; right after that comma (or
  /// after "the") stands an actor, with those coordinated with it, and the apposition is
  /// closed: a comma, a clause break or the sentence's end follows it. A clause that goes
  /// on after the actor ("After Russia lost its ally, Belarus closed the border") is no
  /// apposition.
  ///
  /// - Parameter end: the pattern's last token.
  /// - Returns: the mentions, or none.
  /// - Complexity: O(1) (a few tokens) plus the coordination chain.
  func closedApposition(after end: Int) -> [Int] {
    var k = end + 1
    while k < t.count, k - end <= 6, t[k].gap & Gap.comma == 0 {
      if mentionAt[k] >= 0 || t[k].clause != t[end].clause { return [] }
      if x.classes.is(t[k].lower, WordClasses.be | WordClasses.modal | WordClasses.relative) { return [] }
      k += 1
    }
    guard k < t.count, k - end <= 6, t[k].gap & Gap.comma != 0 else { return [] }
    if mentionAt[k] < 0, t[k].lower == x.words.the, k + 1 < t.count, t[k + 1].gap == 0 { k += 1 }
    guard mentionAt[k] >= 0, mentions[mentionAt[k]].tokens.lowerBound == k else { return [] }
    let chain = chainForward(mentionAt[k])
    guard let last = chain.last else { return [] }
    let after = mentions[last].tokens.upperBound
    guard after >= t.count || t[after].gap & Gap.comma != 0 || t[after].clause != t[k].clause else { return [] }
    return chain
  }

  /// Whether mention `m` opens a possessive apposition before `start`.
  ///
  /// "Hezbollah, Iran's proxy in Lebanon, fired": the possessor describes the actor before
  /// the comma and does not act. The mention follows a comma right after another actor,
  /// and a second comma closes its phrase within six words, before `start`.
  ///
  /// - Parameters:
  ///   - m: the mention.
  ///   - start: the verb's first token.
  /// - Returns: whether the mention stands in such an apposition.
  /// - Complexity: O(1) (a few tokens).
  func isPossessiveApposition(_ m: Int, before start: Int) -> Bool {
    let mt = mentions[m].tokens
    guard mentions[m].possessive, mt.lowerBound > 0, t[mt.lowerBound].gap & Gap.comma != 0,
      mentionAt[mt.lowerBound - 1] >= 0
    else { return false }
    var k = mt.upperBound
    while k < start, k - mt.upperBound <= 6 {
      if t[k].gap & Gap.comma != 0 { return k > mt.upperBound }
      // "in Lebanon" may stand in the phrase; another actor of the clause may not.
      if mentionAt[k] >= 0, !isPrepositional(mentionAt[k]) { return false }
      if x.classes.is(t[k].lower, WordClasses.be | WordClasses.relative) { return false }
      k += 1
    }
    return k == start && k > mt.upperBound && k - mt.upperBound <= 7 && t[k].gap & Gap.comma != 0
  }

  /// Whether mention `m` stands inside a description set off by commas between an actor
  /// and the verb at `start`.
  ///
  /// "Russia, an ally of Syria's president, denounced", "the Solomon Islands, once
  /// Taiwan's largest ally in the region, cut ties", "the bloc, under the leadership of
  /// X's president, imposed": the names inside the description describe the actor before
  /// its comma and do not act. The description opens with a comma right after an actor,
  /// on an article, a possessive, an adverb ("once", "long") or a preposition; it has no
  /// verb of *be*, relative pronoun or other verb, at most ten words,
  /// and a comma closes it right before the verb (adverbs such as "also" may stand between).
  ///
  /// - Parameters:
  ///   - m: the mention.
  ///   - start: the verb's first token.
  /// - Returns: whether the mention stands in such a description.
  /// - Complexity: O(1) (at most ten tokens each way).
  func isDescriptiveApposition(_ m: Int, before start: Int) -> Bool {
    let mt = mentions[m].tokens
    // The opening comma: at most five words before the mention.
    var open = mt.lowerBound
    while open > 0, mt.lowerBound - open <= 5, t[open].gap & Gap.comma == 0 {
      open -= 1
      if mentionAt[open] >= 0 && !isPrepositional(mentionAt[open]) && !mentions[mentionAt[open]].possessive
        && !(open > 0 && t[open - 1].lower == x.words.of)
      {
        return false
      }
    }
    guard open > 0, t[open].gap & Gap.comma != 0, mentionAt[open - 1] >= 0, mentionAt[open - 1] != m else {
      return false
    }
    let first = t[open].lower
    // ", under the leadership of X,", ", at the request of X,": a prepositional phrase set
    // off by commas is an aside too ("by" and "with" open companions: `companionSubject`).
    let aside =
      open < mt.lowerBound && first != x.words.of && first != x.words.by && first != x.words.with
      && x.classes.is(first, WordClasses.preposition)
    guard
      first == x.words.a || first == x.words.an || first == x.words.the || isAdverb(open) || open == mt.lowerBound
        || aside
    else { return false }
    // The closing comma, then only adverbs up to the verb.
    var close = mt.upperBound
    while close < start, t[close].gap & Gap.comma == 0 { close += 1 }
    guard close < start || (close == start && t[start].gap & Gap.comma != 0), close - open <= 10 else { return false }
    // (A noun's subject is sought from after its verb: "X, an ally of Y, imposed sanctions"
    // leaves the verb group between.)
    if close < start,
      !((close)..<start).allSatisfy({
        mentionAt[$0] < 0
          && (isAdverb($0) || x.classes.is(t[$0].lower, WordClasses.be | WordClasses.have | WordClasses.modal)
            || ($0 + 1 == start && partOfSpeech(at: $0) == .verb))
      })
    {
      return false
    }
    for k in open..<close where mentionAt[k] < 0 {
      if x.classes.is(t[k].lower, WordClasses.be | WordClasses.relative | WordClasses.modal) { return false }
      if partOfSpeech(at: k) == .verb { return false }
    }
    return true
  }

  /// The companions a subject takes along: ", together with A and B," or ", along with A,"
  /// right after another actor.
  ///
  /// "Saudi Arabia, together with Egypt and Bahrain, cut ties": Egypt and Bahrain act too.
  ///
  /// - Parameter chain: the coordination that ends nearest the verb.
  /// - Returns: the subject before the phrase and the companions, or `nil` when `chain`
  ///   is not such a phrase.
  /// - Complexity: O(1) plus the coordination chain before it.
  func companionSubject(_ chain: [Int]) -> [Int]? {
    guard let first = chain.first, let last = chain.last else { return nil }
    let s = mentions[first].tokens.lowerBound
    let after = mentions[last].tokens.upperBound
    // "together with the UAE": "the" may stand before the first companion.
    let w = s >= 1 && t[s - 1].lower == x.words.the ? s - 1 : s
    // ", joined by Egypt and a few other governments,": the companions' phrase may end in
    // a common noun phrase before its comma.
    var close = after
    while close < t.count, close - after <= 5, t[close].gap & Gap.comma == 0, mentionAt[close] < 0, !t[close].capital {
      close += 1
    }
    guard w >= 3,
      (t[w - 1].lower == x.words.with && x.arguments.companions.contains(t[w - 2].lower))
        || (t[w - 1].lower == x.words.by && t[w - 2].lower == x.arguments.joined),
      t[w - 2].gap & Gap.comma != 0, mentionAt[w - 3] >= 0, close < t.count, t[close].gap & Gap.comma != 0,
      close == after || t[after].lower == x.words.and
    else { return nil }
    let lead = chainBackward(mentionAt[w - 3])
    guard !lead.isEmpty, !mentions[lead[0]].possessive || lead.count > 1 else { return nil }
    return lead + chain
  }
}

extension SentenceRoles {
  /// The actors after ", joining", ", together with" or ", as did" later in the sentence, who
  /// did the clause's act too ("Egypt cut ties with Qatar, as did Bahrain"):
  /// "Britain announced sanctions on X, joining Canada, Australia and Norway" (all three
  /// sanction X too).
  ///
  /// - Parameter end: the pattern's last token.
  /// - Returns: the joined mentions, or nil.
  /// - Complexity: O(*w*) in the sentence's words after the pattern.
  func joinedActors(after end: Int) -> [Int]? {
    var j = end + 1
    while j + 1 < t.count {
      // ", together with A and B", ", along with A": companions in the act, as after "joining";
      // ", as did A and B", ", as have A and B": others that did the same.
      let companions =
        x.arguments.companions.contains(t[j].lower) && t[j + 1].lower == x.arguments.with
        || t[j].lower == x.words.as && x.arguments.didSame.contains(t[j + 1].lower)
      if companions, t[j].gap & Gap.comma != 0, j + 2 < t.count {
        // (Only after the pattern's own clause: no other verb stands between.)
        if ((end + 1)..<j).contains(where: { mentionAt[$0] < 0 && partOfSpeech(at: $0) == .verb }) { return nil }
        let k = mentionAt[j + 2] >= 0 ? j + 2 : (j + 3 < t.count && t[j + 2].lower == x.words.the ? j + 3 : -1)
        guard k >= 0, mentionAt[k] >= 0 else { return nil }
        let chain = chainForward(mentionAt[k])
        let after = mentions[chain[chain.count - 1]].tokens.upperBound
        // (The phrase must end the clause: ", along with X's support" is no companion.)
        guard after == t.count || t[after].gap & (Gap.comma | Gap.other) != 0 || t[after].clause != t[j].clause else {
          return nil
        }
        return chain
      }
      if t[j].lower == x.arguments.joining, t[j].gap & Gap.comma != 0 {
        guard mentionAt[j + 1] >= 0 || (j + 2 < t.count && t[j + 1].lower == x.words.the && mentionAt[j + 2] >= 0)
        else { return nil }
        let m = mentionAt[j + 1] >= 0 ? mentionAt[j + 1] : mentionAt[j + 2]
        // "joining X in condemning Y" is another act (`jointSubject`).
        let chain = chainForward(m)
        let after = mentions[chain[chain.count - 1]].tokens.upperBound
        if after < t.count, t[after].lower == x.arguments.in { return nil }
        // ", joining NATO in 2023": one organization is joined as a member.
        if chain.count == 1, x.matcher.actorKinds[Int(mentions[m].actor)] == .organization { return nil }
        return chain
      }
      j += 1
    }
    return nil
  }
}

extension SentenceRoles {
  /// The states an "including" later in the clause lists for a plural subject noun of
  /// states ("Several countries backed Chile's claim, including Peru and Bolivia"), or nil.
  ///
  /// Only states: "Several countries sanctioned firms, including Huawei" lists the firms.
  ///
  /// - Parameters:
  ///   - n: the subject noun's token ("countries").
  ///   - end: the pattern's last token.
  ///   - clause: the pattern's clause.
  /// - Returns: the listed states' mentions, or nil.
  /// - Complexity: O(*w*) in the clause's words after the pattern.
  func listedStates(subjectNoun n: Int, after end: Int, clause: Int32) -> [Int]? {
    guard n >= 0, x.arguments.stateNouns.contains(t[n].lower) else { return nil }
    var j = end + 1
    while j + 1 < t.count, t[j].clause == clause {
      if t[j].lower == x.words.including {
        var k = j + 1
        if k < t.count, t[k].lower == x.words.the { k += 1 }
        guard k < t.count, mentionAt[k] >= 0 else { return nil }
        let chain = chainForward(mentionAt[k])
        guard chain.allSatisfy({ x.matcher.actorKinds[Int(mentions[$0].actor)] == .state }) else { return nil }
        return chain
      }
      j += 1
    }
    return nil
  }

  /// The subject that takes another's place "as" the noun at `head`.
  ///
  /// "Mexico overtook Russia as Cuba's main oil supplier", "China replaced the US as X's
  /// largest trading partner": the noun is Mexico's and China's, not the replaced actor's.
  /// At most six words (determiners, a possessor, adjectives) between "as" and the noun,
  /// no comma.
  ///
  /// - Returns: the subject of the replacing verb, or nil when the noun follows no such "as".
  /// - Complexity: O(1) plus the subject search.
  func replacedAs(_ head: Int, clause: Int32, inRelative: Int) -> [Int]? {
    var a = head - 1
    while a > 0, head - a <= 6, t[a].lower != x.words.as, t[a + 1].gap & Gap.comma == 0 { a -= 1 }
    guard a > 1, t[a].lower == x.words.as, t[a + 1].gap & Gap.comma == 0, mentionAt[a - 1] >= 0 else { return nil }
    var v = mentions[mentionAt[a - 1]].tokens.lowerBound - 1
    if v > 0, t[v].lower == x.words.the { v -= 1 }
    guard v > 0, x.arguments.replacing.contains(t[v].lower) else { return nil }
    let s = subject(before: v, clause: clause, inRelative: inRelative)
    return s.isEmpty ? nil : s
  }
}
