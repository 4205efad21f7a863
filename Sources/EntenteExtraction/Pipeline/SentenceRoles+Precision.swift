/// Precision rules: wordings that look like a relation with an actor in a role and are
/// not one (`PrecisionWords` has their word lists).
extension SentenceRoles {
  /// Whether a relation noun stands after a present form of *be* in its clause ("Qatar is
  /// also a member of OPEC", "a pipeline that is ..."): a state at the text's date, not an
  /// event of the year the text opens with.
  ///
  /// Looks back at most six words, over determiners, adverbs, actor names, "of" and
  /// lower-case words of no class ("there have been a number of sanctions"), not across a
  /// comma; or forward, past the noun's own names and "between", "and", "with", "of", to a
  /// present or present-perfect verb whose subject it is ("the dispute between A and B has
  /// escalated"). A pact ("AUKUS is a security partnership
  /// between A and B") is dated by its making, so alliances are left out, except the status
  /// of an ally ("A and B are allies").
  func presentState(_ o: Occurrence) -> Bool {
    guard o.pos == .noun, !x.index.entries[o.pattern].alliance || x.precision.allies.contains(t[o.head].lower)
    else { return false }
    // "a former member": a status the document's date finds over, whenever it ended.
    if x.arguments.former.contains(t[o.head].lower) { return true }
    var j = o.head - 1
    while j >= 0, o.head - j <= 6, t[j + 1].gap & Gap.comma == 0 {
      let w = t[j].lower
      if x.precision.present.contains(w) { return true }
      if x.precision.past.contains(w) { return false }
      // "there have been sanctions": a present perfect state.
      if w == x.precision.been, j > 0, x.precision.presentHave.contains(t[j - 1].lower) { return true }
      let c = x.classes[w]
      guard
        mentionAt[j] >= 0 || c & (WordClasses.determiner | WordClasses.adverb) != 0 || (c == 0 && !t[j].capital)
          || w == x.words.of
      else { return false }
      j -= 1
    }
    // "The dispute between A and B has escalated": the noun as the subject of a present or
    // present-perfect verb, past its own phrase (names, "between", "and", "with", "of").
    var k = o.end + 1
    while k < t.count, k - o.end <= 10, t[k].gap & Gap.comma == 0 {
      let w = t[k].lower
      if x.precision.present.contains(w) || x.precision.presentHave.contains(w) { return true }
      guard
        mentionAt[k] >= 0 || w == x.words.between || w == x.words.and || w == x.words.with || w == x.words.of
          || w == x.words.the
      else { return false }
      k += 1
    }
    return false
  }

  /// Whether the word at `j` asks for the relation noun after it rather than reporting it:
  /// "called for mediation", "appealed for talks" (an offer made, "offered mediation to
  /// X", is the mediator's act).
  func requests(_ j: Int) -> Bool {
    x.classes.is(t[j].lower, WordClasses.request) && j + 1 < t.count && t[j + 1].lower == x.precision.for
  }

  /// Whether a relation noun is the subject of a verb that ends it: "the feud ended", "the
  /// dispute between A and B was settled in 2019", "the war came to an end".
  ///
  /// Looks at most twelve words on, in the clause and before a comma, over the noun's
  /// phrase (actors, prepositions, determiners, forms of *be*, adverbs); another pattern
  /// word, a modal or a negation stops the look.
  func finishedBySubject(_ o: Occurrence) -> Bool {
    guard o.pos == .noun else { return false }
    let clause = t[o.head].clause
    var j = o.end + 1
    while j < t.count, j - o.end <= 12, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      let w = t[j].lower
      if x.precision.finished.contains(w) { return true }
      // ("condemned the invasion and suspended its work": a second verb of the clause's own
      // subject.)
      if w == x.words.and, j + 1 < t.count, x.precision.finished.contains(t[j + 1].lower) { return false }
      if w == x.precision.came, j + 1 < t.count, t[j + 1].lower == x.words.to { return true }
      if mentionAt[j] >= 0 {
        j = mentions[mentionAt[j]].tokens.upperBound
        continue
      }
      let c = x.classes[w]
      if c & (WordClasses.modal | WordClasses.negation | WordClasses.relative | WordClasses.clauseBreak) != 0 {
        return false
      }
      if x.index.isHead(w) || t[j].negative { return false }
      j += 1
    }
    return false
  }

  /// Whether mention `m` names an actor's friends, not the actor.
  ///
  /// "Attacks on American allies", "sanctions on Iran's proxies" are aimed at others
  /// (kinds other than tension: warning X's allies is tension with X).
  func namesAssociates(_ m: Int) -> Bool {
    let after = mentions[m].tokens.upperBound
    guard after < t.count, !mentions[m].tokens.isEmpty, mentionAt[after] < 0, t[after].gap & Gap.comma == 0 else {
      return false
    }
    return x.precision.associates.contains(t[after].lower)
  }

  /// Whether a membership's target names only something of the organization: its
  /// possessive ("accession to NATO's Partnership for Peace"; not "NATO's 32nd member") or a name before a force,
  /// mission or programme of it ("join an African Union force").
  func namesPartOf(_ m: Int) -> Bool {
    guard m >= 0, !mentions[m].tokens.isEmpty else { return false }
    let after = mentions[m].tokens.upperBound
    guard after < t.count, mentionAt[after] < 0, t[after].gap & Gap.comma == 0 else { return false }
    if mentions[m].possessive && mentions[m].form != .demonym {
      // "NATO's 32nd member", "NATO's thirty-second member": ordinals may stand before the rank.
      var j = after
      while j < t.count, j - after <= 3, t[j].gap & Gap.comma == 0, mentionAt[j] < 0 {
        if x.precision.ranks.contains(t[j].lower) { return false }
        let digit = p[t[j].bytes.lowerBound] >= 0x30 && p[t[j].bytes.lowerBound] <= 0x39
        let hyphened = (j > after && t[j].gap & Gap.joined != 0) || (j + 1 < t.count && t[j + 1].gap & Gap.joined != 0)
        // ("ASEAN's poorest member", "one of ASEAN's five founding members": adjectives,
        // ranking words and counts may stand before the rank too.)
        guard
          digit || hyphened || x.precision.ordinals.contains(t[j].lower)
            || x.arguments.ranking.contains(t[j].lower) || x.precision.numbers[t[j].lower] != nil
            // ("OPEC's second-largest oil producer": a commodity before the rank.)
            || x.index.isClass(t[j].lower, x.index.commodityClass)
            || (x.classes[t[j].lower] == 0
              && (partOfSpeech(at: j) == .adjective || (t[j].bytes.count > 5 && endsIn(j, 0x74, 0x73))))
        else {
          return true
        }
        j += 1
      }
      return true
    }
    var j = after
    while j < t.count, j - after <= 2, t[j].gap & Gap.comma == 0, mentionAt[j] < 0 {
      if x.precision.parts.contains(t[j].lower) { return true }
      guard x.classes[t[j].lower] == 0, t[j].year == 0 else { return false }
      j += 1
    }
    return false
  }

  /// Whether word `w` heads a pattern as an event or relation noun: "states allied with X"
  /// are common nouns, though "a NATO state" names a member.
  func isEventHead(_ w: Int32) -> Bool { x.index.isHead(w) && !x.arguments.stateWords.contains(w) }

  /// The subject of a past participle that modifies the noun right before it ("major
  /// states allied with the U.S.", "Houthi rebels allied with Iran"), or `nil` when the
  /// verb may head its own group: the noun's possessor or actor adjective, else nobody.
  ///
  /// Only a word ending in "-ed" with no auxiliary, right after a noun that names no actor
  /// and is no function word, and before a preposition other than `by` (a passive).
  func participleModifierSubject(head k: Int, start: Int) -> [Int]? {
    guard start == k, k > 0, k + 1 < t.count, t[k].gap == 0, mentionAt[k - 1] < 0 else { return nil }
    let r = t[k].bytes
    guard r.count > 4, p[r.upperBound - 1] | 0x20 == 0x64, p[r.upperBound - 2] | 0x20 == 0x65 else { return nil }
    let next = t[k + 1]
    guard next.gap & Gap.comma == 0, x.classes.is(next.lower, WordClasses.preposition), next.lower != x.words.by
    else { return nil }
    let prev = t[k - 1]
    guard x.classes[prev.lower] == 0, !prev.possessive, prev.year == 0, !isAdverb(k - 1),
      !isEventHead(prev.lower)
    else { return nil }
    return possessor(of: k - 1)
  }

  /// Whether the verb at `start` has a subject that names no actor: a plural common noun
  /// right before it ("outsiders shipped weapons to both sides"), so the previous
  /// sentence's topic is not its agent.
  func hasCommonSubject(before start: Int) -> Bool {
    guard start > 0, mentionAt[start - 1] < 0, t[start].gap & Gap.comma == 0 else { return false }
    let prev = t[start - 1]
    guard x.classes[prev.lower] == 0, !prev.capital, prev.year == 0, !isAdverb(start - 1) else { return false }
    let r = prev.bytes
    return r.count > 3 && p[r.upperBound - 1] == 0x73
  }

  /// The subject of a verb whose group follows a plural common noun: that noun's possessor
  /// or actor adjective ("Chadian troops attacked", "Russia's forces shelled"), else nobody
  /// (", and outsiders shipped weapons": not an actor named earlier in the clause); `nil`
  /// when the noun ends a list with other actors ("A, B and other states condemned", "A
  /// and European states").
  func commonNounSubject(before start: Int) -> [Int]? {
    guard hasCommonSubject(before: start), !isEventHead(t[start - 1].lower),
      !x.arguments.durations.contains(t[start - 1].lower)
    else { return nil }
    let lo = max(0, start - 4)
    if t[lo..<(start - 1)].contains(where: {
      ($0.lower == x.words.and || $0.lower == x.words.or) && $0.gap & Gap.comma == 0
        || $0.lower == x.words.including || x.precision.other.contains($0.lower)
    }) {
      return nil
    }
    // "Chinese firms exported": the firms, not China.
    if x.precision.bodies.contains(t[start - 1].lower) { return [] }
    // "Russian-made jets bombed": where the jets come from, not who flies them.
    let owners = possessor(of: start - 1).filter { !madeBy($0) }
    // ("Israeli strikes on Beirut's suburbs targeted X": the target's owner is not the
    // subject; the act's actor before it is, `subject(before:)`.)
    if let m = owners.first, m > 0, mentions[m].possessive, mentions[m].tokens.lowerBound > 0,
      x.arguments.targetPrepositions.contains(t[mentions[m].tokens.lowerBound - 1].lower)
    {
      return nil
    }
    return owners
  }

  /// The actor of the noun phrase a participle aside describes, or `nil`.
  ///
  /// A participle clause set off by commas on both sides ("... for Ethiopian troops,
  /// battling al-Shabaab, to ...") describes the noun phrase before its first comma.
  ///
  /// - Returns: the possessor or actor adjective of that phrase's noun, when the phrase
  ///   names no actor itself and opens the sentence, a clause or a prepositional phrase,
  ///   or its noun names fighters ("troops", "forces"); not a verb's other objects
  ///   ("Israel bombed Lebanese towns, targeting X, ..." is Israel's); `nil` otherwise.
  func parentheticalSubject(head k: Int, clause: Int32) -> [Int]? {
    guard k > 1, mentionAt[k - 1] < 0 else { return nil }
    var j = k + 1
    while j < t.count, t[j].clause == clause, t[j].gap & Gap.comma == 0 { j += 1 }
    guard j < t.count, t[j].clause == clause, t[j].gap & Gap.comma != 0 else { return nil }
    // (", killing three fighters, the group said": an attribution closes the clause, no aside.)
    if ((j)..<min(t.count, j + 4)).contains(where: { x.arguments.isSaid(t[$0].lower) && t[$0].gap & Gap.comma == 0 }) {
      return nil
    }
    // The phrase's first word: back over adjectives, actor adjectives and determiners.
    var s = k - 1
    while s > 0, k - s <= 4, t[s].gap & Gap.comma == 0,
      mentionAt[s - 1] >= 0 || x.classes.is(t[s - 1].lower, WordClasses.determiner)
        || (x.classes[t[s - 1].lower] == 0 && !x.index.isHead(t[s - 1].lower))
    {
      s -= 1
    }
    let opens = s == 0 || t[s].gap & Gap.comma != 0 || x.classes.is(t[s - 1].lower, WordClasses.preposition)
    guard opens || x.precision.fighters.contains(t[k - 1].lower) else { return nil }
    return possessor(of: k - 1)
  }

  /// Whether the pattern verb is a participle used as an adjective.
  ///
  /// "The internationally recognized government": right after a determiner (adverbs
  /// between), in "-ed", with no auxiliary and no "by" after it, such a word describes a
  /// noun; it reports no act.
  func attributive(_ o: Occurrence) -> Bool {
    guard o.pos == .verb, let g = o.group, g.start == o.head, !g.passive, o.head > 0, t[o.head].gap == 0 else {
      return false
    }
    let r = t[o.head].bytes
    guard r.count > 4, p[r.upperBound - 1] | 0x20 == 0x64, p[r.upperBound - 2] | 0x20 == 0x65 else { return false }
    var j = o.head - 1
    while j > 0, isAdverb(j), t[j + 1].gap == 0 { j -= 1 }
    return mentionAt[j] < 0 && x.classes.is(t[j].lower, WordClasses.determiner) && t[j].lower != x.words.both
      && !x.classes.is(t[j].lower, WordClasses.pronoun)
  }

  /// A forward chain cut where a new clause starts.
  ///
  /// In "on behalf of A, B and C concluded a deal" the verb after the list makes "B and C"
  /// its subject, so only "A" is the preposition's object. Needs the tagger (a verb or
  /// auxiliary right after the list's last actor); the cut is at the list's last bare comma.
  func cutAtNewClause(_ chain: [Int]) -> [Int] {
    guard chain.count >= 2, verbFollows(chain[chain.count - 1]) else { return chain }
    for i in stride(from: chain.count - 1, to: 0, by: -1) where commaLink(chain[i - 1], chain[i]) {
      return Array(chain[..<i])
    }
    // "attacked Ukraine, and Kyiv was backed by Poland": ", and" before one actor alone
    // (no list before it) opens a clause whose subject the actor is.
    if let i = chain.indices.dropFirst().last(where: { i in
      let a = mentions[chain[i - 1]].tokens.upperBound
      let b = mentions[chain[i]].tokens.lowerBound
      return b == a + 1 && t[a].lower == x.words.and && t[a].gap & Gap.comma != 0
    }), i == 1 {
      return Array(chain[..<i])
    }
    // "backed Hamas and the United States backed Israel": the last conjunct before a finite
    // verb with an object of its own is that verb's subject (no comma needed), as is one
    // after a comma or a clause break ("While Iran armed the Houthis, the United States
    // supplied X"; "exports to A and B rose sharply" keeps both).
    let last = chain.count - 1
    let a = mentions[chain[last - 1]].tokens.upperBound
    let b = mentions[chain[last]].tokens.lowerBound
    let v = mentions[chain[last]].tokens.upperBound
    let objectFollows =
      v + 1 < t.count && t[v + 1].gap & Gap.comma == 0
      && (mentionAt[v + 1] >= 0
        || x.classes.is(t[v + 1].lower, WordClasses.determiner | WordClasses.possessivePronoun))
    if objectFollows,
      (a..<b).contains(where: { x.classes.is(t[$0].lower, WordClasses.coordinator) })
        || (a...b).contains(where: { t[$0].gap & Gap.comma != 0 })
        || t[mentions[chain[last - 1]].tokens.lowerBound].clause != t[b].clause
    {
      return Array(chain[..<last])
    }
    return chain
  }

  /// Whether mention `m` is an actor adjective right after a verb.
  ///
  /// A determiner may stand between; the adjective describes that verb's object ("to use
  /// Russian assets", "bought Iranian oil") and is no later verb's subject. Needs the tagger.
  func demonymInObject(_ m: Int) -> Bool {
    guard tagging != nil, mentions[m].form == .demonym, !mentions[m].tokens.isEmpty else { return false }
    var b = mentions[m].tokens.lowerBound - 1
    while b >= 0, x.classes.is(t[b].lower, WordClasses.determiner), t[b + 1].gap & Gap.comma == 0 { b -= 1 }
    guard b >= 0, t[b + 1].gap & Gap.comma == 0, mentionAt[b] < 0, !t[b].capital else { return false }
    // Words of these classes are no verb: no need to ask the tagger.
    let never =
      WordClasses.preposition | WordClasses.coordinator | WordClasses.be | WordClasses.relative
      | WordClasses.infinitive | WordClasses.modal | WordClasses.clauseBreak
    guard x.classes[t[b].lower] & never == 0 else { return false }
    return partOfSpeech(at: b) == .verb
  }

  /// Whether a finite verb or an auxiliary follows mention `m` right away.
  ///
  /// Then `m` starts a clause of its own ("at tankers and Israel condemned it"). Needs the
  /// tagger; a gerund ("Israel attacking") starts none.
  func verbFollows(_ m: Int) -> Bool {
    guard tagging != nil else { return false }
    let after = mentions[m].tokens.upperBound
    guard after < t.count, t[after].gap == 0, !t[after].capital else { return false }
    let tag = partOfSpeech(at: after)
    guard tag == .verb || tag == .auxiliary else { return false }
    return !endsInIng(after)
  }

  /// Whether mention `m` is a pronoun ("them", "it") that takes back one of `agents`: an
  /// object pronoun never names its own clause's subject ("A and B attacked C, accusing
  /// them": not each other).
  func pronounOfAgent(_ m: Int, agents: [Int]) -> Bool {
    guard m >= 0, !mentions[m].tokens.isEmpty else { return false }
    let w = t[mentions[m].tokens.lowerBound].lower
    guard x.classes.is(w, WordClasses.pronoun), !x.classes.is(w, WordClasses.possessivePronoun) else { return false }
    return agents.contains { $0 >= 0 && mentions[$0].actor == mentions[m].actor }
  }

  /// Whether the preposition at `k` opens an absolute phrase: ", with Sudan backing the
  /// rebels" says what Sudan did; Sudan is not the "with" of the noun or verb before the
  /// comma (", with India and Pakistan" after "expanded" is).
  ///
  /// A "with" after a comma whose actors (the first at most four words on, with those
  /// coordinated with it and their brackets) are followed, past adverbs, by a word in "-ing"
  /// or "-ed" (", with Qatar also involved").
  func absoluteWith(_ k: Int) -> Bool {
    guard t[k].lower == x.words.with, t[k].gap & Gap.comma != 0 else { return false }
    var j = k + 1
    while j < t.count, j - k <= 4, mentionAt[j] < 0 { j += 1 }
    guard j < t.count, mentionAt[j] >= 0 else { return false }
    let clause = t[j].clause
    while j < t.count, j - k <= 16, j == k + 1 || t[j].gap & Gap.comma == 0 {
      if mentionAt[j] >= 0 {
        j = mentions[mentionAt[j]].tokens.upperBound
        continue
      }
      let w = t[j].lower
      if t[j].clause != clause || w == x.words.and || w == x.words.the || w == x.words.or {
        j += 1
        continue
      }
      // (", with Qatar also involved in mediation": adverbs, then a participle in "-ed".)
      if isAdverb(j) {
        j += 1
        continue
      }
      return endsInIng(j) || endsInEd(j)
    }
    return false
  }

  /// Whether token `k`, past a relation noun ending at `end`, ends the noun's reach for its
  /// prepositional roles: a later noun in "-tion"/"-sion" that heads a phrase of its own
  /// ("opposition to Turkey's acquisition of jets from Russia": the "from" is the
  /// acquisition's), "and" before a verb ("the conflict and reopen the border with X"), or
  /// an indefinite apposition after a comma ("Iran's ally Syria, a member of the Arab
  /// League": the "of" is the member's, not the ally's), or a verb right after an actor
  /// ("Chile's ally Peru signed a pact with X": the "with" is the verb's).
  func endsNounPhrase(_ k: Int, after end: Int) -> Bool {
    guard k > end else { return false }
    // "X's ally Y, a member of Z": an apposition after a comma is another noun's phrase.
    if k > end + 1, t[k].gap & Gap.comma != 0, t[k].lower == x.words.a || t[k].lower == x.words.an { return true }
    guard mentionAt[k] < 0 else { return false }
    // "X's ally Y signed a pact with Z": a verb after the noun's apposition starts its clause.
    if k > end + 1, mentionAt[k - 1] >= 0, t[k].gap == 0, let tag = partOfSpeech(at: k),
      tag == .verb || tag == .auxiliary, !(k + 1 < t.count && t[k + 1].lower == x.words.by)
    {
      return true
    }
    if t[k].lower == x.words.and, k + 1 < t.count, let tag = partOfSpeech(at: k + 1) {
      return tag == .verb || tag == .auxiliary
    }
    // "X's purchase of Chinese missiles drew a rebuke from Y": a verb with its own object
    // after the noun's phrase is the clause's; the noun is its subject.
    // ("a grouping that includes A and B" is the noun's own relative clause.)
    // (The word tests come before the tagger's: this runs for each word of a noun's phrase.)
    if k > end + 1, t[k].gap == 0, k + 1 < t.count, x.classes[t[k].lower] == 0, !t[k].capital,
      !x.classes.is(t[k - 1].lower, WordClasses.relative), !endsInIng(k),
      mentionAt[k + 1] >= 0 || x.classes.is(t[k + 1].lower, WordClasses.determiner)
        || (x.classes[t[k + 1].lower] == 0 && partOfSpeech(at: k + 1) == .adjective),
      partOfSpeech(at: k) == .verb
    {
      return true
    }
    let r = t[k].bytes
    guard r.count > 6, !t[k].capital else { return false }
    let (a, b, c, d) = (p[r.upperBound - 4], p[r.upperBound - 3], p[r.upperBound - 2], p[r.upperBound - 1])
    return (a == 0x74 || a == 0x73) && b == 0x69 && c == 0x6F && d == 0x6E
  }
}

extension SentenceRoles {
  /// The list that names a relation noun's members ("its ten members: A, B and C", "the
  /// bloc's members – A and B"): as `list(after:)`, but a verb between the noun and the
  /// list's first actor ends the search, for the actor is that verb's object or another
  /// clause's ("NATO's members met Russia": Russia is met, not a member).
  ///
  /// A verb is a tagged verb or auxiliary; with no tagger, a pattern word or a lower-case
  /// word in "-ed".
  func nounList(after end: Int) -> [Int] {
    let found = list(after: end)
    guard let first = found.first else { return found }
    let a = mentions[first].tokens.lowerBound
    guard a > end + 1 else { return found }
    for k in (end + 1)..<a where mentionAt[k] < 0 && verbLike(k) { return [] }
    return found
  }

  /// Whether the word at `k` is a verb: the tagger's verb or auxiliary, else (no tagger) a
  /// pattern word or a lower-case word in "-ed".
  func verbLike(_ k: Int) -> Bool {
    if let tag = partOfSpeech(at: k) { return tag == .verb || tag == .auxiliary }
    if x.index.isHead(t[k].lower) { return true }
    let r = t[k].bytes
    return !t[k].capital && r.count > 3 && p[r.upperBound - 1] == 0x64 && p[r.upperBound - 2] == 0x65
  }
}

extension SentenceRoles {
  /// Whether a mediation verb's sides are those of something other than diplomacy:
  /// "facilitated trade between A and B", "hosted a trade fair between A and B" (an
  /// object word before "between" and none of `PrecisionWords.diplomacy`); "facilitated
  /// talks between", "brokered a deal between", "mediated between" still mediate; talks
  /// only called for ("led calls for talks between A and B") are no mediation.
  ///
  /// Looks at most eight words on, in the pattern's clause.
  func mediatesOtherThing(_ o: Occurrence) -> Bool {
    guard o.pos == .verb else { return false }
    let clause = t[o.head].clause
    var k = o.end + 1
    var object = false
    while k < t.count, k - o.end <= 8, t[k].clause == clause {
      let w = t[k].lower
      if w == x.words.between || w == x.words.among { return object }
      // "led calls for talks between A and B": talks called for are not mediated.
      if x.classes.is(w, WordClasses.request) { return true }
      if x.precision.diplomacy.contains(w) || mentionAt[k] >= 0 { return false }
      if x.classes[w] == 0, !t[k].capital { object = true }
      k += 1
    }
    return false
  }

  /// Whether mention `m` is the actor adjective (or name) of a firm or a medium that the
  /// words up to `start` name ("a Chinese firm signed", "Russian state media accused",
  /// "the Iranian news agency IRNA reported"): the firm acts, not the state.
  ///
  /// At most four words after the mention, with no comma and no other actor.
  func namesBody(_ m: Int, before start: Int) -> Bool {
    let mm = mentions[m]
    guard !mm.possessive, mm.form != .person, mm.form != .metonym, !mm.tokens.isEmpty else { return false }
    var k = mm.tokens.upperBound
    while k < start, k - mm.tokens.upperBound < 4, t[k].gap & Gap.comma == 0, mentionAt[k] < 0 {
      if x.precision.bodies.contains(t[k].lower) { return true }
      k += 1
    }
    return false
  }

  /// Whether mention `m` is the actor adjective of a weapon before `start` ("Iranian
  /// drones struck X", "North Korean shells hit Y", "X used Iranian drones to strike Y"):
  /// it may say where the weapon comes from rather than who fired it (an armed group's
  /// weapons are its own: "Houthi drones").
  ///
  /// A demonym followed, at most one word on, by a noun of the equipment class right before
  /// the verb group at `start`, or its first word.
  func weaponOfOrigin(_ m: Int, before start: Int) -> Bool {
    let mm = mentions[m]
    guard mm.form == .demonym, !mm.possessive, x.matcher.actorKinds[Int(mm.actor)] != .group else { return false }
    // "Iranian-made drones": a compound the subject rules skip already.
    guard mm.tokens.upperBound < t.count, t[mm.tokens.upperBound].gap & Gap.joined == 0 else { return false }
    let equipment = x.index.equipmentClass
    guard equipment >= 0 else { return false }
    var k = mm.tokens.upperBound
    // The weapon may be the group's first word ("used Iranian drones to strike": an object
    // before an infinitive starts its group).
    while k <= start, k < t.count, k - mm.tokens.upperBound < 2, t[k].gap & Gap.comma == 0, mentionAt[k] < 0 {
      // The weapon heads its phrase: right before the group or its first word ("a Ukrainian
      // drone offensive targeting X" is no weapon's).
      if x.index.isClass(t[k].lower, equipment) { return k + 1 >= start }
      k += 1
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether a hostility's agents are only the actor adjective of its weapon and the
  /// document's context makes that actor the weapon's origin.
  ///
  /// "Iranian drones struck Kyiv" after a sentence whose last arms supply has Iran as
  /// supplier, or whose last hostility is a war between others ("Russia invaded Ukraine"),
  /// is no Iranian attack. With no such context the adjective names the attacker
  /// ("Ukrainian drones struck a refinery").
  func weaponFromElsewhere(_ agents: [Int], before start: Int) -> Bool {
    guard !agents.isEmpty, agents.allSatisfy({ $0 >= 0 && weaponOfOrigin($0, before: start) }) else { return false }
    let actors = Set(agents.map { mentions[$0].actor })
    if let supply = lastPairs["arms_supply"], actors.contains(supply.0) { return true }
    if let war = lastPairs["hostility"], !actors.contains(war.0), !actors.contains(war.1) { return true }
    return false
  }
}

extension SentenceRoles {
  /// Whether a relation noun stands in an indefinite apposition (", a BRICS member,", ", a
  /// close ally of X,"): a state that holds at the document's date unless its own stretch
  /// between commas writes a year (", a NATO member since 1952,"); the year of the clause
  /// around it is another event's (", a BRICS member, hosted the summit in 2024").
  ///
  /// The noun at most five words after "a" or "an" right after a comma; or an adjective
  /// that opens an aside right after a name (", aligned with Iran,").
  func indefiniteApposition(_ o: Occurrence) -> Bool {
    var j = o.head
    while j > 0, o.head - j <= 5, t[j].gap & Gap.comma == 0 { j -= 1 }
    guard j > 0, t[j].gap & Gap.comma != 0 else { return false }
    // "The Houthis, aligned with Iran, seized Sanaa in 2014": an adjective's aside right
    // after a name describes the name as it is.
    if o.pos == .adj { return j == o.head && mentionAt[j - 1] >= 0 }
    return o.pos == .noun && (t[j].lower == x.words.a || t[j].lower == x.words.an)
  }

  /// Whether one of the sentence's `years` stands in the stretch between commas around
  /// token `k`.
  ///
  /// - Complexity: O(*w*) for *w* words.
  func yearInStretch(_ k: Int, _ years: [(Int, Int)]) -> Bool {
    var lo = k
    while lo > 0, t[lo].gap & Gap.comma == 0 { lo -= 1 }
    var hi = k + 1
    while hi < t.count, t[hi].gap & Gap.comma == 0 { hi += 1 }
    return years.contains { $0.0 >= lo && $0.0 < hi }
  }
}

extension SentenceRoles {
  /// Whether an alliance pattern's pact is an economic one: a word of
  /// `PrecisionWords.economic` right before the pact noun ("a trade pact", "an energy
  /// partnership", "a free trade deal") or in its stretch after it, before a comma or
  /// another clause ("a pact to boost trade", "a pact on customs"); "a defence pact", "a
  /// strategic partnership" are still alliances.
  ///
  /// The pact noun is the pattern's head or the first noun of the pact class at most six
  /// words around it.
  func economicPact(_ o: Occurrence) -> Bool {
    let pact = x.index.pactClass
    guard pact >= 0 else { return false }
    let clause = t[o.head].clause
    var k = -1
    // (An accord too: "entered into an agreement with X to purchase crude oil".)
    let accord = x.index.accordClass
    for j in max(0, o.head - 6)..<min(t.count, o.end + 7)
    where (x.index.isClass(t[j].lower, pact) || (accord >= 0 && x.index.isClass(t[j].lower, accord)))
      && mentionAt[j] < 0
    {
      k = j
      break
    }
    guard k >= 0 else { return false }
    var j = k - 1
    while j >= 0, k - j <= 2, t[j + 1].gap & Gap.comma == 0, mentionAt[j] < 0 {
      if x.precision.economic.contains(t[j].lower) { return true }
      j -= 1
    }
    j = k + 1
    while j < t.count, j - k <= 6, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
      if x.precision.economic.contains(t[j].lower) { return true }
      j += 1
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether the occurrence is a form of "enter" (or of sending forces "into" a state)
  /// followed in its clause by a purpose of fighting someone other than a state ("entered
  /// Mozambique to fight insurgents", "sent troops into Congo to fight the ADF"; not
  /// "entered Georgia to confront Georgian troops"): the fight is with another.
  ///
  /// - Complexity: O(1) (at most twelve tokens).
  func enteredToFight(_ o: Occurrence) -> Bool {
    guard o.pos == .verb, x.arguments.entering.contains(t[o.head].lower), o.end + 2 < t.count else { return false }
    let clause = t[o.head].clause
    guard
      let to = ((o.end + 1)..<min(t.count - 1, o.end + 9)).first(where: {
        t[$0].clause == clause && t[$0].lower == x.words.to && x.arguments.fighting.contains(t[$0 + 1].lower)
      })
    else { return false }
    // The foe: a state's name or adjective within three words after the verb keeps the attack.
    return !((to + 2)..<min(t.count, to + 5)).contains {
      mentionAt[$0] >= 0 && x.matcher.actorKinds[Int(mentions[mentionAt[$0]].actor)] == .state
    }
  }
}

extension SentenceRoles {
  /// Whether a pattern's act is said as one of pressure or words: a `PrecisionWords.nonViolent`
  /// modifier ("pressure", "diplomatic", "sanctions") right before a noun of a class, from
  /// the word before the pattern to five words past it, in its clause.
  ///
  /// "a maximum pressure campaign against X", "waged a diplomatic offensive against X"; and
  /// a verb whose subject's head is a sanction ("new sanctions hit X's oil exports").
  ///
  /// - Complexity: O(1) (at most seven words).
  func nonViolentAct(_ o: Occurrence) -> Bool {
    let clause = t[o.head].clause
    // "New US sanctions hit X's exports": sanctions or controls as the verb's subject.
    if o.pos == .verb, x.index.sanctionClass >= 0 {
      var k = (o.group?.start ?? o.head) - 1
      while k >= 0, isAdverb(k) { k -= 1 }
      if k >= 0, mentionAt[k] < 0, x.index.isClass(t[k].lower, x.index.sanctionClass) { return true }
    }
    var k = max(0, o.head - 1)
    while k + 1 < t.count, k <= o.end + 5, t[k + 1].clause == clause {
      if x.precision.nonViolent.contains(t[k].lower), x.index.isAnyClass(t[k + 1].lower) { return true }
      k += 1
    }
    // "joint drills that will simulate a full-scale battle": staged, not fought.
    var b = o.head - 1
    while b >= 0, o.head - b <= 4, t[b].clause == clause, t[b + 1].gap & Gap.comma == 0 {
      if x.precision.simulating.contains(t[b].lower) { return true }
      b -= 1
    }
    // "targeted Venezuelan oil movements to Cuba": an economic object, a measure.
    if o.pos == .verb, x.precision.targeting.contains(t[o.head].lower) {
      var j = o.end + 1
      while j < t.count, j - o.end <= 4, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
        if x.precision.economicObjects.contains(t[j].lower) { return true }
        j += 1
      }
    }
    // "a price war", "a trade war": the noun's own modifier; "any attack on X would be": no act.
    if o.pos == .noun, o.head > 0 {
      let before = t[o.head - 1].lower
      if ((x.precision.nonViolent.contains(before) || x.precision.economicWars.contains(before))
        && x.precision.wars.contains(t[o.head].lower))
        || before == x.precision.any
      {
        return true
      }
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether "each other" or "one another" follows the pattern's last word (an adverb may
  /// stand between) as its object: "A and B accused each other of shelling", not "support
  /// each other's interests".
  ///
  /// - Complexity: O(1).
  func eachOther(after end: Int) -> Bool {
    var k = end + 1
    if k < t.count, isAdverb(k) { k += 1 }
    // "support each other's interests": a possessive owns a noun, it is no object.
    guard k + 1 < t.count, t[k + 1].gap == 0, !t[k + 1].possessive else { return false }
    return x.precision.reciprocal.contains(t[k].lower) && x.precision.reciprocalSecond.contains(t[k + 1].lower)
  }

  /// Whether a modal verb follows a pattern noun's phrase as the verb it is subject of.
  ///
  /// "A defence pact between A and B could be signed next year", "a blockade of X could
  /// trigger a war". The look ends at a comma, a clause's end, an auxiliary or a relative
  /// word; "will remain" and "will continue" go on, they predict nothing new.
  ///
  /// - Complexity: O(1): at most ten words after the noun.
  func modalAfter(_ o: Occurrence) -> Bool {
    var k = o.end + 1
    let clause = t[o.head].clause
    while k < t.count, k - o.end <= 10, t[k].clause == clause, t[k].gap & Gap.comma == 0 {
      let c = x.classes[t[k].lower]
      if c & WordClasses.modal != 0, !t[k].capital {
        return
          !(k + 1 < t.count
          && (x.words.ongoing.contains(t[k + 1].lower) || x.arguments.copulas.contains(t[k + 1].lower)))
      }
      // The noun's own verb group or a clause of its own ends the look (no tagger needed:
      // the look runs for every pattern noun).
      if c & (WordClasses.be | WordClasses.have | WordClasses.do | WordClasses.relative | WordClasses.clauseBreak) != 0
      {
        return false
      }
      k += 1
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether verb occurrence `o` is a simple present dated by another verb's year.
  ///
  /// Every year of the sentence stands before it with another verb of its own ("the
  /// offensive began in 2021, which X accuses Y of backing", "... in 2014, and X now
  /// supplies Y"): that year is the other verb's, and the present holds at the document's
  /// date. "In 2019, X accuses Y" keeps its year (no verb of its own).
  ///
  /// - Complexity: O(*w*) in the words from the last year's stretch to the verb.
  func presentAfterOtherVerb(_ o: Occurrence, years: [(Int, Int)]) -> Bool {
    guard o.pos == .verb, let g = o.group, !g.past, !g.passive, !g.hedged, let y = years.last?.0, y < g.start,
      !endsInIng(o.head), !(g.start > 0 && t[g.start - 1].lower == x.words.to),
      !(o.head > 0 && t[o.head - 1].lower == x.words.to || t[g.start].lower == x.words.to),
      // A date: "in 2021", "in May 2021", "since 2014"; not "the 2019 skirmishes", "(1998-2000)".
      y > 0, x.classes.is(t[y - 1].lower, WordClasses.preposition) || x.time.months[t[y - 1].lower] != nil
    else { return false }
    // A present form: "accuse", "accuses" (no "-ed").
    let r = t[o.head].bytes
    if r.count > 2, p[r.upperBound - 1] | 0x20 == 0x64, p[r.upperBound - 2] | 0x20 == 0x65 { return false }
    // The year's own verb, in the year's stretch between commas.
    var lo = y
    while lo > 0, t[lo].gap & Gap.comma == 0 { lo -= 1 }
    var hi = y + 1
    while hi < g.start, t[hi].gap & Gap.comma == 0 { hi += 1 }
    // (Only a past form is asked of the tagger: "-ed" words, or an irregular past.)
    for k in lo..<hi
    where k != y && mentionAt[k] < 0
      && (x.arguments.irregularPast.contains(t[k].lower)
        || (endsInEd(k) && partOfSpeech(at: k) == .verb))
    {
      // (A participle or infinitive of the year's own phrase does not count: "planned to").
      if (k > 0 && t[k - 1].lower == x.words.to) || endsInIng(k) { continue }
      // ("a report published in 2019": a participle after its noun dates the noun.)
      if k > 0, mentionAt[k - 1] < 0, endsInEd(k), partOfSpeech(at: k - 1) == .noun { continue }
      return true
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether the word at `k` is longer than three letters and ends in lower-case "ed".
  @inline(__always) func endsInEd(_ k: Int) -> Bool {
    let r = t[k].bytes
    return r.count > 3 && p[r.upperBound - 1] == 0x64 && p[r.upperBound - 2] == 0x65
  }
}

extension SentenceRoles {
  /// Whether the occurrence is a claim the sentence doubts: inside "reports that ...",
  /// "rumours of ..." (at most eight words before it) in a sentence that calls the claim
  /// unconfirmed, baseless, false or dismissed ("Reports that X armed Y were unconfirmed"),
  /// or right after "false that", "untrue that".
  ///
  /// - Complexity: O(*n*) in the sentence's words.
  func doubted(_ o: Occurrence) -> Bool {
    let from = max(0, o.head - 8)
    var claim = false
    for k in from..<o.head where k + 1 < t.count {
      let next = t[k + 1].lower
      if x.precision.claimNouns.contains(t[k].lower), next == x.arguments.that || next == x.words.of { claim = true }
      if x.precision.doubting.contains(t[k].lower), next == x.arguments.that { return true }
    }
    guard claim else { return false }
    return t.contains { x.precision.doubting.contains($0.lower) }
  }
}

extension SentenceRoles {
  /// Whether a hostile pattern is a quarrel in words, to leave to a tension line.
  ///
  /// The verb "attack" with a person or an office holder as its subject, whose clause goes
  /// on after a comma with a verb of saying ("Venezuela's vice president attacked Guyana,
  /// saying its claims were illegal") or names a speech, statement or interview within
  /// eight words ("attacked Washington in a speech"); and "in conflict
  /// with X over" a matter ("in conflict with Ethiopia for years over the dam"), where the
  /// conflict between two sides ("the conflict between A and B") stays fighting.
  ///
  /// - Complexity: O(1) (at most twelve words).
  func wordsOnlyAct(_ o: Occurrence) -> Bool {
    let clause = t[o.head].clause
    let p = x.precision
    if o.pos == .verb, p.attackVerbs.contains(t[o.head].lower) {
      // Only a person or an office holder attacks in words ("Venezuela's vice president
      // attacked Guyana, saying"); a state that attacks another, saying why, fights.
      let start = o.group?.start ?? o.head
      guard
        let m = (0..<start).last(where: { mentionAt[$0] >= 0 && t[$0].clause == clause }).map({ mentionAt[$0] }),
        mentions[m].form == .person
          || (mentions[m].tokens.upperBound < start
            && x.arguments.offices.contains(t[mentions[m].tokens.upperBound].lower))
          || (mentions[m].tokens.upperBound + 1 < start
            && x.arguments.offices.contains(t[mentions[m].tokens.upperBound + 1].lower))
      else { return false }
      var k = o.end + 1
      while k < t.count, k <= o.end + 8 {
        if p.speechVenues.contains(t[k].lower) { return true }
        if t[k].gap & Gap.comma != 0 { return p.sayingAfter.contains(t[k].lower) }
        if t[k].clause != clause { return false }
        k += 1
      }
      return false
    }
    if o.pos == .noun, p.conflicts.contains(t[o.head].lower), o.head > 0, p.inWords.contains(t[o.head - 1].lower) {
      return ((o.head + 1)..<min(t.count, o.head + 9)).contains { t[$0].lower == p.over && t[$0].clause == clause }
    }
    return false
  }
}

extension SentenceRoles {
  /// Whether the noun at `head` is the object of a verb of offering ("offered its
  /// mediation", "proposed mediation"): up to three words before it, past determiners,
  /// possessives and adjectives.
  ///
  /// - Complexity: O(1).
  func offeredNoun(_ head: Int) -> Bool {
    var k = head - 1
    while k >= 0, head - k <= 3, mentionAt[k] < 0 || mentions[mentionAt[k]].possessive {
      if x.arguments.offering.contains(t[k].lower) { return true }
      k -= 1
    }
    return false
  }
}

extension SentenceRoles {
  /// The actor an accusation says did the act of a verb in its complement, or nil.
  ///
  /// "accused Algeria of shooting down a drone": Algeria shot it down, as the accuser says;
  /// "accused North Korea of dispatching troops to aid Russia". Gold files code such acts
  /// (as optional rows when the text only alleges them, as core rows when it also tells
  /// them), so the act is read with the accused as its agent, never the accuser. The rule:
  /// within ten words before the verb, in its clause and with no comma between, an "of"
  /// right after an actor that right follows a verb of accusing or suspecting.
  ///
  /// - Complexity: O(1) (ten words at most).
  func accusedOf(_ o: Occurrence) -> Int? {
    let clause = t[o.head].clause
    let start = o.group?.start ?? o.head
    // ("accused X of lying and sent troops to Y": a verb coordinated after the allegation is
    // the subject's own act.)
    if start > 0, x.classes.is(t[start - 1].lower, WordClasses.coordinator) { return nil }
    var k = start - 1
    while k > 1, o.head - k <= 10, t[k].clause == clause, t[k + 1].gap & Gap.comma == 0 {
      if t[k].lower == x.words.of, mentionAt[k - 1] >= 0 {
        let b = mentions[mentionAt[k - 1]].tokens.lowerBound - 1
        guard b >= 0, x.arguments.accusing.contains(t[b].lower) else { return nil }
        // A relative clause in the complement has its own subject ("of sheltering militants
        // who attack Y": the militants attack).
        let between = (k + 1)..<start
        return between.contains(where: { x.classes.is(t[$0].lower, WordClasses.relative) }) ? nil : mentionAt[k - 1]
      }
      k -= 1
    }
    return nil
  }
}

extension SentenceRoles {
  /// Whether the verb that governs a pattern noun is in the present perfect ("has frozen its
  /// participation in X", "has decided to freeze its participation"): the act is told as of
  /// the document's date, so the year the text opens with does not date it.
  ///
  /// - Complexity: O(1) (five words back at most).
  func presentPerfectGovernor(_ o: Occurrence) -> Bool {
    let clause = t[o.head].clause
    var j = o.head - 1
    while j > 0, o.head - j <= 5, t[j].clause == clause, t[j + 1].gap & Gap.comma == 0,
      mentionAt[j] < 0 || x.classes.is(t[j].lower, WordClasses.possessivePronoun)
    {
      if partOfSpeech(at: j) == .verb {
        var k = j - 1
        while k >= 0, isAdverb(k) { k -= 1 }
        // ("has decided to freeze its participation": the infinitive's governor.)
        if k > 1, t[k].lower == x.words.to, partOfSpeech(at: k - 1) == .verb {
          k -= 2
          while k >= 0, isAdverb(k) { k -= 1 }
        }
        return k >= 0 && x.arguments.presentHave.contains(t[k].lower)
      }
      j -= 1
    }
    return false
  }
}
