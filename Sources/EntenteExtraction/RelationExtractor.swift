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
/// within three words before it (`not`, `no`, `never`, `nor`, `without`, `n't`). Time: the
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

  /// Creates an extractor from a gazetteer and the default (or given) triggers.
  public init(gazetteer: Gazetteer, triggers: TriggerTable? = nil) throws(EntenteError) {
    matcher = ActorMatcher(gazetteer: gazetteer)
    vocabulary = try RelationVocabulary.standard()
    if let triggers { self.triggers = triggers } else { self.triggers = try TriggerTable.standard(vocabulary: vocabulary) }
  }

  /// The most actors one coordination (`A, B and C`) contributes: bounds the output of
  /// a sentence that lists thousands of names.
  static let maximumChain = 12

  static let hedges: Set<String> = ["would", "will", "may", "might", "could", "should", "if", "unless", "whether"]
  static let negations: Set<String> = ["not", "no", "never", "nor", "without"]
  static let ending: Set<String> = ["withdrew", "left", "quit", "froze", "frozen", "suspended", "ended", "leaving", "withdrawing"]

  /// Context carried from sentence to sentence in one document.
  struct Context {
    var lastSubject: ActorID?
    /// The first actor named in the previous sentence (its topic).
    var previousTopic: ActorID?
    /// The last pair named as the sides of a conflict.
    var lastPair: (ActorID, ActorID)?
    var recent: [ActorID] = []
    var lastOrganization: ActorID?
  }

  /// The relations of one document, in sentence order, one per (source, kind, target, date, sentence).
  public func extract(_ doc: DocumentSource) -> [CandidateRelation] {
    var out: [CandidateRelation] = []
    var context = Context()
    let file = ((doc.document.path ?? doc.document.id) as NSString).lastPathComponent
    for sentence in splitter.split(doc.text) {
      let found = extract(sentence, doc: doc, context: &context)
      guard !found.isEmpty else { continue }
      let shifted = (sentence.characters.lowerBound + doc.offset)..<(sentence.characters.upperBound + doc.offset)
      let evidence = Provenance(document: doc.document.id, sentence: sentence.index, characters: shifted, sha256: Evidence.sha256(sentence.text))
      // One relation per (source, kind, target, date) within a sentence.
      var seen = Set<String>()
      for (s, k, t, date, phase, confidence) in found where s != t && seen.insert("\(s)|\(k)|\(t)|\(date)").inserted {
        out.append(CandidateRelation(document: doc.document.id, file: file, source: s, target: t, kind: k, date: date, phase: phase, confidence: confidence, evidence: evidence))
      }
    }
    return out
  }

  typealias Found = (ActorID, String, ActorID, EntenteDate, Phase, Double)

  func extract(_ sentence: Sentence, doc: DocumentSource, context: inout Context) -> [Found] {
    let text = sentence.text
    let words = ActorMatcher.words(text)
    let lower = words.map { $0.text.lowercased() }
    let mentions = matcher.mentions(words: words, lower: lower, at: doc.document.date)
    let topic = context.previousTopic
    var sentenceSubject: [Int] = []
    defer {
      context.previousTopic = mentions.first?.actor
      for m in mentions {
        context.recent.removeAll { $0 == m.actor }
        context.recent.append(m.actor)
        if matcher.gazetteer.kinds[m.actor] == .organization { context.lastOrganization = m.actor }
      }
    }
    // Clause of each character: ";" and ":" start a new clause; a bracketed aside is a
    // clause of its own, after which the outer clause resumes.
    let scalars = Array(text.unicodeScalars)
    var clauseAt = [Int](repeating: 0, count: scalars.count + 1)
    var current = 0, next = 1
    var outer: [Int] = []
    for (i, c) in scalars.enumerated() {
      if c == ";" || c == ":" {
        current = next
        next += 1
      } else if c == "(" {
        outer.append(current)
        current = next
        next += 1
      } else if c == ")" {
        current = outer.popLast() ?? current
      }
      clauseAt[i] = current
    }
    func clause(_ offset: Int) -> Int { clauseAt[min(offset, scalars.count)] }
    let wordClause = words.map { clause($0.characters.lowerBound) }
    // Clauses that ask: the clause of each "?".
    let questions = Set(scalars.indices.filter { scalars[$0] == "?" }.map { clause($0) })
    let mentionClause = mentions.map { clause($0.characters.lowerBound) }
    // Years written in the sentence, with their word positions.
    var years: [(Int, Int)] = []
    for (i, w) in lower.enumerated() where w.count == 4 {
      // "unlike in 2016", "than in 2016": a comparison, not the statement's time.
      if lower[max(0, i - 2)..<i].contains(where: { $0 == "unlike" || $0 == "than" }) { continue }
      if let y = Int(w), (1900...2100).contains(y) { years.append((i, y)) }
    }
    func date(near position: Int) -> EntenteDate {
      guard let nearest = years.min(by: { abs($0.0 - position) < abs($1.0 - position) }) else { return doc.document.date }
      return (try? EntenteDate(year: nearest.1)) ?? doc.document.date
    }

    var used = [Bool](repeating: false, count: words.count)
    var found: [Found] = []
    // Where triggers start, so an object is never looked for beyond another trigger.
    let triggerAt = (0..<words.count).map { triggers.match(lower, at: $0) }
    let triggerStart = triggerAt.map { $0 != nil }
    // Mentions already taken as objects, suppliers or organizations: not subjects later.
    var consumed = Set<Int>()
    let coordinators: Set<String> = ["and", "or", "as", "well", "the"]
    /// Whether mentions a and b (a before b) are joined by nothing but coordination.
    func coordinated(_ a: Int, _ b: Int) -> Bool {
      lower[mentions[a].words.upperBound..<mentions[b].words.lowerBound].allSatisfy { coordinators.contains($0) }
    }
    /// The first mention after the trigger (at most 3 words on) and those coordinated with it.
    func objectChain(_ after: [Int], from end: Int) -> [Int] {
      // Words of a bracketed aside do not count toward the distance.
      guard let first = after.first, end <= mentions[first].words.lowerBound,
        (end..<mentions[first].words.lowerBound).filter({ wordClause[$0] == wordClause[max(0, end - 1)] }).count <= 3,
        !(end..<mentions[first].words.lowerBound).contains(where: { triggerStart[$0] })
      else { return [] }
      var chain = [first]
      for m in after.dropFirst() {
        guard chain.count < Self.maximumChain, let last = chain.last, coordinated(last, m) else { break }
        chain.append(m)
      }
      return chain
    }
    /// The subject before the trigger: after a pronoun, the sentence's first actor;
    /// else the nearest mention not yet consumed, with those coordinated with it.
    func subjectChain(_ before: [Int], at start: Int) -> [Int] {
      let pronouns: Set<String> = ["it", "they", "he", "she"]
      if lower[max(0, start - 3)..<start].contains(where: { pronouns.contains($0) }), let first = mentions.indices.first, mentions[first].words.upperBound <= start {
        return [first]
      }
      guard let nearest = before.last(where: { !consumed.contains($0) }) else { return [] }
      var chain = [nearest]
      for m in before.reversed() where m < nearest {
        guard chain.count < Self.maximumChain, let head = chain.first, coordinated(m, head), !consumed.contains(m) else { break }
        chain.insert(m, at: 0)
      }
      return chain
    }
    var i = 0
    while i < words.count {
      guard !used[i], let t = triggerAt[i] else {
        i += 1
        continue
      }
      let end = i + t.words.count
      for k in i..<end { used[k] = true }
      defer { i = end }
      // Negation within three words before.
      if lower[max(0, i - 3)..<i].contains(where: { Self.negations.contains($0) || $0.hasSuffix("n't") }) { continue }
      let c = wordClause[i]
      // Conditionals and predictions in the trigger's clause ("even if" concedes, it does not suppose).
      let clauseWords = lower.indices.filter { wordClause[$0] == c }
      let hedged = clauseWords.contains { k in
        (Self.hedges.contains(lower[k]) && !(lower[k] == "if" && k > 0 && lower[k - 1] == "even"))
          || (lower[k] == "expected" && k + 1 < lower.count && lower[k + 1] == "to")
      }
      if hedged || questions.contains(c) { continue }
      let before = mentions.indices.filter { mentions[$0].words.upperBound <= i && mentionClause[$0] == c }
      let after = mentions.indices.filter { mentions[$0].words.lowerBound >= end && mentionClause[$0] == c }
      let when = date(near: i)
      var phase = t.phase
      if lower[max(0, i - 4)..<i].contains(where: { Self.ending.contains($0) }) { phase = .ends }
      func objects() -> [Int] {
        let chain = objectChain(after, from: end)
        chain.forEach { consumed.insert($0) }
        return chain
      }
      switch t.frame {
      case .svo, .nominal:
        var subjects = subjectChain(before, at: i)
        // ", and annexed ...": a coordinated verb keeps the sentence's subject.
        if lower[max(0, i - 2)..<i].contains("and"), !sentenceSubject.isEmpty { subjects = sentenceSubject }
        if t.frame == .nominal {
          // The agent of a nominalization: a possessive ("Russia's invasion of") or an
          // adjective ("the Russian invasion of") right before it.
          guard let p = before.last(where: { (mentions[$0].possessive && i - mentions[$0].words.upperBound <= 2)
            || (mentions[$0].form == .demonym && mentions[$0].words.upperBound == i) }) else { continue }
          subjects = [p]
        }
        var targets = objects().map { mentions[$0].actor }
        var actors = subjects.map { mentions[$0].actor }
        var confidence = 0.9
        // "both", "the two": the last two actors named before; a missing subject is the
        // previous sentence's topic.
        if targets.isEmpty, end < lower.count, lower[end] == "both" || (lower[end] == "the" && end + 1 < lower.count && lower[end + 1] == "two") {
          targets = Array(context.recent.suffix(2))
          if actors.isEmpty, let topic { actors = [topic] }
          confidence = 0.6
        }
        if !subjects.isEmpty { sentenceSubject = subjects }
        for s in unique(actors) {
          for o in unique(targets) where o != s { found.append((s, t.kind, o, when, phase, confidence)) }
          context.lastSubject = s
        }
      case .passive:
        guard let patient = subjectChain(before, at: i).last.map({ mentions[$0].actor }) else { continue }
        for agent in objects().map({ mentions[$0].actor }) where agent != patient { found.append((agent, t.kind, patient, when, phase, 0.9)) }
      case .between:
        // Two or more actors right before the phrase ("an Armenian-Azerbaijani war",
        // "ARM + AZ clashes"), or after "between" ("war between A and B").
        var sides: [Int] = []
        if let last = before.last, mentions[last].words.upperBound == i {
          sides = [last]
          for m in before.reversed() where m < last {
            guard sides.count < Self.maximumChain, let head = sides.first, coordinated(m, head) else { break }
            sides.insert(m, at: 0)
          }
        }
        if sides.count < 2, end < lower.count, lower[end] == "between" {
          sides = objectChain(after, from: end + 1)
        }
        let actors = unique(sides.map { mentions[$0].actor }).filter { matcher.gazetteer.kinds[$0] != .organization }
        guard actors.count >= 2 else {
          // "hostilities", "the war" with no sides named: the last conflict pair named in
          // the document, when the sentence names no one else next to it.
          if t.kind == "hostility", sides.isEmpty, let (a, b) = context.lastPair {
            found.append((a, t.kind, b, when, phase, 0.6))
          }
          continue
        }
        if t.kind == "hostility", actors.count == 2 { context.lastPair = (actors[0], actors[1]) }
        for a in 0..<actors.count { for b in (a + 1)..<actors.count { found.append((actors[a], t.kind, actors[b], when, phase, 0.8)) } }
      case .supplied:
        // Actor adjectives right before the phrase (coordinated with "and") supply it.
        var suppliers: [ActorID] = []
        var k = i
        for m in before.reversed() {
          let gap = lower[mentions[m].words.upperBound..<k]
          guard gap.allSatisfy({ ["and", "or", "the"].contains($0) }), mentions[m].form == .demonym else { break }
          suppliers.append(mentions[m].actor)
          k = mentions[m].words.lowerBound
        }
        guard !suppliers.isEmpty else { continue }
        for m in before where mentions[m].words.lowerBound >= k { consumed.insert(m) }
        let supplierStart = k
        // Recipients: the clause's subjects (the first mentions, coordinated), else the context.
        var recipients: [ActorID] = []
        for m in before where mentions[m].words.upperBound <= supplierStart && mentions[m].form != .demonym {
          recipients.append(mentions[m].actor)
          let next = mentions[m].words.upperBound
          if next < lower.count, !["and", "or"].contains(lower[next]) { break }
        }
        for s in unique(suppliers) { for r in unique(recipients) where r != s { found.append((s, t.kind, r, when, phase, 0.85)) } }
      case .membership:
        let orgs = (before.suffix(1) + after.prefix(1)).map { mentions[$0].actor }.filter { matcher.gazetteer.kinds[$0] == .organization }
        guard let org = orgs.first else { continue }
        let members = before.map { mentions[$0].actor }.filter { $0 != org && matcher.gazetteer.kinds[$0] != .organization }
        guard let member = members.last else { continue }
        found.append((member, "membership", org, when, phase, 0.85))
      case .appositive:
        // "X, a O member": the organization right before "member", the actor before the comma.
        guard let o = before.last, mentions[o].words.upperBound == i, matcher.gazetteer.kinds[mentions[o].actor] == .organization,
          mentions[o].words.lowerBound > 0, ["a", "an"].contains(lower[mentions[o].words.lowerBound - 1])
        else { continue }
        let commaBefore = text.unicodeScalars.prefix(mentions[o].characters.lowerBound).lastIndex(of: ",")
        guard commaBefore != nil, let m = before.dropLast().last else { continue }
        consumed.insert(o)
        found.append((mentions[m].actor, "membership", mentions[o].actor, when, phase, 0.85))
      case .cochair:
        let chairs = before.filter { mentions[$0].form == .demonym || mentions[$0].form == .abbreviation }.map { mentions[$0].actor }
        guard let org = context.lastOrganization ?? mentions.first(where: { matcher.gazetteer.kinds[$0.actor] == .organization })?.actor else { continue }
        for chair in unique(chairs) { found.append((chair, "membership", org, when, phase, 0.8)) }
      }
    }
    return found
  }

  func unique(_ list: [ActorID]) -> [ActorID] {
    var seen = Set<ActorID>()
    return list.filter { seen.insert($0).inserted }
  }
}
