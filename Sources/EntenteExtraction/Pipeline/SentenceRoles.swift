import Entente

/// Finds the pattern occurrences of one sentence and fills their argument roles.
///
/// Roles, all within the pattern's clause and each with the actors coordinated with it
/// ("A, B and C"):
/// - **subject**: after a relative pronoun ("X, which backs Y"), its antecedent; else the
///   nearest actor before the verb group that is not already an object, not the object
///   of a preposition other than "of", and not inside a relative clause the verb is not in;
/// - **object**: the first actor after the verb group with no preposition or comma before it
///   (at most four words on);
/// - **prepositional objects** (`to`, `from`, `on`...): the first actor at most four words
///   after the preposition, found after the pattern before the clause ends;
/// - **by-agent**: the prepositional object of `by`;
/// - **possessor**: a possessive, or an actor adjective or name, right before a noun (two
///   adjectives may stand between: "Russia's full-scale invasion");
/// - **modifier / head**: "Iran-backed Houthis": the actor joined by a hyphen, and the
///   actor the compound describes;
/// - **between**: all actors after "between"/"among" within three words of the pattern;
/// - **thing**: the actor adjective on a noun of the pattern's class ("Iranian drones").
/// Logical roles: in a passive the subject is the patient and the by-agent the agent.
final class SentenceRoles {
  /// The extractor's tables, behind one reference so that copying the roles (closures,
  /// mutation) retains one object, not every table.
  let box: RelationExtractor.Box
  @inline(__always) var x: RelationExtractor { box.x }
  let p: UnsafeBufferPointer<UInt8>
  let t: [Token]
  let mentions: [ActorMatcher.Mention]
  let questions: [Int32]
  /// The last organization the document named before this sentence (role `lastorg`).
  @exclusivity(unchecked) var lastOrganization: Int32? = nil
  /// The two sides of the document's last relation of each kind (role `lastpair`).
  @exclusivity(unchecked) var lastPairs = KindMap<(Int32, Int32)>()
  /// How many sentences back the document's last hostility was read (nil: none).
  @exclusivity(unchecked) var hostilityAge: Int? = nil
  /// How many sentences back the document's last sanction was read (nil: none).
  @exclusivity(unchecked) var sanctionAge: Int? = nil
  /// Sentences since the document's last weapon fired or tested with no target.
  @exclusivity(unchecked) var launchAge: Int? = nil
  /// Mediators this sentence names with no sides ("Kuwait is trying to mediate the
  /// crisis"), and the date of each: the document's conflict may give the sides.
  @exclusivity(unchecked) var unsidedMediators: [(actor: Int32, date: EntenteDate)] = []
  /// The topic of the previous sentence (for pair targets with no agent).
  @exclusivity(unchecked) var previousTopic: Int32? = nil
  /// The year the paragraph's previous sentences last wrote, for past-tense patterns with none.
  @exclusivity(unchecked) var carriedYear: Int? = nil
  /// The year the document's first two sentences write, for undated past events and nouns.
  @exclusivity(unchecked) var leadYear: Int? = nil
  /// The memo the extractor's tagger works in for this sentence (nil: no tagger).
  ///
  /// The tagger goes left to right only as far as the rules ask
  /// (`PartOfSpeechTagger.tag(_:words:at:first:memo:)`). A reference, not a closure: a
  /// closure's context was allocated, and the tagger copied into it, for every sentence.
  @exclusivity(unchecked) var tagging: TaggerMemo? = nil
  /// Whether `tagging` was asked yet.
  @exclusivity(unchecked) private var taggingBegun = false

  /// The tagger's part of speech of token `k` (nil: no tagger), read by `PartOfSpeechGate`.
  func partOfSpeech(at k: Int) -> UniversalTag? {
    guard let memo = tagging else { return nil }
    let first = !taggingBegun
    taggingBegun = true
    return box.tag(p, words: t.lazy.map { $0.bytes }, at: k, first: first, memo: memo)
  }

  /// The tagger's part of speech of every token (empty: no tagger), for the parser.
  var tags: [UniversalTag] {
    guard tagging != nil else { return [] }
    return t.indices.map { partOfSpeech(at: $0) ?? .other }
  }
  /// Parses the sentence with its tags (nil: no parser); called at most once, when a role
  /// first asks the tree (`SentenceRoles+Dependency`).
  var parsing: (([UniversalTag]) -> DependencyTree?)? = nil
  /// Whether `parsing` was called.
  var parsed = false
  /// The role layer over the parse, once built.
  var dependencyLayer: DependencyRoles? = nil
  /// Whether the sentence is a headline (`Headline`): its lists need no "and".
  @exclusivity(unchecked) var headline = false
  // The per-token tables are constants once built: reading a `let` of a final class
  // needs no dynamic exclusivity check, and the rules read them thousands of times a sentence.
  // The variables the rules read are `@exclusivity(unchecked)` for the same reason: the
  // roles belong to one sentence of one task, and no rule holds one while changing it.
  /// Token → mention index, -1 for none.
  let mentionAt: [Int]
  /// Mentions already taken as objects: not subjects of later verbs.
  @exclusivity(unchecked) var consumed: [Bool]
  /// Tokens inside an `if`/`unless`/`whether` clause.
  let conditional: [Bool]
  /// Tokens inside a relative clause (", which ...
  ///
  /// ,"), by the clause's first token (-1: none).
  let relative: [Int]

  /// The tables' buffers, taken back when the roles are released (nil: none kept).
  private let scratch: Scratch?

  /// The buffers of the per-token tables, kept from one sentence's roles to the next
  /// sentence's so that a sentence allocates none of them (one per document being read).
  final class Scratch {
    @exclusivity(unchecked) var mentionAt: [Int] = []
    @exclusivity(unchecked) var consumed: [Bool] = []
    @exclusivity(unchecked) var conditional: [Bool] = []
    @exclusivity(unchecked) var relative: [Int] = []
    /// `relations`' working lists: the occurrences, the heads done, and the sources and
    /// targets of one occurrence.
    @exclusivity(unchecked) var occurrences: [Occurrence] = []
    @exclusivity(unchecked) var done: [Int] = []
    @exclusivity(unchecked) var sources: [Int32] = []
    @exclusivity(unchecked) var targets: [Int32] = []
  }

  /// Empties `buffer` and fills it with `count` copies of `value`, keeping its capacity
  /// (in place: a copy of the buffer would be shared, and emptying a shared buffer allocates).
  ///
  /// A length that changes by at most eight is adjusted one element at a time: the bulk
  /// `removeLast(_:)` and `append(contentsOf:)` go through generic code that costs more.
  @inline(__always) private static func fill<T>(_ buffer: inout [T], _ value: T, count: Int) {
    let kept = min(buffer.count, count)
    if buffer.count > count {
      let excess = buffer.count - count
      if excess <= 8 {
        for _ in 0..<excess { buffer.removeLast() }
      } else {
        buffer.removeLast(excess)
      }
    }
    buffer.withUnsafeMutableBufferPointer { b in for i in 0..<kept { b[i] = value } }
    if count > kept {
      if count - kept <= 8 {
        for _ in kept..<count { buffer.append(value) }
      } else {
        buffer.append(contentsOf: repeatElement(value, count: count - kept))
      }
    }
  }

  init(
    x: RelationExtractor.Box, p: UnsafeBufferPointer<UInt8>, t: [Token], mentions: [ActorMatcher.Mention],
    questions: [Int32], scratch: Scratch? = nil
  ) {
    self.box = x
    self.p = p
    self.t = t
    self.mentions = mentions
    self.questions = questions
    self.scratch = scratch
    // The scratch's buffers are moved out (left empty) so each is uniquely referenced here.
    var mentionAt: [Int] = []
    var consumed: [Bool] = []
    var conditional: [Bool] = []
    var relative: [Int] = []
    if let scratch {
      swap(&mentionAt, &scratch.mentionAt)
      swap(&consumed, &scratch.consumed)
      swap(&conditional, &scratch.conditional)
      swap(&relative, &scratch.relative)
    }
    Self.fill(&mentionAt, -1, count: t.count)
    for (i, m) in mentions.enumerated() { for k in m.tokens where mentionAt[k] < 0 { mentionAt[k] = i } }
    Self.fill(&consumed, false, count: mentions.count)
    self.consumed = consumed
    Self.fill(&conditional, false, count: t.count)
    Self.fill(&relative, -1, count: t.count)
    // Read through the box, not copied: a copy of `Words` retains and releases its every set.
    let c = x.x.classes
    var k = 0
    while k < t.count {
      let w = t[k].lower
      // "Should Iran attack X, ...": a sentence that opens with an inverted auxiliary before
      // its subject states a condition up to the comma.
      let inverted = k == 0 && t.count > 1 && t[0].capital && x.x.words.inverted.contains(w) && mentionAt[1] >= 0
      if inverted || c.is(w, WordClasses.conditional),
        !(k > 0 && (t[k - 1].lower == x.x.words.even || t[k - 1].lower == x.x.words.as))
      {
        var j = k
        repeat {
          conditional[j] = true
          j += 1
        } while j < t.count && t[j].gap & Gap.comma == 0 && t[j].clause == t[k].clause
        k = j
        continue
      }
      // ", which ... ,": a relative clause set off by commas; "X, a country that ...": one
      // on an apposition; "the EAC, to which A and B belong", "the EAC bloc to which ...": one
      // after a preposition, which belongs to the clause. (Tested only at a relative pronoun.)
      if c.is(w, WordClasses.relative) {
        let onApposition =
          k > 2 && mentionAt[k - 1] < 0 && t[k - 1].gap & Gap.comma == 0 && mentionAt[k - 3] >= 0
          && (t[k - 2].lower == x.x.words.a || t[k - 2].lower == x.x.words.an) && t[k - 2].gap & Gap.comma != 0
        let plain = t[k].gap & Gap.comma != 0 || (k > 0 && mentionAt[k - 1] >= 0) || onApposition
        let afterPreposition =
          !plain && k > 1 && c.is(t[k - 1].lower, WordClasses.preposition)
          && (t[k - 1].gap & Gap.comma != 0 || mentionAt[k - 2] >= 0
            || x.x.arguments.actorHeads.contains(t[k - 2].lower))
        if plain || afterPreposition {
          if afterPreposition { relative[k - 1] = k }
          var j = k
          repeat {
            relative[j] = k
            j += 1
          } while j < t.count && t[j].gap & Gap.comma == 0 && t[j].clause == t[k].clause
          k = j
          continue
        }
      }
      k += 1
    }
    self.mentionAt = mentionAt
    self.conditional = conditional
    self.relative = relative
  }

  deinit {
    guard let scratch else { return }
    scratch.mentionAt = mentionAt
    scratch.consumed = consumed
    scratch.conditional = conditional
    scratch.relative = relative
  }

  /// A pattern found at a word.
  struct Occurrence {
    let pattern: Int
    let head: Int
    /// The last word of the pattern (its following lemmas).
    let end: Int
    let pos: PatternPOS
    var group: VerbGroup?
  }

  func isAdverb(_ k: Int) -> Bool {
    let w = t[k].lower
    if x.classes.is(w, WordClasses.adverb) { return true }
    guard w == 0 else { return false }
    let r = t[k].bytes
    return r.count > 4 && p[r.upperBound - 1] == 0x79 && p[r.upperBound - 2] == 0x6C  // "...ly"
  }

  /// Whether the word at `k` ends in the given lower-case ASCII bytes, last byte first.
  func endsIn(_ k: Int, _ last: UInt8, _ before: UInt8? = nil) -> Bool {
    let r = t[k].bytes
    guard r.count > 2, p[r.upperBound - 1] | 0x20 == last else { return false }
    guard let b = before else { return true }
    return p[r.upperBound - 2] | 0x20 == b
  }

  /// Whether the word before `k` makes it a noun ("the attack", "Russia's support", "Iranian drones").
  func nounContext(_ k: Int) -> Bool? {
    // "Fighting broke out": a sentence's first word in -ing before a verb is its subject noun.
    if k == 0, t.count > 1, t[1].gap == 0, endsInIng(0), mentionAt[1] < 0, verbLike(1) { return true }
    guard k > 0, t[k].gap & Gap.comma == 0 else { return nil }
    let prev = t[k - 1]
    let c = x.classes[prev.lower]
    if mentionAt[k - 1] >= 0 {
      let m = mentions[mentionAt[k - 1]]
      if m.possessive || m.form == .demonym { return true }
      if t[k].gap & Gap.joined != 0 { return true }
      // "with NATO help and declared ...": a name after a preposition modifies the noun
      // after it; no verb follows a preposition's object there.
      let b = m.tokens.lowerBound - 1
      if b >= 0, mentionAt[b] < 0, x.classes.is(t[b].lower, WordClasses.preposition), t[b].lower != x.words.of,
        !x.arguments.subordinators.contains(t[b].lower), !endsInIng(k)
      {
        return true
      }
      return nil
    }
    if prev.possessive { return true }
    // "Burundi and Rwanda both belong to X", "Kenya also sends": an adverb or "both", "all"
    // between a name and the word leaves the word the name's verb.
    if k > 1, isAdverb(k - 1) || x.arguments.describing.contains(prev.lower), mentionAt[k - 2] >= 0,
      prev.gap & Gap.comma == 0,
      !mentions[mentionAt[k - 2]].possessive, mentions[mentionAt[k - 2]].form != .demonym
    {
      return false
    }
    if c & (WordClasses.determiner | WordClasses.possessivePronoun) != 0 && prev.lower != x.words.both { return true }
    if c & (WordClasses.modal | WordClasses.infinitive | WordClasses.do | WordClasses.relative) != 0 { return false }
    // ("remain stationed": a verb of staying takes a participle, as *be* does.)
    if c & WordClasses.staying != 0, endsIn(k, 0x64, 0x65) { return false }
    if c & WordClasses.pronoun != 0 { return false }
    if prev.year != 0 { return true }
    // "struck arms depots", "hit supplies": an -s word right after a past verb is its object
    // noun, not a second verb.
    if !prev.capital, x.index.isHead(prev.lower), endsIn(k, 0x73),
      endsIn(k - 1, 0x64, 0x65) || x.arguments.irregularPast.contains(prev.lower)
    {
      return true
    }
    // "responded by expelling", "retaliated by cutting": a gerund whose subject is the clause's.
    if prev.lower == x.words.by, k > 1, x.arguments.responding.contains(t[k - 2].lower), endsInIng(k) { return false }
    // "accused X of arming Y", "X is accused of arming Y": the act an accusation alleges
    // (`accusedOf` gives its agent).
    if prev.lower == x.words.of, endsInIng(k), k > 2 {
      if mentionAt[k - 2] >= 0 {
        var b = mentions[mentionAt[k - 2]].tokens.lowerBound - 1
        if b > 0, t[b].lower == x.words.the { b -= 1 }
        if b >= 0, x.arguments.accusing.contains(t[b].lower) { return false }
      } else if x.arguments.accusing.contains(t[k - 2].lower) {
        return false
      }
    }
    // "armed the junta by selling jets", "By selling jets to X, Y ...": a gerund of means
    // after an active clause's object or opening the sentence (not "hit by shelling", whose
    // "by" follows a participle).
    if prev.lower == x.words.by, endsInIng(k), k == 1 || (k > 2 && meansGerund(k)) { return false }
    if c & WordClasses.preposition != 0 { return true }
    return nil
  }

  /// The pattern occurrences of the sentence, left to right.
  func occurrences() -> [Occurrence] {
    var out: [Occurrence] = []
    occurrences(into: &out)
    return out
  }

  /// The pattern occurrences of the sentence, left to right, in `out` (emptied first,
  /// keeping its capacity: `relations` passes the scratch's buffer).
  func occurrences(into out: inout [Occurrence]) {
    out.empty()
    // A sentence that passed the pre-filter holds a few: growing from empty reallocated.
    out.reserveCapacity(8)
    for k in t.indices where x.index.isHead(t[k].lower) && mentionAt[k] < 0 {
      let noun = nounContext(k)
      // A word before a preposition ("flows from", "attacks on") is already read as a noun below.
      let beforePreposition =
        k + 1 < t.count && x.classes.is(t[k + 1].lower, WordClasses.preposition) && t[k + 1].lower != x.words.by
        && !(k > 0 && mentionAt[k - 1] >= 0)
      let decided = noun ?? (beforePreposition ? true : nil)
      // The sentence is tagged only when a word is open in context and has both readings.
      let tag =
        decided == nil && tagging != nil && PartOfSpeechGate.ambiguous(x.index.starts(t[k].lower), x.index)
        ? partOfSpeech(at: k) : nil
      for s in x.index.starts(t[k].lower) {
        let pos = x.index.patterns[Int(s.pattern)].pos
        guard PartOfSpeechGate.admits(pos, tag: tag, noun: decided) else { continue }
        switch pos {
        case .verb:
          if s.form == .base || s.form == .third || s.form == [.base] {
            if noun == true { continue }
            // "attacks on", "support for": a noun before a preposition, unless a subject stands right before.
            // (A word no noun pattern starts is read as the verb it is: "troops serve in X".)
            if noun == nil, k + 1 < t.count, x.classes.is(t[k + 1].lower, WordClasses.preposition),
              t[k + 1].lower != x.words.by, !(k > 0 && mentionAt[k - 1] >= 0),
              x.index.starts(t[k].lower).contains(where: { x.index.patterns[Int($0.pattern)].pos == .noun })
            {
              continue
            }
          }
          if s.form == .gerund && noun == true && !(k > 0 && t[k].gap & Gap.joined != 0) && !joinedIn(k) { continue }
          // "elections in occupied Crimea": a participle between a preposition and a name
          // describes the place; it is no act of the clause's subject.
          if s.form.contains(.participle), k > 0, k + 1 < t.count, mentionAt[k + 1] >= 0,
            x.classes.is(t[k - 1].lower, WordClasses.preposition), t[k - 1].lower != x.words.by,
            t[k].gap == 0
          {
            continue
          }
          // "troops remain stationed in X": a verb of staying before a participle is its
          // auxiliary, not the head of "remain in".
          if x.classes.is(t[k].lower, WordClasses.staying), k + 1 < t.count, t[k + 1].gap == 0,
            endsIn(k + 1, 0x64, 0x65),
            mentionAt[k + 1] < 0
          {
            continue
          }
          // "from the U.N. recognised government": a participle between a name in a
          // prepositional phrase and a common noun is the name's compound, unhyphenated.
          if s.form.contains(.participle), k > 0, mentionAt[k - 1] >= 0, t[k].gap == 0, k + 1 < t.count,
            mentionAt[k + 1] < 0, !t[k + 1].capital, t[k + 1].gap == 0,
            x.classes[t[k + 1].lower] == 0
          {
            let b = mentions[mentionAt[k - 1]].tokens.lowerBound
            if b >= 2, t[b - 1].lower == x.words.the, x.classes.is(t[b - 2].lower, WordClasses.preposition) { continue }
          }
          // "Iran-backed": a compound, not a verb; but "co-hosted", "co-chaired" are the
          // verb done jointly.
          if t[k].gap & Gap.joined != 0 && !(k > 0 && t[k - 1].lower == x.arguments.co) { continue }
        // Participles after a noun with no auxiliary and no "by" ("the weapons supplied") are read by the passive rule only.
        case .noun:
          if noun == false { continue }
          // "the U.S.-Azerbaijan Economic Partnership Commission": part of a name; but an actor
          // adjective right before makes a capitalized noun a common one ("the French CCs").
          // ("the Economic Community of West African States": not inside a longer capitalized name.)
          let afterDemonym =
            k > 0 && mentionAt[k - 1] >= 0 && mentions[mentionAt[k - 1]].form == .demonym
            && t[k].gap & Gap.joined == 0
            && !(mentions[mentionAt[k - 1]].tokens.lowerBound > 1
              && t[mentions[mentionAt[k - 1]].tokens.lowerBound - 1].capital)
          // "the Iran–Iraq War", "the Sino-Indian War": a war named after its two sides.
          let namedWar =
            k > 1 && mentionAt[k - 1] >= 0 && mentionAt[k - 2] >= 0 && mentionAt[k - 1] != mentionAt[k - 2]
            && t[mentions[mentionAt[k - 1]].tokens.lowerBound].gap & Gap.joined != 0
            && x.index.entries[Int(s.pattern)].hostile
          // "a strong NATO Ally since 1999": a capitalized noun right after a name that ends
          // the phrase (no capitalized word after it) is the common noun in a style that
          // capitalizes it.
          let styled =
            k > 0 && mentionAt[k - 1] >= 0 && t[k].gap == 0 && (k + 1 == t.count || !t[k + 1].capital)
          // "added X to its Entity List": a list or body an owner's pronoun names is its own.
          // (Two capitalized words may stand after the pronoun: "its Entity List".)
          let owner = k > 1 && t[k - 1].capital && t[k - 1].gap == 0 && mentionAt[k - 1] < 0 ? k - 2 : k - 1
          let owned =
            owner >= 0 && x.classes.is(t[owner].lower, WordClasses.possessivePronoun)
          if t[k].capital && k > 0 && !(k == 1 && mentionAt[0] >= 0) && !afterDemonym && !namedWar && !styled && !owned
          {
            continue
          }
          if s.form != .base && s.form != .plural && !s.form.contains(.base) && !s.form.contains(.plural) { continue }
        case .adj:
          break
        case .compound:
          guard k > 0, t[k].gap & Gap.joined != 0, mentionAt[k - 1] >= 0 else { continue }
        }
        // Following lemmas, in order, each within three words (a far one: one noun phrase on).
        var end = k
        var ok = true
        for (n, f) in x.index.follow[Int(s.pattern)].enumerated() {
          let found = following(f, after: end, far: x.index.followFar[Int(s.pattern)][n])
          guard found >= 0 else {
            ok = false
            break
          }
          end = found
        }
        guard ok else { continue }
        // ("has massed troops in X", "has backed the Syrian National Army": a "have" pattern
        // wants the main verb, not the perfect's auxiliary.)
        if x.index.entries[Int(s.pattern)].possessing, k + 1 < t.count, partOfSpeech(at: k + 1) == .verb { continue }
        // "economic and military aid": a coordinated first word makes the phrase the general
        // noun's ("aid"), not the narrower multi-word pattern's; a finite verb after "and" is
        // coordinated with another verb ("condemned the deal and recalled its envoy"), a
        // bare one may share an infinitive's "to" ("efforts to settle X and reopen ...").
        if pos != .verb || s.form == .base, end > k, k > 0,
          t[k - 1].lower == x.words.and || t[k - 1].lower == x.words.or
        {
          continue
        }
        var o = Occurrence(pattern: Int(s.pattern), head: k, end: end, pos: pos, group: nil)
        if pos == .verb {
          o.group = VerbGroup.analyze(
            k, form: s.form, t, x.classes, isAdverb: isAdverb, by: x.words.by, ongoingWords: x.words.ongoing,
            agreeing: x.words.agreeing, agreedActs: x.words.agreedActs)
          // "Niger suspended from African Union": a participle right after its subject and
          // before "from" is a headline's passive (the active would need an object first).
          // ("Kosovo seceded from Serbia" in a sentence of running text is active: only a
          // headline drops the auxiliary.)
          if headline, s.form.contains(.participle), k > 0, k + 1 < t.count, mentionAt[k - 1] >= 0,
            t[k + 1].lower == x.arguments.from, t[k].gap == 0, t[k + 1].gap == 0
          {
            o.group?.passive = true
          }
          // "X is a bloc formed between A, B and C", "signed the accord reached among them": a
          // participle right after a common noun that is no subject (a copula, verb or
          // preposition before its phrase) and before "between" is a reduced passive.
          if s.form.contains(.participle), !s.form.contains(.gerund), o.group?.start == k, k > 1, k + 1 < t.count,
            t[k + 1].lower == x.words.between || t[k + 1].lower == x.words.among,
            mentionAt[k - 1] < 0, !t[k - 1].capital, t[k].gap == 0, partOfSpeech(at: k - 1) == .noun
          {
            var j = k - 2
            while j >= 0, k - j <= 4, mentionAt[j] < 0, t[j + 1].gap & Gap.comma == 0, !t[j].capital,
              x.classes[t[j].lower] & ~WordClasses.determiner == 0
            {
              j -= 1
            }
            if j >= 0,
              t[j + 1].gap & Gap.comma != 0
                || (mentionAt[j] < 0
                  && (x.classes.is(t[j].lower, WordClasses.be | WordClasses.preposition)
                    || x.arguments.copulas.contains(t[j].lower) || partOfSpeech(at: j) == .verb))
            {
              o.group?.passive = true
            }
          }
        }
        out.append(o)
      }
    }
  }

  // MARK: Roles

  /// Whether mentions a and b (a before b) are joined by nothing but coordination.
  func coordinated(_ a: Int, _ b: Int) -> Bool {
    if mentions[a].pairPart && mentions[b].pairPart { return true }
    let from = mentions[a].tokens.upperBound
    let to = mentions[b].tokens.lowerBound
    guard from <= to, to - from <= 5 else { return false }
    if from == to {
      return mentions[b].tokens.isEmpty || mentions[a].tokens.isEmpty
        || (to < t.count && t[to].gap & (Gap.comma | Gap.joined | Gap.plus) != 0)
    }
    // "by Iran and by Russia": the preposition repeated after the coordinator.
    if to - from >= 2, t[from].lower == x.words.and || t[from].lower == x.words.or,
      x.classes.is(t[from + 1].lower, WordClasses.preposition), t[from + 1].lower != x.words.of
    {
      var k = mentions[a].tokens.lowerBound - 1
      while k >= 0, x.classes.is(t[k].lower, WordClasses.determiner), t[k].lower != 0 { k -= 1 }
      return k >= 0 && t[k].lower == t[from + 1].lower
        && t[(from + 2)..<to].allSatisfy { x.classes.is($0.lower, WordClasses.determiner) }
    }
    // "Sudan's army and the RSF", "the Sudanese army and the RSF", "Taliban guards and
    // Pakistani troops": the organ stands for its state or group.
    var first = from
    // ("Ethiopia's federal government and the TPLF": one adjective may stand before the organ.)
    let adjective =
      from + 2 < to && x.classes[t[from].lower] == 0 && !t[from].capital && t[from + 1].gap & Gap.comma == 0
      && x.precision.organs.contains(t[from + 1].lower)
    if mentions[a].possessive || mentions[a].form == .demonym || mentions[a].form == .name
      || mentions[a].form == .abbreviation,
      x.precision.organs.contains(t[from].lower) || adjective,
      t[from].gap & Gap.comma == 0, from + 1 < to
    {
      first += adjective ? 2 : 1
    }
    // ("Chile and neighbouring Peru", "Chile and its neighbour Peru": an epithet of the second
    // side, after "and", is part of its phrase.)
    var end = to
    if end - 1 > first, x.arguments.epithets.contains(t[end - 1].lower), t[end - 1].gap & Gap.comma == 0,
      t[end].gap & Gap.comma == 0
    {
      end -= 1
      if end - 1 > first, x.classes.is(t[end - 1].lower, WordClasses.possessivePronoun) { end -= 1 }
      guard t[end - 1].lower == x.words.and else { return false }
    }
    // ("the Congolese army as well as the Wazalendo": "as well as the" is four words.)
    guard end - first <= 3 || (end - first == 4 && t[first].lower == x.words.as && t[first + 1].lower == x.words.well)
    else { return false }
    // ("Iran as Russia wages war": a lone "as" coordinates nothing; only "as well as" does.)
    if t[first..<end].contains(where: { $0.lower == x.words.as }),
      !t[first..<end].contains(where: { $0.lower == x.words.well })
    {
      return false
    }
    return t[first..<end].allSatisfy { w in
      w.lower == x.words.and || w.lower == x.words.or || w.lower == x.words.as || w.lower == x.words.well
        || w.lower == x.words.the || w.lower == x.words.both
    }
  }

  /// A list that names the members of a common noun phrase: "from major Gulf states,
  /// notably A, B and C", "by several countries, including A": the actors after the
  /// marker, at most `limit` words after `from`, in the same clause.
  func namedList(after from: Int, clause: Int32, limit: Int = 14) -> [Int] {
    var k = from + 1
    while k < t.count, k - from <= limit, t[k].clause == clause {
      // An actor inside the phrase ends it, unless a preposition governs it ("states allied with the U.S.").
      if mentionAt[k] >= 0 {
        guard isPrepositional(mentionAt[k]) else { return [] }
        k = mentions[mentionAt[k]].tokens.upperBound
        continue
      }
      if x.words.listMarkers.contains(t[k].lower) {
        var j = k + 1
        while j < t.count, j - k <= 2 {
          if mentionAt[j] >= 0 { return chainForward(mentionAt[j]) }
          j += 1
        }
        return []
      }
      if x.classes.is(t[k].lower, WordClasses.relative | WordClasses.be | WordClasses.modal) { return [] }
      k += 1
    }
    return []
  }

  /// Whether possessive mention `m` stands right before the next mention, a person or
  /// group it owns ("Russia's Putin", "Iran's Hezbollah").
  ///
  /// - Complexity: O(1).
  func ownsNext(_ m: Int) -> Bool {
    m + 1 < mentions.count && mentions[m].possessive && !mentions[m + 1].possessive
      && mentions[m + 1].tokens.lowerBound == mentions[m].tokens.upperBound
      && t[mentions[m + 1].tokens.lowerBound].gap & (Gap.comma | Gap.joined) == 0
      && !x.classes.is(t[mentions[m].tokens.lowerBound].lower, WordClasses.possessivePronoun)
      // ("Afghanistan's Taliban regime" is the state's regime.)
      && !(mentions[m + 1].tokens.upperBound < t.count
        && x.precision.organs.contains(t[mentions[m + 1].tokens.upperBound].lower))
  }

  /// `first` with the mentions coordinated after it.
  func chainForward(_ first: Int) -> [Int] {
    // A mention with none coordinated after it (most): the shared one-mention result.
    if first + 1 >= mentions.count
      || (mentions[first + 1].tokens.lowerBound >= mentions[first].tokens.upperBound && !coordinated(first, first + 1)
        && appositionSkip(after: first) == nil && !ownsNext(first))
    {
      return single(first)
    }
    var chain = [first]
    var m = first + 1
    while m < mentions.count, chain.count < RelationExtractor.maximumChain {
      let last = chain[chain.count - 1]
      if mentions[m].tokens.lowerBound < mentions[last].tokens.upperBound {
        m += 1
        continue
      }
      // "between Russia's Putin and Ukraine's Zelensky": a possessor right before a name
      // heads no phrase of its own; the name is the conjunct.
      if m == last + 1, ownsNext(last) {
        chain[chain.count - 1] = m
        m += 1
        continue
      }
      guard coordinated(last, m) else {
        // "mediated by Malaysia, the current ASEAN chair, and the United States": a
        // description between commas does not end the list.
        if let next = appositionSkip(after: last), next > last {
          chain.append(next)
          m = next + 1
          continue
        }
        break
      }
      // "sent missiles to the Houthis, the US Navy said": a report's source after a comma is
      // no conjunct.
      if reportsAfterComma(m) { break }
      // "A and Iran-backed B": an actor hyphen-joined to a word describes the next actor,
      // which is the conjunct; with none ("Hezbollah, the Iran-backed group") it is an
      // apposition, and the list ends.
      if isCompoundModifier(m) {
        let e = mentions[m].tokens.upperBound
        guard e + 1 < t.count, mentionAt[e + 1] > m else { break }
        chain.append(mentionAt[e + 1])
        m = mentionAt[e + 1] + 1
        continue
      }
      chain.append(m)
      m += 1
    }
    return closedForward(chain)
  }

  /// The actors of a common noun's phrase that a passive participle at `start` follows
  /// directly (one adverb may stand between): none for "a ceasefire initially mediated by
  /// X", the actor for "M23 rebels backed by Rwanda"; nil when no common noun stands there
  /// (an auxiliary, a comma, a name).
  ///
  /// - Complexity: O(1): at most five words back, plus the coordination chain.
  func reducedPassiveNoun(before start: Int) -> [Int]? {
    var k = start - 1
    if k > 0, isAdverb(k), t[k + 1].gap & Gap.comma == 0 { k -= 1 }
    // ("Yemeni government forces supported by X", "M23 rebels backed by Y": an actor's phrase
    // right before the participle.)
    if k >= 0, t[k + 1].gap & Gap.comma == 0, mentionAt[k] >= 0, !mentions[mentionAt[k]].possessive,
      mentions[mentionAt[k]].tokens.upperBound == k + 1
    {
      return chainBackward(mentionAt[k])
    }
    guard k >= 0, t[k + 1].gap & Gap.comma == 0, mentionAt[k] < 0, !t[k].capital, partOfSpeech(at: k) == .noun
    else { return nil }
    var j = k - 1
    while j >= 0, k - j <= 4, t[j + 1].gap & Gap.comma == 0 {
      if mentionAt[j] >= 0 { return mentions[mentionAt[j]].possessive ? nil : chainBackward(mentionAt[j]) }
      guard
        x.classes.is(t[j].lower, WordClasses.determiner) || partOfSpeech(at: j) == .adjective
          || partOfSpeech(at: j) == .noun
      else { break }
      j -= 1
    }
    return []
  }

  /// The main clause's subject when the noun at `k` stands in an opening "with" or "thanks
  /// to" phrase ("With China's help, Cambodia ...": Cambodia), [] when that phrase has no
  /// subject after it, or nil when the noun opens no such phrase.
  ///
  /// - Complexity: O(1): at most six words back, plus the comma's search.
  func openingAdjunct(before k: Int) -> [Int]? {
    var b = k - 1
    while b >= 0, k - b <= 6, t[b + 1].gap & Gap.comma == 0,
      mentionAt[b] >= 0 || x.classes.is(t[b].lower, WordClasses.determiner) || partOfSpeech(at: b) == .adjective
        || (t[b].lower == x.arguments.from && b + 1 < t.count && mentionAt[b + 1] >= 0)
    { b -= 1 }
    guard b >= 0 else { return nil }
    let opens =
      (b == 0 && t[b].lower == x.arguments.with)
      || (b == 1 && t[b].lower == x.arguments.to && t[0].lower == x.arguments.thanks)
    guard opens else { return nil }
    if let main = openerMainSubject(after: k) { return main }
    // ("With help from X, M23 fighters seized ...": the group's organ stands for it.)
    guard let c = ((k + 1)..<min(t.count, k + 12)).first(where: { t[$0].gap & Gap.comma != 0 }) else { return [] }
    let first = mentionAt[c] < 0 && t[c].lower == x.words.the && c + 1 < t.count ? c + 1 : c
    guard mentionAt[first] >= 0 else { return [] }
    var e = mentions[mentionAt[first]].tokens.upperBound
    // ("Ethiopian federal forces pushed back ...": one adjective may stand before the organ.)
    if e + 2 < t.count, partOfSpeech(at: e) == .adjective, x.precision.organs.contains(t[e + 1].lower) { e += 1 }
    guard e + 1 < t.count, x.precision.organs.contains(t[e].lower), partOfSpeech(at: e + 1) == .verb else { return [] }
    return chainForward(mentionAt[first])
  }

  /// Whether mention `m`, in a "with" phrase, names a helper rather than a side: a noun of
  /// helping right after it, or one word between ("with Turkey's help", "with Turkish
  /// military backing"), or before it ("with help from Rwanda").
  ///
  /// - Complexity: O(1).
  func helperAfterWith(_ m: Int) -> Bool {
    let e = mentions[m].tokens.upperBound
    let s = mentions[m].tokens.lowerBound
    if e < t.count, x.arguments.helping.contains(t[e].lower) { return true }
    if e + 1 < t.count, mentionAt[e] < 0, t[e + 1].gap & Gap.comma == 0, x.arguments.helping.contains(t[e + 1].lower) {
      return true
    }
    return (max(0, s - 3)..<s).contains { x.arguments.helping.contains(t[$0].lower) }
  }

  /// The states named after a list marker in an apposition to a plural subject noun that
  /// closes right before the verb group at `start` ("Several countries, including A and B,
  /// have recognized X": A and B), or nil when mention `m` stands in no such apposition.
  ///
  /// - Complexity: O(1) plus the coordination chain.
  func listedInSubjectApposition(_ m: Int, before start: Int) -> [Int]? {
    var k = mentions[m].tokens.lowerBound - 1
    if k > 0, t[k].lower == x.words.the { k -= 1 }
    guard k > 1, x.words.listMarkers.contains(t[k].lower), t[k].gap & Gap.comma != 0,
      x.arguments.stateNouns.contains(t[k - 1].lower), mentionAt[k - 1] < 0
    else { return nil }
    var chain = chainBackward(m)
    if chain.first == m { chain = chainForward(m) }
    guard let last = chain.last, chain.allSatisfy({ x.matcher.actorKinds[Int(mentions[$0].actor)] == .state }) else {
      return nil
    }
    var e = mentions[last].tokens.upperBound
    // The apposition closes with a comma, and only auxiliaries or adverbs stand before the verb.
    guard e <= start, e < t.count, t[e].gap & Gap.comma != 0 else { return nil }
    while e < start, x.classes.is(t[e].lower, WordClasses.be | WordClasses.have | WordClasses.modal) || isAdverb(e) {
      e += 1
    }
    return e == start ? chain : nil
  }

  /// The actors a form of *be* right after a noun's phrase says the noun is ("Russia's
  /// closest allies are Belarus and Iran", "Ukraine's biggest backer is the United
  /// States"), or none.
  ///
  /// - Complexity: O(1) plus the coordination chain.
  func copularComplement(after end: Int) -> [Int] {
    var k = end + 1
    // ("Y's main backers also include A and B": an adverb may stand before "include".)
    if k + 1 < t.count, isAdverb(k), t[k].gap & Gap.comma == 0, x.arguments.includes.contains(t[k + 1].lower) { k += 1 }
    guard k < t.count, t[k].gap & Gap.comma == 0,
      x.classes.is(t[k].lower, WordClasses.be) || x.arguments.copulas.contains(t[k].lower)
        || x.arguments.includes.contains(t[k].lower)
    else { return [] }
    k += 1
    while k < t.count, isAdverb(k), t[k].gap & Gap.comma == 0 { k += 1 }
    if k < t.count, t[k].lower == x.words.the { k += 1 }
    guard k < t.count, mentionAt[k] >= 0, mentions[mentionAt[k]].tokens.lowerBound == k,
      !mentions[mentionAt[k]].possessive, mentions[mentionAt[k]].form != .demonym
    else { return [] }
    return chainForward(mentionAt[k])
  }

  /// The actors a clause's subject names from word `start` to its verb, when they are two
  /// or more: "the leaders of A and B", "A's president and his B counterpart" (an actor
  /// after a preposition other than "of" is a place or a time, not a side).
  ///
  /// - Complexity: O(1): at most twelve words on.
  func subjectSides(from start: Int) -> [Int] {
    var found: [Int] = []
    var k = start
    while k < t.count, k - start < 12, t[k].clause == t[start].clause {
      if mentionAt[k] >= 0 {
        let m = mentionAt[k]
        let b = mentions[m].tokens.lowerBound
        let governed =
          b > 0 && x.classes.is(t[b - 1].lower, WordClasses.preposition) && t[b - 1].lower != x.words.of
        if !governed, !found.contains(where: { mentions[$0].actor == mentions[m].actor }) { found.append(m) }
        k = max(k + 1, mentions[m].tokens.upperBound)
        continue
      }
      if k > start, !t[k].capital, partOfSpeech(at: k) == .verb { break }
      k += 1
    }
    return found.count >= 2 ? found : []
  }

  /// The mention coordinated after an apposition that follows mention `last`: "Malaysia,
  /// the current ASEAN chair, and the United States" (a description opened by an article,
  /// at most six words, no verb, closed by a comma and "and"/"or"), or nil.
  ///
  /// - Complexity: O(1): at most eight words on.
  func appositionSkip(after last: Int) -> Int? {
    let e = mentions[last].tokens.upperBound
    guard !mentions[last].tokens.isEmpty, e + 2 < t.count, t[e].gap & Gap.comma != 0,
      t[e].lower == x.words.the || t[e].lower == x.words.a || t[e].lower == x.words.an
    else { return nil }
    var k = e + 1
    while k < t.count, k - e <= 6 {
      if t[k].gap & Gap.comma != 0 {
        guard t[k].lower == x.words.and || t[k].lower == x.words.or, k + 1 < t.count else { return nil }
        var j = k + 1
        if t[j].lower == x.words.the, j + 1 < t.count { j += 1 }
        guard mentionAt[j] >= 0, mentions[mentionAt[j]].tokens.lowerBound == j, !verbFollows(mentionAt[j]) else {
          return nil
        }
        return mentionAt[j]
      }
      if partOfSpeech(at: k) == .verb
        || x.classes.is(t[k].lower, WordClasses.relative | WordClasses.be | WordClasses.modal | WordClasses.preposition)
          && t[k].lower != x.words.of
      {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Whether mention `m` follows a comma and is the subject of "said" or "says" (one or two
  /// words of its organ between: ", the US Navy said", ", Kenyan officials said").
  func reportsAfterComma(_ m: Int) -> Bool {
    let s = mentions[m].tokens.lowerBound
    var k = mentions[m].tokens.upperBound
    guard !mentions[m].tokens.isEmpty, s > 0, s < t.count,
      t[s].gap & Gap.comma != 0 || (t[s - 1].lower == x.words.the && t[s - 1].gap & Gap.comma != 0)
    else { return false }
    var n = 0
    while k < t.count, n < 2, mentionAt[k] < 0, t[k].gap == 0, !x.arguments.isSaid(t[k].lower) {
      k += 1
      n += 1
    }
    return k < t.count && t[k].gap == 0 && x.arguments.isSaid(t[k].lower)
  }

  /// Whether `chain` (two or more coordinated mentions) is the sides of a "between" or
  /// "among" phrase: the word before its first mention is one of those.
  ///
  /// - Complexity: O(*c*) for *c* mentions in the chain.
  func sidesOfBetween(_ chain: [Int]) -> Bool {
    guard chain.count >= 2, let first = chain.min(), first >= 0, mentions[first].tokens.lowerBound > 0 else {
      return false
    }
    let w = t[mentions[first].tokens.lowerBound - 1].lower
    return w == x.words.between || w == x.words.among
  }

  /// Whether mention `m` is hyphen-joined to a lowercase word that is no actor ("Iran-backed").
  func isCompoundModifier(_ m: Int) -> Bool {
    guard !mentions[m].tokens.isEmpty else { return false }
    let e = mentions[m].tokens.upperBound
    return e < t.count && t[e].gap & Gap.joined != 0 && mentionAt[e] < 0 && !t[e].capital
  }

  /// `last` with the mentions coordinated before it.
  func chainBackward(_ last: Int) -> [Int] {
    // A mention with none coordinated before it (most): the shared one-mention result.
    if last == 0 || consumed[last - 1] || !coordinated(last - 1, last) { return single(last) }
    var chain = [last]
    var m = last - 1
    while m >= 0, chain.count < RelationExtractor.maximumChain {
      guard !consumed[m], coordinated(m, chain[0]) else { break }
      chain.insert(m, at: 0)
      m -= 1
    }
    return closedBackward(chain)
  }

  func isPrepositional(_ m: Int) -> Bool { box.isPrepositional(m, t, mentions) }

  /// Whether mention `m`, after "after", "before", "since", "until" or "once", is the
  /// subject of the clause they open, whose verb starts at `start`: "after Russia invaded
  /// Ukraine", "since Peru has backed" (only auxiliaries and adverbs between), "by Chile
  /// attacking Bolivia", "with Egypt playing" (a gerund after "by" or "with"), not "after Russia's invasion" nor "since
  /// the Iran-backed coup".
  ///
  /// - Complexity: O(1) plus the coordination chain.
  func opensClause(_ m: Int, before start: Int) -> Bool {
    let mt = mentions[m].tokens
    guard mt.lowerBound > 0, !mentions[m].possessive else { return false }
    var b = mt.lowerBound - 1
    if t[b].lower == x.words.the, b > 0 { b -= 1 }
    // "surprised by Chile attacking Bolivia": "by" before an actor and a gerund too.
    // "with Egypt playing the role of broker": an absolute "with" and a gerund too.
    let byGerund =
      (t[b].lower == x.words.by || t[b].lower == x.words.with) && start < t.count && endsInIng(start)
    guard x.arguments.subordinators.contains(t[b].lower) || byGerund, t[b + 1].gap & Gap.comma == 0 else {
      return false
    }
    guard let last = chainForward(m).last, !mentions[last].possessive else { return false }
    let e = mentions[last].tokens.upperBound
    guard e <= start, start < t.count, !commaBetween(e, start) else { return false }
    var k = e
    // ("after Rwandan forces entered": a state's organ after its adjective is the subject.)
    if k < start, mentions[last].form == .demonym, x.precision.organs.contains(t[k].lower) { k += 1 }
    while k < start, x.classes.is(t[k].lower, WordClasses.be | WordClasses.have | WordClasses.modal) || isAdverb(k) {
      k += 1
    }
    if k == start { return true }
    // "after Russia launched an invasion of Y": a noun's search starts after its governing
    // verb, which is the subordinate clause's own.
    if k + 1 == start, partOfSpeech(at: k) == .verb { return true }
    // "after Rwandan forces entered Congo to provide support to X": the subordinate
    // clause's verb comes first, and a purpose infinitive in the same clause shares its
    // subject.
    // ("... to provide military support to X": the infinitive's noun as well.)
    guard k < start, partOfSpeech(at: k) == .verb, !commaBetween(k, start) else { return false }
    var to = start - 1
    while to > k + 1, start - to <= 4, t[to].lower != x.words.to, mentionAt[to] < 0 { to -= 1 }
    return t[to].lower == x.words.to && (to == start - 1 || partOfSpeech(at: to + 1) == .verb)
  }

  /// The subject before token `start` (the verb group's first word).
  func subject(before start: Int, clause: Int32, inRelative: Int) -> [Int] {
    // "sanctioned Iranian commanders involved in transferring drones to X": the gerund's
    // subject is the noun before "involved", by the actor adjective or possessor it holds
    // (none named: nobody).
    // ("Iran is involved in arming X": after a verb of "be", the clause's subject as usual.)
    if start >= 3, t[start - 1].lower == x.arguments.in, x.arguments.involvement.contains(t[start - 2].lower),
      endsInIng(start), !x.classes.is(t[start - 3].lower, WordClasses.be), !isAdverb(start - 3)
    {
      var k = start - 3
      while k >= 0, start - 3 - k < 5, t[k + 1].gap & Gap.comma == 0, mentionAt[k] < 0,
        !x.classes.is(t[k].lower, WordClasses.preposition | WordClasses.be | WordClasses.relative),
        partOfSpeech(at: k) != .verb
      {
        k -= 1
      }
      guard k >= 0, mentionAt[k] >= 0, t[k + 1].gap & Gap.comma == 0 else { return [] }
      return chainBackward(mentionAt[k])
    }
    // "X, which/who backs Y": the antecedent.
    var r = start - 1
    while r >= 0, isAdverb(r) { r -= 1 }
    // "which UN experts say is backed by X": a report inside a relative clause leaves the
    // relative's antecedent the subject.
    if r > 1, x.arguments.saying.contains(t[r].lower), t[r + 1].gap & Gap.comma == 0 {
      var q = r - 1
      while q >= 0, r - q <= 5, t[q + 1].gap & Gap.comma == 0, !x.classes.is(t[q].lower, WordClasses.relative) {
        q -= 1
      }
      if q >= 0, r - q <= 5, t[q + 1].gap & Gap.comma == 0, x.classes.is(t[q].lower, WordClasses.relative),
        t[q].lower != 0
      {
        r = q
      }
    }
    // "Canada, which began arming Ukraine": a governing verb between the relative and the
    // verb's group.
    if r >= 1, t[r].gap & Gap.comma == 0, x.classes.is(t[r - 1].lower, WordClasses.relative), t[r - 1].lower != 0,
      partOfSpeech(at: r) == .verb
    {
      r -= 1
    }
    if r >= 0, x.classes.is(t[r].lower, WordClasses.relative), t[r].lower != 0 {
      var a = -1
      for m in mentions.indices.reversed()
      where mentions[m].tokens.upperBound <= r && r - mentions[m].tokens.upperBound <= 3 {
        a = m
        break
      }
      // "accuses Kabul of sheltering militants who attack X": a name's phrase ended before
      // the relative's antecedent ("X's forces, which", "the Russian troops that" go on).
      if a >= 0, !mentions[a].possessive, mentions[a].form != .demonym,
        (mentions[a].tokens.upperBound..<r).contains(where: { x.classes.is(t[$0].lower, WordClasses.preposition) })
      {
        return []
      }
      // "IGAD, the eight-nation regional bloc that includes A and B": a description apposed
      // to a name, with no other actor in it, stands for the name.
      if a < 0, let m = apposedAntecedent(relative: r) ?? copularAntecedent(relative: r) { a = m }
      guard a >= 0 else { return [] }
      // "the dispute between A and B, which backs Y": the sides of a "between" phrase are no
      // coordinated subject; the nearest is the antecedent.
      let chain = chainBackward(a)
      return sidesOfBetween(chain) ? [a] : chain
    }
    // "accuse Rwanda of supporting": the accused acts.
    if r >= 0, t[r].lower == x.words.of || t[r].lower == x.words.`for`, r + 1 < t.count, r + 1 == start {
      if let m = mentions.indices.last(where: {
        mentions[$0].tokens.upperBound <= r && r - mentions[$0].tokens.upperBound <= 2
      }) {
        return chainBackward(m)
      }
    }
    // The actor adjective of a weapon, when no other subject stands before it.
    var weapon: [Int]? = nil
    var skipFrom = Int.max
    for m in mentions.indices.reversed() {
      let mt = mentions[m].tokens
      guard mt.upperBound <= start, m < skipFrom else { continue }
      // "More than 100 countries, including Austria, have recognized X": the states a list
      // marker names in an apposition to a plural subject noun act (the apposition may
      // read as a clause of its own).
      if let listed = listedInSubjectApposition(m, before: start) { return listed }
      if t[mt.lowerBound].clause != clause {
        // A bracket closed before the verb ("the Organization (CSTO) is ... consisting of"): look past it.
        if (mt.upperBound..<start).contains(where: { t[$0].clause == clause }) { continue }
        // "the Gulf Cooperation Council (comprising A, B and C)": a participle that opens a
        // bracket right after a name describes it.
        if mt.upperBound == start, start > 0, t[start - 1].clause != clause, endsInIng(start) { return [m] }
        break
      }
      if consumed[m] { continue }
      // "American and British jets struck": the first adjective belongs to the weapon too.
      if let w = weapon, w.contains(m) { continue }
      // "a Chinese firm signed", "Russian state media accused": the firm or medium acts (but
      // "Hanwha, a South Korean defence firm, sold" is the state's sale: `firmApposition`).
      if namesBody(m, before: start) && !firmApposition(m) { return [] }
      // "X used Iranian drones to strike Y": where the drones come from; X if named.
      if weaponOfOrigin(m, before: start) {
        if weapon == nil { weapon = chainBackward(m) }
        continue
      }
      // "agreed to use Russian assets to fund Ukraine": an actor adjective in a verb's object.
      if demonymInObject(m) { continue }
      // "developments of the Israeli aggression, the mediation efforts ...": an actor
      // adjective inside an of-phrase on a pattern's own noun is that noun's, no subject
      // ("the head of the Russian delegation criticized X" keeps it).
      // (Not a hyphen compound: "of the Saudi-led coalition's war" names the war's side.)
      if mentions[m].form == .demonym, !mentions[m].possessive, mt.upperBound < start,
        t[mt.upperBound].gap & Gap.joined == 0, x.index.isHead(t[mt.upperBound].lower)
      {
        var b = mt.lowerBound - 1
        while b > 0, x.classes.is(t[b].lower, WordClasses.determiner), t[b + 1].gap & Gap.comma == 0 { b -= 1 }
        if b >= 0, t[b].lower == x.words.of, t[b + 1].gap & Gap.comma == 0 { continue }
      }
      // "their resolve to support": a possessive pronoun owns a noun, it is no subject.
      if mentions[m].possessive && x.classes.is(t[mt.lowerBound].lower, WordClasses.possessivePronoun),
        !(mt.lowerBound == 0 || t[mt.lowerBound].gap & Gap.comma != 0 || t[mt.lowerBound - 1].lower == x.words.and)
      {
        continue
      }
      if relative[mt.lowerBound] >= 0 && relative[mt.lowerBound] != inRelative { continue }
      // "Chad entered Sudan to back the RSF": the entered state is no subject of the purpose.
      if purposeObject(m, before: start) { continue }
      // "The shelling of the UN base was condemned by X": the victim of an act is no subject.
      if actVictim(m) { continue }
      // "Israeli strikes on Beirut's suburbs targeted X": a possessor in the target phrase of
      // an act whose actor is named before it is no subject.
      if mentions[m].possessive, mt.lowerBound > 0, m > 0,
        x.arguments.targetPrepositions.contains(t[mt.lowerBound - 1].lower),
        t[mentions[m - 1].tokens.lowerBound].clause == clause, !isPrepositional(m - 1)
      {
        continue
      }
      // A possessor inside a prepositional phrase still acts ("by Azerbaijan's annexation ... using").
      // ... but not across a comma: "In response to X's moves, other states backed Y".
      // "after Russia invaded Ukraine": the subordinate clause's own subject.
      if isPrepositional(m) && (!mentions[m].possessive || commaBetween(mt.upperBound, start))
        && !opensClause(m, before: start)
      {
        // "X, together with A and B, cut ties": all act.
        if let all = companionSubject(chainBackward(m)) { return all }
        continue
      }
      // "Iran-backed Houthis", "Iranian-made drones": a modifier, not the actor acting.
      // But "the Saudi-led coalition" acts as its leader.
      if mt.upperBound < t.count, t[mt.upperBound].gap & Gap.joined != 0, mentionAt[mt.upperBound] < 0,
        !x.words.leading.contains(t[mt.upperBound].lower)
      {
        continue
      }
      // "Ghana was the only ECOWAS member to back X": a body before a member noun that
      // governs the infinitive names the class the subject belongs to.
      if mt.upperBound + 1 < t.count, mt.upperBound <= start, x.arguments.memberNouns.contains(t[mt.upperBound].lower),
        t[mt.upperBound + 1].lower == x.words.to
      {
        continue
      }
      // ", a NATO member,": an apposition describes the subject, it is not one.
      // ... unless it names a firm's state ("Hanwha, a South Korean defence firm, sold").
      if isApposition(m) && !firmApposition(m) { continue }
      // ", Iran's proxy in Lebanon," describes the actor before it.
      if isPossessiveApposition(m, before: start) { continue }
      // ", an ally of Syria's president,", ", once Taiwan's largest ally in the region,".
      if isDescriptiveApposition(m, before: start) { continue }
      // "X reaffirmed its commitment after Chinese ships fired at Y": a verb after "after",
      // "when", "as"... with no comma between is the subordinate clause's; an actor before
      // the subordinator is no subject of it (only the weapon's origin, if named).
      // ("but", "as a member": no clause; "when all three joined": the clause's subject takes
      // back the main clause's actors.)
      if let sub = (mt.upperBound..<start).last(where: {
        x.arguments.subordinators.contains(t[$0].lower) || t[$0].lower == x.time.when || opensSubordinate($0)
      }), sub + 1 < start, !((sub + 1)...start).contains(where: { t[$0].gap & Gap.comma != 0 }),
        !x.arguments.describing.contains(t[sub + 1].lower), !x.classes.is(t[sub + 1].lower, WordClasses.pronoun),
        // (The clause's subject is a bare noun phrase: "since November 2023 in what they
        // call a blockade" is a date and a relative, no clause of the blockade.)
        !((sub + 1)..<start).contains(where: {
          t[$0].year != 0 || x.classes.is(t[$0].lower, WordClasses.preposition | WordClasses.relative)
        })
      {
        return weapon ?? []
      }
      let chain = chainBackward(m)
      // "with support from Qatar and Turkey, accepted": a coordination inside a prepositional
      // phrase is no subject either.
      // ("Donors including the EU and Japan pledged": a list marker, "the" may stand between.)
      var marker = max(0, mentions[chain[0]].tokens.lowerBound - 1)
      if marker > 0, t[marker].lower == x.words.the { marker -= 1 }
      if chain.count > 1, isPrepositional(chain[0]), !opensClause(chain[0], before: start),
        !mentions[chain[0]].possessive,
        !x.words.listMarkers.contains(t[marker].lower)
      {
        if let all = companionSubject(chain) { return all }
        // ("with support from A, B, C, and D": the list's earlier members are inside it too.)
        skipFrom = chain[0]
        continue
      }
      // "Mediators A and B said the two sides had agreed": the speaker is no subject of the
      // clause it reports.
      if let last = chain.last,
        (mentions[last].tokens.upperBound..<start).contains(where: {
          x.arguments.saying.contains(t[$0].lower)
        })
      {
        return []
      }
      return chain
    }
    return weapon ?? []
  }

  /// The subject of a verb at `start` whose subject phrase is a possessed noun and its
  /// of-phrase ("India's purchase of Russian jets angered X"): the possessor, or nil.
  ///
  /// - Complexity: O(1) plus the coordination chain.
  func complementOwner(before start: Int) -> [Int]? {
    var k = start - 1
    while k >= 0, start - k <= 3, mentionAt[k] < 0, t[k + 1].gap & Gap.comma == 0,
      partOfSpeech(at: k) == .noun || isAdverb(k)
    { k -= 1 }
    guard k >= 0, mentionAt[k] >= 0, t[k + 1].gap & Gap.comma == 0, let owner = owner(ofComplement: mentionAt[k]),
      !isPrepositional(owner)
    else { return nil }
    return chainBackward(owner)
  }

  /// The possessive actor owning the noun whose of-phrase holds mention `m`, at most three
  /// words before "of" ("India's purchase of Russian jets", "Turkey's
  /// recent purchase of the S-400").
  ///
  /// - Complexity: O(1).
  func owner(ofComplement m: Int) -> Int? {
    var j = mentions[m].tokens.lowerBound - 1
    if j > 0, t[j].lower == x.words.the, t[j + 1].gap & Gap.comma == 0 { j -= 1 }
    guard j > 1, t[j].lower == x.words.of, t[j + 1].gap & Gap.comma == 0 else { return nil }
    // (Not a person's or a place's "of": "Iran's proxy of Hezbollah", "Russia's province of X".)
    let noun = t[j - 1].lower
    if x.arguments.ownedPeople.contains(noun) || x.arguments.offices.contains(noun) || x.arguments.places.contains(noun)
    {
      return nil
    }
    var k = j - 1
    while k >= 0, j - k <= 4, t[k + 1].gap & Gap.comma == 0 {
      if mentionAt[k] >= 0 {
        let o = mentionAt[k]
        return mentions[o].possessive && k < j - 1 && t[mentions[o].tokens.lowerBound].clause == t[j].clause ? o : nil
      }
      k -= 1
    }
    return nil
  }

  /// Whether mention `m` stands in an indefinite apposition (", a NATO member", ", both EU
  /// members").
  func isApposition(_ m: Int) -> Bool {
    var k = mentions[m].tokens.lowerBound - 1
    // ", a former Soviet republic,": up to two lower-case words between.
    var skipped = 0
    while k > 0, skipped < 2, t[k + 1].gap & Gap.comma == 0, x.classes[t[k].lower] == 0, !t[k].capital, mentionAt[k] < 0
    {
      k -= 1
      skipped += 1
    }
    // (", both NATO members,", ", all EU states,": a plural apposition to a coordination.)
    return k >= 0
      && (t[k].lower == x.words.a || t[k].lower == x.words.an || x.arguments.describing.contains(t[k].lower))
      && t[k].gap & Gap.comma != 0
  }

  /// The name a description apposed to it stands for, before the relative at `r`: "IGAD,
  /// the eight-nation regional bloc that includes A and B", "the Arctic Council, a forum
  /// which Russia chairs" (a comma, a determiner, at most six words with no actor, verb or
  /// comma, a noun for an actor, then the relative; "M23, a move that X rejects" describes
  /// the clause, not M23), or nil.
  ///
  /// - Complexity: O(*m*) for *m* mentions, plus the words between.
  /// The actor a relative clause opened by a preposition and "which" or "whom" takes back:
  /// "the East African Community, to which A and B belong", "the EAC bloc to which A
  /// belongs" (an actor noun such as "bloc" may stand between), or nil.
  ///
  /// - Parameters:
  ///   - r: the relative clause's first token.
  ///   - word: the preposition the pattern's role wants ("to").
  /// - Returns: the antecedent's mention, or nil.
  /// - Complexity: O(1).
  func prepositionalAntecedent(_ r: Int, _ word: Int32) -> Int? {
    // The relative pronoun, and the preposition right before it.
    guard
      let w = (r..<min(t.count, r + 2)).first(where: {
        t[$0].lower != 0 && x.classes.is(t[$0].lower, WordClasses.relative)
      }),
      w >= 2, t[w - 1].lower == word
    else { return nil }
    var j = w - 2
    if mentionAt[j] < 0, t[w - 1].gap & Gap.comma == 0, x.arguments.actorHeads.contains(t[j].lower), j > 0 { j -= 1 }
    guard mentionAt[j] >= 0, !mentions[mentionAt[j]].possessive, mentions[mentionAt[j]].tokens.upperBound == j + 1
    else {
      return nil
    }
    return mentionAt[j]
  }

  func apposedAntecedent(relative r: Int) -> Int? {
    guard let m = mentions.indices.last(where: { mentions[$0].tokens.upperBound <= r }) else { return nil }
    let e = mentions[m].tokens.upperBound
    guard r - e <= 7, e < r, t[e].gap & Gap.comma != 0, x.classes.is(t[e].lower, WordClasses.determiner),
      t[r].gap & Gap.comma == 0, x.arguments.actorHeads.contains(t[r - 1].lower),
      ((e + 1)..<r).allSatisfy({
        t[$0].gap & Gap.comma == 0 && x.classes[t[$0].lower] & ~WordClasses.determiner == 0
          && partOfSpeech(at: $0) != .verb
      })
    else { return nil }
    return m
  }

  /// The side a "between" phrase names after a relative clause on its first side: "between
  /// Turkey, which backs X, and Greece" (", which" or ", who" right after the mention, then
  /// ", and" and a name within sixteen words), or nil.
  ///
  /// - Complexity: O(1) (sixteen words at most).
  func sideAfterRelative(_ m: Int) -> Int? {
    let e = mentions[m].tokens.upperBound
    guard e + 2 < t.count, t[e].gap & Gap.comma != 0, x.classes.is(t[e].lower, WordClasses.relative) else {
      return nil
    }
    var j = e + 1
    while j + 1 < t.count, j - e <= 16 {
      if t[j].lower == x.words.and, t[j].gap & Gap.comma != 0 {
        var n = j + 1
        if t[n].lower == x.words.the, n + 1 < t.count { n += 1 }
        return mentionAt[n] >= 0 ? mentionAt[n] : nil
      }
      j += 1
    }
    return nil
  }

  /// The actors of a role in a relative clause that modifies a side of a "between" phrase
  /// ("between Turkey, which backs X, and Greece"; "between Sudan, which is backed by
  /// Egypt, and the RSF"), cut before the ", and" that names the other side.
  ///
  /// - Parameters:
  ///   - found: the role's mentions.
  ///   - k: the pattern's head.
  /// - Returns: the mentions before that side.
  /// - Complexity: O(*f*) for *f* mentions found.
  func cutAtBetweenSide(_ found: [Int], _ k: Int) -> [Int] {
    let r = relative[k]
    guard found.count > 1, r > 1, mentionAt[r - 1] >= 0 else { return found }
    var b = mentions[mentionAt[r - 1]].tokens.lowerBound - 1
    if b > 0, t[b].lower == x.words.the { b -= 1 }
    guard b >= 0, t[b].lower == x.words.between || t[b].lower == x.words.among,
      let cut = found.firstIndex(where: {
        $0 >= 0 && mentions[$0].tokens.lowerBound > 0
          && t[mentions[$0].tokens.lowerBound - 1].lower == x.words.and
          && t[mentions[$0].tokens.lowerBound - 1].gap & Gap.comma != 0
      })
    else { return found }
    return Array(found[..<cut])
  }

  /// Whether mention `m` names the state a ship is flagged or registered in ("a
  /// Liberian-flagged tanker").
  ///
  /// - Complexity: O(1).
  func flagState(_ m: Int) -> Bool {
    guard m >= 0 else { return false }
    let e = mentions[m].tokens.upperBound
    return e < t.count && t[e].gap & Gap.joined != 0 && x.arguments.flagged.contains(t[e].lower)
  }

  /// The subject of a copula whose complement is the noun a relative at `r` modifies:
  /// "Turkey is the only country that recognises X", "Russia is one of the few states that
  /// arm Y" (a form of *be* right after the name, then at most seven words with no comma,
  /// actor or verb, ending in a noun for an actor), or nil.
  ///
  /// - Complexity: O(*m*) for *m* mentions, plus the words between.
  func copularAntecedent(relative r: Int) -> Int? {
    guard let m = mentions.indices.last(where: { mentions[$0].tokens.upperBound <= r }) else { return nil }
    var e = mentions[m].tokens.upperBound
    // ("Turkey, which is the only country that recognises X": the name's own relative.)
    if e + 1 < r, t[e].gap & Gap.comma != 0, x.classes.is(t[e].lower, WordClasses.relative) { e += 1 }
    guard e < r, r - e <= 8, !mentions[m].possessive, x.classes.is(t[e].lower, WordClasses.be),
      t[r].gap & Gap.comma == 0,
      x.arguments.actorHeads.contains(t[r - 1].lower) || x.arguments.stateNouns.contains(t[r - 1].lower),
      ((e + 1)..<r).allSatisfy({ t[$0].gap & Gap.comma == 0 && mentionAt[$0] < 0 && partOfSpeech(at: $0) != .verb })
    else { return nil }
    return m
  }

  /// Whether token `j` is a number word that opens a partitive ("one of", "two of").
  ///
  /// - Complexity: O(1).
  func partitive(at j: Int) -> Bool {
    j + 1 < t.count && t[j + 1].lower == x.words.of && t[j].lower != x.words.a && x.precision.numbers[t[j].lower] != nil
  }

  /// The actor an apposition describes: "Turkey, a NATO member": the actor before the comma
  /// that opens the noun phrase of the noun at `k`.
  func appositive(of k: Int) -> [Int] {
    var j = k
    while j > 0, k - j <= 8, t[j].gap & Gap.comma == 0 { j -= 1 }
    // ", an Iranian proxy" or ", Iran's proxy"; a count of the class may open the phrase
    // (", one of Washington's closest allies", ", two of the bloc's founders").
    let possessive = mentionAt[j] >= 0 && mentions[mentionAt[j]].possessive
    guard j > 0, t[j].gap & Gap.comma != 0,
      (k - j <= 4 && (x.classes.is(t[j].lower, WordClasses.determiner) || possessive)) || partitive(at: j)
    else { return [] }
    // The actor ending the phrase before the comma ("using Turkish weapons, a NATO member");
    // a plural head takes the coordination it ends ("China and Russia, its two largest arms
    // providers").
    for d in stride(from: j - 1, through: max(0, j - 2), by: -1) where mentionAt[d] >= 0 {
      let r = t[k].bytes
      let plural = r.count > 3 && p[r.upperBound - 1] | 0x20 == 0x73 && p[r.upperBound - 2] | 0x20 != 0x73
      return plural ? chainBackward(mentionAt[d]) : [mentionAt[d]]
    }
    return []
  }

  /// A list after the pattern ("comprising ten countries – A, B and C", "consisting of
  /// six states: A, B"): the first actor within eight words, across a colon or dash, with
  /// those coordinated with it.
  func list(after end: Int) -> [Int] {
    var k = end + 1
    // "including on sanctions against X": a prepositional phrase, no list of members.
    if k < t.count, mentionAt[k] < 0, t[k].lower != x.words.of, x.classes.is(t[k].lower, WordClasses.preposition) {
      return []
    }
    while k < t.count, k - end <= 8 {
      if mentionAt[k] >= 0 { return chainForward(mentionAt[k]) }
      if x.classes.is(t[k].lower, WordClasses.relative | WordClasses.clauseBreak | WordClasses.be) { return [] }
      // "including firms in China and India": where the listed things are, no members.
      if k > end + 1, t[k].lower != x.words.of, x.classes.is(t[k].lower, WordClasses.preposition) { return [] }
      k += 1
    }
    return []
  }

  /// The name right before a noun that a possessive precedes: "its CSTO membership".
  func nameModifier(of k: Int) -> [Int] {
    guard k > 1, mentionAt[k - 1] >= 0 else { return [] }
    let m = mentionAt[k - 1]
    let before = mentions[m].tokens.lowerBound - 1
    guard !mentions[m].possessive, before >= 0, mentionAt[before] >= 0, mentions[mentionAt[before]].possessive else {
      return []
    }
    return [m]
  }

  /// The direct object after token `end`.
  func object(after end: Int, clause: Int32, head: Int) -> [Int] {
    // "Armenia, which France backs,": the antecedent is the object (not in "which X
    // accuse Y of backing": an actor right after the verb is its own object).
    let r = relative[head]
    // ("the Arctic Council, a forum which Russia chairs": the name a description stands for.)
    let antecedent = r > 0 ? (mentionAt[r - 1] >= 0 ? mentionAt[r - 1] : apposedAntecedent(relative: r) ?? -1) : -1
    if r >= 0, r + 1 < head, mentionAt[r + 1] >= 0, r > 0, antecedent >= 0,
      !(end + 1 < t.count
        && (mentionAt[end + 1] >= 0
          || (t[end + 1].lower == x.words.the && end + 2 < t.count && mentionAt[end + 2] >= 0)))
    {
      // ("the truce, which Washington helped broker": the verb's object is the bare
      // infinitive's act, no actor.)
      if end + 1 < t.count, mentionAt[end + 1] < 0, t[end + 1].gap & Gap.comma == 0, !t[end + 1].capital,
        x.index.isHead(t[end + 1].lower) || partOfSpeech(at: end + 1) == .verb
      {
        return []
      }
      // ("the truce between Israel and Hamas, which Qatar brokered": both sides.)
      let chain = chainBackward(antecedent)
      return sidesOfBetween(chain) ? chain : [antecedent]
    }
    var k = end + 1
    // "armed, trained and funded the Houthis": a series of verbs before the last one's "and".
    var series = k
    while series + 2 < t.count, series - k < 6, t[series].gap & Gap.comma != 0, mentionAt[series] < 0,
      partOfSpeech(at: series) == .verb
    {
      series += 1
    }
    if series > k, series + 1 < t.count, t[series].lower == x.words.and { k = series }
    // "armed and funded Hezbollah": a pattern verb coordinated right after shares its object.
    // (The tagger may read the second past form as an adjective, "backed and armed X's
    // forces": a past form after a past head is its coordinate all the same.)
    if k + 1 < t.count, t[k].lower == x.words.and || t[k].lower == x.words.or, t[k].gap & Gap.comma == 0,
      mentionAt[k + 1] < 0, t[k + 1].gap == 0, x.index.isHead(t[k + 1].lower),
      partOfSpeech(at: k + 1) == .verb || (endsIn(head, 0x64, 0x65) && endsIn(k + 1, 0x64, 0x65))
    {
      k += 2
    }
    // "joined the West African regional bloc ECOWAS": a name apposed to a description.
    if k > 0, let m = apposedName(after: k - 1, clause: clause) { return cutAtNewClause(chainForward(m)) }
    // "fought rebels of the ELN": the group the fighters are of.
    if k < t.count, mentionAt[k] < 0, let g = groupOf(after: k, clause: clause) {
      return cutAtNewClause(chainForward(g))
    }
    // "condemned on Thursday the latest launches", "condemned yesterday the strikes": a
    // day between the verb and its object.
    if k + 1 < t.count, t[k].lower == x.arguments.on, x.arguments.days.contains(t[k + 1].lower), t[k + 1].capital,
      k + 2 < t.count, t[k + 2].gap & Gap.comma == 0
    {
      k += 2
    } else if k + 1 < t.count, x.arguments.days.contains(t[k].lower), !t[k].capital || t[k].gap == 0,
      t[k + 1].gap & Gap.comma == 0, mentionAt[k + 1] >= 0 || x.classes.is(t[k + 1].lower, WordClasses.determiner)
    {
      k += 1
    }
    var words = 0
    while k < t.count, words <= 4 {
      // A bracketed aside is skipped: "X's backing (and Y's doubts) gives Z". Only a closing
      // bracket returns to an earlier clause (a semicolon or colon opens a new one for good), so
      // a clause that comes back within a few words was a bracket; the gap flags do not mark brackets.
      if t[k].clause != clause {
        var j = k
        while j < t.count, t[j].clause != clause, j - k < 12 { j += 1 }
        guard j < t.count, t[j].clause == clause else { return [] }
        k = j
        continue
      }
      if t[k].gap & Gap.comma != 0 {
        // "joined the regional bloc, ECOWAS,": a body noun's apposed organization is the object.
        if words > 0, let m = apposedBodyName(comma: k) { return [m] }
        return []
      }
      if mentionAt[k] >= 0 {
        let m = mentionAt[k]
        if madeBy(m) { return [] }
        let u = mentions[m].tokens.upperBound
        if mentions[m].possessive, x.classes.is(t[k].lower, WordClasses.possessivePronoun), u < t.count {
          // "met his Kyrgyz and Tajik counterparts": a possessive pronoun right before another
          // actor's word owns the phrase; the actors named in it are the object.
          if mentionAt[u] >= 0 {
            k = u
            continue
          }
          // "attacked its neighbour Ukraine", "backed its ally the Philippines": a possessive
          // pronoun's noun apposed to a name; the name is the object.
          if u + 1 < t.count, !t[u].capital, t[u + 1].gap & Gap.comma == 0, x.classes[t[u].lower] == 0 {
            let named = mentionAt[u + 1] >= 0 ? u + 1 : (u + 2 < t.count && t[u + 1].lower == x.words.the ? u + 2 : -1)
            if named > 0, mentionAt[named] >= 0, !mentions[mentionAt[named]].possessive {
              k = named
              continue
            }
          }
        }
        // "backed the Qatar-brokered truce", "armed the Iran-backed Houthis": a compound's
        // actor modifies the object and is none ("the Saudi-led coalition" is its leader).
        let after = mentions[m].tokens.upperBound
        if after < t.count, t[after].gap & Gap.joined != 0, mentionAt[after] < 0,
          !x.words.leading.contains(t[after].lower)
        {
          // "hit Houthi-controlled ports": a target's holder is the object.
          if x.holders.participles.contains(t[after].lower), after + 1 < t.count, holdable(after + 1) {
            return chainBackward(m)
          }
          k = after + 1
          continue
        }
        return cutAtNewClause(chainForward(m))
      }
      let c = x.classes[t[k].lower]
      if c
        & (WordClasses.preposition | WordClasses.relative | WordClasses.clauseBreak | WordClasses.be | WordClasses.modal)
        != 0 && t[k].lower != x.words.both
      {
        // "attacked forces loyal to X": X's forces (and "affiliated with", "envoys from").
        if x.arguments.givesAllegiance(t, at: k) {
          k += 1
          continue
        }
        // "backed the junta in Mali", "sanctioned the government of Niger": a state's rulers
        // act as the state, as they do as subjects; "recognised the independence of X" is X.
        if t[k].lower == x.arguments.in || t[k].lower == x.arguments.of, k > 0,
          x.arguments.governments.contains(t[k - 1].lower)
            || (t[k].lower == x.arguments.of && x.arguments.statehood.contains(t[k - 1].lower))
        {
          var j = k + 1
          while j < t.count, j - k <= 2, mentionAt[j] < 0, x.classes.is(t[j].lower, WordClasses.determiner) { j += 1 }
          if j < t.count, mentionAt[j] >= 0, t[j].clause == clause, t[j].gap & Gap.comma == 0 {
            return cutAtNewClause(chainForward(mentionAt[j]))
          }
        }
        // "sanctioned dozens of Chinese firms": a quantity's "of" goes on to what is counted
        // (and a collective's: "condemned the latest round of North Korean launches").
        if t[k].lower == x.arguments.of, k > 0,
          x.arguments.quantities.contains(t[k - 1].lower) || x.arguments.collectives.contains(t[k - 1].lower)
        {
          words = min(words, 3)
          k += 1
          continue
        }
        // "sanctioned vessels of Russia's shadow fleet", "struck positions of Hezbollah": the
        // owner of targets or of people.
        if t[k].lower == x.arguments.of, let m = ownerOf(preposition: k, clause: clause) { return chainForward(m) }
        // "struck sites linked to the Houthis": the holder of the target.
        if let m = heldOwner(preposition: k, clause: clause) { return chainForward(m) }
        // "shelled a town in eastern Ukraine": the place's actor.
        if k - 1 != head, let m = placeOwner(preposition: k, clause: clause), !madeBy(m) { return chainForward(m) }
        return []
      }
      // "struck depots used by Hezbollah": a holder's participle goes on to its preposition,
      // whatever pattern it also heads.
      if k > 0, k + 1 < t.count, holdable(k - 1), x.holders.participles.contains(t[k].lower),
        x.holders.prepositions.contains(t[k + 1].lower)
      {
        words += 1
        k += 1
        continue
      }
      // Another pattern's word ends the object, unless it is a place before its actor
      // ("occupied large parts of Azerbaijan": "part" also heads "take part") or a
      // possessor ("aided the country's Houthi rebels": "country" also heads membership).
      if x.index.isHead(t[k].lower) && words > 0 && !x.arguments.places.contains(t[k].lower) && !t[k].possessive
        && !(x.arguments.descriptions.contains(t[k].lower) && k + 1 < t.count && t[k + 1].gap & Gap.comma != 0)
      {
        return []
      }
      // ("struck camps and positions held by X": two targets share their holder.)
      if t[k].lower == x.words.and, !(k > 0 && k + 1 < t.count && holdable(k - 1) && holdable(k + 1)) { return [] }
      words += 1
      k += 1
    }
    return []
  }

  /// The actors after preposition `prep` following token `end`, before the clause ends.
  ///
  /// For a noun (`noun`), the search also ends at a "+" that starts another phrase of a note
  /// ("the X conflict + its energy leverage, distracted with Y": Y is not the conflict's side).
  func prepositional(_ prep: Int32, after end: Int, clause: Int32, limit: Int = 14, noun: Bool = false) -> [Int] {
    var k = end + 1
    while k < t.count, t[k].clause == clause, k - end <= limit {
      if noun && t[k].gap & Gap.plus != 0 && mentionAt[k] < 0 { return [] }
      // "Finland, which joined the alliance in 2023, shares a border with Russia": a noun in
      // a relative clause ends with it.
      if noun && relative[end] >= 0 && relative[k] != relative[end] { return [] }
      // "signed a defence agreement in 2021 as tensions with X rose": a subordinate clause
      // after the pattern holds its own prepositions.
      if k > end, opensSubordinate(k) || opensTimeClause(k) { return [] }
      // "Belarus, a staunch Russian ally, shares borders with Poland": a noun in an
      // apposition ends at the comma that closes it.
      if noun && t[k].gap & Gap.comma != 0 && apposed(end) { return [] }
      // "A and B are allies, both members of X": a description after the noun takes its own
      // preposition.
      if noun && k == end + 1 && t[k].gap & Gap.comma != 0 && x.arguments.describing.contains(t[k].lower) {
        return []
      }
      let c = x.classes[t[k].lower]
      if c & (WordClasses.relative | WordClasses.clauseBreak) != 0 && t[k].gap & Gap.comma != 0 { return [] }
      // ", and" opens another clause ("X suspended the trade talks, and a treaty with Y was
      // signed": no "with Y" for the suspension).
      // (A list's last noun goes on: "its airspace, waters, and military bases to X".)
      if k > end + 1, k + 1 < t.count, t[k].gap & Gap.comma != 0, t[k].lower == x.words.and,
        mentionAt[k + 1] >= 0 || t[k + 1].capital || t[k + 1].lower == x.words.the || t[k + 1].lower == x.words.a
          || t[k + 1].lower == x.words.an
      {
        return []
      }
      // A participle clause after a comma is another act ("X suspended its EU talks, drawing
      // criticism from Y": no "from Y" for the suspension).
      if k > end + 1, t[k].gap & Gap.comma != 0, endsInIng(k), !x.arguments.listingIng.contains(t[k].lower),
        mentionAt[k] < 0
      {
        return []
      }
      // A noun's phrase ends at an infinitive ("support to blunt the advance of X").
      if noun && isInfinitiveMarker(k) { return [] }
      // ... and at another event noun or a coordinated verb ("opposition to X's acquisition of
      // jets from Y", "the conflict and reopen the border with Y").
      if noun && endsNounPhrase(k, after: end) { return [] }
      // ("seized the town with help from Rwanda": the helper's "from" is not the pattern's.)
      // (Only help in a "with" phrase: "received aid from X" names the giver.)
      if k - 1 > end, prep == x.arguments.from, t[k].lower == prep, x.arguments.helping.contains(t[k - 1].lower),
        ((max(0, k - 4))..<(k - 1)).contains(where: { t[$0].lower == x.words.with })
      {
        k += 1
        continue
      }
      // ("arms depots belonging to Hezbollah": a holder's "to" is no recipient's.)
      if t[k].lower == prep && !absoluteWith(k) && !(k > end + 1 && x.holders.participles.contains(t[k - 1].lower)) {
        // "from the West African regional bloc ECOWAS": a name apposed to a description.
        if let m = apposedName(after: k, clause: clause) { return cutAtNewClause(chainForward(m)) }
        var j = k + 1
        var reach = 4
        while j < t.count, j - k <= reach, t[j].clause == clause {
          if mentionAt[j] >= 0 {
            var m = mentionAt[j]
            let e = mentions[m].tokens.upperBound
            // "captured Sirte from the UN-recognised government in Tripoli" (unhyphenated: "the
            // U.N. recognised government"): a name that backs or recognises the object before
            // a common noun is not the object.
            if e + 1 < t.count, mentionAt[e] < 0, mentionAt[e + 1] < 0,
              x.arguments.backing.contains(t[e].lower) || x.arguments.recognising.contains(t[e].lower),
              isCompoundModifier(m) || (t[e].gap == 0 && !t[e + 1].capital && x.classes[t[e + 1].lower] == 0)
            {
              j = e + 1
              reach = max(reach, j - k + 3)
              continue
            }
            // "to the Iran-backed Houthis", "of the Russian-led CSTO": the compound's modifier
            // describes the actor after it, which is the object.
            if isCompoundModifier(m), e + 1 < t.count, mentionAt[e + 1] > m { m = mentionAt[e + 1] }
            if madeBy(m) { break }
            // "resolved their dispute with Turkey's help": the helper is no side.
            // ("won the war with Turkish military backing": an adjective's help too.)
            if prep == x.words.with, helperAfterWith(m) { break }
            // "at tankers and Israel condemned it": an actor after "and" that starts a clause.
            if j - 1 > k, x.classes.is(t[j - 1].lower, WordClasses.coordinator), verbFollows(m) { break }
            // "against Tigrayan rebels of the TPLF": the group the fighters are of.
            if let g = groupOf(after: mentions[m].tokens.upperBound, clause: clause) {
              return cutAtNewClause(chainForward(g))
            }
            return cutAtNewClause(chainForward(m))
          }
          // "seized the town with help from Rwanda": a helper is no side.
          if prep == x.words.with, x.arguments.helping.contains(t[j].lower) { break }
          let cj = x.classes[t[j].lower]
          // "fired a missile into the sea off Japan": open water is no one's.
          if x.arguments.seas.contains(t[j].lower) { break }
          // "drones to the government in Tripoli": a state's rulers stand for the state.
          if t[j].lower == x.arguments.in, x.arguments.governments.contains(t[j - 1].lower) {
            reach = j - k + 3
            j += 1
            continue
          }
          // "strikes on towns in eastern Ukraine": a place's own preposition goes on.
          if cj & WordClasses.preposition != 0 && t[j].lower != x.words.of
            && !x.arguments.joins(t[j - 1].lower, t[j].lower)
          {
            // "strikes on sites linked to the Houthis": the holder of the target.
            if let m = heldOwner(preposition: j, clause: clause) { return cutAtNewClause(chainForward(m)) }
            break
          }
          // "equivalent to 8% of U.S. production": a quantity, not an actor; but a count
          // right before an actor's people counts them ("sanctions on 92 US citizens").
          if p[t[j].bytes.lowerBound] >= 48 && p[t[j].bytes.lowerBound] <= 57 {
            if j == k + 1, j + 1 < t.count, mentionAt[j + 1] >= 0, t[j + 1].gap == 0 {
              j += 1
              continue
            }
            break
          }
          if cj & (WordClasses.relative | WordClasses.be | WordClasses.modal) != 0 { break }
          // "its commitment to the defence of the Philippines": the "of" of a noun of a
          // state's safety right after the preposition reaches two words farther.
          if t[j].lower == x.words.of, j - k <= 3, x.arguments.safety.contains(t[j - 1].lower) {
            reach = max(reach, j - k + 2)
          }
          // "limits on the entry and transit of X's citizens": two nouns share one "of".
          if t[j].lower == x.words.and, j + 2 < t.count, mentionAt[j + 1] < 0, t[j + 2].lower == x.words.of {
            reach += 2
          }
          j += 1
        }
        // The first such preposition is the pattern's ("support of these factions ... to Y" is
        // not support to Y), except an infinitive's "to" right after the verb ("threatened to cut
        // supplies to Egypt").
        let named = namedList(after: k, clause: clause)
        // "fired at ships in the Red Sea and at Israel": the preposition repeated after "and".
        if named.isEmpty, let again = repeatedPreposition(after: k, clause: clause) {
          k = again
          continue
        }
        if !named.isEmpty || !(prep == x.words.to && k == end + 1 && !noun) { return named }
      }
      k += 1
    }
    return []
  }

  /// Whether the word at `k` opens a subordinate clause: "while", "whereas", "although",
  /// "though", "because", or "as" before a bare noun ("as tensions with X rose"; not "as a
  /// result", "as well as", "such as", "as part of", nor "as" before a name).
  ///
  /// - Complexity: O(1).
  func opensSubordinate(_ k: Int) -> Bool {
    let w = t[k].lower
    guard x.precision.subordinators.contains(w), w != x.arguments.but else { return false }
    guard w == x.words.as else { return true }
    guard k + 1 < t.count, k > 0, t[k - 1].lower != x.words.such, t[k - 1].lower != x.words.well else {
      return false
    }
    let n = k + 1
    // "as Russia wages war against Ukraine": a name with its own finite verb right after it
    // is a clause's subject ("designated Qatar as a major ally" has no verb after the name).
    if mentionAt[n] >= 0, !mentions[mentionAt[n]].possessive {
      let e = mentions[mentionAt[n]].tokens.upperBound
      guard e < t.count, t[e].gap & Gap.comma == 0, !t[e].capital else { return false }
      let tag = partOfSpeech(at: e)
      return tag == .verb || tag == .auxiliary
    }
    return mentionAt[n] < 0 && !t[n].capital && x.classes[t[n].lower] == 0
      && !x.arguments.asPhrases.contains(t[n].lower)
      && endsIn(n, 0x73)
  }

  /// Whether a preposition of time at `k` opens a clause with its own subject and verb
  /// ("restored ties after X broke relations with Y": the later phrase is the clause's),
  /// not a phrase ("after talks with Y"): a name or determiner after it, then a tagged
  /// finite verb within six words, before any comma or preposition.
  ///
  /// - Complexity: O(1) (six words at most).
  func opensTimeClause(_ k: Int) -> Bool {
    guard x.arguments.subordinators.contains(t[k].lower), k + 2 < t.count,
      mentionAt[k + 1] >= 0 || x.classes.is(t[k + 1].lower, WordClasses.determiner)
    else { return false }
    var j = k + 2
    while j < t.count, j - k <= 6, t[j].gap & Gap.comma == 0 {
      if mentionAt[j] < 0 {
        if x.classes.is(t[j].lower, WordClasses.preposition) { return false }
        // ("after sanctions imposed by X": a participle after a common noun is no clause's verb.)
        if partOfSpeech(at: j) == .verb {
          return (!endsInIng(j) && !endsIn(j, 0x64, 0x65)) || mentionAt[j - 1] >= 0
        }
      }
      j += 1
    }
    return false
  }

  /// Whether the noun at `k` stands in an apposition set off by a comma after an actor
  /// (", a staunch Russian ally,"): its phrase opens with a determiner right after the comma.
  ///
  /// - Complexity: O(1) (at most six tokens).
  func apposed(_ k: Int) -> Bool {
    var a = k
    while a > 0, k - a < 6, t[a].gap & Gap.comma == 0 { a -= 1 }
    return a > 0 && t[a].gap & Gap.comma != 0 && x.classes.is(t[a].lower, WordClasses.determiner)
      && mentionAt[a - 1] >= 0
  }

  /// The group named after fighters standing at token `k` ("rebels of the TPLF", "Kurdish
  /// militants of the PKK" after the adjective): a non-state noun, "of", an optional
  /// determiner and the group's mention, or `nil`.
  ///
  /// - Complexity: O(1).
  func groupOf(after k: Int, clause: Int32) -> Int? {
    guard k + 2 < t.count, x.arguments.nonStateGroups.contains(t[k].lower), t[k + 1].lower == x.words.of,
      t[k + 1].gap == 0, t[k + 1].clause == clause
    else { return nil }
    var j = k + 2
    if x.classes.is(t[j].lower, WordClasses.determiner), j + 1 < t.count { j += 1 }
    let m = mentionAt[j]
    guard m >= 0, t[j].gap & Gap.comma == 0, x.matcher.actorKinds[Int(mentions[m].actor)] == .group else {
      return nil
    }
    return m
  }

  /// The name apposed to the description a phrase after token `k` opens, within eight
  /// words: "the West African regional bloc ECOWAS", "the 15-member grouping ECOWAS" (only
  /// determiners, adjectives and other words of no class before the description's noun), or
  /// `nil`.
  ///
  /// - Complexity: O(1) (at most eight tokens).
  func apposedName(after k: Int, clause: Int32) -> Int? {
    var j = k + 1
    while j + 1 < t.count, j - k <= 8, t[j].clause == clause, mentionAt[j] < 0 {
      if j > k + 1, t[j].gap & (Gap.comma | Gap.other) != 0 { return nil }
      if x.arguments.descriptions.contains(t[j].lower) {
        guard j > k + 2 || (j == k + 2 && x.classes.is(t[k + 1].lower, WordClasses.determiner)) else { return nil }
        // (An organization or a group, never a state: "the group Iran funds" is a relative.)
        let m = mentionAt[j + 1]
        return m >= 0 && t[j + 1].gap == 0 && mentions[m].form != .demonym
          && x.matcher.actorKinds[Int(mentions[m].actor)] != .state ? m : nil
      }
      let c = x.classes[t[j].lower]
      if c != 0 && c & WordClasses.determiner == 0 { return nil }
      j += 1
    }
    return nil
  }

  /// The same preposition as the one at `k`, repeated right after "and"/"or" within the
  /// next eight words of the clause ("at ships and at Israel"), or `nil`.
  ///
  /// - Complexity: O(1) (at most eight tokens).
  func repeatedPreposition(after k: Int, clause: Int32) -> Int? {
    var j = k + 2
    while j < t.count, j - k <= 8, t[j].clause == clause {
      if t[j].lower == t[k].lower {
        let c = x.classes[t[j - 1].lower]
        return c & WordClasses.coordinator != 0 ? j : nil
      }
      if x.classes[t[j].lower] & (WordClasses.relative | WordClasses.be | WordClasses.modal) != 0 { return nil }
      j += 1
    }
    return nil
  }

  /// The possessor or actor adjective right before the noun at `k`.
  func possessor(of k: Int) -> [Int] {
    var j = k - 1
    var skipped = 0
    // Whether every word skipped is a noun of a thing class ("the US arms sale").
    var things = true
    while j >= 0, skipped <= 2 {
      if mentionAt[j] >= 0 {
        let m = mentionAt[j]
        let mm = mentions[m]
        guard mm.tokens.upperBound == j + 1 else { return [] }
        // "their withdrawal" for a group: the members follow the first.
        if mm.pairPart && mm.possessive { return chainForward(m) }
        if mm.possessive || mm.form == .demonym || skipped == 0 || (things && !mm.pairPart) {
          if skipped == 0 && !mm.possessive && mm.form != .demonym && t[j + 1].gap & Gap.comma != 0 { return [] }
          // "its CSTO membership": the possessive before the name owns the noun.
          let before = mm.tokens.lowerBound - 1
          if !mm.possessive, before >= 0, mentionAt[before] >= 0, mentions[mentionAt[before]].possessive {
            return chainBackward(mentionAt[before])
          }
          return chainBackward(m)
        }
        return []
      }
      let c = x.classes[t[j].lower]
      if t[j + 1].gap & Gap.comma != 0 { return [] }
      // "Maduro, whose main backers": the actor before the comma.
      if t[j].lower == x.arguments.whose, j > 0, t[j].gap & Gap.comma != 0, mentionAt[j - 1] >= 0,
        !mentions[mentionAt[j - 1]].possessive
      {
        return [mentionAt[j - 1]]
      }
      if c
        & (WordClasses.preposition | WordClasses.relative | WordClasses.be | WordClasses.modal | WordClasses.coordinator)
        != 0
      {
        return []
      }
      // ("Belarus's most loyal ally": a degree word before an adjective is no determiner.)
      if c & WordClasses.determiner != 0 && !(x.arguments.degree.contains(t[j].lower) && j + 1 < k) { return [] }
      if x.index.isHead(t[j].lower) && !isAdverb(j) && t[j].lower != 0 && !x.index.isAnyClass(t[j].lower) {
        // "military and economic support": only adjectives stand between ("Washington's arms
        // sales": a noun of a thing class may).
        if x.classes[t[j].lower] == 0 { return [] }
      }
      if !x.index.isAnyClass(t[j].lower) { things = false }
      // "Japan's top three foreign oil suppliers": a count, or the noun of a thing class
      // right before the head, is no third adjective.
      let thingNoun = j == k - 1 && x.index.isAnyClass(t[j].lower)
      if !x.precision.counts.contains(t[j].lower) && !thingNoun && !isDesignator(j) { skipped += 1 }
      j -= 1
    }
    return []
  }

  /// Whether token `k` is a number or part of a model designator: "36", the "400" of
  /// "S-400", the "10C" of "J-10C" (a word joined to the one before by a hyphen and
  /// starting with a digit).
  ///
  /// - Complexity: O(1).
  func isDesignator(_ k: Int) -> Bool {
    let b = p[t[k].bytes.lowerBound]
    return b >= 48 && b <= 57
  }

  /// The actors after "between"/"among" within three words after `end`.
  func between(after end: Int, clause: Int32, window: Int = 4, crossing: Bool = false) -> [Int] {
    var k = end + 1
    while k < t.count, k - end <= window, t[k].clause == clause {
      if t[k].lower == x.words.between || t[k].lower == x.words.among {
        var j = k + 1
        var reach = 3
        while j < t.count, j - k <= max(reach, 4) {
          if mentionAt[j] >= 0 {
            guard j - k <= reach else { return [] }
            // "between the Rwandan-backed M23 and Congo": the backer is no side; the side
            // is the actor it backs.
            let after = mentions[mentionAt[j]].tokens.upperBound
            if after + 1 < t.count, t[after].gap & Gap.joined != 0, x.arguments.backing.contains(t[after].lower),
              mentionAt[after + 1] >= 0
            {
              return chainForward(mentionAt[after + 1])
            }
            // "between the Saudi-led coalition and the Houthis": the leader is the side, and the
            // other side follows the led noun.
            if after + 2 < t.count, t[after].gap & Gap.joined != 0, x.words.leading.contains(t[after].lower),
              mentionAt[after + 1] < 0, t[after + 2].lower == x.words.and
            {
              var n = after + 3
              if n < t.count, t[n].lower == x.words.the { n += 1 }
              if n < t.count, mentionAt[n] >= 0 { return [mentionAt[j]] + chainForward(mentionAt[n]) }
            }
            // ("between A and the X-backed rebels": an actor that only modifies a side's noun
            // through a hyphen is no side, `chainForward`.)
            let chain = chainForward(mentionAt[j])
            // "between Turkey, which backs X, and Greece": the other side after the relative.
            if chain.count == 1, let other = sideAfterRelative(mentionAt[j]) { return chain + chainForward(other) }
            return chain
          }
          // "between the foreign ministers of A and B": the sides those people speak for.
          if t[j].lower == x.words.of, j > k + 1, reach == 3,
            x.arguments.offices.contains(t[j - 1].lower) || x.arguments.representing.contains(t[j - 1].lower)
          {
            reach = j - k + 2
            j += 1
            continue
          }
          if x.classes.is(t[j].lower, WordClasses.preposition) { break }
          j += 1
        }
        return []
      }
      if mentionAt[k] >= 0 && !crossing {
        // "talks hosted by Qatar between A and B": a by-agent may stand before "between".
        guard isByAgent(mentionAt[k]) else { return [] }
        k = mentions[mentionAt[k]].tokens.upperBound
        continue
      }
      k += 1
    }
    return []
  }

  /// The actor adjective or possessor on a noun of class `n` near the pattern ("Iranian
  /// drones", "Uganda's ambassador"), or the states a force noun's "from" names ("troops
  /// from A and B"); with `made`, also the maker of a thing ("Chinese-made
  /// jets": a supplier, never a target).
  func thingActor(_ n: Int, from: Int, to: Int, made: Bool = false) -> [Int] {
    var k = max(0, from)
    while k < min(t.count, to) {
      if n >= 0 ? x.index.isClass(t[k].lower, n) : x.index.isAnyClass(t[k].lower), k > 0 {
        var j = k - 1
        var skipped = 0
        // Not across a verb ("a Turkish firm sold drones": the firm's adjective is not the drones'),
        // but across a participle after a possessive ("Russia's growing presence").
        while j >= 0, skipped <= 3, mentionAt[j] < 0, t[j + 1].gap & Gap.comma == 0,
          x.classes[t[j].lower] == 0 || (made && t[j].gap & Gap.joined != 0)
            // "a British-flagged tanker" is Britain's.
            || (t[j].gap & Gap.joined != 0 && x.arguments.belonging.contains(t[j].lower)),
          t[j].gap & Gap.joined != 0 || !(tagging != nil && verbLike(j))
            || (j > 0 && mentionAt[j - 1] >= 0 && mentions[mentionAt[j - 1]].possessive)
        {
          j -= 1
          skipped += 1
        }
        if j >= 0, mentionAt[j] >= 0, t[j + 1].gap & Gap.comma == 0 {
          let m = mentions[mentionAt[j]]
          // A name as the noun's modifier ("U.S. defense systems"), never a preposition's object.
          // Only a noun of a class may stand between ("Turkey deployed drones": no modifier).
          let modifier =
            (m.form == .name || m.form == .abbreviation) && !isPrepositional(mentionAt[j])
            && (j == k - 1 || x.index.isAnyClass(t[j + 1].lower)
              // ("a NATO multinational battlegroup": adjectives may stand between.)
              || ((j + 1)..<k).allSatisfy { partOfSpeech(at: $0) == .adjective })
          if m.form == .demonym || m.possessive || modifier, made || !madeBy(mentionAt[j]) {
            return chainBackward(mentionAt[j])
          }
        }
        // "the dispatch of Iranian drones", "the sale of US weapons": a conduct noun's owner
        // may stand in its "of" phrase as the actor adjective or name on the thing.
        if n >= 0, n == x.index.conductClass, k + 2 < t.count, t[k + 1].lower == x.words.of {
          var a = k + 2
          while a < t.count, a - k <= 4, mentionAt[a] < 0,
            x.classes.is(t[a].lower, WordClasses.determiner) || x.precision.counts.contains(t[a].lower)
              || isDesignator(a)
          { a += 1 }
          if a < t.count, mentionAt[a] >= 0 {
            let m = mentions[mentionAt[a]]
            let after = m.tokens.upperBound
            if m.form == .demonym
              || ((m.form == .name || m.form == .abbreviation) && after < t.count && mentionAt[after] < 0
                && !t[after].capital && t[after].gap == 0
                && !x.classes.is(t[after].lower, WordClasses.preposition | WordClasses.coordinator))
            {
              return [mentionAt[a]]
            }
          }
        }
      }
      // "peacekeepers from A, B and C", "troops from X": with no actor adjective or
      // possessor before them, forces' "from" names whose they are.
      if n >= 0, k + 2 < t.count, x.index.isClass(t[k].lower, n), x.index.isClass(t[k].lower, x.index.forceClass),
        t[k + 1].lower == x.arguments.from, t[k + 1].gap & Gap.comma == 0, mentionAt[k + 2] >= 0,
        !mentions[mentionAt[k + 2]].possessive, x.matcher.actorKinds[Int(mentions[mentionAt[k + 2]].actor)] == .state
      {
        return chainForward(mentionAt[k + 2])
      }
      k += 1
    }
    return []
  }

  /// Whether a noun of class `n` stands in `from..<to`.
  func hasThing(_ n: Int, from: Int, to: Int) -> Bool {
    var k = max(0, from)
    while k < min(t.count, to) {
      // A word of an organization's name is no thing ("formed the Alliance of Sahel States":
      // members of it; "the Three Brotherhood Alliance", a group, is made up of allies).
      if x.index.isClass(t[k].lower, n),
        mentionAt[k] < 0 || x.matcher.actorKinds[Int(mentions[mentionAt[k]].actor)] != .organization
      {
        return true
      }
      // A model designator stands for equipment ("S-400 deliveries", "sold Su-35s", "MiG-29s"):
      // one to three letters, the first a capital, a hyphen, then a word starting with a
      // digit (not "COVID-19 vaccines").
      if n == x.index.equipmentClass, k > 0, t[k].gap & Gap.joined != 0, isDesignator(k), mentionAt[k - 1] < 0,
        t[k - 1].capital, t[k - 1].bytes.count <= 3, !isDesignator(k - 1)
      {
        return true
      }
      k += 1
    }
    return false
  }

  // MARK: Relations

  /// The relations of the sentence.
  func relations(years: [(Int, Int)], date: EntenteDate) -> [RelationExtractor.Found] {
    var found: [RelationExtractor.Found] = []
    // The working lists are the scratch's buffers, moved out and back (no allocation per sentence).
    var occurrences: [Occurrence] = []
    // Patterns sharing a head word: the first (data order) whose roles fill wins, so more
    // specific lines (with a thing class) come first in the file.
    // Heads done, in the order found (a sentence has a handful: a linear look hashes nothing).
    var done: [Int] = []
    var sources: [Int32] = []
    var targets: [Int32] = []
    if let scratch {
      swap(&occurrences, &scratch.occurrences)
      swap(&done, &scratch.done)
      swap(&sources, &scratch.sources)
      swap(&targets, &scratch.targets)
    }
    defer {
      if let scratch {
        done.empty()
        swap(&occurrences, &scratch.occurrences)
        swap(&done, &scratch.done)
        swap(&sources, &scratch.sources)
        swap(&targets, &scratch.targets)
      }
    }
    self.occurrences(into: &occurrences)
    var lastSubject: (clause: Int32, mentions: [Int])? = nil
    for o in occurrences {
      if done.contains(o.head) { continue }
      // A word inside a longer pattern ("aid" in "military aid") belongs to that pattern.
      // (But a hyphen compound inside a far lemma's reach is its own phrase: "signed a
      // US-brokered truce" is the truce and its mediator.)
      if occurrences.contains(where: {
        $0.end > $0.head && $0.head < o.head && o.head <= $0.end
          && !(o.pos == .compound && x.index.followFar[$0.pattern].contains(true))
      }) {
        continue
      }
      // ... and a longer pattern of another kind at the same word is the phrase ("export
      // controls ... to X" is no export, whether or not its roles fill).
      // ("fought alongside X against Y": support beside an ally leaves the foe to the verb.)
      if occurrences.contains(where: {
        $0.head == o.head && $0.end > o.end && x.index.entries[$0.pattern].kind != x.index.entries[o.pattern].kind
          && !(x.index.entries[$0.pattern].support && x.index.entries[o.pattern].hostile && foeAfter(o))
      }) {
        continue
      }
      let pat = x.index.entries[o.pattern]
      let clause = t[o.head].clause
      if questions.contains(clause) || conditional[o.head] || attributive(o) || doubted(o) { continue }
      // "accused X of shooting down a Malian drone", "... of sending troops to aid Y": X is
      // the act's agent.
      let accused = o.pos == .verb ? accusedOf(o) : nil
      // "facilitated trade between A and B": no mediation.
      if pat.mediation && mediatesOtherThing(o) { continue }
      // "a trade pact", "a pact to boost trade": no alliance.
      if pat.alliance && economicPact(o) { continue }
      // "doubling the alliance's border with Russia": a possessive description owns
      // another noun; it states no alliance.
      if pat.alliance, o.pos == .noun, o.end == o.head, t[o.head].possessive { continue }
      // "a similar deal struck by Britain": a verb of force right after a noun of diplomacy is
      // the deal's making.
      // ("the conflict pitting A against B": unless that noun is the pattern's own thing.)
      if pat.hostile, o.pos == .verb, o.head > 0, x.precision.diplomacy.contains(t[o.head - 1].lower),
        !(x.index.thingClass[o.pattern] >= 0 && x.index.isClass(t[o.head - 1].lower, x.index.thingClass[o.pattern]))
      {
        continue
      }
      // "attack submarines", "strike drones": the noun names a kind of weapon, no act.
      if pat.hostile, o.pos == .noun, o.end == o.head, o.head + 1 < t.count, mentionAt[o.head + 1] < 0,
        t[o.head + 1].gap == 0, x.index.isClass(t[o.head + 1].lower, x.index.equipmentClass)
      {
        continue
      }
      var phase = pat.phase
      var confidence = 0.85
      // "Chile offered its mediation": a mediation offered or proposed is not yet made.
      if pat.mediation, o.pos == .noun, offeredNoun(o.head) { continue }
      // Modality and negation.
      if let g = o.group {
        // "tried to broker a truce": a mediation attempted is one made.
        let attempted =
          pat.mediation && g.start > 1 && t[g.start - 1].lower == x.words.to
          && x.arguments.attempting.contains(t[g.start - 2].lower) && !t[g.start - 2].negative
          && !(g.start > 2 && x.classes.is(t[g.start - 3].lower, WordClasses.negation | WordClasses.modal))
        // "Spain will host talks between A and B", "Norway will donate six jets to Ukraine":
        // mediation, arms, support or sanctions with a plain "will" are announced (a prediction
        // of any other kind stays out).
        let scheduled =
          pat.pledged && t[g.start].lower == x.words.will && g.start < o.head
          && (pat.mediation || (o.pos == .verb && announcedWill(before: g.start)))
        if g.negated || (g.hedged && !attempted && !scheduled && !announcedDecision(g.start, head: o.head, pat)) {
          continue
        }
        // "Russia sent no weapons to Iran": "no" on the object negates the act ("no fewer
        // than 300 drones" does not).
        if o.end + 1 < t.count, t[o.end + 1].lower == x.precision.no,
          !(o.end + 2 < t.count && x.precision.comparatives.contains(t[o.end + 2].lower))
        {
          continue
        }
        if g.ends { phase = .ends }
      } else {
        var j = o.head - 1
        var n = 0
        var stop = false
        while j >= 0, n < 4, !stop {
          // "vetoed North Macedonia's accession": the possessor right before is one word.
          if n == 1, mentionAt[j] >= 0, mentionAt[j] == mentionAt[j + 1] {
            j -= 1
            continue
          }
          // "blocked the European Union's new sanctions": a possessor of the phrase is passed
          // whole.
          if n < 3, mentionAt[j] >= 0, mentions[mentionAt[j]].possessive,
            mentions[mentionAt[j]].tokens.upperBound == j + 1
          {
            j = mentions[mentionAt[j]].tokens.lowerBound - 1
            n += 1
            continue
          }
          // "suspended its arms sales": a possessive pronoun does not end the look back.
          if mentionAt[j] >= 0 && n > 0 && !x.classes.is(t[j].lower, WordClasses.possessivePronoun) {
            // "accused Kyiv of a drone attack", "blamed Kyiv for the attack": the act is
            // alleged, not told as fact.
            let b = mentions[mentionAt[j]].tokens.lowerBound - 1
            let e = mentions[mentionAt[j]].tokens.upperBound
            if b >= 0, e < t.count,
              (x.arguments.accusing.contains(t[b].lower) && t[e].lower == x.words.of)
                || (x.arguments.blaming.contains(t[b].lower) && t[e].lower == x.words.for)
            {
              confidence = -1
            }
            break
          }
          // "froze the deal following recognition of X": an adjunct's noun keeps its own
          // phase and mode, not the main verb's.
          if x.arguments.adjuncts.contains(t[j].lower) { break }
          let c = x.classes[t[j].lower]
          if c & (WordClasses.modal) != 0 && !(t[j].capital && j > 0) {
            stop = true
            confidence = -1
          }
          // ("agreed to a truce", "agreed to Malaysia-brokered talks": a governor whose "to"
          // takes a noun phrase agreed to a thing, which stands.)
          // ("EU ministers agreed a travel ban": "agreed" with a noun phrase right after it
          // decided it.)
          let agreedTo =
            c & WordClasses.hedgingGovernor != 0 && j + 2 < t.count && t[j + 1].lower == x.words.to
            && (mentionAt[j + 2] >= 0 || x.classes.is(t[j + 2].lower, WordClasses.determiner)
              // ("agreed to new sanctions on X", "agreed to sanctions": the noun phrase agreed to;
              // a measure or aid, not "agreed to lower tensions".)
              || (pat.pledged && x.words.agreeing.contains(t[j].lower)
                && (partOfSpeech(at: j + 2) == .adjective || j + 2 == o.head)))
            || (x.words.agreeing.contains(t[j].lower) && j + 1 < t.count
              && (x.classes.is(t[j + 1].lower, WordClasses.determiner) || partOfSpeech(at: j + 1) == .adjective
                || j + 1 == o.head)
              && t[j + 1].lower != x.words.to)
          // ("made possible by X's mediation": what was made possible happened.)
          let madePossible = t[j].lower == x.arguments.possible && j > 0 && x.arguments.making.contains(t[j - 1].lower)
          if c & (WordClasses.negation | WordClasses.hedgingGovernor | WordClasses.negatingGovernor) != 0 && !agreedTo
            && !madePossible || t[j].negative || requests(j) || x.precision.asking.contains(t[j].lower)
          {
            stop = true
            confidence = -1
          }
          // "threatened to launch an offensive against X", "pressed both sides to stop
          // fighting": the infinitive's governor counts, across its object too.
          // ("agreed to a US-brokered truce": "to" before a determiner or a name is a
          // preposition, and what was agreed to stands.)
          if c & WordClasses.infinitive != 0, j > 0, mentionAt[j + 1] < 0,
            !x.classes.is(t[j + 1].lower, WordClasses.determiner),
            !(pat.pledged && x.words.agreeing.contains(t[j - 1].lower)
              && (partOfSpeech(at: j + 1) == .adjective || j + 1 == o.head)),
            x.classes[t[j - 1].lower] & (WordClasses.hedgingGovernor | WordClasses.negatingGovernor) != 0
              // ("efforts to end the war between A and B": an attempt, the war goes on.)
              || x.arguments.attempts.contains(t[j - 1].lower)
              || VerbGroup.governorMode(
                before: mentionAt[j - 1] >= 0 ? mentions[mentionAt[j - 1]].tokens.lowerBound : j, t, x.classes
              ).hedged
          {
            stop = true
            confidence = -1
          }
          // ("to ease tensions between A and B", "in a bid to defuse the row": an end sought
          // is no end, the quarrel holds; "agreed to end the dispute" is decided.)
          if c & WordClasses.ending != 0 {
            let sought =
              j > 0 && t[j - 1].lower == x.words.to && !(j > 1 && x.words.agreeing.contains(t[j - 2].lower))
            phase = sought ? .holds : .ends
          }
          // "became NATO's 31st member": a state the noun names from then on begins.
          if x.arguments.become.contains(t[j].lower), phase == .holds { phase = .begins }
          if t[j + 1].gap & Gap.comma != 0 { break }
          j -= 1
          n += 1
        }
        if confidence < 0 { continue }
        // "A defence pact between A and B could be signed next year": a modal after the
        // noun's phrase makes the thing it names a prospect.
        if o.pos == .noun, modalAfter(o) { continue }
        // "the feud ended", "the dispute was settled".
        if finishedBySubject(o) { phase = .ends }
      }
      // "a maximum pressure campaign against X", "waged a diplomatic offensive on X": no
      // use of force.
      if pat.hostile, nonViolentAct(o) { continue }
      // "attacked X, saying ...", "in conflict with X over the dam": words, not fighting.
      if pat.hostile, wordsOnlyAct(o) { continue }
      // "Rwandan troops entered Mozambique to fight insurgents": an entry to fight someone
      // else is no attack on the state entered.
      if pat.hostile, enteredToFight(o) { continue }
      let passive = o.group?.passive ?? false
      let start = o.group?.start ?? o.head
      let inRelative = relative[o.head]
      // The thing the pattern needs.
      let thingClass = x.index.thingClass[o.pattern]
      if thingClass >= 0 {
        // An intransitive verb's thing is its subject ("gas flows from A to B").
        let intransitive = !pat.agent.contains(.subject) && !pat.patient.contains(.subject)
        var from = passive || o.pos == .noun || intransitive ? start - 6 : o.end + 1
        // "The peace deal between the Philippine government and the MILF was facilitated":
        // a passive's subject phrase may hold its sides' words before the verb.
        if passive, from > 0, (max(0, from - 4)..<start).contains(where: { t[$0].lower == x.words.between }) {
          from = max(0, from - 4)
        }
        // "offered to help X": the infinitive right after the verb is its complement, no thing.
        // ("agreed to sign a pact": what is agreed to be done is not done.)
        if from == o.end + 1, from + 1 < t.count, t[from].lower == x.words.to {
          if x.words.agreeing.contains(t[o.head].lower), mentionAt[from + 1] < 0,
            !x.classes.is(t[from + 1].lower, WordClasses.determiner)
          {
            continue
          }
          from += 2
        }
        // A noun's phrase reaches four words on, not counting its actors' words ("relations
        // between Saudi Arabia and Qatar soured").
        var to = o.end + 9
        // ("targeted Iran, defying the sanctions": a participle clause after a comma is
        // another act, its nouns are no thing of this one.)
        if let cut = ((o.end + 1)..<min(t.count, to)).first(where: { t[$0].gap & Gap.comma != 0 && endsInIng($0) }) {
          to = cut
        }
        // ("hit X's power grid despite sanctions": an adjunct's nouns are no thing of the verb.)
        if o.pos == .verb, !passive, from > o.end,
          let cut = ((o.end + 1)..<min(t.count, to)).first(where: { x.arguments.concessive.contains(t[$0].lower) })
        {
          to = cut
        }
        // "hit X's state-run oil shipping firm with financial sanctions", "supplied X's
        // army with drones": a "with" phrase after a long object holds the verb's thing.
        if o.pos == .verb, !passive, from > o.end,
          let w = ((o.end + 1)..<min(t.count, to)).first(where: {
            t[$0].lower == x.words.with && t[$0].clause == clause
          })
        {
          to = max(to, min(t.count, w + 4))
        }
        // "met A and B in a bid to settle the dispute": a purpose phrase's infinitive and its
        // object are the verb's too.
        if o.pos == .verb, !passive, from > o.end,
          let j = ((o.end + 1)..<max(o.end + 1, min(t.count - 1, to + 4))).first(where: {
            x.arguments.purposes.contains(t[$0].lower) && t[$0 + 1].lower == x.words.to && t[$0].clause == clause
          })
        {
          to = max(to, min(t.count, j + 6))
        }
        if o.pos == .noun {
          to = o.end + 1
          var words = 0
          while to < t.count, words < 4 {
            // ("the delivery of four air defence systems": a count is not one of the words.)
            // (Nor is a model designator: "36 J-10C fighters", "S-400 systems".)
            // (Nor are auxiliaries: "ties between A and B have been strained".)
            if mentionAt[to] < 0 && !x.precision.counts.contains(t[to].lower) && !isDesignator(to)
              && !x.classes.is(t[to].lower, WordClasses.be | WordClasses.have)
              // (Nor linking verbs and adverbs: "relations ... have become increasingly tense".)
              && !x.arguments.linking.contains(t[to].lower) && !isAdverb(to)
            {
              words += 1
            }
            to += 1
          }
        }
        if !hasThing(thingClass, from: from, to: to) && !hasThing(thingClass, from: o.head, to: o.head + 1) { continue }
      }
      func role(_ r: PatternTable.Role, word: Int32) -> [Int] {
        switch r {
        case .subject:
          if let a = accused, !passive { return chainBackward(a) }
          if o.pos == .noun, let replacer = replacedAs(o.head, clause: clause, inRelative: inRelative) {
            return replacer
          }
          if passive {
            var r = cutAtBetweenSide(prepositional(x.words.by, after: o.end, clause: clause, limit: 4), o.head)
            // ("was backed by X with weapons": the by-phrase inside a pattern's words.)
            if r.isEmpty, o.end > o.head {
              r = prepositional(x.words.by, after: o.head, clause: clause, limit: o.end - o.head)
            }
            return r.isEmpty && o.pos == .verb ? passiveAgent(after: o.end, clause: clause) : r
          }
          // An adjective has a subject only across a copula ("Japan is allied with X", "has
          // grown dependent on"): "states in the region allied with X" describe the states.
          if o.pos == .adj {
            var b = o.head - 1
            while b >= 0, isAdverb(b) { b -= 1 }
            // ("Kenya, wary of X's influence, ...": set off by a comma after its actor.)
            guard b >= 0,
              x.classes.is(t[b].lower, WordClasses.be) || x.arguments.copulas.contains(t[b].lower)
                || x.arguments.becoming.contains(t[b].lower)
                || (mentionAt[b] >= 0 && t[b + 1].gap & Gap.comma != 0)
            else { return [] }
          }
          // "India's purchase of Russian jets angered X": the of-phrase completes a noun its
          // possessor owns; the possessor is the subject (though the noun's pattern used it).
          if o.pos == .verb, let owner = complementOwner(before: start) { return owner }
          // "Having signed a treaty with X, the United States ...": an opening participle's
          // subject is the main clause's.
          if o.pos == .verb, start == 0, let main = openerMainSubject(after: o.end) { return main }
          // "Russia armed the junta by selling jets to X": the means' subject is the clause's.
          if o.pos == .verb, start > 2, t[start - 1].lower == x.words.by, endsInIng(start), meansGerund(start),
            let main = meansSubject(gerund: start, clause: clause, inRelative: inRelative)
          {
            return main
          }
          // "By selling jets to X, Y armed ...", "After signing the deal, Y ...": a gerund
          // after an opening "by" or subordinator has the main clause's subject too.
          if o.pos == .verb, start == 1, t[0].lower == x.words.by || x.arguments.subordinators.contains(t[0].lower),
            endsInIng(1), let main = openerMainSubject(after: o.end)
          {
            return main
          }
          // "Along with Germany, Norway and Spain sent tanks": the opener's actors act too.
          if o.pos == .verb, let along = alongWithSubjects(before: start) { return along }
          // "helped Sudan to repel X", "forced A and B to cut ties": the object does it.
          if o.pos == .verb, let controlled = controllingObject(before: start) { return controlled }
          // "condemned Washington's decision to sell arms": the decision's owner does it.
          if o.pos == .verb, let owner = nounOwnerSubject(before: start) { return owner }
          // "seized X and annexed Y": a coordinated verb keeps the previous verb's subject.
          if o.pos == .verb, start > 0, t[start - 1].lower == x.words.and, let last = lastSubject, last.clause == clause
          {
            return last.mentions
          }
          if o.pos == .noun {
            // "With its invasion of Y, X ...": a noun in an opening "with" or "thanks to"
            // phrase has the main clause's subject; but help in such a phrase goes to that
            // subject ("With the backing of X, Y rejected": the `opener` role), so a support
            // noun takes no agent from it.
            if let opener = openingAdjunct(before: o.head) { return pat.support ? [] : opener }
            // A noun's clause subject: the noun must be an object of its verb.
            var s = o.head - 1
            // "Russia is India's largest arms supplier", "Poland is a NATO ally": a possessor
            // that is the patient belongs to the noun's phrase, the subject stands before it.
            let owner = pat.patient.contains(.possessor) ? possessor(of: o.head) : []
            if let first = owner.first { s = mentions[first].tokens.lowerBound - 1 }
            // "holds the G20 presidency": a patient modifier belongs to the noun's phrase too.
            if pat.patient.contains(.modifier), o.head > 0, mentionAt[o.head - 1] >= 0,
              !mentions[mentionAt[o.head - 1]].possessive
            {
              s = mentions[mentionAt[o.head - 1]].tokens.lowerBound - 1
            }
            // Such a noun has a subject only across a copula ("attacks on U.S. allies": none).
            var copula = s
            // "China is by far the largest importer of X": ranking words stand between.
            // ("Romania has been a strong NATO ally": adjectives stand between too.)
            while copula >= 0, mentionAt[copula] < 0,
              x.classes.is(t[copula].lower, WordClasses.determiner) || isAdverb(copula)
                || x.arguments.ranking.contains(t[copula].lower)
                || (copula > 0 && !t[copula].capital && x.classes[t[copula].lower] == 0
                  && x.classes.is(t[copula - 1].lower, WordClasses.determiner))
                || (t[copula].lower == x.words.by && copula + 1 < t.count && t[copula + 1].lower == x.arguments.far)
                // ("Japan is the largest bilateral donor": an adjective after a ranking word.)
                || (copula > 0 && !t[copula].capital && x.classes[t[copula].lower] == 0
                  && x.arguments.ranking.contains(t[copula - 1].lower) && partOfSpeech(at: copula) != .verb
                  && !x.index.isHead(t[copula].lower))
                // ("Kenya is one of Washington's closest allies": a count of the class.)
                || (t[copula].lower == x.words.of && copula > 0 && partitive(at: copula - 1))
                || partitive(at: copula)
            {
              copula -= 1
            }
            if pat.patient.contains(.possessor),
              copula < 0
                || !(x.classes.is(t[copula].lower, WordClasses.be) || x.arguments.copulas.contains(t[copula].lower))
            {
              return []
            }
            // ("since the invasion": "since" may read as an adverb, yet it opens an adjunct.)
            while s >= 0, !x.arguments.adjuncts.contains(t[s].lower),
              x.classes.is(t[s].lower, WordClasses.determiner) || (t[s].lower == 0 && mentionAt[s] < 0) || isAdverb(s)
            { s -= 1 }
            // "announced a fresh package of sanctions": a collective noun's "of" is passed, with
            // the words before it.
            if s > 0, t[s].lower == x.words.of, x.arguments.collectives.contains(t[s - 1].lower) {
              s -= 2
              while s >= 0, mentionAt[s] < 0, !x.arguments.adjuncts.contains(t[s].lower),
                x.classes.is(t[s].lower, WordClasses.determiner) || isAdverb(s) || partOfSpeech(at: s) == .adjective
                  || t[s].lower == 0
              { s -= 1 }
            }
            // "China bought oil while sanctions on Russia rose": a noun that opens a subordinate
            // clause has no agent in the main clause.
            if s >= 0, opensSubordinate(s) { return [] }
            // "X condemned the strikes on Y": who reacts to an event did not carry it out.
            if s >= 0, x.arguments.reactions.contains(t[s].lower) { return [] }
            // "SADC voiced its disapproval of the Western sanctions on X": so does a noun of
            // reacting whose of-phrase holds the noun.
            if s > 0 {
              var j = s
              while j > 0, s - j < 3, mentionAt[j] < 0, t[j].lower != x.words.of,
                x.classes.is(t[j].lower, WordClasses.determiner) || partOfSpeech(at: j) == .adjective
              { j -= 1 }
              if j > 0, t[j].lower == x.words.of, x.arguments.reactionNouns.contains(t[j - 1].lower) { return [] }
            }
            // "A and B helped in settling border disputes": who settles a quarrel is no side of it.
            if pat.tension || pat.hostile,
              (max(0, s - 2)...max(0, s)).contains(where: { s >= 0 && x.arguments.settling.contains(t[$0].lower) })
            {
              return []
            }
            // "A and B urged a solution to the growing tensions": who urges or calls for an end to
            // a two-sided state is no side of it.
            if pat.patient.contains(.pair), s >= 0,
              (max(0, s - 8)...s).contains(where: {
                t[$0].clause == clause
                  && (x.arguments.urging.contains(t[$0].lower) || x.classes.is(t[$0].lower, WordClasses.request))
              })
            {
              return []
            }
            // "X suspended the deal following the recognition of Y by Z": an adjunct's noun
            // has no agent in its clause's subject (adjectives may stand between: "following
            // official recognition"); a pattern whose patient is that subject ("Y went ahead
            // despite opposition from X") keeps it.
            if !pat.patient.contains(.subject) {
              var a = s
              // ... or nouns of a thing class ("over arms sales to Y"); the adjunct itself may
              // be mistagged ("amid" as an adjective). One common noun's "of" may stand between
              // ("despite seizures of arms shipments to Y").
              var crossed = false
              while a >= 0, mentionAt[a] < 0, !x.arguments.adjuncts.contains(t[a].lower),
                x.index.isAnyClass(t[a].lower) || partOfSpeech(at: a) == .adjective
                  || (!crossed && t[a].lower == x.words.of && a > 0 && mentionAt[a - 1] < 0 && !t[a - 1].capital
                    && partOfSpeech(at: a - 1) == .noun)
              {
                if t[a].lower == x.words.of {
                  crossed = true
                  a -= 1
                }
                a -= 1
              }
              // ("took over the chairmanship": "over" is the verb's particle, no adjunct.)
              // ("X, amid tensions with Y, closed its embassy": a tension the subject is in.)
              if a >= 0, x.arguments.adjuncts.contains(t[a].lower),
                !(a > 0 && x.arguments.takingOver.contains(t[a - 1].lower)),
                !(pat.tension && x.arguments.concessive.contains(t[a].lower))
              {
                return []
              }
            }
            // "X froze its EU talks, drawing sharp criticism from Y": the noun of a participle
            // after a comma has the participle's subject, the clause's, not an actor that
            // modifies the object before it.
            var governor = o.head - 1
            while governor > 0, o.head - governor <= 3, t[governor].gap & Gap.comma == 0, mentionAt[governor] < 0,
              x.classes.is(t[governor].lower, WordClasses.determiner) || isAdverb(governor)
                || partOfSpeech(at: governor) == .adjective
            { governor -= 1 }
            if governor > 0, mentionAt[governor] < 0,
              let p = participleSubject(head: governor, start: governor, clause: t[governor].clause)
            {
              return p
            }
            // "called on the EU to lift sanctions on X": the infinitive's controller, not the
            // clause's subject, would act.
            if s > 0, t[s - 1].lower == x.words.to, let controlled = controllingObject(before: s) { return controlled }
            // "the group fighting a war with X": the gerund's own subject.
            if s >= 0, let reduced = reducedRelativeSubject(head: s, start: s) { return reduced }
            // "troops assisting in the fight against X": the gerund before "in".
            if s > 0, t[s].lower == x.arguments.in, let reduced = reducedRelativeSubject(head: s - 1, start: s - 1) {
              return reduced
            }
            // "..., with A and B leading the support for X": the absolute phrase's actors.
            if s >= 0, let absolute = absoluteWithSubject(gerund: s) { return absolute }
            // "X, a country that has long been at odds with Y": the relative's antecedent.
            if inRelative >= 0, inRelative <= s, !(inRelative...s).contains(where: { mentionAt[$0] >= 0 }) {
              return subject(before: inRelative + 1, clause: clause, inRelative: inRelative)
            }
            // "X's purchase of Chinese missiles drew a rebuke from Y": the possessor of the
            // subject's noun, as for a verb.
            var verb = s
            while verb > 0, s - verb < 3, mentionAt[verb] < 0, x.classes[t[verb].lower] == 0,
              partOfSpeech(at: verb) == .adjective
            { verb -= 1 }
            if verb > 0, mentionAt[verb - 1] < 0, x.classes[t[verb].lower] == 0, partOfSpeech(at: verb) == .verb,
              let owner = complementOwner(before: verb)
            {
              return owner
            }
            return subject(before: s + 1, clause: clause, inRelative: inRelative)
          }
          if o.pos == .verb, x.arguments.instrumental.contains(t[o.head].lower),
            let user = participleSubject(head: o.head, start: start, clause: clause)
          {
            return user
          }
          if o.pos == .verb, let reduced = reducedRelativeSubject(head: o.head, start: start) { return reduced }
          if o.pos == .verb, let modifier = participleModifierSubject(head: o.head, start: start) { return modifier }
          if o.pos == .verb, let controlled = controlledSubject(head: o.head, start: start) { return controlled }
          if o.pos == .verb,
            let joint = jointSubject(head: o.head, start: start, clause: clause, inRelative: inRelative)
          {
            return joint
          }
          if o.pos == .verb, let adjunct = participleSubject(head: o.head, start: start, clause: clause) {
            return adjunct
          }
          if o.pos == .verb, let common = commonNounSubject(before: start) {
            // "Several countries backed X's claim, including A and B": the states listed later.
            if common.isEmpty, let listed = listedStates(subjectNoun: start - 1, after: o.end, clause: clause) {
              return listed
            }
            return common
          }
          // "Jordan's king met Biden and criticised X": a verb right after "and" has the
          // first verb's subject, not that verb's object.
          if o.pos == .verb, !passive, start > 1, t[start - 1].lower == x.words.and {
            let shared = sharedSubject(before: start, inRelative: inRelative)
            if !shared.isEmpty { return shared }
          }
          let plain = subject(before: start, clause: clause, inRelative: inRelative)
          // "X condemned the deal and recalled its envoy": the first verb's subject.
          // "X condemned Y, recalled its envoy and ...": the series' first verb's subject.
          if plain.isEmpty, o.pos == .verb, !passive {
            let shared = sharedSubject(before: start, inRelative: inRelative)
            if !shared.isEmpty { return shared }
          }
          // "Other countries supported X, including A and B".
          if plain.isEmpty, o.pos == .verb, start > 0,
            let listed = listedStates(subjectNoun: start - 1, after: o.end, clause: clause)
          {
            return listed
          }
          return plain
        case .object:
          if passive {
            // "X controls the east, and has been supported by Y": the series' subject, not the
            // object before "and".
            // (A series whose subject names no actor gives none: the actor before "and" is
            // an earlier verb's object.)
            if start > 1, t[start - 1].lower == x.words.and,
              mentionAt[start - 2] < 0 || t[start - 1].gap & Gap.comma != 0
            {
              return sharedSubject(before: start, inRelative: inRelative)
            }
            // "Chile fought Peruvian government forces supported by Bolivia": a participle right
            // after an object's phrase describes that phrase, not the clause's subject.
            if o.pos == .verb, start == o.head, let phrase = reducedPassiveNoun(before: start), !phrase.isEmpty {
              return phrase
            }
            var s = subject(before: start, clause: clause, inRelative: inRelative)
            // "Two Iranian shipping firms were blacklisted by X": a state's firms or officials
            // sanctioned are the state sanctioned.
            if s.isEmpty, o.pos == .verb, pat.kind == "sanction",
              let m = mentions.indices.last(where: {
                mentions[$0].tokens.upperBound <= start && t[mentions[$0].tokens.lowerBound].clause == clause
              }), namesBody(m, before: start)
            {
              s = [m]
            }
            // "The ASEAN ministers aimed to salvage a ceasefire initially mediated by X": a
            // participle right after a common noun's phrase (no actor in it, no auxiliary)
            // mediates that noun, and an organization subject is no side of it ("A and B
            // swapped prisoners in an exchange brokered by X" keep theirs).
            if pat.mediation, o.pos == .verb, !s.isEmpty,
              s.allSatisfy({ $0 >= 0 && x.matcher.actorKinds[Int(mentions[$0].actor)] == .organization }),
              let phrase = reducedPassiveNoun(before: start), phrase.isEmpty
            {
              return []
            }
            // "Backed by Russia, Serbia rejected X": an opening passive participle's subject
            // is the main clause's.
            if s.isEmpty, o.pos == .verb, start == 0, let main = openerMainSubject(after: o.end) { s = main }
            // "It was brokered by Qatar": what is mediated is a deal or talks, never the
            // state that "it" would take back.
            if pat.mediation, s.count == 1, s[0] >= 0, t[mentions[s[0]].tokens.lowerBound].lower == x.coreference.it {
              return []
            }
            return s
          }
          // "Ethiopian troops are helping combat al-Shabaab": the actor after a verb of
          // fighting is the enemy, not the one helped.
          if pat.support, o.pos == .verb, o.end + 2 < t.count {
            let next = t[o.end + 1].lower == x.words.to ? o.end + 2 : o.end + 1
            if x.arguments.combating.contains(t[next].lower) { return [] }
          }
          // "backed the plan with the IMF": a pattern whose far last word is "with" ("back
          // ~with": the means) has its object phrase before that word (it opens right after
          // the verb), never the actor after it.
          let prepositionLast =
            o.pos == .verb && o.end > o.head + 1 && t[o.end].lower == x.words.with
            && x.index.followFar[o.pattern].last == true
            && (mentionAt[o.head + 1] >= 0
              || x.classes.is(t[o.head + 1].lower, WordClasses.determiner | WordClasses.possessivePronoun))
          var found =
            prepositionLast
            ? [] : cutAtBetweenSide(object(after: o.end, clause: clause, head: o.head), o.head)
          // "sent American missiles to X": an actor adjective on the pattern's thing says whose
          // the thing is; it names no recipient.
          // ("sold its renowned Caesar artillery to X": a possessor of the thing is its owner.)
          if thingClass >= 0, let first = found.first, first >= 0, mentions[first].possessive,
            x.classes.is(t[mentions[first].tokens.lowerBound].lower, WordClasses.possessivePronoun)
          {
            let after = mentions[first].tokens.upperBound
            if ((after)..<min(t.count, after + 4)).contains(where: {
              mentionAt[$0] < 0 && x.index.isClass(t[$0].lower, thingClass)
                && !((after..<$0).contains { t[$0 + 1].gap & Gap.comma != 0 || mentionAt[$0] >= 0 })
            }) {
              found = []
            }
          }
          if thingClass >= 0, let first = found.first, first >= 0, mentions[first].form == .demonym {
            var k = mentions[first].tokens.upperBound
            while k < t.count, k - mentions[first].tokens.upperBound < 3, mentionAt[k] < 0,
              !x.index.isClass(t[k].lower, thingClass), partOfSpeech(at: k) == .adjective
            { k += 1 }
            if k < t.count, x.index.isClass(t[k].lower, thingClass) { found = [] }
          }
          // "designated Kenya a major non-NATO ally": the object stands between the verb and
          // its far lemma.
          if found.isEmpty, o.pos == .verb, o.end > o.head + 1 {
            found = object(after: o.head, clause: clause, head: o.head).filter {
              mentions[$0].tokens.upperBound <= o.end
            }
          }
          // "A and B accused each other": each side is the other's object.
          if found.isEmpty, o.pos == .verb, eachOther(after: o.end) { return role(.subject, word: word) }
          return found
        case .by:
          // "recognition of A and B by X": a noun's "by" follows its "of" phrase.
          var from = o.end
          // "condemned the invasion of Ukraine by Russia": an active verb's object noun
          // takes its own "by" after its of-phrase.
          if o.pos == .verb, !passive {
            var j = o.end + 1
            while j < t.count, j - o.end <= 4, mentionAt[j] < 0, t[j].gap & Gap.comma == 0,
              t[j].lower != x.words.of, t[j].lower != x.words.by
            {
              j += 1
            }
            if j < t.count, j > o.end + 1, t[j].lower == x.words.of, t[j].gap & Gap.comma == 0 { from = j - 1 }
          }
          if o.pos == .noun || from != o.end, from + 2 < t.count, t[from + 1].lower == x.words.of {
            var j = from + 2
            while j < t.count, j - from <= 4, mentionAt[j] < 0, x.classes.is(t[j].lower, WordClasses.determiner) {
              j += 1
            }
            if j < t.count, mentionAt[j] >= 0, let last = chainForward(mentionAt[j]).last {
              from = mentions[last].tokens.upperBound - 1
            }
          }
          // (A noun's phrase ends at a verb of "be": "the invasion of X was condemned by Y".)
          if o.pos == .noun,
            let be = ((from + 1)..<min(t.count, from + 5)).first(where: { x.classes.is(t[$0].lower, WordClasses.be) }),
            !((from + 1)..<be).contains(where: { t[$0].lower == x.words.by })
          {
            return []
          }
          let r = prepositional(x.words.by, after: from, clause: clause, limit: 4)
          if !r.isEmpty || o.pos != .verb || !passive { return r }
          return passiveAgent(after: o.end, clause: clause)
        case .possessor: return nominalPossessor(o)
        case .modifier:
          guard o.head > 0, mentionAt[o.head - 1] >= 0 else { return [] }
          let chain = chainBackward(mentionAt[o.head - 1])
          // ("between Israel and Iran-backed Hezbollah": the side before "and" backs nobody.)
          return sidesOfBetween(chain) ? [mentionAt[o.head - 1]] : chain
        case .head:
          var j = o.head + 1
          while j < t.count, j - o.head <= 3 {
            if o.pos == .noun && (t[j].gap & (Gap.comma | Gap.other) != 0 || t[j].clause != t[o.head].clause) {
              return []
            }
            if mentionAt[j] >= 0 {
              // "Hezbollah, the Iranian-backed Lebanese group": an actor adjective before a
              // group noun describes the group the phrase is apposed to, which is the one backed.
              let hm = mentions[mentionAt[j]]
              if o.pos == .compound, hm.form == .demonym, hm.tokens.upperBound < t.count,
                x.words.groupHeads.contains(t[hm.tokens.upperBound].lower)
              {
                var b = o.head - 1
                while b > 0, o.head - b <= 3, t[b].gap & Gap.comma == 0 { b -= 1 }
                if b > 0, t[b].gap & Gap.comma != 0, t[b].lower == x.words.the, mentionAt[b - 1] >= 0,
                  x.matcher.actorKinds[Int(mentions[mentionAt[b - 1]].actor)] == .group
                {
                  return [mentionAt[b - 1]]
                }
                return []
              }
              // "between the Iran-backed Hamas and Israel": the "and" joins the two sides, so
              // the compound describes the first only.
              if o.pos == .compound, o.head > 0, mentionAt[o.head - 1] >= 0 {
                var b = mentions[mentionAt[o.head - 1]].tokens.lowerBound - 1
                if b >= 0, t[b].lower == x.words.the { b -= 1 }
                if b >= 0, t[b].lower == x.words.between || t[b].lower == x.words.among { return [mentionAt[j]] }
              }
              return chainForward(mentionAt[j])
            }
            // A noun's head is its apposition, right after it or after "the" ("Russia's
            // ally Belarus", "its strongest ally the United States").
            if o.pos == .noun && !(j == o.head + 1 && t[j].lower == x.words.the) { return [] }
            if x.classes.is(
              t[j].lower, WordClasses.preposition | WordClasses.relative | WordClasses.be | WordClasses.modal)
              || t[j].gap & Gap.comma != 0
            {
              break
            }
            if x.index.isHead(t[j].lower) && j > o.head + 1 { break }
            j += 1
          }
          return []
        case .thing:
          let made = pat.made
          // A noun's own phrase first ("a tariff on Chinese steel over Beijing's purchases of
          // Iranian oil": the oil's adjective, not the steel's).
          if o.pos == .noun {
            let after = thingActor(thingClass, from: o.end + 1, to: o.end + 9, made: made)
            if !after.isEmpty { return after }
          }
          // ("US troops stationed in Syria came under attack": a verb whose subject is the
          // patient has no agent on a thing in the subject's phrase.)
          let from = pat.hostile && o.pos == .verb && pat.patient.contains(.subject) ? o.head : start - 6
          return thingActor(thingClass, from: from, to: o.end + 9, made: made)
        // A verb's object may stand before "between" ("facilitated the exchange of prisoners between A and B").
        case .between:
          let sides = between(after: o.end, clause: clause, window: o.pos == .verb ? 6 : 4)
          // "hosted Venezuela-Guyana talks", "brokered the Israel-Hamas truce".
          // ("the EU-led Belgrade-Pristina dialogue": after a compound too.)
          if sides.isEmpty, pat.mediation, o.pos == .verb || o.pos == .noun || o.pos == .compound {
            return joinedPair(after: o.end, clause: clause)
          }
          return sides
        case .opener: return o.pos == .noun ? openingAdjunct(before: o.head) ?? [] : []
        case .copular: return o.pos == .noun ? copularComplement(after: o.end) : []
        // "arch-rivals A and B agreed": a noun right before the actors it names.
        case .titled:
          let k = o.end + 1
          guard o.pos == .noun, k < t.count, mentionAt[k] >= 0, t[k].gap == 0, !t[o.end].possessive,
            mentions[mentionAt[k]].form != .demonym, !mentions[mentionAt[k]].possessive
          else { return [] }
          return chainForward(mentionAt[k])
        case .appositive: return appositive(of: o.head)
        case .asActor: return asActor(of: o.head)
        case .list: return o.pos == .noun ? nounList(after: o.end) : list(after: o.end)
        case .named:
          // "members of ASEAN such as A and B": past the noun's own "of"/"in" object first.
          var from = o.end
          if from + 2 < t.count, t[from + 1].lower == x.words.of || t[from + 1].lower == x.arguments.in {
            var j = from + 2
            if t[j].lower == x.words.the { j += 1 }
            if j < t.count, mentionAt[j] >= 0 {
              let org = mentionAt[j]
              from = mentions[org].tokens.upperBound - 1
              // "the member states of the Andean Community, Peru, Bolivia and Ecuador, met": a
              // list of two or more set off by commas right after the organization names them.
              let next = from + 1
              if x.matcher.actorKinds[Int(mentions[org].actor)] == .organization, next < t.count, mentionAt[next] >= 0,
                t[next].gap & Gap.comma != 0
              {
                let list = chainForward(mentionAt[next])
                if list.count >= 2, let last = list.last, last >= 0 {
                  let end = mentions[last].tokens.upperBound
                  if end == t.count || t[end].gap & Gap.comma != 0 { return list }
                }
              }
            }
          }
          return namedList(after: from, clause: clause, limit: 8)
        case .next:
          // Only a fronted phrase ("Under the mediation of X, A and B agreed"): after the
          // clause's verb, the actors after a comma go on the phrase's own list ("through
          // the mediation of X, Y and Z").
          // ("With Kuwait acting as a go-between, A and B signed": a gerund is the phrase's own.)
          if (0..<o.head).contains(where: {
            mentionAt[$0] < 0 && !t[$0].capital && !endsInIng($0) && partOfSpeech(at: $0) == .verb
          }) {
            return []
          }
          var j = o.end + 1
          // ("NATO members France, Germany and Belgium": a list right after the noun is its
          // own apposition, read whole by `head`.)
          let first = j < t.count && t[j].lower == x.words.the ? j + 1 : j
          if first < t.count, mentionAt[first] >= 0, t[j].gap & Gap.comma == 0 { return [] }
          while j < t.count, j - o.end <= 8 {
            if mentionAt[j] >= 0, t[j].gap & Gap.comma != 0 {
              let chain = chainForward(mentionAt[j])
              // ("A's president and his B counterpart met": the second side is no link.)
              if chain.count < 2 {
                let sides = subjectSides(from: j)
                if !sides.isEmpty { return sides }
              }
              return chain
            }
            // "Under X's mediation, the leaders of A and B met": the sides the clause's
            // subject names.
            if t[j].gap & Gap.comma != 0 { return subjectSides(from: j) }
            j += 1
          }
          return []
        case .apposition: return closedApposition(after: o.end)
        case .earlierBetween: return earlierBetween(before: o.head)
        case .sides: return dealSides(before: o.head, clause: clause, inRelative: inRelative)
        case .frontedSides: return frontedSides(after: o.end)
        case .called: return calledName(after: o.end, clause: clause)
        case .verbObject: return verbObject(before: o.head, clause: clause)
        case .feuding:
          let sides = prepositional(x.words.of, after: o.end, clause: clause, noun: o.pos == .noun)
          guard sides.count == 2, sides.allSatisfy({ $0 >= 0 }) else { return [] }
          let a = mentions[sides[0]].actor
          let b = mentions[sides[1]].actor
          for kind in ["hostility", "tension"] {
            if let p = lastPairs[kind], (p.0 == a && p.1 == b) || (p.0 == b && p.1 == a) { return sides }
          }
          return []
        case .lastFoe: return lastFoe(after: o.end, clause: clause)
        case .lastOrganization:
          // "The Security Council, of which X is a permanent member": an organization this
          // sentence names before a relative pronoun comes before one named earlier.
          // ("The CSTO, a military alliance of which A and B are members": past an apposition
          // that ends in "of which", with no other actor in it.)
          if let r = (0..<o.head).last(where: { x.classes.is(t[$0].lower, WordClasses.relative) && t[$0].lower != 0 }),
            r > 0, let m = (0..<r).last(where: { mentionAt[$0] >= 0 }).map({ mentionAt[$0] }),
            x.matcher.actorKinds[Int(mentions[m].actor)] == .organization,
            mentions[m].tokens.upperBound >= r - 2
              || (t[r - 1].lower == x.words.of && mentions[m].tokens.upperBound >= r - 7
                && mentions[m].tokens.upperBound < t.count
                && x.classes.is(t[mentions[m].tokens.upperBound].lower, WordClasses.determiner))
          {
            return [m]
          }
          // ("grew to 2,500 members", "the bloc has ten members": a count of members is no
          // membership of the subject.)
          // ("one of its 32 members": the owner's pronoun makes them the organization's.)
          if o.pos == .noun, o.head > 0, partOfSpeech(at: o.head - 1) == .numeral,
            !(o.head > 1 && x.classes.is(t[o.head - 2].lower, WordClasses.possessivePronoun))
          {
            return []
          }
          // ("It joined calls for a ceasefire", "joined the talks": a common noun right after
          // the verb, with no body noun in its phrase, is what was joined, no organization.)
          var k = o.end + 1
          if k + 1 < t.count, x.classes.is(t[k].lower, WordClasses.determiner) { k += 1 }
          if o.pos == .verb, k < t.count, t[o.end + 1].gap & Gap.comma == 0, mentionAt[k] < 0,
            partOfSpeech(at: k) == .noun,
            // ("joined the military alliance": a body noun within the next words.)
            !(k..<min(t.count, k + 4)).contains(where: { x.index.isClass(t[$0].lower, x.index.bodyClass) })
          {
            return []
          }
          return lastOrganization != nil ? [-1] : []
        case .lastPair:
          // "Tensions began in 2012": the last pair's tension only for a noun that opens the
          // sentence ("Tensions between A and B rose, and a dispute in 2020 ..." is theirs).
          if pat.tension && o.head > 2 { return [] }
          return lastPairs[pat.kind] == nil ? [] : [-3]
        case .lastSide:
          // The operation noun stands where the object would: before a passive group, after an active one.
          guard lastPairs["hostility"] != nil || lastPairs["sanction"] != nil || lastPairs["launch"] != nil else {
            return []
          }
          let n = x.index.operationClass
          let range = passive ? max(0, start - 3)..<start : (o.end + 1)..<min(t.count, o.end + 4)
          // A campaign noun ("condemned the invasion") may name any well-known war: only
          // backing reads it.
          if !pat.tension, range.contains(where: { x.index.isClass(t[$0].lower, n) && mentionAt[$0] < 0 }) {
            return [-5]
          }
          if range.contains(where: { definiteAct(at: $0) }) { return [-5] }
          // "North Korea fired an ICBM. X condemned the missile test.": the launcher.
          if pat.tension, range.contains(where: { definiteLaunch(at: $0) }) { return [-10] }
          // "X imposed sanctions on Y. Y condemned the move.": the sanctioner.
          return pat.tension && range.contains(where: { definiteSanction(at: $0) }) ? [-9] : []
        case .lastHostility:
          // "brokered by X after weeks of fighting between A and B": this sentence's sides first.
          let b = between(after: o.end, clause: clause, window: 14, crossing: true)
          if b.count >= 2 { return b }
          if lastPairs["hostility"] != nil { return [-5, -6] }
          // "Israel and Hamas resumed negotiations. The talks are hosted by Qatar."
          return lastPairs["talks"] == nil ? [] : [-7, -8]
        case .nameModifier: return nameModifier(of: o.head)
        case .pair, .atPair: return []
        // "invited A and B to peace talks": two sides as the object of one active verb (a
        // single invitee is a guest, not a side), when the clause names no third actor after
        // them ("invited A and B to a peace summit on C": guests of talks on another's war;
        // a capital, "in Brasilia", is a venue).
        case .objectPair:
          guard !passive else { return [] }
          // ("met his Kyrgyz and Tajik counterparts": the possessive pronoun is the subject's.)
          let found = object(after: o.end, clause: clause, head: o.head).filter {
            $0 < 0 || !x.classes.is(t[mentions[$0].tokens.lowerBound].lower, WordClasses.possessivePronoun)
          }
          guard found.count == 2, found.allSatisfy({ $0 >= 0 }) else { return [] }
          let a = mentions[found[0]].actor
          let b = mentions[found[1]].actor
          guard a != b else { return [] }
          // (A place the talks are "over" is their topic, no third party: "to ease tensions
          // over Karabakh".)
          let third = ((found[1] + 1)..<mentions.count).contains { m in
            t[mentions[m].tokens.lowerBound].clause == clause && mentions[m].form != .metonym
              && mentions[m].actor != a && mentions[m].actor != b
              && !(mentions[m].tokens.lowerBound > 0 && t[mentions[m].tokens.lowerBound - 1].lower == x.precision.over)
          }
          // ("invited A and B to talks on trade": a meeting of partners on business.)
          let end = mentions[found[1]].tokens.upperBound
          let business = (end..<min(t.count, end + 10)).contains {
            t[$0].clause == clause && x.arguments.business.contains(t[$0].lower)
          }
          return third || business ? [] : found
        case .statePreposition(let p):
          return role(.preposition(p), word: word).filter {
            $0 >= 0 && mentions[$0].form != .demonym && x.matcher.actorKinds[Int(mentions[$0].actor)] == .state
              && (mentions[$0].tokens.lowerBound == 0
                || !x.arguments.compass.contains(t[mentions[$0].tokens.lowerBound - 1].lower))
          }
        case .preposition:
          guard word > 0 else { return [] }
          // "Sanctions on Iran were imposed by Canada": the passive subject's own phrase first.
          if passive, thingClass >= 0,
            let thing = (max(0, start - 6)..<start).first(where: { x.index.isClass(t[$0].lower, thingClass) })
          {
            let before = prepositional(word, after: thing, clause: clause, limit: 3)
            if !before.isEmpty { return before }
          }
          let found = prepositional(word, after: o.end, clause: clause, noun: o.pos == .noun)
          // "the East African Community, to which A and B belong": the relative's antecedent.
          if found.isEmpty, o.pos == .verb, inRelative >= 0, let antecedent = prepositionalAntecedent(inRelative, word)
          {
            return [antecedent]
          }
          // "A and B fired rockets at each other": each side is the other's object.
          if found.isEmpty, o.pos == .verb,
            let k = ((o.end + 1)..<min(t.count, o.end + 6)).first(where: { t[$0].lower == word }),
            t[k].clause == clause, eachOther(after: k)
          {
            return role(.subject, word: word)
          }
          return found
        }
      }
      let undirected = x.index.undirected[o.pattern]
      var agents: [Int] = []
      var agentRole: PatternTable.Role? = nil
      // The window rules try every role first, then the tree (`dependencyPasses`).
      let passes = dependencyPasses
      // "Maduro, whose main backers include A and B": the actor "whose" stands for owns the
      // noun; it is none of its subjects.
      let ownedByWhose =
        o.pos == .noun
        && (max(0, o.head - 3)..<o.head).contains(where: {
          t[$0].lower == x.arguments.whose && !((($0 + 1)..<o.head).contains { mentionAt[$0] >= 0 })
        })
      agentSearch: for tree in passes {
        for (n, r) in pat.agent.enumerated() {
          if ownedByWhose, r == .subject || r == .appositive || r == .apposition { continue }
          let word = x.index.agentWords[o.pattern][n]
          agents = tree ? treeRole(r, word: word, o: o, passive: passive) : role(r, word: word)
          if !agents.isEmpty {
            agentRole = r
            break agentSearch
          }
        }
      }
      // "X cut ties with Y, responding to a raid on Z's embassy", "in retaliation for an
      // attack on X": the act answered is another's; the clause's subject did not do it.
      if o.pos == .noun, agentRole == .subject, o.head > 1,
        (max(0, o.head - 5)..<(o.head - 1)).contains(where: { j in
          x.arguments.answering.contains(t[j].lower)
            && (t[j + 1].lower == x.words.to || t[j + 1].lower == x.words.for) && t[j].clause == clause
            && !((j + 2)..<o.head).contains(where: { mentionAt[$0] >= 0 })
        })
      {
        continue
      }
      // "X is supplying Y's army with shells for the war against Z": a war in a "for" phrase
      // after a verb of supply or support is the recipient's, not the supplier's.
      // (The recipient named right after the verb, "supplying the Russian army", wages it.)
      if pat.hostile, o.pos == .noun, agentRole == .subject, o.head > 1,
        let f = (max(0, o.head - 4)..<o.head).last(where: { t[$0].lower == x.words.for }),
        !((f + 1)..<o.head).contains(where: { mentionAt[$0] >= 0 }),
        let supply = occurrences.last(where: {
          $0.head < f && $0.pos == .verb && t[$0.head].clause == clause
            && (x.index.entries[$0.pattern].kind == "arms_supply" || x.index.entries[$0.pattern].kind == "support")
        })
      {
        guard
          let r = ((supply.end + 1)..<f).first(where: { mentionAt[$0] >= 0 }).map({ mentionAt[$0] }),
          ((supply.end + 1)..<mentions[r].tokens.lowerBound).count <= 2,
          !agents.contains(where: { $0 >= 0 && mentions[$0].actor == mentions[r].actor })
        else { continue }
        agents = [r]
      }
      // "Britain sanctioned X, joining Canada and Norway": those joined acted too.
      if agentRole == .subject, !passive, let joined = joinedActors(after: o.end) {
        agents += joined.filter { !agents.contains($0) }
      }
      var patients: [Int] = []
      var patientRole: PatternTable.Role? = nil
      var pairwise = false
      var consumes = false
      patientSearch: for tree in passes {
        for (n, written) in pat.patient.enumerated() {
          var r = written
          // "A and B are at war": a pair only for a noun right after "at".
          if r == .atPair {
            guard o.pos == .noun, o.head > 0, t[o.head - 1].lower == x.words.at else { continue }
            // (The noun ends its phrase: "laid wreaths at war memorials" is no war.)
            let n = o.head + 1
            guard
              n == t.count || t[n].gap & (Gap.comma | Gap.other) != 0 || t[n].year != 0 || isAdverb(n)
                || x.classes.is(
                  t[n].lower,
                  WordClasses.preposition | WordClasses.coordinator | WordClasses.relative | WordClasses.clauseBreak
                    | WordClasses.be | WordClasses.modal)
            else { continue }
            r = .pair
          }
          if case .pair = r {
            // "Hezbollah and Syria's army fought the rebels": an active verb whose object is a
            // non-state group names the foe; the coordinated subjects fought side by side.
            if o.pos == .verb, !passive, o.end + 1 < t.count {
              var k = o.end + 1
              while k < t.count, k - o.end <= 3, mentionAt[k] < 0,
                x.classes.is(t[k].lower, WordClasses.determiner) || partOfSpeech(at: k) == .adjective
              { k += 1 }
              if k < t.count, mentionAt[k] < 0, t[k].gap & Gap.comma == 0,
                x.arguments.nonStateGroups.contains(t[k].lower)
              {
                continue
              }
            }
            // "A and B clashed": two sides; a longer list of subjects is not a war among its
            // members ("a partnership between A, B and C" is, and so is "A, B and C signed a pact").
            // ("Chad, Niger and Mali strengthened their alliance": a plural possessive that takes
            // back a list of three is the list's, pair by pair, but for an armed conflict.)
            let listOwner =
              agentRole == .possessor && !pat.hostile && agents.allSatisfy { $0 >= 0 && mentions[$0].pairPart }
            // ("Damascus and the SDF alliance": "the" before a bare name right before the noun
            // makes the noun that actor's own description, no pact within the list.)
            if agentRole == .possessor, o.pos == .noun, let last = agents.last, last >= 0,
              mentions[last].tokens.upperBound == o.head, mentions[last].form != .demonym, !mentions[last].possessive,
              mentions[last].tokens.lowerBound > 0, t[mentions[last].tokens.lowerBound - 1].lower == x.words.the
            {
              continue
            }
            if agents.count == 2 || (agents.count > 2 && (agentRole == .between || thingClass >= 0 || listOwner)) {
              pairwise = true
              break patientSearch
            }
            continue
          }
          // A passive's "by" is its agent, never its patient ("was condemned by X").
          if passive, r == .by, o.pos == .verb { continue }
          // As patient, `lastpair` is the other side of the pair.
          let word = x.index.patientWords[o.pattern][n]
          patients = tree ? treeRole(r, word: word, o: o, passive: passive) : role(r, word: word)
          // "Vietnamese troops killed Cambodian soldiers": the thing before an active verb is
          // its subject's; the patient's thing stands after the verb.
          if r == .thing, !tree, !passive, o.pos == .verb, !patients.isEmpty, !agents.isEmpty,
            patients.allSatisfy({ p in p >= 0 && agents.contains { $0 >= 0 && mentions[$0].actor == mentions[p].actor }
            })
          {
            // (The object's own phrase only: "overran a junta base near the Chinese border" is
            // no attack on China.)
            var stop = o.end + 1
            while stop < t.count, stop - o.end <= 8, t[stop].gap & Gap.comma == 0,
              !x.classes.is(t[stop].lower, WordClasses.preposition | WordClasses.relative | WordClasses.coordinator)
            { stop += 1 }
            patients = thingActor(thingClass, from: o.end + 1, to: stop)
          }
          // "sold Bayraktar drones to Ethiopia": a maker's brand is no object.
          if r == .object, patients.count == 1, isBrand(patients[0]) { patients = [] }
          // (Mapped only when it holds one: a map allocates a new array.)
          if patients.contains(-3) { patients = patients.map { $0 == -3 ? -4 : $0 } }
          // "Turkey, Azerbaijan's closest ally, drilled with Azerbaijani forces": a patient that
          // is the agent itself is no patient; the next role or line is tried (for alliances
          // only: other kinds' next roles tend to name a venue, a body or the act's reporter).
          if pat.alliance, !patients.isEmpty, !agents.isEmpty,
            patients.allSatisfy({ p in
              p >= 0 && agents.allSatisfy { $0 >= 0 && mentions[$0].actor == mentions[p].actor }
            })
          {
            patients = []
            continue
          }
          if !patients.isEmpty {
            switch r {
            case .object, .objectPair, .preposition, .statePreposition, .by, .between:
              consumes = !(passive && r == .object) && !(r == .object && relative[o.head] >= 0)
            case .next: agents.removeWhere { patients.contains($0) }
            default: break
            }
            if case .between = r, undirected, agents.isEmpty || pat.agent.contains(.between) {
              pairwise = true
              agents = patients
            }
            patientRole = r
            break patientSearch
          }
        }
      }
      // A `lastpair` patient is the other side of the pair from the agent named here
      // ("Israel's attack" after "fighting between Israel and Hamas"); an agent outside the pair gets none.
      if patients == [-4], let pair = lastPairs[pat.kind], !agents.isEmpty, !agents.contains(-3) {
        let named = unique(agents, kind: pat.kind)
        patients = named.contains(pair.0) ? [-4] : named.contains(pair.1) ? [-3] : []
      }
      if agents.isEmpty, undirected, pat.agent.contains(.between) {
        let b = between(after: o.end, clause: clause)
        if b.count >= 2 {
          agents = b
          pairwise = true
        }
      }
      var when = x.time.date(at: o.head, t, years: years, document: date)
      if years.isEmpty, let y = carriedYear, o.group?.preterite ?? false, y != date.year,
        let d = try? EntenteDate(year: y)
      {
        when = d
      } else if years.isEmpty, let y = leadYear,
        o.group?.preterite ?? (o.pos == .noun && !presentState(o) && !presentPerfectGovernor(o)),
        let d = try? EntenteDate(year: y)
      {
        when = d
      }
      // "the offensive began in 2021, and X now accuses Y": a present-tense verb after
      // another verb's year holds at the document's date.
      if presentAfterOtherVerb(o, years: years) { when = date }
      // "last month" in a January document, "in November" in a January one: the year before.
      if years.isEmpty, when == date, let d = x.time.monthDate(t, document: date, near: o.head) { when = d }
      // "The offensive began in 2019, and X now accuses Y of backing Z": an alleged act is
      // dated as the accusation read before it (a tension on the accused).
      if let a = accused, a >= 0,
        let charge = found.last(where: { $0.kind == "tension" && $0.target == mentions[a].actor })
      {
        when = charge.date
      }
      // "X, a BRICS member, hosted the summit in 2024": an apposition states what holds at the document's date.
      // "A and B are former members of X, following the 2021 coup": a former status is over
      // at the document's date, whenever it ended, unless its own stretch dates it.
      if agentRole == .appositive || indefiniteApposition(o)
        || (o.pos == .noun && x.arguments.former.contains(t[o.head].lower)),
        !yearInStretch(o.head, years)
      {
        when = date
      }
      // "fought from 1998 to 2000": a finished act begins in the range's first year and ends in its last.
      let ended =
        o.group?.preterite == true ? x.time.rangeEnd(of: when.year, t).flatMap { try? EntenteDate(year: $0) } : nil
      if ended != nil && phase == .holds { phase = .begins }
      // "sold arms to Taiwan in 2008, 2010 and 2011": one relation a year.
      let also = ended == nil && when != date ? x.time.listedYears(with: when.year, t) : []
      if pairwise {
        unique(agents, kind: pat.kind, into: &sources)
        let ids = sources
        guard ids.count >= 2 else { continue }
        for a in 0..<ids.count {
          for b in (a + 1)..<ids.count {
            found.append(
              .init(source: ids[a], kind: pat.kind, target: ids[b], date: when, phase: phase, confidence: 0.8))
            for y in also {
              guard let d = try? EntenteDate(year: y) else { continue }
              found.append(
                .init(source: ids[a], kind: pat.kind, target: ids[b], date: d, phase: phase, confidence: 0.8))
            }
            if let e = ended {
              found.append(
                .init(source: ids[a], kind: pat.kind, target: ids[b], date: e, phase: .ends, confidence: 0.8))
            }
          }
        }
        done.append(o.head)
        continue
      }
      if o.pos == .verb && !passive && !agents.isEmpty, pat.agent.first == .subject { lastSubject = (clause, agents) }
      // "arms transfers to both": with no agent named, the previous sentence's topic.
      // ("Talks between the two sides resumed": not when that topic is one of the two.)
      // ("The two countries offered support to X": a pair before the noun is its subject, not
      // those it is given to.)
      if agents.isEmpty, patients.count >= 2,
        patients.allSatisfy({ $0 >= 0 && mentions[$0].pairPart && mentions[$0].tokens.lowerBound > o.head }),
        let topic = previousTopic, !patients.contains(where: { mentions[$0].actor == topic }),
        !(o.pos == .verb && hasCommonSubject(before: start))
      {
        agents = [-2]
        confidence = 0.6
      }
      // "joined an African Union force", "accession to NATO's Partnership for Peace".
      if pat.membership {
        patients.removeWhere { namesPartOf($0) }
        // "..., joining the United States and the EU": companions in an act, not a bloc joined.
        if t[o.head].lower == x.arguments.joining, t[o.head].gap & Gap.comma != 0,
          patients.contains(where: { $0 >= 0 && x.matcher.actorKinds[Int(mentions[$0].actor)] != .organization })
        {
          continue
        }
      }
      // "attacks on U.S. allies" (warning them is tension with the U.S. too).
      // An organization's allies are its members ("NATO allies such as Estonia").
      if !pat.tension && !pat.membership {
        patients.removeWhere { $0 >= 0 && namesAssociates($0) }
      }
      patients.removeWhere { pronounOfAgent($0, agents: agents) }
      // "presented a peace plan to A and B": a plan put to one party is that party's matter.
      // (A crisis's state, "mediating the crisis in Sudan", is its one party.)
      if pat.mediation, o.pos == .verb, x.index.followFar[o.pattern].contains(true), patients.count < 2 {
        if case .statePreposition = patientRole {} else { continue }
      }
      // "sanctions on a Liberian-flagged tanker", "a Panama-flagged tanker that ships crude to
      // Y": a flag state only registers the ship; it is no sanctioned party and no exporter.
      if pat.kind == "sanction" { patients.removeAll { flagState($0) } }
      if pat.kind == "trade" { agents.removeAll { flagState($0) } }
      // "a coup in Niger, which prompted ECOWAS to impose sanctions": sanctions a cause
      // calls forth fall on the one state the cause names before the prompt.
      if pat.kind == "sanction", patients.isEmpty, o.pos == .verb, let a = agents.first, a >= 0,
        !mentions[a].tokens.isEmpty
      {
        let b = mentions[a].tokens.lowerBound
        if let w = (max(0, b - 4)..<b).last(where: { x.arguments.prompting.contains(t[$0].lower) }),
          o.head > 0, t[o.head - 1].lower == x.words.to, o.head - mentions[a].tokens.upperBound <= 4
        {
          var named: [Int] = []
          for j in 0..<w where mentionAt[j] >= 0 {
            let m = mentionAt[j]
            guard mentions[m].actor != mentions[a].actor,
              x.matcher.actorKinds[Int(mentions[m].actor)] == .state
            else { continue }
            if !named.contains(where: { mentions[$0].actor == mentions[m].actor }) { named.append(m) }
          }
          if named.count == 1 { patients = named }
        }
      }
      // "the withdrawal of troops from A, B and C": the forces' own states are no patient.
      if agentRole == .thing, !agents.isEmpty, patients.contains(where: { agents.contains($0) }) {
        patients.removeAll { agents.contains($0) }
        if patients.isEmpty { continue }
      }
      // "Russian troops withdrew from Ukraine" after the war between the two was read:
      // forces of a side at war with the state they enter or leave are no support of it.
      // (Also forces or a presence the pattern's own words name: "Russia has troops in
      // Ukraine", "Russia's military presence in Ukraine".)
      if pat.support,
        thingClass >= 0 && thingClass == x.index.forceClass
          || (o.head...min(o.end, t.count - 1)).contains(where: {
            x.index.isClass(t[$0].lower, x.index.forceClass) || t[$0].lower == x.words.presence
          }),
        let (a, b) = lastPairs["hostility"],
        agents.contains(where: { $0 >= 0 && (mentions[$0].actor == a || mentions[$0].actor == b) }),
        patients.contains(where: { $0 >= 0 && (mentions[$0].actor == a || mentions[$0].actor == b) })
      {
        continue
      }
      if pat.mediation, patients.isEmpty, confidence > 0, x.arguments.mediating.contains(t[o.head].lower) {
        for a in agents where a >= 0 && !unsidedMediators.contains(where: { $0.actor == mentions[a].actor }) {
          unsidedMediators.append((mentions[a].actor, when))
        }
      }
      guard !agents.isEmpty, !patients.isEmpty else { continue }

      let allowed = x.index.targetKinds[o.pattern]
      unique(agents, kind: pat.kind, into: &sources)
      unique(patients, kind: pat.kind, into: &targets)
      if !allowed.isEmpty {
        targets.removeWhere { a in !(x.matcher.actorKinds[Int(a)].map(allowed.contains) ?? true) }
      }
      // "A and B signed a truce to facilitate peace": the sides mediate nothing between
      // themselves; a mediator is a third party.
      if pat.mediation, targets.contains(where: { sources.contains($0) }) { continue }
      // "Iranian drones struck Kyiv" after "Russia's war on Ukraine": the drones' origin.
      if pat.hostile, weaponFromElsewhere(agents, before: start) { continue }
      // A line whose only target is of a kind its relation cannot take leaves the word to
      // the next line ("Turkey, a NATO ally": membership; "Chile, a US ally": alliance).
      if targets.isEmpty { continue }
      if consumes {
        for m in patients where m >= 0 {
          consumed[m] = true
          // "killed Hezbollah leader Hassan Nasrallah": the title's actor and the person
          // named after it are one object.
          let s = mentions[m].tokens.lowerBound
          let e = mentions[m].tokens.upperBound
          if s >= 2, mentionAt[s - 1] < 0, x.arguments.offices.contains(t[s - 1].lower), mentionAt[s - 2] >= 0 {
            consumed[mentionAt[s - 2]] = true
          }
          if e + 1 < t.count, mentionAt[e] < 0, x.arguments.offices.contains(t[e].lower), mentionAt[e + 1] >= 0,
            t[e + 1].gap & Gap.comma == 0
          {
            consumed[mentionAt[e + 1]] = true
          }
        }
      }
      if passive { for m in agents where m >= 0 { consumed[m] = true } }
      let joinsWar = patients.first == -6 && pat.patient.contains(.lastFoe)
      // Support given as a thing ("sent military aid to X") is one act with an arms supply
      // of the same sentence; troops trained or sent are another act ("trained and equipped
      // the Malian army": both).
      let viaThing = thingClass >= 0 && thingClass != x.index.forceClass
      for s in sources {
        for o in targets where o != s {
          found.append(
            .init(
              source: s, kind: pat.kind, target: o, date: when, phase: phase, confidence: confidence,
              viaThing: viaThing, joinsWar: joinsWar, alleged: accused != nil))
          for y in also {
            guard let d = try? EntenteDate(year: y) else { continue }
            found.append(
              .init(
                source: s, kind: pat.kind, target: o, date: d, phase: phase, confidence: confidence,
                viaThing: viaThing))
          }
          if let e = ended {
            found.append(
              .init(
                source: s, kind: pat.kind, target: o, date: e, phase: .ends, confidence: confidence,
                viaThing: viaThing))
          }
        }
      }
      // "fought alongside X against Y": fighting beside an ally leaves the verb's foe to its
      // hostile line.
      if !(pat.support && foeAfter(o)
        && occurrences.contains(where: { $0.head == o.head && x.index.entries[$0.pattern].hostile }))
      {
        done.append(o.head)
      }
    }
    return found
  }

  func unique(_ ms: [Int], kind: String) -> [Int32] {
    var out: [Int32] = []
    out.reserveCapacity(ms.count)
    unique(ms, kind: kind, into: &out)
    return out
  }

  /// The distinct actors of mentions `ms` (negative marks: the carried actors), in order,
  /// in `out` (emptied first, keeping its capacity).
  func unique(_ ms: [Int], kind: String, into out: inout [Int32]) {
    out.empty()
    for m in ms {
      // A carried actor is looked up only for the negative marks (a mention is its own actor).
      let carried: Int32? =
        switch m {
        case 0...: mentions[m].actor
        case -1: lastOrganization
        case -2: previousTopic
        case -3: lastPairs[kind]?.0
        case -4: lastPairs[kind]?.1
        case -5: lastPairs["hostility"]?.0
        case -6: lastPairs["hostility"]?.1
        case -7: lastPairs["talks"]?.0
        case -8: lastPairs["talks"]?.1
        case -10: lastPairs["launch"]?.0
        default: lastPairs["sanction"]?.0
        }
      guard let a = carried, !out.contains(a) else {
        continue
      }
      out.append(a)
    }
  }
}
