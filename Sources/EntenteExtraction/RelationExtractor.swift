import Entente
import Foundation

/// Reads documents and proposes relations, each with the sentence it comes from.
///
/// For every sentence: actor mentions (`ActorMatcher`), the triggers of the trigger
/// table (longest phrase first), and each trigger's frame within its clause (clauses
/// end at `;` and `:`; a bracketed aside is a clause of its own). Modes: a clause that
/// asks (holds a `?`) yields nothing; a trigger whose clause supposes (`if`, `unless`,
/// `whether`; "even if" concedes and does not count) or predicts (`would`, `will`,
/// `may`, `might`, `could`, `should`, `expected to`) is dropped, and so is one negated
/// within three words before it (`not`, `no`, `never`, `nor`, `without`, `n't` or `n’t`). Time: the
/// year written nearest the trigger in the sentence (`in 2016`, `April 2016`,
/// `(07/2024)`; not one compared with: "unlike in 2016"), else the document's date. A missing object
/// written "both" or "the two" comes from the context (for
/// "both" and "the two" the last two actors named). Subjects are the nearest actor
/// before the trigger not already taken as another verb's object, with those
/// coordinated with it (`France and the US`); after a pronoun (`it killed`), the
/// sentence's first actor. Objects are the first actor after the trigger (at most three
/// words on) and those coordinated with it.
public struct RelationExtractor: Sendable {
  let matcher: ActorMatcher
  let triggers: TriggerTable
  let vocabulary: RelationVocabulary
  let splitter = SentenceSplitter()
  /// The matcher's lexicons extended by the triggers' and the rules' words.
  let lower: Lexicon
  let exact: Lexicon
  let compiled: TriggerTable.Compiled
  let words: RuleWords

  /// Creates an extractor from a gazetteer and the default (or given) triggers.
  public init(gazetteer: Gazetteer, triggers: TriggerTable? = nil) throws(EntenteError) {
    matcher = ActorMatcher(gazetteer: gazetteer)
    vocabulary = try RelationVocabulary.standard()
    if let triggers { self.triggers = triggers } else { self.triggers = try TriggerTable.standard(vocabulary: vocabulary) }
    var lower = matcher.lower
    compiled = self.triggers.compiled(into: &lower)
    words = RuleWords(&lower)
    self.lower = lower
    exact = matcher.exact
  }

  /// The most actors one coordination (`A, B and C`) contributes: bounds the output of
  /// a sentence that lists thousands of names.
  static let maximumChain = 12

  /// The words the rules look for, by id, with a class mask per id.
  struct RuleWords: Sendable {
    static let coordinator: UInt8 = 1, negation: UInt8 = 2, hedge: UInt8 = 4, ending: UInt8 = 8, pronoun: UInt8 = 16, comparison: UInt8 = 32, thing: UInt8 = 64
    static let classes: [(UInt8, [String])] = [
      (coordinator, ["and", "or", "as", "well", "the"]),
      (negation, ["not", "no", "never", "nor", "without"]),
      (hedge, ["would", "will", "may", "might", "could", "should", "if", "unless", "whether"]),
      (ending, ["withdrew", "left", "quit", "froze", "frozen", "suspended", "ended", "leaving", "withdrawing"]),
      (pronoun, ["it", "they", "he", "she"]),
      (comparison, ["unlike", "than"]),
      // After an actor adjective: things made there, not the actor ("Iranian-made drones").
      (thing, ["made", "built", "produced", "designed", "manufactured"]),
    ]
    let and, or, the, both, two, between, a, an, even, if_, expected, to: Int32
    private let mask: [UInt8]

    init(_ lexicon: inout Lexicon) {
      var m: [Int32: UInt8] = [:]
      for (bit, list) in Self.classes { for w in list { m[lexicon.intern(w), default: 0] |= bit } }
      and = lexicon.intern("and")
      or = lexicon.intern("or")
      the = lexicon.intern("the")
      both = lexicon.intern("both")
      two = lexicon.intern("two")
      between = lexicon.intern("between")
      a = lexicon.intern("a")
      an = lexicon.intern("an")
      even = lexicon.intern("even")
      if_ = lexicon.intern("if")
      expected = lexicon.intern("expected")
      to = lexicon.intern("to")
      var mask = [UInt8](repeating: 0, count: lexicon.count)
      for (id, bits) in m { mask[Int(id)] = bits }
      self.mask = mask
    }

    /// Whether word `id` is of class `bit`.
    @inline(__always) func `is`(_ id: Int32, _ bit: UInt8) -> Bool { Int(id) < mask.count && mask[Int(id)] & bit != 0 }
  }

  /// Context carried from sentence to sentence in one document (actors by index).
  struct Context {
    /// The first actor named in the previous sentence (its topic).
    var previousTopic: Int32?
    /// The last pair named as the sides of a conflict.
    var lastPair: (Int32, Int32)?
    /// The last two distinct actors named, the latest last.
    var recent: [Int32] = []
    var lastOrganization: Int32?

    mutating func named(_ a: Int32) {
      recent.removeAll { $0 == a }
      recent.append(a)
      if recent.count > 2 { recent.removeFirst() }
    }
  }

  /// Buffers reused from sentence to sentence.
  struct Scratch {
    var sentence = TokenizedSentence()
    var mentions: [ActorMatcher.Mention] = []
    var triggerAt: [Int32] = []
    var hedgedClause: [Bool] = []
    var years: [(Int, Int)] = []
    var consumed: [Bool] = []
    var found: [Found] = []
    var before: [Int] = [], after: [Int] = []
    var subjects: [Int] = [], objects: [Int] = [], sentenceSubject: [Int] = []
    var sources: [Int32] = [], targets: [Int32] = []
  }

  /// The relations of one document, in sentence order, one per (source, kind, target, date, sentence).
  ///
  /// - Complexity: O(*n*) in the document's length for the scanning; rules cost
  ///   O(*m*) per trigger for *m* actors named in its sentence.
  public func extract(_ doc: DocumentSource) -> [CandidateRelation] {
    var text = doc.text
    let file = PathText.lastComponent(doc.document.path ?? doc.document.id)
    return text.withUTF8 { p in
      var out: [CandidateRelation] = []
      var context = Context()
      var scratch = Scratch()
      for (index, span) in splitter.spans(p).enumerated() {
        scratch.sentence.scan(p, span.bytes, lower: lower, exact: exact)
        let found = extract(&scratch, date: doc.document.date, context: &context)
        guard !found.isEmpty else { continue }
        let shifted = (span.characters.lowerBound + doc.offset)..<(span.characters.upperBound + doc.offset)
        let evidence = Provenance(document: doc.document.id, sentence: index, characters: shifted, sha256: Evidence.sha256(UnsafeBufferPointer(rebasing: p[span.bytes])))
        // One relation per (source, kind, target, date) within a sentence (few, so a
        // linear search unless the sentence yields many).
        var seen = Set<Key>()
        for (k, f) in found.enumerated() where f.source != f.target {
          let duplicate: Bool
          if found.count <= 16 {
            duplicate = found[..<k].contains { $0.source == f.source && $0.target == f.target && $0.kind == f.kind && $0.date == f.date }
          } else {
            duplicate = !seen.insert(Key(source: f.source, kind: f.kind, target: f.target, date: f.date)).inserted
          }
          guard !duplicate else { continue }
          out.append(
            CandidateRelation(
              document: doc.document.id, file: file, source: matcher.actors[Int(f.source)], target: matcher.actors[Int(f.target)], kind: f.kind, date: f.date, phase: f.phase,
              confidence: f.confidence, evidence: evidence))
        }
      }
      return out
    }
  }

  struct Key: Hashable {
    let source: Int32
    let kind: String
    let target: Int32
    let date: EntenteDate
  }

  struct Found {
    let source: Int32
    let kind: String
    let target: Int32
    let date: EntenteDate
    let phase: Phase
    let confidence: Double
  }

  func extract(_ scratch: inout Scratch, date documentDate: EntenteDate, context: inout Context) -> [Found] {
    let sentence = scratch.sentence
    let t = sentence.tokens
    let W = words
    scratch.mentions.empty()
    matcher.mentions(t, at: documentDate, into: &scratch.mentions)
    let mentions = scratch.mentions
    let kinds = matcher.actorKinds
    let topic = context.previousTopic
    defer {
      context.previousTopic = mentions.first?.actor
      for m in mentions {
        context.named(m.actor)
        if kinds[Int(m.actor)] == .organization { context.lastOrganization = m.actor }
      }
    }
    scratch.triggerAt.empty()
    var any = false
    for k in t.indices {
      let trigger = compiled.match(t, at: k)
      scratch.triggerAt.append(trigger)
      if trigger >= 0 { any = true }
    }
    guard any else { return [] }
    let triggerAt = scratch.triggerAt

    // Clauses that suppose or predict.
    scratch.hedgedClause.empty()
    scratch.hedgedClause.append(contentsOf: repeatElement(false, count: Int(sentence.clauseCount)))
    for k in t.indices {
      let w = t[k].lower
      if (W.is(w, RuleWords.hedge) && !(w == W.if_ && k > 0 && t[k - 1].lower == W.even)) || (w == W.expected && k + 1 < t.count && t[k + 1].lower == W.to) {
        scratch.hedgedClause[Int(t[k].clause)] = true
      }
    }
    let hedgedClause = scratch.hedgedClause
    // Years written in the sentence, with their word positions.
    scratch.years.empty()
    for (i, w) in t.enumerated() where w.year != 0 {
      // "unlike in 2016", "than in 2016": a comparison, not the statement's time.
      if t[max(0, i - 2)..<i].contains(where: { W.is($0.lower, RuleWords.comparison) }) { continue }
      scratch.years.append((i, Int(w.year)))
    }
    let years = scratch.years
    func date(near position: Int) -> EntenteDate {
      guard let nearest = years.min(by: { abs($0.0 - position) < abs($1.0 - position) }) else { return documentDate }
      return (try? EntenteDate(year: nearest.1)) ?? documentDate
    }
    func clause(ofMention m: Int) -> Int32 { t[mentions[m].tokens.lowerBound].clause }

    // Buffers moved out of the scratch space and back, so a sentence allocates nothing
    // once the first few have sized them.
    var found = Self.take(&scratch.found)
    var consumed = Self.take(&scratch.consumed)
    var before = Self.take(&scratch.before), after = Self.take(&scratch.after)
    var subjects = Self.take(&scratch.subjects), objects = Self.take(&scratch.objects)
    var sources = Self.take(&scratch.sources), targets = Self.take(&scratch.targets)
    var sentenceSubject = Self.take(&scratch.sentenceSubject)
    defer {
      scratch.found = found
      scratch.consumed = consumed
      scratch.before = before
      scratch.after = after
      scratch.subjects = subjects
      scratch.objects = objects
      scratch.sources = sources
      scratch.targets = targets
      scratch.sentenceSubject = sentenceSubject
    }
    // Mentions already taken as objects, suppliers or organizations: not subjects later.
    consumed.append(contentsOf: repeatElement(false, count: mentions.count))
    /// Whether mentions a and b (a before b) are joined by nothing but coordination.
    func coordinated(_ a: Int, _ b: Int) -> Bool {
      t[mentions[a].tokens.upperBound..<mentions[b].tokens.lowerBound].allSatisfy { W.is($0.lower, RuleWords.coordinator) }
    }
    /// The first mention after the trigger (at most 3 words on) and those coordinated with it.
    func objectChain(from end: Int, into chain: inout [Int]) {
      chain.empty()
      guard let first = after.first, end <= mentions[first].tokens.lowerBound else { return }
      // Words of a bracketed aside do not count toward the distance.
      var distance = 0
      for k in end..<mentions[first].tokens.lowerBound {
        if triggerAt[k] >= 0 { return }
        if t[k].clause == t[max(0, end - 1)].clause { distance += 1 }
      }
      guard distance <= 3 else { return }
      // "downed Iranian-made drones": the drones were hit, not Iran.
      let next = mentions[first].tokens.upperBound
      if mentions[first].form == .demonym, next < t.count, W.is(t[next].lower, RuleWords.thing) { return }
      chain.append(first)
      for m in after.dropFirst() {
        guard chain.count < Self.maximumChain, let last = chain.last, coordinated(last, m) else { break }
        chain.append(m)
      }
    }
    /// The subject before the trigger: after a pronoun, the sentence's first actor;
    /// else the nearest mention not yet consumed, with those coordinated with it.
    func subjectChain(at start: Int, into chain: inout [Int]) {
      chain.empty()
      if t[max(0, start - 3)..<start].contains(where: { W.is($0.lower, RuleWords.pronoun) }), !mentions.isEmpty, mentions[0].tokens.upperBound <= start {
        chain.append(0)
        return
      }
      guard let nearest = before.last(where: { !consumed[$0] }) else { return }
      chain.append(nearest)
      for m in before.reversed() where m < nearest {
        guard chain.count < Self.maximumChain, let head = chain.first, coordinated(m, head), !consumed[m] else { break }
        chain.insert(m, at: 0)
      }
    }
    /// The relations from each distinct source to each distinct other target.
    func pairs(_ kind: String, _ when: EntenteDate, _ phase: Phase, _ confidence: Double) {
      for (a, s) in sources.enumerated() where !sources[..<a].contains(s) {
        for (b, o) in targets.enumerated() where o != s && !targets[..<b].contains(o) {
          found.append(Found(source: s, kind: kind, target: o, date: when, phase: phase, confidence: confidence))
        }
      }
    }
    var i = 0
    while i < t.count {
      guard triggerAt[i] >= 0 else {
        i += 1
        continue
      }
      let trigger = triggers.triggers[Int(triggerAt[i])]
      // Triggers do not overlap: the next one is looked for after this one's words.
      let end = i + trigger.words.count
      defer { i = end }
      // Negation within three words before.
      if t[max(0, i - 3)..<i].contains(where: { W.is($0.lower, RuleWords.negation) || $0.negative }) { continue }
      let c = t[i].clause
      // Conditionals and predictions in the trigger's clause ("even if" concedes, it does not suppose).
      if hedgedClause[Int(c)] || sentence.questionClauses.contains(c) { continue }
      before.empty()
      after.empty()
      for m in mentions.indices where clause(ofMention: m) == c {
        if mentions[m].tokens.upperBound <= i { before.append(m) }
        if mentions[m].tokens.lowerBound >= end { after.append(m) }
      }
      let when = date(near: i)
      var phase = trigger.phase
      if t[max(0, i - 4)..<i].contains(where: { W.is($0.lower, RuleWords.ending) }) { phase = .ends }
      func add(_ s: Int32, _ kind: String, _ o: Int32, _ confidence: Double) {
        found.append(Found(source: s, kind: kind, target: o, date: when, phase: phase, confidence: confidence))
      }
      /// The object chain, marked consumed.
      func takeObjects() {
        objectChain(from: end, into: &objects)
        for m in objects { consumed[m] = true }
      }
      switch trigger.frame {
      case .svo, .nominal:
        subjectChain(at: i, into: &subjects)
        // ", and annexed ...": a coordinated verb keeps the sentence's subject.
        if t[max(0, i - 2)..<i].contains(where: { $0.lower == W.and }), !sentenceSubject.isEmpty {
          subjects.empty()
          subjects.append(contentsOf: sentenceSubject)
        }
        if trigger.frame == .nominal {
          // The agent of a nominalization: a possessive ("Russia's invasion of") or an
          // adjective ("the Russian invasion of") right before it.
          guard let p = before.last(where: { (mentions[$0].possessive && i - mentions[$0].tokens.upperBound <= 2)
            || (mentions[$0].form == .demonym && mentions[$0].tokens.upperBound == i) }) else { continue }
          subjects.empty()
          subjects.append(p)
        }
        takeObjects()
        targets.empty()
        for m in objects { targets.append(mentions[m].actor) }
        sources.empty()
        for m in subjects { sources.append(mentions[m].actor) }
        var confidence = 0.9
        // "both", "the two": the last two actors named before; a missing subject is the
        // previous sentence's topic.
        if targets.isEmpty, end < t.count, t[end].lower == W.both || (t[end].lower == W.the && end + 1 < t.count && t[end + 1].lower == W.two) {
          targets.append(contentsOf: context.recent)
          if sources.isEmpty, let topic { sources.append(topic) }
          confidence = 0.6
        }
        if !subjects.isEmpty {
          sentenceSubject.empty()
          sentenceSubject.append(contentsOf: subjects)
        }
        pairs(trigger.kind, when, phase, confidence)
      case .passive:
        subjectChain(at: i, into: &subjects)
        guard let patient = subjects.last.map({ mentions[$0].actor }) else { continue }
        takeObjects()
        for m in objects where mentions[m].actor != patient { add(mentions[m].actor, trigger.kind, patient, 0.9) }
      case .between:
        // Two or more actors right before the phrase ("an Armenian-Azerbaijani war",
        // "ARM + AZ clashes"), or after "between" ("war between A and B").
        var sides = Self.take(&subjects)
        defer { subjects = sides }
        if let last = before.last, mentions[last].tokens.upperBound == i {
          sides.append(last)
          for m in before.reversed() where m < last {
            guard sides.count < Self.maximumChain, let head = sides.first, coordinated(m, head) else { break }
            sides.insert(m, at: 0)
          }
        }
        if sides.count < 2, end < t.count, t[end].lower == W.between {
          objectChain(from: end + 1, into: &sides)
        }
        sources.empty()
        for m in sides where kinds[Int(mentions[m].actor)] != .organization && !sources.contains(mentions[m].actor) { sources.append(mentions[m].actor) }
        guard sources.count >= 2 else {
          // "hostilities", "the war" with no sides named: the last conflict pair named in
          // the document, when the sentence names no one else next to it.
          if trigger.kind == "hostility", sides.isEmpty, let (a, b) = context.lastPair { add(a, trigger.kind, b, 0.6) }
          continue
        }
        if trigger.kind == "hostility", sources.count == 2 { context.lastPair = (sources[0], sources[1]) }
        for a in 0..<sources.count { for b in (a + 1)..<sources.count { add(sources[a], trigger.kind, sources[b], 0.8) } }
      case .supplied:
        // Actor adjectives right before the phrase (coordinated with "and") supply it.
        sources.empty()
        var k = i
        for m in before.reversed() {
          let gap = t[mentions[m].tokens.upperBound..<k]
          guard gap.allSatisfy({ $0.lower == W.and || $0.lower == W.or || $0.lower == W.the }), mentions[m].form == .demonym else { break }
          sources.append(mentions[m].actor)
          k = mentions[m].tokens.lowerBound
        }
        guard !sources.isEmpty else { continue }
        for m in before where mentions[m].tokens.lowerBound >= k { consumed[m] = true }
        let supplierStart = k
        // Recipients: the clause's subjects (the first mentions, coordinated), else the context.
        targets.empty()
        for m in before where mentions[m].tokens.upperBound <= supplierStart && mentions[m].form != .demonym {
          targets.append(mentions[m].actor)
          let next = mentions[m].tokens.upperBound
          if next < t.count, t[next].lower != W.and && t[next].lower != W.or { break }
        }
        // Weapons a verb of attack acts on were not supplied to its subject ("Kyiv shot
        // down Iranian drones").
        if let first = before.first, mentions[first].tokens.upperBound < supplierStart, (mentions[first].tokens.upperBound..<supplierStart).contains(where: { k in
          triggerAt[k] >= 0 && isAttack(triggers.triggers[Int(triggerAt[k])])
        }) { continue }
        pairs(trigger.kind, when, phase, 0.85)
      case .with:
        // "X supplied Y with weapons": one of the phrases with these head words whose
        // tail ("with", then the thing given within three words) follows the object.
        objectChain(from: end, into: &objects)
        guard let last = objects.last else { continue }
        let after = mentions[last].tokens.upperBound
        let first = Int(t[i].lower)
        let given = compiled.byFirst[Int(compiled.firstStart[first])..<Int(compiled.firstStart[first + 1])].first { c in
          let other = triggers.triggers[Int(c)]
          guard other.frame == .with, other.words == trigger.words else { return false }
          let tail = compiled.tails[Int(c)]
          guard after < t.count, tail[0] == -1 || t[after].lower == tail[0] else { return false }
          return (after + 1..<min(t.count, after + 4)).contains { s in
            s + tail.count - 1 <= t.count && (1..<tail.count).allSatisfy { tail[$0] == -1 || t[s + $0 - 1].lower == tail[$0] }
          }
        }
        guard let given else { continue }
        subjectChain(at: i, into: &subjects)
        for m in objects { consumed[m] = true }
        sources.empty()
        for m in subjects { sources.append(mentions[m].actor) }
        targets.empty()
        for m in objects { targets.append(mentions[m].actor) }
        pairs(triggers.triggers[Int(given)].kind, when, phase, 0.85)
      case .mutual:
        // "A clashed with B", or with no object "A and B clashed": among the subjects.
        subjectChain(at: i, into: &subjects)
        takeObjects()
        sources.empty()
        for m in subjects where !sources.contains(mentions[m].actor) { sources.append(mentions[m].actor) }
        targets.empty()
        for m in objects { targets.append(mentions[m].actor) }
        if !targets.isEmpty {
          pairs(trigger.kind, when, phase, 0.85)
        } else if sources.count >= 2 {
          for a in 0..<sources.count { for b in (a + 1)..<sources.count { add(sources[a], trigger.kind, sources[b], 0.8) } }
        }
      case .membership:
        let org = [before.last, after.first].lazy.compactMap { $0 }.map { mentions[$0].actor }.first { kinds[Int($0)] == .organization }
        guard let org else { continue }
        guard let member = before.lazy.map({ mentions[$0].actor }).last(where: { $0 != org && kinds[Int($0)] != .organization }) else { continue }
        add(member, "membership", org, 0.85)
      case .appositive:
        // "X, a O member": the organization right before "member", the actor before the comma.
        guard let o = before.last, mentions[o].tokens.upperBound == i, kinds[Int(mentions[o].actor)] == .organization,
          mentions[o].tokens.lowerBound > 0, t[mentions[o].tokens.lowerBound - 1].lower == W.a || t[mentions[o].tokens.lowerBound - 1].lower == W.an
        else { continue }
        guard sentence.firstComma < t[mentions[o].tokens.lowerBound].characters.lowerBound, let m = before.dropLast().last else { continue }
        consumed[o] = true
        add(mentions[m].actor, "membership", mentions[o].actor, 0.85)
      case .cochair:
        guard let org = context.lastOrganization ?? mentions.first(where: { kinds[Int($0.actor)] == .organization })?.actor else { continue }
        sources.empty()
        for m in before where mentions[m].form == .demonym || mentions[m].form == .abbreviation { sources.append(mentions[m].actor) }
        for (a, chair) in sources.enumerated() where !sources[..<a].contains(chair) { add(chair, "membership", org, 0.8) }
      }
    }
    return found
  }

  /// Whether a trigger is a verb of attack or hostility done to its object.
  func isAttack(_ t: TriggerTable.Trigger) -> Bool {
    (t.kind == "hostility" || t.kind == "tension") && (t.frame == .svo || t.frame == .passive || t.frame == .mutual)
  }

  /// An emptied buffer, taken from `buffer` with its capacity.
  @inline(__always) static func take<T>(_ buffer: inout [T]) -> [T] {
    var out: [T] = []
    swap(&out, &buffer)
    out.empty()
    return out
  }
}
