/// Argument rules on top of the basic roles: closed coordinations and places that stand
/// for their actor.
extension SentenceRoles {
  /// Whether mentions `a` and `b` (a before b) are joined by a bare comma ("A, B"), the
  /// one link of a coordination that needs an "and"/"or" further on to make a list.
  func commaLink(_ a: Int, _ b: Int) -> Bool {
    if mentions[a].pairPart && mentions[b].pairPart { return false }
    let to = mentions[b].tokens.lowerBound
    guard mentions[a].tokens.upperBound == to, !mentions[a].tokens.isEmpty, !mentions[b].tokens.isEmpty, to < t.count
    else { return false }
    return t[to].gap & Gap.comma != 0 && t[to].gap & (Gap.joined | Gap.plus) == 0
  }

  /// A forward chain cut after its last "and"/"or".
  ///
  /// "A, B and C" is a list, but in "attacked Ukraine, Poland sent" the comma ends the object, and "A, B" with no
  /// coordinator after them is one actor and another phrase. A headline lists with commas
  /// alone ("A, B, C Quit X"), so its chains stay whole.
  ///
  /// - Complexity: O(*c*) for a chain of *c* mentions.
  func closedForward(_ chain: [Int]) -> [Int] {
    if headline || chain.count < 2 || closedAfter(chain[chain.count - 1]) { return chain }
    var end = chain.count - 1
    while end > 0, commaLink(chain[end - 1], chain[end]) || commaArticleLink(chain[end - 1], chain[end]) { end -= 1 }
    return end == chain.count - 1 ? chain : Array(chain[...end])
  }

  /// Whether mentions `a` and `b` are joined by a comma and "the" alone ("between A and B,
  /// the AU sent": the comma closes the phrase before the article's actor).
  func commaArticleLink(_ a: Int, _ b: Int) -> Bool {
    let e = mentions[a].tokens.upperBound
    guard !mentions[a].tokens.isEmpty, e + 1 == mentions[b].tokens.lowerBound, e < t.count else { return false }
    return t[e].lower == x.words.the && t[e].gap & Gap.comma != 0 && t[e].gap & (Gap.joined | Gap.plus) == 0
  }

  /// A backward chain whose last link is a bare comma is its last mention alone ("when
  /// Russia attacked Ukraine, Poland sent": Poland acts alone).
  func closedBackward(_ chain: [Int]) -> [Int] {
    guard !headline, chain.count > 1,
      commaLink(chain[chain.count - 2], chain[chain.count - 1])
        || commaArticleLink(chain[chain.count - 2], chain[chain.count - 1]),
      !closedAfter(chain[chain.count - 1])
    else { return chain }
    return [chain[chain.count - 1]]
  }

  /// Whether "and"/"or" follows mention `m` ("A, B, C, and other states"): a list that
  /// ends in a common noun phrase is closed too.
  func closedAfter(_ m: Int) -> Bool {
    let after = mentions[m].tokens.upperBound
    guard after < t.count, !mentions[m].tokens.isEmpty else { return false }
    return t[after].lower == x.words.and || t[after].lower == x.words.or
  }

  /// The mention a place joined by the preposition at `k` belongs to: "a town in eastern
  /// Ukraine", "the capital of Sudan", "villages near Chad's border": the first actor at
  /// most three words after the preposition (determiners and lower-case words of no class
  /// between), when the word before the preposition is a place noun (`ArgumentWords`).
  func placeOwner(preposition k: Int, clause: Int32) -> Int? {
    guard k > 0, k + 1 < t.count, t[k].gap & Gap.comma == 0,
      x.arguments.joins(t[k - 1].lower, t[k].lower)
    else { return nil }
    // "militant camps in X", "rebel positions in X": the armed group's places, not X's.
    if k > 1, x.arguments.nonStateGroups.contains(t[k - 2].lower) || x.arguments.terror.contains(t[k - 2].lower) {
      return nil
    }
    // "sites near Damascus": only a city or capital right after "near", "outside" or
    // "around", and no noun after it ("villages near Chad", "near Turkish positions" are
    // not those states').
    if x.arguments.nearby.contains(t[k].lower) {
      guard mentionAt[k + 1] >= 0, t[k + 1].capital,
        mentions[mentionAt[k + 1]].form == .demonym || mentions[mentionAt[k + 1]].form == .metonym
      else { return nil }
      let e = mentions[mentionAt[k + 1]].tokens.upperBound
      if e < t.count, t[e].gap == 0, !t[e].capital, x.classes[t[e].lower] == 0 { return nil }
      return mentionAt[k + 1]
    }
    var j = k + 1
    while j < t.count, j - k <= 3, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      if mentionAt[j] >= 0 {
        let m = mentionAt[j]
        guard mentions[m].tokens.lowerBound == j else { return nil }
        // "sites in Yemen that are visited by X": a relative clause says whose they are.
        let e = mentions[m].tokens.upperBound
        if e < t.count, x.classes.is(t[e].lower, WordClasses.relative), t[e].lower != 0, t[e].gap & Gap.comma == 0 {
          return nil
        }
        return m
      }
      let c = x.classes[t[j].lower]
      // ("targets in occupied Crimea": a participle right before the name describes it.)
      let w = t[j].bytes
      let participle =
        j + 1 < t.count && mentionAt[j + 1] >= 0 && w.count > 4 && p[w.upperBound - 1] == 0x64
        && p[w.upperBound - 2] == 0x65
      guard c == 0 || c & WordClasses.determiner != 0, !t[j].capital || c != 0, t[j].year == 0,
        !x.index.isHead(t[j].lower) || participle
      else { return nil }
      j += 1
    }
    return nil
  }

  /// Whether the word after a demonym's hyphen makes the thing come from there, not
  /// belong there: "Iranian-made drones" are not Iran's target, "a Greek-owned tanker" is
  /// Greece's.
  func madeBy(_ m: Int) -> Bool {
    guard mentions[m].form == .demonym else { return false }
    let after = mentions[m].tokens.upperBound
    guard after < t.count, t[after].gap & Gap.joined != 0 else { return false }
    return x.classes.is(t[after].lower, WordClasses.origin) && !x.arguments.belonging.contains(t[after].lower)
  }

  /// The subject of a gerund that modifies the common noun right before it, or `nil` when
  /// the gerund heads its own verb group: in "the paramilitary group fighting a war with
  /// X" the group fights (an unnamed one: nobody), in "Houthi rebels attacking ships" the
  /// Houthis do; the clause's subject before the noun ("the UAE denied arming the group
  /// fighting ...") is not the gerund's; but a predicate noun after "is" stands for the
  /// subject ("X is a bloc comprising A and B").
  func reducedRelativeSubject(head k: Int, start: Int) -> [Int]? {
    guard start == k, k > 0, t[k].gap == 0 else { return nil }
    guard endsInIng(k) else { return nil }
    // ("troops currently assisting in the fight": one adverb may stand between.)
    var n = k - 1
    if n > 0, isAdverb(n), t[n].gap == 0, !t[n].capital, mentionAt[n - 1] < 0, !isAdverb(n - 1) { n -= 1 }
    guard mentionAt[n] < 0 else { return nil }
    let prev = t[n]
    // A plural event noun ("sanctions targeting Iran", "strikes targeting X") is a noun too.
    let pluralHead = isEventHead(prev.lower) && prev.bytes.count > 3 && p[prev.bytes.upperBound - 1] == 0x73
    guard x.classes[prev.lower] == 0, !prev.capital, !prev.possessive, prev.year == 0, !isAdverb(n),
      !isEventHead(prev.lower) || pluralHead, !x.words.ongoing.contains(prev.lower),
      !x.arguments.durations.contains(prev.lower)
    else { return nil }
    // "BRICS is a group comprising X": a predicate noun stands for the subject of "is".
    var j = n - 1
    while j >= 0, n - j <= 4, mentionAt[j] < 0, t[j + 1].gap & Gap.comma == 0,
      x.classes[t[j].lower] & ~WordClasses.determiner == 0, !t[j].capital || x.classes[t[j].lower] != 0
    {
      j -= 1
    }
    if j >= 0, x.classes.is(t[j].lower, WordClasses.be) { return nil }
    let owner = possessor(of: n)
    // "Putin signed a decree imposing sanctions on X": an instrument with no owner named,
    // that the clause's subject signs, passes or issues, is the subject's ("China condemned
    // a decree imposing sanctions" is not).
    if owner.isEmpty, x.arguments.instruments.contains(prev.lower) {
      var b = n - 1
      while b >= 0, n - b <= 3, x.classes.is(t[b].lower, WordClasses.determiner) || partOfSpeech(at: b) == .adjective {
        b -= 1
      }
      if b >= 0, x.arguments.enacting.contains(t[b].lower) { return nil }
    }
    return owner
  }

  /// The actors of an absolute "with" phrase whose gerund is at `k`: "with A and B leading
  /// the support for X" (A and B lead it), or `nil` when `k` is no such gerund.
  ///
  /// - Complexity: O(*c*) for the *c* actors coordinated before the gerund.
  func absoluteWithSubject(gerund k: Int) -> [Int]? {
    guard k > 1, t[k].gap == 0, endsInIng(k), mentionAt[k - 1] >= 0 else { return nil }
    let chain = chainBackward(mentionAt[k - 1])
    guard let first = chain.min(), first >= 0 else { return nil }
    var b = mentions[first].tokens.lowerBound - 1
    if b >= 0, x.classes.is(t[b].lower, WordClasses.determiner) { b -= 1 }
    // (The phrase opens the sentence or follows a comma: "a pact with Niger providing ..."
    // is no absolute phrase.)
    guard b >= 0, t[b].lower == x.words.with, b == 0 || t[b].gap & Gap.comma != 0 else { return nil }
    return chain.sorted()
  }

  /// The subject of a participle clause set off by a comma, or `nil` for another verb.
  ///
  /// "Russia struck Kyiv, killing ten", "Kenyan troops, battling al-Shabaab, stayed": the
  /// clause's first actor that is no prepositional object, not the nearest actor before the
  /// comma (", warning X" after "a commitment to Somalia's security" is not Somalia's
  /// warning).
  ///
  /// An instrument's gerund needs no comma ("X struck Y's bases using Iranian drones": X
  /// uses them, not the bases).
  func participleSubject(head k: Int, start: Int, clause: Int32) -> [Int]? {
    let instrument = x.arguments.instrumental.contains(t[k].lower)
    guard start == k, k > 0, t[k].gap & Gap.comma != 0 || instrument else { return nil }
    guard endsInIng(k) else { return nil }
    // ", battling X," after a noun phrase that names no actor: that phrase's actor adjective.
    if !instrument, let described = parentheticalSubject(head: k, clause: clause) { return described }
    // ("Kyiv was struck by Russia using Iranian drones": the passive's agent uses them.)
    if instrument, mentionAt[k - 1] >= 0, isByAgent(mentionAt[k - 1]) { return chainBackward(mentionAt[k - 1]) }
    for m in mentions.indices where mentions[m].tokens.upperBound <= k && !mentions[m].tokens.isEmpty {
      let s = mentions[m].tokens.lowerBound
      guard t[s].clause == clause, relative[s] < 0 else { continue }
      if isPrepositional(m) && !mentions[m].possessive { continue }
      if isApposition(m) { continue }
      return chainForward(m)
    }
    return []
  }

  /// Whether the gerund at `k` follows a form of "join" and then "in", or a word of taking
  /// part right before "in".
  ///
  /// "joined Y in condemning", "succeeded in brokering", "played a key role in supplying": a
  /// verb, though a preposition stands before it (not "interest in buying", a wish).
  func joinedIn(_ k: Int) -> Bool {
    guard k > 2, t[k - 1].lower == x.arguments.in else { return false }
    if x.arguments.takingPart.contains(t[k - 2].lower) { return true }
    return (max(0, k - 8)..<(k - 1)).contains {
      x.arguments.joinForms.contains(t[$0].lower) && t[$0].clause == t[k].clause
    }
  }

  /// The subjects of a gerund after "joined X in", or `nil` for another verb.
  ///
  /// "Japan joined Australia in condemning China", "joined Australia to condemn China": both
  /// the one who joins and the one joined act; the gerund's nearest actor alone (Australia)
  /// would drop the first.
  func jointSubject(head: Int, start: Int, clause: Int32, inRelative: Int) -> [Int]? {
    // (Or an infinitive after the states joined: "the US joined Ukraine and South Korea to accuse X".)
    if head > 2, t[head - 1].lower == x.words.to, mentionAt[head - 2] >= 0 {
      let last = mentionAt[head - 2]
      var first = last
      while first > 0, coordinated(first - 1, first) { first -= 1 }
      var j = mentions[first].tokens.lowerBound - 1
      // ("joined forces with Peru to attack X".)
      if j > 1, t[j].lower == x.words.with, t[j - 1].lower == x.arguments.forces { j -= 2 }
      guard j >= 0, t[j].clause == clause, x.arguments.joinForms.contains(t[j].lower),
        (first...last).allSatisfy({ x.matcher.actorKinds[Int(mentions[$0].actor)] == .state })
      else { return nil }
      let joiner = subject(before: j, clause: clause, inRelative: inRelative)
      guard !joiner.isEmpty else { return nil }
      return joiner + (first...last).filter { !joiner.contains($0) }
    }
    guard start > 2, t[start - 1].lower == x.arguments.in, t[start].gap == 0 else { return nil }
    var j = start - 2
    while j >= 0, start - j <= 7, t[j].clause == clause {
      if x.arguments.joinForms.contains(t[j].lower) {
        let joined = object(after: j, clause: clause, head: j)
        // "refused to join A and B in imposing sanctions", "did not join A in condemning":
        // only those joined act.
        let refused =
          (j > 1 && t[j - 1].lower == x.words.to && x.classes.is(t[j - 2].lower, WordClasses.negatingGovernor))
          || (j > 0 && x.classes.is(t[j - 1].lower, WordClasses.negation))
        if refused { return joined.isEmpty ? nil : joined }
        let joiner = subject(before: j, clause: clause, inRelative: inRelative)
        guard !joined.isEmpty || !joiner.isEmpty else { return nil }
        return joiner + joined.filter { !joiner.contains($0) }
      }
      j -= 1
    }
    return nil
  }

  /// The subject of a bare infinitive right after another verb's object ("helping the GNA
  /// attack the LNA", "let Serbia buy jets"): that object, though already taken as one.
  func controlledSubject(head k: Int, start: Int) -> [Int]? {
    guard start == k, k > 0, t[k].gap == 0, mentionAt[k - 1] >= 0 else { return nil }
    // A bare infinitive: no "-ing" ("annexation of X using Turkish weapons") and no "-ed".
    let r = t[k].bytes
    guard r.count > 3 else { return nil }
    let (a, b, c) = (p[r.upperBound - 3] | 0x20, p[r.upperBound - 2] | 0x20, p[r.upperBound - 1] | 0x20)
    if (a, b, c) == (0x69, 0x6E, 0x67) || (b, c) == (0x65, 0x64) { return nil }
    let m = mentionAt[k - 1]
    guard consumed[m], mentions[m].tokens.upperBound == k, !mentions[m].possessive, mentions[m].form != .demonym else {
      return nil
    }
    return [m]
  }

  /// Whether the word at `k` is longer than four letters and ends in lower-case "ing" (a
  /// gerund or present participle: "attacking", not "king").
  @inline(__always) func endsInIng(_ k: Int) -> Bool {
    let r = t[k].bytes
    return r.count > 4 && p[r.upperBound - 1] == 0x67 && p[r.upperBound - 2] == 0x6E && p[r.upperBound - 3] == 0x69
  }

  /// Whether a comma stands before any word of `from...to` (a word's gap is before it).
  func commaBetween(_ from: Int, _ to: Int) -> Bool {
    guard from <= to, from < t.count else { return false }
    return (from...min(to, t.count - 1)).contains { t[$0].gap & Gap.comma != 0 }
  }
}

extension SentenceRoles {
  /// The first verb of the stretch a verb after "and" (or ", and") is coordinated with
  /// ("Somalia condemned the deal and recalled its envoy": "condemned").
  ///
  /// - Parameter start: the first token of the later verb's group.
  /// - Returns: the earlier verb's token, or nil.
  /// - Complexity: O(n) in the clause's tokens, each tagged at most once.
  func coordinatedVerb(before start: Int) -> Int? {
    guard start > 1, t[start - 1].lower == x.words.and else { return nil }
    // ("..., and" after a stretch with no verb is a list's last item, not a verb's.)
    // ("the loyalty of the army (LNA), and": a bracket before "and" is passed over.)
    var e = start - 2
    while e > 0, t[e].clause != t[start].clause, start - e <= 8 { e -= 1 }
    return firstVerb(ofStretchEndingAt: e)
  }

  /// The first verb of the comma-delimited stretch that ends at token `end`, when an actor
  /// stands before it in the sentence (the earlier verb needs a subject).
  ///
  /// - Parameter end: the stretch's last token.
  /// - Returns: the verb's token, or nil.
  /// - Complexity: O(n) in the stretch's tokens, each tagged at most once.
  func firstVerb(ofStretchEndingAt end: Int) -> Int? {
    let clause = t[end].clause
    var first: Int? = nil
    var j = end
    while j >= 0, t[j].clause == clause {
      // ("are in control of X, and": a copula is the stretch's verb too.)
      if mentionAt[j] < 0, partOfSpeech(at: j) == .verb || x.classes.is(t[j].lower, WordClasses.be) { first = j }
      if t[j].gap & Gap.comma != 0 { break }
      j -= 1
    }
    guard let v = first, v > 0, (0..<v).contains(where: { mentionAt[$0] >= 0 }) else { return nil }
    return v
  }

  /// The first verb of the stretch before the comma that opens a verb of a series, when
  /// that stretch holds a verb with an actor before it ("Lula and Modi condemned Hamas,
  /// reaffirmed Israel's right ...": "condemned").
  ///
  /// - Parameter start: the first token of the later verb's group.
  /// - Returns: the earlier verb's token, or nil.
  /// - Complexity: O(n) in the stretch's tokens, each tagged at most once.
  func serialVerb(before start: Int) -> Int? {
    guard start > 1, t[start].gap & Gap.comma != 0, mentionAt[start] < 0, partOfSpeech(at: start) == .verb else {
      return nil
    }
    return firstVerb(ofStretchEndingAt: start - 1)
  }

  /// The subject of the earlier verb that a verb with none of its own shares: across "and"
  /// (`coordinatedVerb`) or a comma of a series (`serialVerb`), up to four verbs back.
  ///
  /// - Parameters:
  ///   - start: the first token of the later verb's group.
  ///   - inRelative: the relative clause's first token, or -1.
  /// - Returns: the shared subject's mentions (empty: none).
  /// - Complexity: O(n) per verb passed, in the sentence's tokens.
  func sharedSubject(before start: Int, inRelative: Int) -> [Int] {
    var v = start
    for _ in 0..<4 {
      guard let first = coordinatedVerb(before: v) ?? serialVerb(before: v) else { return [] }
      // "X controls Y and has the loyalty of Z, and is backed by W": a verb right after
      // "and" shares a subject further back, never the object before "and".
      if first > 1, t[first - 1].lower == x.words.and, mentionAt[first - 2] >= 0 {
        if coordinatedVerb(before: first) != nil {
          v = first
          continue
        }
        // (The earlier verb mistagged: the actor before "and" follows a word of its
        // clause, so it is that word's object; the subject stands before it.)
        var b = mentions[mentionAt[first - 2]].tokens.lowerBound
        if b > 0, t[b - 1].lower == x.words.the { b -= 1 }
        if b > 1, t[b].gap & Gap.comma == 0, mentionAt[b - 1] < 0,
          !x.classes.is(t[b - 1].lower, WordClasses.coordinator | WordClasses.preposition)
        {
          let s = subject(before: b - 1, clause: t[first].clause, inRelative: inRelative)
          if !s.isEmpty { return s }
        }
      }
      let s = subject(before: first, clause: t[first].clause, inRelative: inRelative)
      if !s.isEmpty { return s }
      v = first
    }
    return []
  }

  /// Whether the gerund at `k`, right after "by", is a means of an active clause: the word
  /// before "by" is no verb nor adverb ("armed the junta by selling jets": the main verb's
  /// object stands there; "was hit by shelling", "killed by shelling" have a participle).
  ///
  /// - Complexity: O(1).
  func meansGerund(_ k: Int) -> Bool {
    guard k > 2, t[k - 1].lower == x.words.by, t[k - 1].gap & Gap.comma == 0 else { return false }
    let before = k - 2
    if x.classes.is(t[before].lower, WordClasses.be | WordClasses.have | WordClasses.preposition) { return false }
    return mentionAt[before] >= 0 || (partOfSpeech(at: before) == .noun && !isAdverb(before))
  }

  /// The subject of a gerund of means ("Russia armed the junta by selling jets to X"): the
  /// subject of the clause's verb before "by", or nil.
  ///
  /// - Complexity: O(*w*) for the *w* words back to that verb, plus the subject's search.
  func meansSubject(gerund start: Int, clause: Int32, inRelative: Int) -> [Int]? {
    var v = start - 2
    while v >= 0, t[v].clause == clause, mentionAt[v] >= 0 || partOfSpeech(at: v) != .verb { v -= 1 }
    guard v >= 0, t[v].clause == clause else { return nil }
    var s = v
    while s > 0, x.classes.is(t[s - 1].lower, WordClasses.be | WordClasses.have | WordClasses.modal) || isAdverb(s - 1)
    {
      s -= 1
    }
    let r = subject(before: s, clause: clause, inRelative: inRelative)
    return r.isEmpty ? nil : r
  }

  /// The agent of a passive verb whose "by" is not within four words: the means' agent
  /// (`meansAgent`), else a "by" after adjuncts of place and time ("was ousted from the
  /// capital in May 2014 by X"), at most eight words on, with no comma, actor or other
  /// verb before it.
  ///
  /// - Parameters:
  ///   - end: the verb group's last token.
  ///   - clause: the verb's clause.
  /// - Returns: the agent's mentions (empty: none).
  /// - Complexity: O(1): a few words after the verb.
  func passiveAgent(after end: Int, clause: Int32) -> [Int] {
    let means = meansAgent(after: end, clause: clause)
    if !means.isEmpty { return means }
    var b = end + 1
    while b < t.count, b - end <= 8, t[b].lower != x.words.by, t[b].clause == clause, mentionAt[b] < 0,
      t[b].gap & Gap.comma == 0, partOfSpeech(at: b) != .verb
    { b += 1 }
    guard b < t.count, b - end > 4, b - end <= 8, t[b].lower == x.words.by, t[b].gap & Gap.comma == 0 else {
      return []
    }
    return prepositional(x.words.by, after: b - 1, clause: clause, limit: 1)
  }

  /// The agent of the means a passive verb names: "supported by airstrikes by Egypt",
  /// "backed by drones from Turkey" (a weapon, force or attack noun after "by", then "by"
  /// or "from" and the actor).
  ///
  /// - Parameters:
  ///   - end: the verb group's last token.
  ///   - clause: the verb's clause.
  /// - Returns: the agent's mentions (empty: none).
  /// - Complexity: O(1): a few words after the verb.
  func meansAgent(after end: Int, clause: Int32) -> [Int] {
    var j = end + 1
    guard j < t.count, t[j].lower == x.words.by else { return [] }
    j += 1
    var means = false
    while j < t.count, j - end <= 5, mentionAt[j] < 0, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      let w = t[j].lower
      if w == x.words.by || w == x.arguments.from { break }
      if x.index.isClass(w, x.index.actClass) || x.index.isClass(w, x.index.equipmentClass)
        || x.index.isClass(w, x.index.forceClass)
      {
        means = true
      } else if x.classes.is(w, WordClasses.preposition | WordClasses.relative | WordClasses.be) {
        return []
      }
      j += 1
    }
    guard means, j < t.count, t[j].lower == x.words.by || t[j].lower == x.arguments.from else { return [] }
    return prepositional(t[j].lower, after: j - 1, clause: clause, limit: 3)
  }

  /// The sides of a deal whose mediator a compound names.
  ///
  /// "A and B agreed to a Qatar-brokered truce", "Thailand, Cambodia agree to
  /// Malaysia-brokered ceasefire": the coordinated subjects, two at least, of the nearest verb before the compound in its
  /// clause, when that verb is one the sides of a deal say (`ArgumentWords.dealVerbs`). A
  /// third party that backs or welcomes the deal is no side ("Peru backed the Qatar-brokered
  /// truce" names none).
  ///
  /// - Parameters:
  ///   - head: the compound's participle.
  ///   - clause: its clause.
  ///   - inRelative: the relative clause's first token, or -1.
  /// - Returns: the sides' mentions (empty: none).
  /// - Complexity: O(*w*) for *w* words before the compound in its clause.
  func dealSides(before head: Int, clause: Int32, inRelative: Int) -> [Int] {
    var v = head - 1
    // ("agreed to a Gaza ceasefire-for-hostages deal following mediation by X": a name that
    // modifies the next word is part of the deal's phrase.)
    func modifier(_ v: Int) -> Bool {
      v + 1 < head && mentionAt[v + 1] < 0 && !t[v + 1].capital && t[v + 1].gap & Gap.comma == 0
    }
    // ("African Union-brokered": every word of the compound's own name.)
    let own = head > 0 ? mentionAt[head - 1] : -1
    while v >= 0, head - v <= 10, t[v].clause == clause,
      mentionAt[v] < 0 || v == head - 1 || mentionAt[v] == own || modifier(v)
    {
      if x.arguments.dealVerbs.contains(t[v].lower) { break }
      v -= 1
    }
    guard v >= 0, head - v <= 10, t[v].clause == clause, x.arguments.dealVerbs.contains(t[v].lower) else { return [] }
    // The subjects right before the verb (a truce's sides were read already as the
    // hostility that ends: consumed, yet still the sides).
    guard let last = mentions.indices.last(where: { mentions[$0].tokens.upperBound <= v }),
      v - mentions[last].tokens.upperBound <= 2, t[mentions[last].tokens.lowerBound].clause == clause,
      !isPrepositional(last)
    else { return [] }
    var sides = [last]
    var m = last - 1
    // (A headline lists with commas alone: "Thailand, Cambodia agree to ...".)
    while m >= 0, sides.count < RelationExtractor.maximumChain,
      coordinated(m, sides[0]) && (!commaLink(m, sides[0]) || headline) && !isPrepositional(m)
    {
      sides.insert(m, at: 0)
      m -= 1
    }
    return sides.count >= 2 ? sides : []
  }

  /// The sides a phrase opening the sentence leaves to its main clause: "After talks
  /// mediated by Qatar, Rwanda and Congo said ...", "Following Turkish-brokered talks, A and
  /// B agreed": the two or more actors coordinated right after the comma that closes the
  /// phrase (which opens with "after" or "following" and names talks or a deal), when a verb
  /// of a deal or of saying follows them, or none.
  ///
  /// - Complexity: O(*w* + *c*) for the *w* words to the comma and the *c* sides.
  func frontedSides(after end: Int) -> [Int] {
    guard !t.isEmpty, x.arguments.fronting.contains(t[0].lower), mentionAt[0] < 0 else { return [] }
    guard let c = ((end + 1)..<min(t.count, end + 12)).first(where: { t[$0].gap & Gap.comma != 0 }),
      !((1...c).contains { t[$0].clause != t[0].clause }),
      // (The phrase names talks or a deal: "After Qatar mediated the hostage release, A and B
      // said they welcomed it" names no sides.)
      (0..<c).contains(where: {
        x.index.isClass(t[$0].lower, x.index.peaceClass) || x.index.isClass(t[$0].lower, x.index.ceasefireClass)
      })
    else { return [] }
    var first = c
    if mentionAt[first] < 0, x.classes.is(t[first].lower, WordClasses.determiner), first + 1 < t.count { first += 1 }
    guard mentionAt[first] >= 0 else { return [] }
    let sides = chainForward(mentionAt[first])
    guard sides.count >= 2, let last = sides.last else { return [] }
    // (What the sides do next is a deal's or a statement's: "said", "agreed", "signed"; not
    // "praised it".)
    var v = mentions[last].tokens.upperBound
    // ("US and Taliban negotiators agreed": the sides' people, one plural noun, may stand between.)
    if v + 1 < t.count, mentionAt[v] < 0, !t[v].capital, x.classes[t[v].lower] == 0, endsIn(v, 0x73) { v += 1 }
    while v < t.count, isAdverb(v) || x.classes.is(t[v].lower, WordClasses.have | WordClasses.modal) { v += 1 }
    guard v < t.count, x.arguments.dealVerbs.contains(t[v].lower) || x.arguments.saying.contains(t[v].lower) else {
      return []
    }
    return sides
  }

  /// The main clause's subject after a participle that opens the sentence ("Having signed a
  /// treaty with X, the United States reaffirmed it", "Backed by Russia, Serbia rejected"):
  /// the actors coordinated right after the comma that closes the opener, when a verb
  /// follows them; nil when the sentence has no such shape.
  ///
  /// - Complexity: O(*w* + *c*) for the *w* words to the comma and the *c* actors.
  func openerMainSubject(after end: Int) -> [Int]? {
    guard let c = ((end + 1)..<min(t.count, end + 16)).first(where: { t[$0].gap & Gap.comma != 0 }),
      !((0...c).contains { t[$0].clause != t[0].clause })
    else { return nil }
    var first = c
    if mentionAt[first] < 0, x.classes.is(t[first].lower, WordClasses.determiner), first + 1 < t.count { first += 1 }
    guard mentionAt[first] >= 0 else { return nil }
    let chain = chainForward(mentionAt[first])
    guard let last = chain.last, verbFollows(last) || isAuxiliaryAfter(last) else { return nil }
    return chain
  }

  /// The subjects of a main clause that an opening "along with X", "together with X" or
  /// "alongside X" joins: the clause's own coordinated subjects right after the comma that
  /// closes the opener, then the opener's actors ("Along with Germany, Norway and Spain sent
  /// tanks": Norway, Spain and Germany); nil when the sentence opens otherwise or the verb
  /// group at `start` does not follow those subjects.
  ///
  /// - Complexity: O(*c*) for the *c* actors of the two chains, plus three words' look.
  func alongWithSubjects(before start: Int) -> [Int]? {
    guard t.count > 4, mentionAt[0] < 0 else { return nil }
    var b: Int
    if x.arguments.alongside.contains(t[0].lower) {
      b = 1
    } else if t[1].lower == x.words.with, x.arguments.alongWith.contains(t[0].lower) {
      b = 2
    } else {
      return nil
    }
    if mentionAt[b] < 0, x.classes.is(t[b].lower, WordClasses.determiner) { b += 1 }
    guard b < start, mentionAt[b] >= 0 else { return nil }
    var opener = [mentionAt[b]]
    var m = mentionAt[b]
    while m + 1 < mentions.count, opener.count < RelationExtractor.maximumChain, coordinated(m, m + 1),
      !commaLink(m, m + 1)
    {
      m += 1
      opener.append(m)
    }
    var first = mentions[m].tokens.upperBound
    guard first < start, t[first].gap & Gap.comma != 0, t[first].clause == t[0].clause else { return nil }
    if mentionAt[first] < 0, x.classes.is(t[first].lower, WordClasses.determiner) { first += 1 }
    guard first < start, mentionAt[first] >= 0 else { return nil }
    let chain = chainForward(mentionAt[first])
    guard let last = chain.last else { return nil }
    var e = mentions[last].tokens.upperBound
    while e < start, isAdverb(e) || x.classes.is(t[e].lower, WordClasses.be | WordClasses.have | WordClasses.modal) {
      e += 1
    }
    guard e == start else { return nil }
    return chain + opener.filter { !chain.contains($0) }
  }

  /// Whether a verb of *be*, *have* or a modal follows mention `m` ("Serbia has rejected").
  func isAuxiliaryAfter(_ m: Int) -> Bool {
    let after = mentions[m].tokens.upperBound
    return after < t.count && x.classes.is(t[after].lower, WordClasses.be | WordClasses.have | WordClasses.modal)
  }

  /// The organization or group a body is called by, within ten words after the pattern:
  /// "formed an alliance called Mercosur", "a bloc known as the AES" (after "called",
  /// "named", "dubbed" or "known as", with an optional determiner), or none.
  ///
  /// - Complexity: O(1) (at most ten tokens).
  func calledName(after end: Int, clause: Int32) -> [Int] {
    var k = end + 1
    while k + 1 < t.count, k - end <= 10, t[k].clause == clause {
      if x.arguments.naming.contains(t[k].lower) || (t[k].lower == x.arguments.known && t[k + 1].lower == x.words.as) {
        var j = t[k].lower == x.arguments.known ? k + 2 : k + 1
        if j < t.count, mentionAt[j] < 0, x.classes.is(t[j].lower, WordClasses.determiner) { j += 1 }
        guard j < t.count, mentionAt[j] >= 0 else { return [] }
        let m = mentionAt[j]
        return x.matcher.actorKinds[Int(mentions[m].actor)] == .state ? [] : [m]
      }
      if t[k].gap & Gap.comma != 0 { return [] }
      k += 1
    }
    return []
  }

  /// The organization set off by the comma before token `k` right after a body noun
  /// ("joined the regional bloc, ECOWAS,"), or `nil`; not a source reporting ("left the
  /// bloc, ECOWAS said").
  ///
  /// - Complexity: O(1).
  func apposedBodyName(comma k: Int) -> Int? {
    guard k > 0, k < t.count, t[k].gap & Gap.comma != 0, x.arguments.descriptions.contains(t[k - 1].lower) else {
      return nil
    }
    let named = k + 1 < t.count && t[k].lower == x.words.the ? k + 1 : k
    guard mentionAt[named] >= 0 else { return nil }
    let m = mentionAt[named]
    let after = mentions[m].tokens.upperBound
    guard x.matcher.actorKinds[Int(mentions[m].actor)] == .organization,
      !(after < t.count && x.arguments.saying.contains(t[after].lower))
    else { return nil }
    return m
  }

  /// The object of the verb before a noun in its clause.
  ///
  /// "Japan added 11 Chinese entities to its export blacklist": the entities, here China's. The verb is the nearest word
  /// the tagger reads as one, at most ten words back; the object stands between the verb
  /// and the noun.
  ///
  /// - Parameters:
  ///   - head: the noun.
  ///   - clause: its clause.
  /// - Returns: the object's mentions (empty: none).
  /// - Complexity: O(*w*) for the *w* words between the verb and the noun.
  func verbObject(before head: Int, clause: Int32) -> [Int] {
    var v = head - 1
    while v >= 0, head - v <= 10, t[v].clause == clause {
      // ("11 Chinese firms": a word after an actor adjective, a determiner or a number is a noun.)
      let inPhrase =
        v > 0
        && ((mentionAt[v - 1] >= 0 && mentions[mentionAt[v - 1]].form == .demonym)
          || x.classes.is(t[v - 1].lower, WordClasses.determiner) || partOfSpeech(at: v - 1) == .numeral)
      if mentionAt[v] < 0, !t[v].capital, !inPhrase, partOfSpeech(at: v) == .verb { break }
      v -= 1
    }
    guard v >= 0, head - v <= 10, t[v].clause == clause, mentionAt[v] < 0 else { return [] }
    return object(after: v, clause: clause, head: v).filter { mentions[$0].tokens.upperBound <= head }
  }
}

extension SentenceRoles {
  /// Whether mention `m` is the object of a verb whose purpose infinitive begins at or
  /// just before `start`: "Chad entered Sudan to back the RSF" (Sudan is entered, the
  /// subject backs), not "X urged Iran to stop" nor "helped Chad to repel Y" (the object acts).
  ///
  /// - Complexity: O(1): a few words around the mention.
  func purposeObject(_ m: Int, before start: Int) -> Bool {
    // (Most subjects have no "to" near: look before building the chain.)
    // (The group may begin at a year before "to": "entered Sudan in 2021 to back".)
    let from = max(0, start - 6)
    guard start < t.count,
      (from..<min(t.count, start + 3)).contains(where: { t[$0].lower == x.words.to }),
      let last = chainForward(m).last
    else { return false }
    var e = mentions[last].tokens.upperBound
    // "entered Sudan in 2021 to back": a date adjunct may stand before the infinitive (and
    // the verb's group may be read from the year on).
    if e + 2 < t.count, e < start, x.classes.is(t[e].lower, WordClasses.preposition), t[e].lower != x.words.to,
      t[e + 1].year != 0, t[e + 1].gap & Gap.comma == 0
    {
      e += 2
    }
    let start = max(start, e)
    // "... Sudan to provide military support": the infinitive and its noun's modifiers (the
    // verb group may begin at "to" itself).
    guard e < t.count, t[e].lower == x.words.to, start - e <= 4, !commaBetween(e, start),
      !(e..<start).contains(where: { mentionAt[$0] >= 0 })
    else { return false }
    var v = mentions[m].tokens.lowerBound - 1
    if v >= 0, x.classes.is(t[v].lower, WordClasses.determiner) { v -= 1 }
    guard v >= 0, mentionAt[v] < 0, t[v + 1].gap & Gap.comma == 0, partOfSpeech(at: v) == .verb else { return false }
    let c = x.classes[t[v].lower]
    return c & (WordClasses.hedgingGovernor | WordClasses.request | WordClasses.be) == 0
      && !x.arguments.objectControl.contains(t[v].lower)
  }
}

extension SentenceRoles {
  /// Whether mention `m` is a maker's brand on the weapons after it: "Bayraktar drones",
  /// "Bayraktar TB2 drones" (a company's name, which the catalogue reads as a metonym of
  /// its state, then an equipment noun, a capitalized model name between at most).
  ///
  /// - Complexity: O(1).
  func isBrand(_ m: Int) -> Bool {
    guard m >= 0, mentions[m].form == .metonym, !mentions[m].possessive else { return false }
    let after = mentions[m].tokens.upperBound
    guard after < t.count, t[after].gap & Gap.comma == 0, mentionAt[after] < 0 else { return false }
    let goods = after + (after + 1 < t.count && t[after].capital ? 1 : 0)
    return goods < t.count && mentionAt[goods] < 0 && x.index.isClass(t[goods].lower, x.index.equipmentClass)
  }
}

extension SentenceRoles {
  /// The object of a control verb that does what the infinitive at `start` says: "helped
  /// Sudan to repel the RSF" (Sudan repels, though it is already the object of "helped").
  ///
  /// - Parameter start: the infinitive's verb group's first token (the object, "to" or the
  ///   verb after it).
  /// - Returns: the object's mentions, or nil.
  /// - Complexity: O(1) plus the coordination chain.
  func controllingObject(before start: Int) -> [Int]? {
    // (The group of a verb after an object and "to" begins at the object: `VerbGroup`.)
    var to = start
    if to < t.count, mentionAt[to] >= 0, let last = chainForward(mentionAt[to]).last {
      to = mentions[last].tokens.upperBound
    } else if to + 1 < t.count, t[to + 1].lower == x.words.to, x.precision.fighters.contains(t[to].lower) {
      // ("allowed Russian troops to advance": the group begins at the fighters' noun.)
      to += 1
    }
    if to < t.count, t[to].lower != x.words.to { to -= 1 }
    guard to >= 2, to < t.count, t[to].lower == x.words.to, t[to].gap & Gap.comma == 0 else { return nil }
    // "allowed Russian troops to advance": an actor adjective or possessor before a noun of
    // fighters names the object.
    var object = to - 1
    if mentionAt[object] < 0, x.precision.fighters.contains(t[object].lower), object >= 1, mentionAt[object - 1] >= 0,
      mentions[mentionAt[object - 1]].form == .demonym || mentions[mentionAt[object - 1]].possessive
    {
      object -= 1
    }
    guard mentionAt[object] >= 0 else { return nil }
    let chain = chainBackward(mentionAt[object])
    guard let first = chain.first else { return nil }
    var v = mentions[first].tokens.lowerBound - 1
    if v >= 0, x.classes.is(t[v].lower, WordClasses.determiner) { v -= 1 }
    // "called on the EU to lift sanctions": the EU would lift them.
    if v >= 1, t[v].lower == x.arguments.on, x.arguments.calling.contains(t[v - 1].lower) { v -= 1 }
    guard v >= 0, mentionAt[v] < 0, t[v + 1].gap & Gap.comma == 0, x.arguments.objectControl.contains(t[v].lower)
    else { return nil }
    return chain
  }
}

extension SentenceRoles {
  /// The owner of the noun an infinitive completes: "Washington's decision to sell arms
  /// to Taiwan" (Washington sells, not the clause's subject that condemned the decision).
  ///
  /// - Parameter start: the infinitive's verb group's first token (the noun, "to" or the verb).
  /// - Returns: the possessor's mentions, or nil when no possessed noun stands before "to".
  /// - Complexity: O(1) plus the coordination chain.
  func nounOwnerSubject(before start: Int) -> [Int]? {
    // (The group may begin at the noun itself, as at a governing verb's object.)
    var to = start
    if to + 1 < t.count, t[to + 1].lower == x.words.to, x.arguments.intentions.contains(t[to].lower) {
      to += 1
    } else if to < t.count, t[to].lower != x.words.to {
      to -= 1
    }
    guard to >= 2, to < t.count, t[to].lower == x.words.to, t[to].gap & Gap.comma == 0,
      mentionAt[to - 1] < 0, x.arguments.intentions.contains(t[to - 1].lower)
    else { return nil }
    let owner = possessor(of: to - 1)
    return owner.isEmpty ? nil : owner
  }
}

extension SentenceRoles {
  /// Whether mention `m` is the victim in an act noun's "of" phrase: "the shelling of the UN
  /// base", "the invasion of Ukraine" (the one the act was done to, not a subject).
  ///
  /// - Complexity: O(1).
  func actVictim(_ m: Int) -> Bool {
    var b = mentions[m].tokens.lowerBound - 1
    if b >= 0, x.classes.is(t[b].lower, WordClasses.determiner) { b -= 1 }
    guard b >= 1, t[b].lower == x.words.of, mentionAt[b - 1] < 0, !mentions[m].possessive else { return false }
    return x.index.isClass(t[b - 1].lower, x.index.actClass) || x.index.isClass(t[b - 1].lower, x.index.operationClass)
  }
}
