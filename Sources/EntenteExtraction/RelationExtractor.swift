import Entente
import Foundation

/// Reads documents and proposes relations, each with the sentence it comes from.
///
/// A pipeline of small stages, run per sentence:
/// 1. words and actor mentions (`TokenizedSentence`, `ActorMatcher`), and a cheap
///    pre-filter: only a sentence that holds a form of a pattern lemma and an actor (or an
///    anaphor) goes further;
/// 2. coreference (`Coreference`): pronouns and descriptions become mentions of the actor
///    they resolve to;
/// 3. pattern occurrences (`PatternIndex`): a word that is a form of a pattern's lemma, read
///    as the pattern's part of speech in its context;
/// 4. the verb group (`VerbGroup`): voice, tense, modality, negation; conditionals (`if`,
///    `unless`, `whether` up to the next comma) and questions yield nothing;
/// 5. argument roles (`SentenceRoles`): subject, object, by-agent, prepositional objects,
///    possessor, hyphen modifier, between-phrases, each with its coordinated actors;
/// 6. time (`TimeResolver`) and the relations with their evidence.
public struct RelationExtractor: Sendable {
  let matcher: ActorMatcher
  let table: PatternTable
  let vocabulary: RelationVocabulary
  let splitter = SentenceSplitter()
  /// The matcher's lexicons extended by the patterns' and the rules' words.
  let lower: Lexicon
  let exact: Lexicon
  let index: PatternIndex
  let classes: WordClasses
  let coreference: Coreference
  let time: TimeResolver
  /// "The following year", "a year later": years counted from the narrative's last year.
  let relativeYears: RelativeYears
  /// Nouns for firms ("a Turkish defence firm"): a firm's state acts for it.
  let firms: FirmWords
  /// Participles that give a target its holder ("sites linked to X").
  let holders: HolderWords
  let words: Words
  /// The part-of-speech tagger, run on the sentences that pass the pre-filter (nil: off).
  let tagger: PartOfSpeechTagger?
  /// The dependency parser argument roles may ask (nil: window rules only).
  package var dependencies: DependencyParsing? = nil
  /// The tagger's memos (`TaggerMemo`), one per document being read at a time.
  let memos = TaggerMemoPool()
  /// Per word id of `lower`: `patternBit` when it is a form of a pattern's head lemma,
  /// `anaphorBit` when it may refer back (`Coreference.mayRefer`); the pre-filter's table.
  let filterBits: [UInt8]
  static let patternBit: UInt8 = 1
  static let anaphorBit: UInt8 = 2
  /// Per word id: a word of `ArgumentWords.former` or `.nonStateGroups`, so that a sentence
  /// with none skips `FormerHolders` and `NonStateMembers` (which would hash every word to
  /// find none).
  static let formerBit: UInt8 = 4
  static let groupBit: UInt8 = 8
  /// Per word id: a noun of talks or deals (the pattern classes `@peace` and `@ceasefire`:
  /// "talks", "negotiations", "truce", "deal") or "meet", so that "A and B resumed
  /// negotiations", "A and B signed a deal" or "A and B met" name the sides a later
  /// mediator takes.
  static let talksBit: UInt8 = 16
  /// Per word id: a weapon a state fires or tests with no target ("missile", "ICBM"), so
  /// that a later "condemned the test" finds the launcher (`launcher`).
  static let launchBit: UInt8 = 32
  let arguments: ArgumentWords
  let precision: PrecisionWords
  /// Organizations' founding years, for founding members named without one.
  let foundings: FoundingYears

  /// Words the roles look for by id.
  struct Words: Sendable {
    let by, between, among, of, and, or, `as`, well, to, even, the, both, including, such, with, a, an, `for`,
      will, at: Int32
    let ongoing: WordSet
    /// Forms of "agree": an end agreed on is decided ("agreed to lift the blockade").
    let agreeing: WordSet
    /// Verbs of imposing and of sale: a measure or a sale agreed on is decided as an end is
    /// ("the EU agreed to impose sanctions on X", "France agreed to sell howitzers to X").
    let agreedActs: WordSet
    let negativePrefixes: WordSet
    /// "Should", "Had", "Were" opening a sentence before its subject: an inverted condition.
    let inverted: WordSet
    let particles: WordSet
    /// Words that open a list naming a common noun phrase's members ("states, notably A and B").
    let listMarkers: WordSet
    /// Participles after a hyphen that make the actor before them lead what follows ("the Saudi-led coalition").
    let leading: WordSet
    /// Words a bracketed list of members may hold besides the members ("and", "the").
    let listGlue: WordSet
    /// Nouns of an armed group's description before "of" and its state ("the M23 rebel
    /// group of Congo", "the Polisario movement of Western Sahara": the state is no actor).
    let groupHeads: WordSet
    /// Organs a state owns ("Ukraine's security council": Ukraine's, not the UN's).
    let organs: WordSet
    /// `security`: a security council is any state's organ.
    let security: Int32
    /// Words that do not count in a pattern's near window ("recalled their respective
    /// ambassadors", "sent its own troops").
    let transparent: WordSet
    /// `presence`: a military presence stands for the forces present.
    let presence: Int32
    init(_ l: inout Lexicon) {
      by = l.intern("by")
      between = l.intern("between")
      among = l.intern("among")
      of = l.intern("of")
      and = l.intern("and")
      or = l.intern("or")
      `as` = l.intern("as")
      well = l.intern("well")
      to = l.intern("to")
      even = l.intern("even")
      the = l.intern("the")
      both = l.intern("both")
      including = l.intern("including")
      such = l.intern("such")
      with = l.intern("with")
      a = l.intern("a")
      `for` = l.intern("for")
      an = l.intern("an")
      will = l.intern("will")
      at = l.intern("at")
      ongoing = WordSet(
        [
          "continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "begin", "begins", "began",
          "begun",
          "start", "starts", "started", "resume", "resumed", "resumes",
        ].map { l.intern($0) })
      negativePrefixes = WordSet(["anti", "pro", "non", "post", "ex"].map { l.intern($0) })
      agreeing = WordSet(["agree", "agrees", "agreed", "agreeing"].map { l.intern($0) })
      agreedActs = WordSet(
        ["impose", "slap", "extend", "renew", "tighten", "expand", "sell", "supply", "deliver", "buy", "purchase"].map {
          l.intern($0)
        })
      particles = WordSet(["down", "up", "off", "out"].map { l.intern($0) })
      inverted = WordSet(["should", "had", "were"].map { l.intern($0) })
      listGlue = WordSet(["and", "the", "as", "well", "plus"].map { l.intern($0) })
      groupHeads = WordSet(
        ["group", "movement", "militia", "rebels", "front", "faction", "insurgency"].map { l.intern($0) })
      leading = WordSet(["led", "headed", "commanded"].map { l.intern($0) })
      organs = WordSet(["council", "parliament", "assembly", "senate", "congress", "cabinet"].map { l.intern($0) })
      security = l.intern("security")
      transparent = WordSet(["respective", "own"].map { l.intern($0) })
      presence = l.intern("presence")
      listMarkers = WordSet(
        ["including", "notably", "namely", "especially", "particularly", "chiefly", "primarily", "such", "like"].map {
          l.intern($0)
        })
    }
  }

  /// Creates an extractor from a gazetteer and the default patterns (or `patterns`).
  ///
  /// - Parameters:
  ///   - gazetteer: the actors' names.
  ///   - patterns: the event patterns (nil: `PatternTable.standard`).
  ///   - tagging: whether the part-of-speech tagger settles pattern words that are
  ///     ambiguous in context (`PartOfSpeechGate`).
  ///   - dependencyRoles: whether a dependency parse fills the argument roles the word-window
  ///     rules leave empty (needs `tagging`; off by default: on the development corpus and
  ///     five news sets it found no relation the window missed, `Guides/Extraction.md`).
  /// - Throws: `EntenteError` when a resource (patterns, tagger or parser model) is missing or bad.
  public init(
    gazetteer: Gazetteer, patterns: PatternTable? = nil, tagging: Bool = true, dependencyRoles: Bool = false
  ) throws(EntenteError) {
    tagger = tagging ? try PartOfSpeechTagger.standard() : nil
    dependencies = tagging && dependencyRoles ? try DependencyParsing.standard() : nil
    matcher = ActorMatcher(gazetteer: gazetteer)
    vocabulary = try RelationVocabulary.standard()
    if let patterns { table = patterns } else { table = try PatternTable.standard(vocabulary: vocabulary) }
    var lower = matcher.lower
    index = PatternIndex(table, vocabulary: vocabulary, into: &lower)
    coreference = Coreference(&lower)
    let precision = PrecisionWords(&lower)
    self.precision = precision
    time = TimeResolver(&lower, words: precision)
    relativeYears = RelativeYears(&lower, words: precision)
    firms = FirmWords(&lower)
    holders = HolderWords(&lower)
    words = Words(&lower)
    arguments = ArgumentWords(&lower)
    foundings = FoundingYears(&lower)
    classes = WordClasses(&lower)
    self.lower = lower
    exact = matcher.exact
    var bits = [UInt8](repeating: 0, count: lower.count)
    let peace = index.classIndex("peace")
    let ceasefire = index.classIndex("ceasefire")
    for id in 0..<Int32(lower.count) {
      bits[Int(id)] =
        (index.isHead(id) ? Self.patternBit : 0) | (coreference.mayRefer(id) ? Self.anaphorBit : 0)
        | (arguments.former.contains(id) ? Self.formerBit : 0)
        | (arguments.nonStateGroups.contains(id) ? Self.groupBit : 0)
        | ((peace >= 0 && index.isClass(id, peace)) || (ceasefire >= 0 && index.isClass(id, ceasefire))
          || arguments.meetVerbs.contains(id) ? Self.talksBit : 0)
        | (arguments.launchedWeapons.contains(id) ? Self.launchBit : 0)
    }
    filterBits = bits
  }

  /// The most actors one coordination (`A, B and C`) contributes: bounds the output of
  /// a sentence that lists thousands of names.
  static let maximumChain = 12

  /// How many sentences on a kind's last pair may still be read by a noun that names no
  /// side ("the sanctions were lifted", "a ceasefire mediated by X").
  static let pairReach = 16

  /// The relations of one document, in sentence order, one per (source, kind, target, date, sentence).
  ///
  /// - Complexity: O(*n*) in the document's length for the scanning; a sentence that
  ///   passes the pre-filter costs O(*p*·*w*) for *p* pattern words and *w* words.
  public func extract(_ doc: DocumentSource) -> [CandidateRelation] {
    var text = doc.text
    let file = PathText.lastComponent(doc.document.path ?? doc.document.id)
    // The closures below reach the tables through `box`: a closure that names a property
    // of `self` captures the whole extractor, and copying it retains every table (12 % of
    // extraction's time in a profile).
    let box = Box(self)
    // The tagger's per-word scores, kept from document to document.
    let memo = memos.take()
    defer { memos.give(memo) }
    return text.withUTF8 { p in
      var out: [CandidateRelation] = []
      var history = Coreference.History()
      var sentence = TokenizedSentence()
      // The roles' per-token tables, reused from sentence to sentence.
      let scratch = SentenceRoles.Scratch()
      var mentions: [ActorMatcher.Mention] = []
      // The mentions the roles read (after modifiers, former holders and coreference): one
      // buffer refilled per sentence (the roles holding it are released with their sentence).
      var all: [ActorMatcher.Mention] = []
      var years: [(Int, Int)] = []
      // The last year the previous sentence of the paragraph wrote: a past-tense sentence
      // with no year of its own carries on the event just dated ("In 2015 X attacked Y. Z
      // backed it.").
      var carried: Int? = nil
      // The last year the document wrote, whatever the paragraph ("the following year").
      var lastWritten: Int? = nil
      var lastPairs = KindMap<(Int32, Int32)>()
      // The sentence each kind's last pair comes from: a pair is carried at most
      // `pairReach` sentences on, so a bare "the sanctions" late in a long document does
      // not revive a relation read pages before.
      var lastPairAt = KindMap<Int>()
      var previousEnd = 0
      // Title lines whose relations a later sentence may repeat (`Headline.isTitleLine`).
      var titles: Set<Int> = []
      // Names the document defines with a short form in brackets ("the House of
      // Representatives (HoR)").
      var aliases = DocumentAliases()
      // Founding years the document states (`FoundingYears`), and the memberships begun in
      // sentences with no year that a founding year may date.
      var founded: [Int32: Int] = [:]
      var undatedFoundings: [Int] = []
      // Mediators named with no sides, with the sentence that names each.
      var unsided: [(actor: Int32, date: EntenteDate, evidence: Provenance)] = []
      let w = box.x.words
      let joining: (Int32) -> Bool = { $0 == w.of || $0 == w.for || $0 == w.and || $0 == w.the }
      let spans = splitter.spans(p)
      // The evidence of sentence `number`: its characters in the whole text and its hash.
      func provenance(_ span: SentenceSplitter.Span, _ number: Int) -> Provenance {
        let shifted = (span.characters.lowerBound + doc.offset)..<(span.characters.upperBound + doc.offset)
        return Provenance(
          document: doc.document.id, sentence: number, characters: shifted,
          sha256: Evidence.sha256(UnsafeBufferPointer(rebasing: p[span.bytes])))
      }
      // Room for one relation a sentence (the bench's documents find about 0.7): growing from
      // empty copied every relation found so far at each doubling.
      out.reserveCapacity(spans.count)
      let lead = Self.leadYear(p, spans.prefix(2).map(\.bytes), document: doc.document.date)
      for (number, span) in spans.enumerated() {
        if Self.paragraphBreak(p, previousEnd, span.bytes.lowerBound) { carried = nil }
        previousEnd = span.bytes.upperBound
        sentence.scan(p, span.bytes, lower: lower, exact: exact)
        defer { carried = box.x.time.carried(sentence.tokens) }
        // The last year written before this sentence, for "the following year".
        let narrativeYear = lastWritten
        defer { lastWritten = sentence.tokens.last(where: { $0.year != 0 }).map { Int($0.year) } ?? lastWritten }
        let t = sentence.tokens
        mentions.empty()
        matcher.mentions(t, at: doc.document.date, into: &mentions)
        if number == 0, !mentions.isEmpty, let end = Self.datelineEnd(p, span.bytes) {
          mentions.removeAll { t[$0.tokens.lowerBound].bytes.lowerBound < end }
        }
        if !mentions.isEmpty { aliases.learn(t, mentions, joining: joining) }
        if !aliases.isEmpty { aliases.apply(t, &mentions) }
        // Pre-filter: a pattern word, and an actor or an anaphor (one table read per word).
        var bits: UInt8 = 0
        for w in t { bits |= filterBits[Int(w.lower)] }
        let pattern = bits & Self.patternBit != 0
        let anaphor = bits & Self.anaphorBit != 0
        let topicAt = box.topicIndex(t, mentions)
        let topic = topicAt.map { mentions[$0].actor }
        defer {
          if !mentions.isEmpty {
            let predicated = box.x.coreference.predicated(t, mentions, classes: box.x.classes)
            if !predicated.isEmpty { history.notePredicates(predicated) }
            if mentions.count >= 2 { history.noteLists(mentions, t, groups: box.x.coreference.groups) }
          }
          let group = topicAt.map { box.group(startingAt: $0, mentions, t) } ?? []
          history.record(
            mentions, topic: topic, group: group, kinds: matcher.actorKinds,
            isAside: { m in
              guard m.tokens.upperBound < t.count else { return false }
              let next = t[m.tokens.upperBound].lower
              return box.x.arguments.isSaid(next) || (m.form == .demonym && box.x.arguments.places.contains(next))
            }
          ) {
            box.holdsOffice($0, t)
          }
        }
        if !lastPairs.isEmpty {
          for (kind, at) in lastPairAt.all where number - at > Self.pairReach { lastPairs[kind] = nil }
        }
        let memberList = MemberList.mayHold(t, mentions, kinds: matcher.actorKinds)
        // ("Peru and Ecuador met in Lima." names no pattern, but the sides of talks.)
        if !pattern, !memberList, bits & Self.talksBit != 0, let at = topicAt,
          let sides = box.talkSides(at: at, mentions, t)
        {
          lastPairs["talks"] = sides
          lastPairAt["talks"] = number
        }
        // "North Korea fired an ICBM": the launcher a later "condemned the test" is against.
        if bits & Self.launchBit != 0, let at = topicAt, let actor = box.launcher(at: at, mentions, t) {
          lastPairs["launch"] = (actor, actor)
          lastPairAt["launch"] = number
        }
        guard pattern || memberList, !mentions.isEmpty || anaphor || !lastPairs.isEmpty else { continue }
        all.empty()
        all.append(contentsOf: mentions)
        dropModifiers(t, &all)
        let former =
          bits & Self.formerBit == 0
          ? [] : FormerHolders.mentions(t, all, words: arguments) { box.x.classes.is($0, WordClasses.determiner) }
        Self.drop(former, from: &all)
        let groups =
          bits & Self.groupBit == 0
          ? []
          : NonStateMembers.mentions(
            t, all, words: arguments, article: { $0 == box.x.words.the || $0 == box.x.words.a || $0 == box.x.words.an }
          ) { box.x.matcher.actorKinds[Int($0)] == .state }
        Self.drop(groups, from: &all)
        let venues = VenueNames.mentions(t, all, words: arguments)
        Self.drop(venues, from: &all)
        if anaphor {
          coreference.resolve(
            t, &all, history: history, kinds: matcher.actorKinds, ids: matcher.actors, classes: classes
          ) {
            box.isPrepositionalChain($0, t, $1)
          }
        }
        guard !all.isEmpty || !lastPairs.isEmpty else { continue }
        time.years(t, classes, into: &years)
        if !years.isEmpty,
          let (org, year) = foundings.founded(
            t, all, isOrganization: { box.x.matcher.actorKinds[Int($0)] == .organization },
            isBe: { box.x.classes.is($0, WordClasses.be) }), founded[org] == nil
        {
          founded[org] = year
        }
        relativeYears.add(t, base: narrativeYear, into: &years)
        let roles = SentenceRoles(
          x: box, p: p, t: t, mentions: all, questions: sentence.questionClauses, scratch: scratch)
        roles.lastOrganization = history.organization
        roles.previousTopic = history.sentences.last?.topic
        roles.lastPairs = lastPairs
        roles.hostilityAge = lastPairAt["hostility"].map { number - $0 }
        roles.sanctionAge = lastPairAt["sanction"].map { number - $0 }
        roles.launchAge = lastPairAt["launch"].map { number - $0 }
        roles.carriedYear = carried
        roles.leadYear = lead
        if tagger != nil { roles.tagging = memo }
        if let d = dependencies {
          roles.parsing = { d.parse(t.map { String(decoding: p[$0.bytes], as: UTF8.self) }, $0) }
        }
        // A document's title lists actors with commas too, in sentence case as well
        // ("Thailand, Cambodia agree to ceasefire").
        roles.headline = Headline.isHeadline(p, span.bytes) || (number == 0 && Headline.isTitleLine(p, span.bytes))
        if roles.headline { titles.insert(number) }
        var found = Self.mostSpecific(roles.relations(years: years, date: doc.document.date))
        // "Iran joined the group in 2023, and Belarus in 2024": a gapped clause repeats a
        // membership of the sentence's first actor for another, at its own year (only
        // membership: "attacked X in 2014 and Y in 2022" gaps the object instead).
        if !found.isEmpty, let (other, year) = Self.gapped(t, all, of: box.x.words.and, in: box.x.arguments.in),
          let first = all.first?.actor, other != first, let d = try? EntenteDate(year: year)
        {
          for f in found where f.source == first && f.target != other && f.kind == "membership" {
            found.append(
              .init(source: other, kind: f.kind, target: f.target, date: d, phase: f.phase, confidence: f.confidence))
          }
        }
        if !roles.unsidedMediators.isEmpty {
          let evidence = provenance(span, number)
          for m in roles.unsidedMediators { unsided.append((m.actor, m.date, evidence)) }
        }
        // The roles are done with the document's last pairs: dropping their copy lets the
        // update below change `lastPairs` in place instead of copying it (and freeing the
        // old list with the roles) for every sentence that found something.
        roles.lastPairs = KindMap()
        if memberList {
          let when = time.date(at: 0, t, years: years, document: doc.document.date)
          for (s, o) in MemberList.members(t, all, kinds: matcher.actorKinds, listWords: words.listGlue)
          where !found.contains(where: { $0.source == s && $0.kind == "membership" && $0.target == o }) {
            found.append(.init(source: s, kind: "membership", target: o, date: when, phase: .holds, confidence: 0.8))
          }
        }
        // "Israel and Hamas resumed negotiations": two coordinated sides opening a sentence
        // about talks are the sides a later "the talks were hosted by X" takes (`lastwar`
        // when no war was named).
        if bits & Self.talksBit != 0, let at = topicAt, let sides = box.talkSides(at: at, mentions, t) {
          lastPairs["talks"] = sides
          lastPairAt["talks"] = number
        }
        guard !found.isEmpty else { continue }
        for f in found where f.source != f.target && !f.joinsWar {
          lastPairs[f.kind] = (f.source, f.target)
          lastPairAt[f.kind] = number
          history.notePair(f.source, f.target)
        }
        let evidence = provenance(span, number)
        // One relation per (source, kind, target, date): a linear look at the few found before
        // (a sentence yields a handful), which hashes no kind name.
        for (n, f) in found.enumerated()
        where f.source != f.target
          && !found[..<n].contains(where: {
            $0.source != $0.target && $0.source == f.source && $0.kind == f.kind && $0.target == f.target
              && $0.date == f.date
          })
        {
          if years.isEmpty, f.kind == "membership", f.phase == .begins, foundings.mentionsFounding(t) {
            undatedFoundings.append(out.count)
          }
          out.append(
            CandidateRelation(
              document: doc.document.id, file: file, source: matcher.actors[Int(f.source)],
              target: matcher.actors[Int(f.target)], kind: f.kind, date: f.date, phase: f.phase,
              confidence: f.confidence, evidence: evidence))
        }
      }
      if !unsided.isEmpty {
        let sides = Self.sidesOfConflict(out)
        for m in unsided where !sides.isEmpty && !sides.contains(matcher.actors[Int(m.actor)]) {
          let source = matcher.actors[Int(m.actor)]
          for side in sides
          where !out.contains(where: { $0.source == source && $0.kind == "mediation" && $0.target == side }) {
            out.append(
              CandidateRelation(
                document: doc.document.id, file: file, source: source, target: side, kind: "mediation",
                date: m.date, phase: .holds, confidence: 0.6, evidence: m.evidence))
          }
        }
      }
      if !founded.isEmpty {
        Self.dateFoundings(
          &out, at: undatedFoundings, founded: founded, actors: matcher.actors, document: doc.document.date)
      }
      return titles.isEmpty ? out : Self.droppingRepeatedTitles(out, titles: titles)
    }
  }

  /// The sides of a document's conflict, for a mediator named with no sides.
  ///
  /// They are the two actors of the pair its hostility (counted twice), tension and
  /// sanction rows name most often, the first of equals. Only the one pair: when several
  /// states cut ties with one, gold readers name the bloc's leader as often as every member.
  ///
  /// - Complexity: O(*r*·*p*) for *r* relations and *p* distinct pairs.
  static func sidesOfConflict(_ out: [CandidateRelation]) -> [ActorID] {
    var pairs: [(ActorID, ActorID, Int)] = []
    for r in out where r.phase != .ends && r.source != r.target {
      let weight = r.kind == "hostility" ? 2 : r.kind == "tension" || r.kind == "sanction" ? 1 : 0
      guard weight > 0 else { continue }
      let (a, b) = r.source < r.target ? (r.source, r.target) : (r.target, r.source)
      if let i = pairs.firstIndex(where: { $0.0 == a && $0.1 == b }) {
        pairs[i].2 += weight
      } else {
        pairs.append((a, b, weight))
      }
    }
    // (The first of equals: `max(by:)` would return the last.)
    guard var top = pairs.first else { return [] }
    for p in pairs.dropFirst() where p.2 > top.2 { top = p }
    return [top.0, top.1]
  }

  /// Dates the memberships at `indices` (begun in sentences with no year) at their
  /// organization's founding year, when the document gives one not after its own date.
  ///
  /// - Complexity: O(*k* + *f*) for *k* indices and *f* founding years.
  static func dateFoundings(
    _ out: inout [CandidateRelation], at indices: [Int], founded: [Int32: Int], actors: [ActorID], document: EntenteDate
  ) {
    var years: [ActorID: Int] = [:]
    for (actor, year) in founded where year <= document.year { years[actors[Int(actor)]] = year }
    for i in indices {
      let r = out[i]
      guard let year = years[r.target], year != r.date.year, let date = try? EntenteDate(year: year) else { continue }
      out[i] = CandidateRelation(
        document: r.document, file: r.file, source: r.source, target: r.target, kind: r.kind, date: date,
        phase: r.phase, confidence: r.confidence, evidence: r.evidence)
    }
  }

  /// The relations without those of a title line that a sentence of the body states again.
  ///
  /// A headline drops words and dates ("Kenya Accuses Uganda Of Raids"): the body's
  /// sentence, with its year, is the relation's evidence, not a second relation.
  ///
  /// - Complexity: O(*r*·*t*) for *r* relations and *t* of them on title lines.
  static func droppingRepeatedTitles(_ out: [CandidateRelation], titles: Set<Int>) -> [CandidateRelation] {
    func same(_ a: CandidateRelation, _ b: CandidateRelation) -> Bool {
      a.kind == b.kind
        && ((a.source == b.source && a.target == b.target) || (a.source == b.target && a.target == b.source))
    }
    let body = out.filter { !titles.contains($0.evidence.sentence) }
    return out.filter { r in !titles.contains(r.evidence.sentence) || !body.contains { same($0, r) } }
  }

  /// The first year (1900-2100, before the document's own) in a document's first two sentences,
  /// unless the document's own year comes first.
  ///
  /// An article that opens "The 2023 summit ..." or "... signed on 18 June 2024" dates its
  /// undated past events and named relations by it, not by the day the page was saved.
  static func leadYear(_ p: UnsafeBufferPointer<UInt8>, _ spans: [Range<Int>], document: EntenteDate) -> Int? {
    func digit(_ i: Int) -> Bool { p[i] >= 48 && p[i] <= 57 }
    // A wire story's dateline ("NIAMEY, Jan 28 -") tells today's news: its years are background.
    if let first = spans.first, hasDateline(p, first) { return nil }
    for r in spans where r.count >= 4 {
      var i = r.lowerBound
      while i + 4 <= r.upperBound {
        if digit(i), digit(i + 1), digit(i + 2), digit(i + 3), i == r.lowerBound || !digit(i - 1) && p[i - 1] != 0x2E,
          i + 4 == r.upperBound || !digit(i + 4)
        {
          let y = Int(p[i] - 48) * 1000 + Int(p[i + 1] - 48) * 100 + Int(p[i + 2] - 48) * 10 + Int(p[i + 3] - 48)
          // A lead that writes the document's own year ("Since January 2019, ...") sets the
          // narrative in that year: a later, older year there is background, not the lead.
          if y >= document.year, y <= document.year + 1 { return nil }
          if y >= 1900, y < document.year, !Self.startsState(p, before: i, from: r.lowerBound),
            !Self.attributive(p, year: i, in: r)
          {
            return y
          }
          i += 4
        } else {
          i += 1
        }
      }
    }
    return nil
  }

  /// The byte after a wire dateline's dash, or nil.
  ///
  /// "ISLAMABAD - ", "KHARTOUM, March 3 (Reuters) - ": the place is where the story was
  /// filed, no actor of the first sentence. Nil when the sentence has no dateline
  /// (`hasDateline`) or no dash within 80 bytes.
  ///
  /// - Complexity: O(1) (at most 80 bytes looked at).
  static func datelineEnd(_ p: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Int? {
    guard hasDateline(p, span) else { return nil }
    var i = span.lowerBound + 3
    while i + 2 < span.upperBound, i - span.lowerBound < 80 {
      if p[i - 1] == 0x20, p[i] == 0x2D, p[i + 1] == 0x20 || p[i + 1] == 0x2D { return i + 1 }
      // An en or em dash (E2 80 93, E2 80 94).
      if p[i - 1] == 0x20, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x93 || p[i + 2] == 0x94 { return i + 3 }
      i += 1
    }
    return nil
  }

  /// Whether a sentence opens with a wire dateline: a place in capitals ("NIAMEY",
  /// "NEW DELHI", "PORT-AU-PRINCE", two joined by a slash: "MUSCAT/TEHRAN") of at least
  /// three letters, then a dash or a bracket
  /// ("BELGRADE - ", "KHARTOUM (Reuters) -"), or a comma and a month ("NIAMEY, Jan 28 -";
  /// "ECOWAS, the bloc, ..." is no dateline).
  ///
  /// - Complexity: O(1) (at most 48 bytes looked at).
  static func hasDateline(_ p: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Bool {
    func capital(_ i: Int) -> Bool { i < span.upperBound && p[i] >= 65 && p[i] <= 90 }
    var i = span.lowerBound
    var letters = 0
    while i < span.upperBound, i - span.lowerBound < 40 {
      let b = p[i]
      if capital(i) {
        letters += 1
      } else if b == 0x20 || b == 0x2D || b == 0x2F, letters > 0, capital(i + 1) {
        // "NEW DELHI", "PORT-AU-PRINCE", "MUSCAT/TEHRAN": the place goes on.
      } else {
        break
      }
      i += 1
    }
    guard letters >= 3, i + 2 < span.upperBound else { return false }
    if p[i] == 0x20, p[i + 1] == 0x2D || p[i + 1] == 0x28 || p[i + 1] == 0xE2 { return true }
    guard p[i] == 0x2C, p[i + 1] == 0x20, i + 5 < span.upperBound else { return false }
    let word = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 2)..<(i + 5)]), as: UTF8.self)
    return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].contains(word)
  }

  /// Whether one of the four words before byte `i` makes a year the start of a state that still holds
  /// ("since 1952", "from 2011", "began in 2011") or a compared one ("unlike in 2016"),
  /// not the date of the text's event; so does a "since" up to eight words before, in the
  /// same stretch between commas ("since the Taliban took power in 2021").
  static func startsState(_ p: UnsafeBufferPointer<UInt8>, before i: Int, from start: Int) -> Bool {
    let states: Set<String> = [
      "since", "from", "until", "began", "begun", "started", "established", "founded", "unlike", "than",
    ]
    var words: [String] = []
    var j = i - 1
    // (Four words: "down from a million in 2019" compares with the year; a "since" clause
    // reaches eight, within the stretch between commas: "the worst standoff since the
    // Taliban took power in 2021".)
    var stretch = 8
    while j >= start, words.count < 8 {
      while j >= start, !Self.isLetter(p[j]) {
        if p[j] == 0x2C { stretch = min(stretch, words.count) }
        j -= 1
      }
      var k = j
      while k >= start, Self.isLetter(p[k]) { k -= 1 }
      guard k < j else { break }
      words.append(String(decoding: UnsafeBufferPointer(rebasing: p[(k + 1)...j]), as: UTF8.self).lowercased())
      j = k
    }
    return words.prefix(4).contains { states.contains($0) } || words.prefix(stretch).contains("since")
  }

  static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

  /// Whether the year at byte `i` modifies a noun after "the" inside the sentence.
  ///
  /// "under the 1951 Mutual Defense Treaty", "since the 1994 bombing": it names a thing of
  /// that year, not the narrative's time. A sentence that opens with it ("The 2019 border
  /// skirmishes were ...") is about that year's event, and its year leads.
  ///
  /// - Complexity: O(1).
  static func attributive(_ p: UnsafeBufferPointer<UInt8>, year i: Int, in r: Range<Int>) -> Bool {
    guard i - 5 >= r.lowerBound, i + 5 < r.upperBound, p[i + 4] == 0x20, isLetter(p[i + 5]), p[i - 1] == 0x20,
      (p[i - 4] | 0x20) == 0x74, (p[i - 3] | 0x20) == 0x68, (p[i - 2] | 0x20) == 0x65, !isLetter(p[i - 5])
    else { return false }
    return true
  }

  /// Whether the bytes between two sentences hold an empty line.
  static func paragraphBreak(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    var newlines = 0
    for i in from..<to where p[i] == 0x0A {
      newlines += 1
      if newlines >= 2 { return true }
    }
    return false
  }

  /// The actor and year of a gapped clause that ends the sentence.
  ///
  /// "..., and Belarus in July 2024": an actor, "in", at most one word, a year, and
  /// nothing after.
  ///
  /// - Complexity: O(*m*) for *m* mentions.
  static func gapped(_ t: [Token], _ mentions: [ActorMatcher.Mention], of and: Int32, in inWord: Int32)
    -> (Int32, Int)?
  {
    guard let last = mentions.last, !last.tokens.isEmpty else { return nil }
    let s = last.tokens.lowerBound
    let e = last.tokens.upperBound
    guard s >= 1, t[s - 1].lower == and, e + 1 < t.count, t[e].lower == inWord, t.count - e <= 3,
      t[t.count - 1].year != 0, mentions.count >= 2
    else { return nil }
    return (last.actor, Int(t[t.count - 1].year))
  }

  /// Within one sentence, the more specific of two kinds for the same pair: arms supply or
  /// trade over a support given as a thing ("sent military aid to": one act, not two),
  /// hostility over tension (the verbal side of a fight).
  static func mostSpecific(_ found: [Found]) -> [Found] {
    guard found.count > 1 else { return found }
    func pair(_ f: Found) -> (Int32, Int32) { (min(f.source, f.target), max(f.source, f.target)) }
    return found.filter { f in
      switch f.kind {
      case "support":
        return !f.viaThing
          || !found.contains {
            ($0.kind == "arms_supply" || $0.kind == "trade") && $0.source == f.source && $0.target == f.target
          }
      case "tension": return !found.contains { $0.kind == "hostility" && !$0.alleged && pair($0) == pair(f) }
      default: return true
      }
    }
  }

  /// Drops mentions that only modify: a demonym right before another actor ("Lebanese
  /// Hezbollah" is Hezbollah), an actor after "anti-", "pro-" or "non-" ("anti-LNA
  /// forces" are not the LNA), and an abbreviation alone in brackets right after its actor's
  /// name ("the Rapid Support Forces (RSF) attacked X": one subject, not a bracketed one).
  func dropModifiers(_ t: [Token], _ mentions: inout [ActorMatcher.Mention]) {
    guard !mentions.isEmpty else { return }
    /// Whether mention `i` stands alone in brackets right after mention `i - 1` of the same actor
    /// (or is an abbreviation there).
    func bracketed(_ i: Int) -> Bool {
      guard i > 0 else { return false }
      let m = mentions[i]
      let before = mentions[i - 1]
      let s = m.tokens.lowerBound
      guard s == before.tokens.upperBound, s > 0, !m.tokens.isEmpty, t[s].clause != t[s - 1].clause,
        m.actor == before.actor || m.form == .abbreviation
      else { return false }
      let e = m.tokens.upperBound
      return e == t.count || t[e].clause == t[s - 1].clause
    }
    /// Whether mention `i` is the state or region "of" which an armed group's description
    /// speaks: a group's name, at most two words, a group noun, "of", the place.
    func groupsState(_ i: Int) -> Bool {
      let s = mentions[i].tokens.lowerBound
      guard i > 0, s >= 3, t[s - 1].lower == words.of, words.groupHeads.contains(t[s - 2].lower),
        matcher.actorKinds[Int(mentions[i].actor)] != .group
      else { return false }
      // (The group noun may close the group's own name: "the Houthi movement of Yemen".)
      let g = mentions[i - 1]
      return matcher.actorKinds[Int(g.actor)] == .group && !g.possessive && s - 2 - g.tokens.upperBound <= 2
        && g.tokens.upperBound <= s - 1
    }
    // "Ukraine's security council": a body named after a state's possessive is the state's
    // organ, not the body the words also name (the UN's, or another state's); so is an office
    // held at a body ("Russia's UN ambassador").
    func ownedOrgan(_ i: Int) -> Bool {
      guard i > 0 else { return false }
      let owner = mentions[i - 1]
      return owner.possessive && owner.tokens.upperBound == mentions[i].tokens.lowerBound
        && matcher.actorKinds[Int(owner.actor)] == .state && owner.actor != mentions[i].actor
        // (Only an organ every state may have, or another state's: "Russia's Council of Europe
        // membership", "Oman's Gulf Cooperation Council" name the bodies.)
        && (mentions[i].tokens.contains { words.organs.contains(t[$0].lower) }
          && (matcher.actorKinds[Int(mentions[i].actor)] == .state
            || mentions[i].tokens.contains { t[$0].lower == words.security })
          // ("Russia's UN ambassador": the state's envoy to the body.)
          || (mentions[i].tokens.upperBound < t.count
            && arguments.offices.contains(t[mentions[i].tokens.upperBound].lower)))
    }
    /// Whether mention `i` is a demonym between "former" and a noun for the states a union
    /// left ("four other former Soviet states"): no actor of its own.
    func successorsOf(_ i: Int) -> Bool {
      let m = mentions[i]
      let s = m.tokens.lowerBound
      let e = m.tokens.upperBound
      return m.form == .demonym && s > 0 && e < t.count && arguments.former.contains(t[s - 1].lower)
        && arguments.successorNouns.contains(t[e].lower)
    }
    // Most sentences have nothing to drop: look before allocating.
    var any = false
    for (i, m) in mentions.enumerated() {
      let s = m.tokens.lowerBound
      if (s > 0 && t[s].gap & Gap.joined != 0) || successorsOf(i)
        || (m.form == .demonym && i + 1 < mentions.count && mentions[i + 1].tokens.lowerBound == m.tokens.upperBound)
        || bracketed(i) || groupsState(i) || ownedOrgan(i)
      {
        any = true
        break
      }
    }
    guard any else { return }
    var keep = [Bool](repeating: true, count: mentions.count)
    for (i, m) in mentions.enumerated() {
      let s = m.tokens.lowerBound
      if s > 0, t[s].gap & Gap.joined != 0, words.negativePrefixes.contains(t[s - 1].lower) { keep[i] = false }
      // (The name's mention takes the brackets in: "the A (AA) and the B (BB)" stays a list.)
      if groupsState(i) || ownedOrgan(i) || successorsOf(i) { keep[i] = false }
      if bracketed(i) {
        keep[i] = false
        mentions[i - 1].tokens = mentions[i - 1].tokens.lowerBound..<m.tokens.upperBound
        mentions[i - 1].possessive = m.possessive
      }
      if m.form == .demonym, i + 1 < mentions.count, mentions[i + 1].tokens.lowerBound == m.tokens.upperBound,
        t[m.tokens.upperBound].gap == 0, mentions[i + 1].form != .demonym, !m.possessive
      {
        keep[i] = false
      }
    }
    guard keep.contains(false) else { return }
    mentions = zip(mentions, keep).filter(\.1).map(\.0)
  }

  /// Removes the mentions at `indices` (ascending) from `mentions`, keeping the others in order.
  ///
  /// - Complexity: O(*m*) for *m* mentions; nothing when `indices` is empty.
  static func drop(_ indices: [Int], from mentions: inout [ActorMatcher.Mention]) {
    guard !indices.isEmpty else { return }
    var next = 0
    var kept = 0
    for i in mentions.indices {
      while next < indices.count && indices[next] < i { next += 1 }
      if next < indices.count && indices[next] == i { continue }
      mentions[kept] = mentions[i]
      kept += 1
    }
    mentions.removeLast(mentions.count - kept)
  }

  /// The extractor behind a reference, for the per-sentence stages.
  final class Box: Sendable {
    let x: RelationExtractor
    init(_ x: RelationExtractor) { self.x = x }
  }

  struct Found {
    let source: Int32
    let kind: String
    let target: Int32
    let date: EntenteDate
    let phase: Phase
    let confidence: Double
    /// Whether the pattern needed a thing class ("provided support to").
    var viaThing = false
    /// Whether the target is the side fought in the document's last hostility (`lastfoe`):
    /// a contribution to that war, which leaves its sides as they were.
    var joinsWar = false
    /// Whether an accusation alleges the act ("accused X of shooting down a drone"): it
    /// leaves the accusation's own tension in place.
    var alleged = false
  }
}

extension RelationExtractor.Box {
  // Methods of the box, not of the extractor: calling a method of `x` from a sentence's
  // roles copied the whole extractor (a large struct) to the stack for every call, and
  // calling a method of one of its tables through `box.x` copied that table (retaining its
  // arrays); here `x` is read in place.

  /// The tagger's part of speech of word `k` (nil: no tagger): `PartOfSpeechTagger.tag`.
  func tag<W: RandomAccessCollection>(
    _ text: UnsafeBufferPointer<UInt8>, words: W, at k: Int, first: Bool, memo: TaggerMemo
  ) -> UniversalTag? where W.Element == Range<Int> {
    x.tagger?.tag(text, words: words, at: k, first: first, memo: memo)
  }

  /// The coordinated actors starting at mention `m`: `CoordinatedGroup.starting`.
  func group(startingAt m: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> [Int32] {
    x.coreference.groups.starting(at: m, mentions, t)
  }

  /// Whether mention `m` names the state of an office holder: `Coreference.holdsOffice`.
  func holdsOffice(_ m: ActorMatcher.Mention, _ t: [Token]) -> Bool { x.coreference.holdsOffice(m, t) }

  /// The sides of talks a sentence about talks or a meeting names: two coordinated actors
  /// that open it ("A and B resumed negotiations", "A and B met"), or its topic and the
  /// actor it meets ("A's president met B's"), or nil.
  ///
  /// - Complexity: O(*m*) in the sentence's mentions.
  func talkSides(at m: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> (Int32, Int32)? {
    let sides = group(startingAt: m, mentions, t)
    if sides.count == 2, sides[0] != sides[1] { return (sides[0], sides[1]) }
    if sides.isEmpty, let other = metActor(after: m, mentions, t), other != mentions[m].actor {
      return (mentions[m].actor, other)
    }
    return nil
  }

  /// The actor a topic meets: "meet"/"met" within three words after the topic's mention
  /// ("Peru's president met"), then the first mention within four words after it ("met
  /// his Ecuadorian counterpart"), with no preposition before it ("met reporters in Lima")
  /// and, for an adjective, an office or envoy after it ("met Chinese investors": none),
  /// or nil.
  ///
  /// - Complexity: O(1) words and O(*m*) in the sentence's mentions.
  func metActor(after m: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> Int32? {
    let end = mentions[m].tokens.upperBound
    guard let v = (end..<min(t.count, end + 3)).first(where: { x.arguments.meetVerbs.contains(t[$0].lower) }),
      !((end..<v).contains { t[$0].gap & Gap.comma != 0 }),
      let next = mentions.first(where: { $0.tokens.lowerBound > v }), next.tokens.lowerBound - v <= 4,
      !((v..<next.tokens.lowerBound).contains { t[$0].gap & Gap.comma != 0 }),
      // (Not a venue: "met reporters in Lima".)
      !(((v + 1)..<next.tokens.lowerBound).contains { x.classes.is(t[$0].lower, WordClasses.preposition) })
    else { return nil }
    // An adjective names a side only before an office ("his Ecuadorian counterpart", not
    // "Chinese investors").
    if next.form == .demonym {
      let after = next.tokens.upperBound
      guard after < t.count, x.arguments.envoys.contains(t[after].lower) || x.arguments.offices.contains(t[after].lower)
      else { return nil }
    }
    return next.actor
  }

  /// The actor that fires or tests a weapon with no target: the topic, a verb of firing or
  /// testing within three words after it ("North Korea fired", "Iran has tested"), and a
  /// weapon within six words after the verb ("an intercontinental ballistic missile",
  /// "a nuclear device"), with no comma between; nil otherwise.
  ///
  /// - Complexity: O(1) words.
  func launcher(at m: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token]) -> Int32? {
    let end = mentions[m].tokens.upperBound
    guard mentions[m].form != .demonym,
      let v = (end..<min(t.count, end + 3)).first(where: { x.arguments.launchVerbs.contains(t[$0].lower) }),
      !((end...v).contains { t[$0].gap & Gap.comma != 0 }),
      let w = ((v + 1)..<min(t.count, v + 7)).first(where: { x.arguments.launchedWeapons.contains(t[$0].lower) }),
      !(((v + 1)...w).contains { t[$0].gap & Gap.comma != 0 }),
      !mentions.contains(where: { $0.tokens.lowerBound > v && $0.tokens.lowerBound < w })
    else { return nil }
    return mentions[m].actor
  }

  /// The sentence's topic: its first mention that is neither the object of a preposition
  /// nor coordinated after one ("established by China, Kazakhstan and Russia" has none).
  func topicIndex(_ t: [Token], _ mentions: [ActorMatcher.Mention]) -> Int? {
    mentions.indices.first { !isPrepositionalChain($0, t, mentions) }
  }

  /// Whether mention `m` is the object of a preposition other than "of", or coordinated
  /// after one ("from Qatar and Turkey": both).
  func isPrepositionalChain(_ m: Int, _ t: [Token], _ mentions: [ActorMatcher.Mention]) -> Bool {
    var i = m
    while i >= 0 {
      if isPrepositional(i, t, mentions) { return true }
      guard i > 0 else { return false }
      let from = mentions[i - 1].tokens.upperBound
      let to = mentions[i].tokens.lowerBound
      guard from <= to, to - from <= 2,
        t[from..<to].allSatisfy({ $0.lower == x.words.and || $0.lower == x.words.or || $0.lower == x.words.the }),
        to > from || (to < t.count && t[to].gap & Gap.comma != 0)
      else { return false }
      i -= 1
    }
    return false
  }

  /// Whether mention `m` is the object of a preposition other than "of" ("in Syria"), and
  /// not the state of a government phrase ("the junta in Mali" acts as Mali) nor the one
  /// forces are loyal to ("forces loyal to X" act as X; `ArgumentWords.givesAllegiance`).
  func isPrepositional(_ m: Int, _ t: [Token], _ mentions: [ActorMatcher.Mention]) -> Bool {
    var k = mentions[m].tokens.lowerBound - 1
    // Determiners and up to two lower-case words of no class ("in western Libya") may stand between.
    var unknown = 0
    while k >= 0, t[k + 1].gap & Gap.comma == 0 {
      if x.classes.is(t[k].lower, WordClasses.determiner) && t[k].lower != 0 {
        k -= 1
      } else if x.classes[t[k].lower] == 0, !x.index.isHead(t[k].lower), !t[k].capital, t[k].year == 0, unknown < 2 {
        unknown += 1
        k -= 1
      } else {
        break
      }
    }
    // "Two years before, Togo sued Ghana": a comma after the word ends it as a preposition.
    guard k >= 0, t[k + 1].gap & Gap.comma == 0, x.classes.is(t[k].lower, WordClasses.preposition),
      t[k].lower != x.words.of
    else { return false }
    // "forces loyal to Haftar" are Haftar's ("affiliated with", "envoys from" likewise).
    if x.arguments.givesAllegiance(t, at: k) { return false }
    // "the military regimes in Mali", "the authorities in Niger": a state's rulers act as it.
    return !(k > 0 && t[k].lower == x.arguments.in && x.arguments.governments.contains(t[k - 1].lower))
  }
}
