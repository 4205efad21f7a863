import Entente

/// A `PatternTable` compiled to the word ids of a `Lexicon`: every inflected form of every
/// head lemma points at its patterns, so finding the patterns a sentence may hold is one
/// array lookup per word.
struct PatternIndex: Sendable {
  /// A pattern that a word form may start, with the forms that word is of that lemma.
  struct Start: Sendable {
    let pattern: Int32
    let form: WordForm
  }

  let patterns: [PatternTable.Pattern]
  /// The fields `SentenceRoles.relations` reads of each pattern, behind one reference:
  /// reading one per occurrence retains one object instead of copying the pattern (its six
  /// strings and arrays retained and released).
  let entries: [Entry]

  /// A pattern's kind, roles and phase, shared by reference.
  final class Entry: Sendable {
    let kind: String
    let agent: [PatternTable.Role]
    let patient: [PatternTable.Role]
    let phase: Phase
    /// Whether the kind is hostility, tested per occurrence without a string comparison.
    let hostile: Bool
    /// Whether the kind is mediation, alliance, tension or membership, and whether it is
    /// arms supply or trade (`made`): the kinds `relations` tests, compared once here.
    let mediation: Bool, alliance: Bool, tension: Bool, membership: Bool, made: Bool
    /// Whether the kind is support.
    let support: Bool
    /// Whether a plain "will" announces the act rather than predicting it: arms supply,
    /// support, sanctions and mediation, the acts a government announces before it does them.
    let pledged: Bool
    /// Whether the head lemma is "have", which must be the main verb, not a perfect's
    /// auxiliary ("has troops in X", not "has massed troops in X").
    let possessing: Bool

    init(_ p: PatternTable.Pattern) {
      kind = p.kind
      hostile = p.kind == "hostility"
      mediation = p.kind == "mediation"
      alliance = p.kind == "alliance"
      tension = p.kind == "tension"
      membership = p.kind == "membership"
      support = p.kind == "support"
      made = p.kind == "arms_supply" || p.kind == "trade"
      pledged = ["arms_supply", "support", "sanction", "mediation"].contains(p.kind)
      possessing = p.lemmas.first == "have"
      agent = p.agent
      patient = p.patient
      phase = p.phase
    }
  }
  /// Starts of word `id`: `starts[first[id]..<first[id + 1]]`.
  private var starts: [Start] = []
  private var first: [Int32] = []
  /// The word ids of the forms of each pattern's following lemmas.
  let follow: [[[Int32]]]
  /// Per pattern, whether each following lemma was written `~lemma`: it may stand farther
  /// on, past a noun phrase's modifiers (`SentenceRoles.following`).
  let followFar: [[Bool]]
  /// The id of each pattern's thing class (-1: none).
  let thingClass: [Int]
  /// Noun-class bits by word id: word `id`'s bits are `classBits[id * classWords ..<
  /// (id + 1) * classWords]`, bit `n % 64` of word `n / 64` for class `n`, so any number of
  /// classes (a `--lexicon` file adds its own) keeps one bit each.
  private var classBits: [UInt64] = []
  private let classWords: Int
  let classNames: [String]
  /// The indices of the classes the rules' code names (-1: none), found once: looking a
  /// name up compares strings.
  let targetClass: Int, operationClass: Int, actClass: Int, equipmentClass: Int, pactClass: Int, accordClass: Int,
    forceClass: Int,
    conductClass: Int, sanctionClass: Int, peaceClass: Int, ceasefireClass: Int, commodityClass: Int, bodyClass: Int
  /// Word ids of the prepositions the patterns' roles name.
  let prepositions: [String: Int32]
  /// Per pattern, the word id of each agent and patient role that is a preposition (else 0).
  let agentWords: [[Int32]]
  let patientWords: [[Int32]]
  /// Per pattern, whether its kind is undirected, and the actor kinds its kind's target
  /// may have (empty: any): read per occurrence without hashing the kind's name.
  let undirected: [Bool]
  let targetKinds: [[Actor.Kind]]

  /// Compiles `table`, interning the forms of its lemmas into `lexicon`.
  init(_ table: PatternTable, vocabulary: RelationVocabulary, into lexicon: inout Lexicon) {
    patterns = table.patterns
    entries = table.patterns.map(Entry.init)
    undirected = table.patterns.map { vocabulary[$0.kind]?.direction == .undirected }
    targetKinds = table.patterns.map { vocabulary[$0.kind]?.targetKinds ?? [] }
    let classNames = table.classes.keys.sorted()
    self.classNames = classNames
    var byID: [Int32: [Start]] = [:]
    var follow: [[[Int32]]] = []
    // A lemma `@name` stands for every lemma of noun class `name` ("@strained tie").
    func lemmas(_ written: String) -> [String] {
      let lemma = PatternTable.nearLemma(written)
      return lemma.count > 1 && lemma.hasPrefix("@") ? table.classes[String(lemma.dropFirst())] ?? [] : [lemma]
    }
    for (k, p) in table.patterns.enumerated() {
      var seen = Set<[Int32]>()
      for head in lemmas(p.lemmas[0]) {
        let forms =
          p.pos == .verb || p.pos == .compound
          ? Inflection.verbForms(head)
          : p.pos == .noun ? Inflection.nounForms(head) : [(head, WordForm.base)]
        for (word, form) in forms where p.pos != .compound || form.contains(.participle) || form.contains(.gerund) {
          let id = lexicon.intern(word)
          // A form two lemmas of a class share starts the pattern once ("fought" stays both
          // a past and a participle).
          guard seen.insert([id, Int32(form.rawValue)]).inserted else { continue }
          byID[id, default: []].append(Start(pattern: Int32(k), form: form))
        }
      }
      follow.append(
        p.lemmas.dropFirst().map { lemma in
          Set(
            lemmas(lemma).flatMap { Inflection.verbForms($0) + Inflection.nounForms($0) }.map { lexicon.intern($0.0) }
          ).sorted()
        })
    }
    var preps: [String: Int32] = [:]
    for p in table.patterns {
      for r in p.agent + p.patient {
        switch r {
        case .preposition(let w), .statePreposition(let w): preps[w] = lexicon.intern(w)
        default: break
        }
      }
    }
    prepositions = preps
    func ids(_ roles: [PatternTable.Role]) -> [Int32] {
      roles.map {
        switch $0 {
        case .preposition(let w), .statePreposition(let w): return preps[w] ?? 0
        default: return 0
        }
      }
    }
    agentWords = table.patterns.map { ids($0.agent) }
    patientWords = table.patterns.map { ids($0.patient) }
    let classWords = max(1, (classNames.count + 63) / 64)
    var bits: [Int32: [UInt64]] = [:]
    for (n, name) in classNames.enumerated() {
      for lemma in table.classes[name] ?? [] {
        for (word, _) in Inflection.nounForms(lemma) {
          bits[lexicon.intern(word), default: [UInt64](repeating: 0, count: classWords)][n / 64] |= 1 << UInt64(n % 64)
        }
      }
    }
    self.follow = follow
    followFar = table.patterns.map { p in p.lemmas.dropFirst().map { $0.count > 1 && $0.hasPrefix("~") } }
    thingClass = table.patterns.map { p in p.thing.flatMap { classNames.firstIndex(of: $0) } ?? -1 }
    var classBits = [UInt64](repeating: 0, count: lexicon.count * classWords)
    for (id, b) in bits {
      for w in 0..<classWords { classBits[Int(id) * classWords + w] = b[w] }
    }
    self.classBits = classBits
    self.classWords = classWords
    targetClass = classNames.firstIndex(of: "target") ?? -1
    operationClass = classNames.firstIndex(of: "operation") ?? -1
    actClass = classNames.firstIndex(of: "act") ?? -1
    equipmentClass = classNames.firstIndex(of: "equipment") ?? -1
    pactClass = classNames.firstIndex(of: "pact") ?? -1
    accordClass = classNames.firstIndex(of: "accord") ?? -1
    forceClass = classNames.firstIndex(of: "force") ?? -1
    conductClass = classNames.firstIndex(of: "conduct") ?? -1
    sanctionClass = classNames.firstIndex(of: "sanction") ?? -1
    peaceClass = classNames.firstIndex(of: "peace") ?? -1
    ceasefireClass = classNames.firstIndex(of: "ceasefire") ?? -1
    commodityClass = classNames.firstIndex(of: "commodity") ?? -1
    bodyClass = classNames.firstIndex(of: "body") ?? -1
    for id in 0..<lexicon.count {
      first.append(Int32(starts.count))
      starts += byID[Int32(id)] ?? []
    }
    first.append(Int32(starts.count))
  }

  /// Whether word `id` is a form of some pattern's head lemma.
  @inline(__always) func isHead(_ id: Int32) -> Bool {
    Int(id) + 1 < first.count && first[Int(id)] != first[Int(id) + 1]
  }

  /// The patterns word `id` may start.
  @inline(__always) func starts(_ id: Int32) -> ArraySlice<Start> {
    guard Int(id) + 1 < first.count else { return [] }
    return starts[Int(first[Int(id)])..<Int(first[Int(id) + 1])]
  }

  /// Whether word `id` is a noun of class `n`.
  @inline(__always) func isClass(_ id: Int32, _ n: Int) -> Bool {
    let i = Int(id) * classWords + n / 64
    return n >= 0 && i < classBits.count && classBits[i] & (1 << UInt64(n % 64)) != 0
  }

  /// Whether word `id` is a noun of any class.
  @inline(__always) func isAnyClass(_ id: Int32) -> Bool {
    let i = Int(id) * classWords
    guard i + classWords <= classBits.count else { return false }
    for w in 0..<classWords where classBits[i + w] != 0 { return true }
    return false
  }

  /// The index of noun class `name`, or -1.
  func classIndex(_ name: String) -> Int { classNames.firstIndex(of: name) ?? -1 }
}
