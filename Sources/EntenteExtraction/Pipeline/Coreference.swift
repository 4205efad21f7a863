import Entente

/// Resolves pronouns, definite descriptions and bare titles to actors named before.
///
/// The rule (one salience order for every anaphor):
/// 1. Pronouns (`it`, `its`, `they`, `their`, `them`, `he`, `she`, `his`, `her`) look first
///    in their own sentence: the leftmost compatible actor before them that is not the
///    object of a preposition (the clause's subject).
/// 2. Then the topics of the preceding sentences, nearest first (up to three back): a
///    sentence's topic is its first actor not inside a prepositional phrase. Descriptions
///    ("the country", "the bloc") start here: within their own sentence they name someone
///    else ("Russia attacked the country").
///    A possessive in a reason phrase right after a later actor of its sentence is that
///    actor's ("suspended aid to Y over its support for Z", "thanked Y for its help"), and
///    one after "in" that follows a support noun's "for"/"to" actor is the one backed
///    ("support for Y's army in its war").
///    Before the topics, a description takes the actor the document called by its head
///    within four sentences ("X is a confederation formed by ..." then "the confederation").
/// 3. Then the other actors of the last two sentences, latest first.
/// A candidate must be compatible: `it`/`its` a state, organization or group; `they`/
/// `their` a group, organization or state; "the country", "the junta"... a state; "the
/// kingdom", "the emirate", "the island" a monarchy, emirate or island state of a short
/// list (`kingdoms`, `emirates`, `islands`); "the bloc", "the alliance", "the organization",
/// "the forum" an organization;
/// "the group", "the militia", "the rebels", "these factions" a group (then an organization, but never after
/// "paramilitary", "armed", "rebel"...: "the paramilitary group" is no UN body); `he`, `she`
/// and bare titles ("the president", "the foreign minister") the actor of the last person
/// named. "The latter" and "the former" take the second and first of the last two actors
/// named; "both sides", "the two countries" the last two ("the two leaders": the actors of
/// the last two people named); "the three countries", "all four states" the coordination
/// of that many that the previous sentence opens with, else the latest list of that many
/// named in the last three sentences; "the juntas", "the neighbours" (a plural pair head
/// right after "the", no count) the coordination of two or more the previous sentence
/// opens with. First-person pronouns (`we`, `our`,
/// `us`, `I`) are the speaker's: the actor a speech verb of their sentence attributes the
/// words to ("\"We condemn the strikes,\" Turkey's foreign minister said", "said the
/// German chancellor", "Iran said: ..."), else nothing. No compatible antecedent: nothing.
struct Coreference: Sendable {
  /// What an anaphor may refer to.
  enum Want: UInt8, Sendable {
    case thing, plural, state, organization, group, person, latter, former, pair
    /// A state of a given form: "the kingdom", "the emirate", "the island".
    case kingdom, emirate, island
  }

  /// Anaphor heads by word id, a table read for every word without hashing.
  ///
  /// Per id what the head wants (its raw value plus one; 0: no anaphor head) and, in bit 7,
  /// whether it needs "the" before it.
  private var wants: [UInt8] = []
  let the: Int32, two: Int32, both: Int32, a: Int32, an: Int32, all: Int32
  /// "former": "the two former Soviet republics" (the adjective after it names no actor).
  let former: Int32
  /// Number words of three and more ("the three countries", "all four states"): how many.
  private var counts: [Int32: Int] = [:]
  /// "them": an object, never its own clause's coordinated subject taken back whole.
  let them: Int32
  /// `it`: an object after a verb, like `them` (`isObjectPronoun`).
  let it: Int32
  /// Office words such as president and minister, whose holder `he` takes back.
  private let offices: WordSet
  /// Office words and nouns of a state's organs ("Turkish officials" then "their": Turkey).
  let speakers: WordSet
  private let formerWords: WordSet
  /// "these", "those": a description after them takes back like one after "the".
  private let demonstratives: WordSet
  private let of: Int32
  private let possessives: WordSet
  /// "his", "her": before a state's description, the state of the person named last ("X's
  /// foreign minister said his government would ...").
  private let personPossessives: WordSet
  /// Verbs that report another's act ("said", "accused", "warned"): "X said Y attacked its
  /// troops", "X accused Y of shelling its towns": the possessive after the reported act is X's.
  private let reporting: WordSet
  /// `that` ("said that Y ...").
  private let that: Int32
  /// Adjectives and heads that make a description an armed group, never an organization
  /// ("the paramilitary group", "the militias").
  private let armed: WordSet
  /// Region words that may stand capitalized in a description of a state ("the Gulf
  /// state", "the West African nation", "the Central Asian country"): the phrase names
  /// no actor of its own.
  private let regions: WordSet
  /// `regionStates` by the region's word ids.
  private var regionIDs: [[Int32]: Set<String>] = [:]
  private var peoplePair: WordSet = []
  private var statePair: WordSet = []
  /// Coordinations a plural pronoun takes back whole.
  let groups: CoordinatedGroup
  /// First-person pronouns, the speaker's (`speaker`).
  private let firstPerson: WordSet
  /// `our`, the possessive among them.
  private let our: Int32
  /// `and` (no verb of a series).
  private let and: Int32
  /// Prepositions of direction after which a possessive is the subject's ("to its list").
  private let towards: WordSet
  /// "for", "to": the beneficiary of support before "in its war" (`beneficiary`).
  private let beneficiaries: WordSet
  /// Nouns of support before "for"/"to" ("support", "backing", "aid").
  private let backing: WordSet
  /// `in`.
  private let `in`: Int32
  /// "over", "for": a reason phrase after an object ("suspended aid to Y over its support").
  private let reasons: WordSet
  /// `from`.
  private let from: Int32
  /// Verbs that attribute words to a speaker ("said", "told", "added").
  private let speech: WordSet

  static let heads: [(Want, Bool, String)] = [
    (.thing, false, "it its"),
    (.plural, false, "they them their"),
    (.person, false, "he she his her him"),
    (.state, true, "country nation republic regime junta government state"),
    (.kingdom, true, "kingdom"),
    (.emirate, true, "emirate"),
    (.island, true, "island"),
    (.organization, true, "bloc alliance organization organisation union league body grouping forum confederation"),
    (.group, true, "group militia rebels movement insurgents militants faction factions groups militias"),
    (.person, true, "president minister chancellor premier king emir leader"),
    (.latter, true, "latter"),
    (.former, true, "former"),
  ]
  /// Catalogue ids of the states "the kingdom" may take back: the monarchies news calls so.
  static let kingdoms: Set<String> = [
    "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA", "KHM", "BTN", "LSO",
    "SWZ", "TON",
  ]
  /// Catalogue ids of the states "the emirate" may take back.
  static let emirates: Set<String> = ["QAT", "KWT", "ARE"]
  /// Catalogue ids of the island states "the island" may take back.
  static let islands: Set<String> = [
    "TWN", "CYP", "CUB", "LKA", "MDG", "ISL", "IRL", "JAM", "MLT", "HTI", "DOM", "SGP", "TLS", "FJI", "PNG",
    "SLB", "VUT", "WSM", "KIR", "MHL", "FSM", "PLW", "TUV", "NRU", "MUS", "SYC", "COM", "CPV", "STP", "BRB",
    "TTO", "BHS", "GRD", "LCA", "VCT", "ATG", "DMA", "KNA", "BHR", "JPN", "NZL", "PHL", "GBR",
  ]
  /// The states a region's description may take back ("the Nordic country": one of these),
  /// by the region's words as written after "the"; a region not listed constrains nothing.
  static let regionStates: [String: [String]] = [
    "nordic": ["SWE", "NOR", "DNK", "FIN", "ISL"],
    "scandinavian": ["SWE", "NOR", "DNK"],
    "baltic": ["EST", "LVA", "LTU"],
    "gulf": ["SAU", "ARE", "QAT", "KWT", "BHR", "OMN"],
    "balkan": ["SRB", "HRV", "BIH", "MNE", "MKD", "ALB", "XKX", "SVN", "BGR", "ROU", "GRC"],
    "caucasus": ["ARM", "AZE", "GEO"],
    "caucasian": ["ARM", "AZE", "GEO"],
    "sahel": ["MLI", "BFA", "NER", "TCD", "MRT"],
    "sahelian": ["MLI", "BFA", "NER", "TCD", "MRT"],
    "horn": ["ETH", "ERI", "SOM", "DJI"],
    "central asian": ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
    "west african": [
      "NGA", "GHA", "SEN", "MLI", "BFA", "NER", "CIV", "GIN", "GNB", "SLE", "LBR", "TGO", "BEN", "GMB", "CPV", "MRT",
    ],
    "east african": ["KEN", "UGA", "TZA", "RWA", "BDI", "SSD", "ETH", "SOM", "DJI", "ERI"],
    "southern african": ["ZAF", "NAM", "BWA", "ZWE", "ZMB", "MOZ", "MWI", "AGO", "LSO", "SWZ"],
    "central african": ["CAF", "TCD", "CMR", "GAB", "COG", "COD", "GNQ", "RWA", "BDI"],
    "north african": ["EGY", "LBY", "TUN", "DZA", "MAR"],
    "southeast asian": ["IDN", "MYS", "SGP", "THA", "VNM", "PHL", "KHM", "LAO", "MMR", "BRN", "TLS"],
    "south asian": ["IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG"],
    "andean": ["BOL", "PER", "ECU", "COL", "CHL", "VEN"],
    "south american": ["ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN"],
    "latin american": [
      "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "PRY", "PER", "URY", "VEN", "MEX", "GTM", "HND", "SLV", "NIC", "CRI",
      "PAN", "CUB", "DOM", "HTI",
    ],
    "central american": ["GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN"],
  ]
  /// See `regions`.
  static let regionWords =
    "gulf west east north south central southeast southern northern eastern western african asian european american arab baltic balkan nordic scandinavian caucasus caucasian andean caribbean latin middle sahel sahelian horn pacific mediterranean himalayan alpine persian oil-rich landlocked"
  static let reportingWords =
    "say says said claim claims claimed allege alleges alleged report reports reported accuse accuses accused charge charges charged warn warns warned"
  static let speechWords =
    "say says said tell tells told add adds added state states stated declare declares declared insist insists insisted stress stresses stressed write writes wrote tweet tweeted post posted"
  static let pairHeads =
    "sides countries nations states parties neighbours neighbors governments capitals juntas republics rivals adversaries foes enemies belligerents"
  /// Pair heads that name states: both sides of the pair must be states.
  static let statePairHeads = "countries nations states neighbours neighbors governments capitals juntas republics"
  /// How many sentences back the sides of a relation are "the two countries" (three).
  static let pairReach = 3
  /// How many sentences back "all three member states" takes a coordination of three (three).
  static let listReach = 3
  /// How many sentences back "the confederation" takes the actor called "a confederation" (four).
  static let predicateReach = 4
  /// Pair heads that name people: the actors of the last two people named ("the two leaders").
  static let peoplePairHeads = "leaders presidents ministers"

  init(_ lexicon: inout Lexicon) {
    var want: [Int32: (Want, Bool)] = [:]
    for (w, needsThe, words) in Self.heads {
      for word in words.split(separator: " ") { want[lexicon.intern(String(word))] = (w, needsThe) }
    }
    for word in Self.pairHeads.split(separator: " ") { want[lexicon.intern(String(word))] = (.pair, true) }
    statePair = WordSet(Self.statePairHeads.split(separator: " ").map { lexicon.intern(String($0)) })
    for word in Self.peoplePairHeads.split(separator: " ") {
      let id = lexicon.intern(String(word))
      want[id] = (.pair, true)
      peoplePair.insert(id)
    }
    wants = [UInt8](repeating: 0, count: Int(want.keys.max() ?? 0) + 1)
    for (id, (w, needsThe)) in want { wants[Int(id)] = (w.rawValue + 1) | (needsThe ? 0x80 : 0) }
    the = lexicon.intern("the")
    two = lexicon.intern("two")
    former = lexicon.intern("former")
    all = lexicon.intern("all")
    for (n, word) in ["three", "four", "five", "six"].enumerated() { counts[lexicon.intern(word)] = n + 3 }
    both = lexicon.intern("both")
    a = lexicon.intern("a")
    an = lexicon.intern("an")
    possessives = WordSet(["its", "their", "his", "her"].map { lexicon.intern($0) })
    personPossessives = WordSet(["his", "her"].map { lexicon.intern($0) })
    reporting = WordSet(Self.reportingWords.split(separator: " ").map { lexicon.intern(String($0)) })
    that = lexicon.intern("that")
    groups = CoordinatedGroup(&lexicon)
    firstPerson = WordSet(["we", "our", "us", "i"].map { lexicon.intern($0) })
    our = lexicon.intern("our")
    and = lexicon.intern("and")
    towards = WordSet(["to", "into", "onto", "on", "from"].map { lexicon.intern($0) })
    beneficiaries = WordSet(["for", "to"].map { lexicon.intern($0) })
    backing = WordSet(
      ["support", "backing", "aid", "assistance", "help", "solidarity", "weapons", "arms"].map { lexicon.intern($0) })
    `in` = lexicon.intern("in")
    reasons = WordSet(["over", "for"].map { lexicon.intern($0) })
    from = lexicon.intern("from")
    speech = WordSet(Self.speechWords.split(separator: " ").map { lexicon.intern(String($0)) })
    them = lexicon.intern("them")
    it = lexicon.intern("it")
    offices = WordSet(ArgumentWords.officeWords.split(separator: " ").map { lexicon.intern(String($0)) })
    formerWords = WordSet(["former", "ex", "retired"].map { lexicon.intern($0) })
    demonstratives = WordSet(["these", "those"].map { lexicon.intern($0) })
    speakers = offices.union(
      ["forces", "troops", "government", "authorities", "military", "army", "officials"].map { lexicon.intern($0) })
    of = lexicon.intern("of")
    regions = WordSet(
      Self.regionWords.split(separator: " ").map { lexicon.intern(String($0)) })
    for (words, states) in Self.regionStates {
      regionIDs[words.split(separator: " ").map { lexicon.intern(String($0)) }] = Set(states)
    }
    armed = WordSet(
      [
        "paramilitary", "armed", "rebel", "militant", "insurgent", "jihadist", "terrorist", "extremist", "separatist",
        "militia", "militias", "rebels", "insurgents", "militants", "faction", "factions",
      ]
      .map {
        lexicon.intern($0)
      })
  }

  /// Whether the pronoun at `k` is a verb's object ("accusing it of", "bombed them."): "it"
  /// or "them" after a word of no closed class, before a preposition, a coordinator, a
  /// comma or the sentence's end ("said it would" is a subject).
  ///
  /// - Complexity: O(1).
  func isObjectPronoun(_ k: Int, _ t: [Token], _ classes: WordClasses) -> Bool {
    guard k > 0, t[k].lower == it || t[k].lower == them, t[k].gap & Gap.comma == 0, classes[t[k - 1].lower] == 0,
      !t[k - 1].capital
    else { return false }
    return k + 1 == t.count || t[k + 1].gap & Gap.comma != 0
      || classes.is(t[k + 1].lower, WordClasses.preposition | WordClasses.coordinator)
  }

  /// The description heads a sentence predicates of its actors: "X is a confederation
  /// formed by ...", "X (French: ..., Y) is a bloc of ...", "X, a militia based in ...":
  /// a name, an optional bracket, then a form of *be* or a comma, "a"/"an" and up to three
  /// words before a head that needs "the" (`heads`).
  ///
  /// - Complexity: O(*m*) for *m* mentions (a few words looked at after each).
  func predicated(_ t: [Token], _ mentions: [ActorMatcher.Mention], classes: WordClasses) -> [(
    head: Int32, actor: Int32
  )] {
    var found: [(head: Int32, actor: Int32)] = []
    for m in mentions where !m.tokens.isEmpty && (m.form == .name || m.form == .abbreviation) && !m.possessive {
      var k = m.tokens.upperBound
      guard k + 2 < t.count else { continue }
      // A bracket right after the name ("(French: ..., AES)"): the words up to the verb.
      if t[k].gap & Gap.other != 0, !classes.is(t[k].lower, WordClasses.be) {
        guard let j = ((k + 1)..<min(t.count, k + 16)).first(where: { classes.is(t[$0].lower, WordClasses.be) }) else {
          continue
        }
        k = j
      }
      if classes.is(t[k].lower, WordClasses.be), t[k].gap & Gap.comma == 0 {
        k += 1
      } else if t[k].gap & Gap.comma == 0 {
        continue
      }
      guard k + 1 < t.count, t[k].lower == a || t[k].lower == an else { continue }
      for j in (k + 1)..<min(t.count, k + 5) {
        if t[j].gap & Gap.comma != 0 || mentions.contains(where: { $0.tokens.contains(j) }) { break }
        if let (_, needsThe) = want(t[j].lower), needsThe {
          found.append((t[j].lower, m.actor))
          break
        }
        if classes.is(t[j].lower, WordClasses.preposition | WordClasses.be | WordClasses.relative) { break }
      }
    }
    return found
  }

  /// The mention a support noun's "for"/"to" phrase names right before "in" and the
  /// possessive at `k`: "support for Sudan's army in its war", "aid to Kyiv in its fight"
  /// (at most two words between the mention and "in"; not "sent troops to Syria in its
  /// campaign", whose campaign may be the sender's).
  ///
  /// - Complexity: O(*m*) for *m* mentions.
  private func beneficiary(before k: Int, _ t: [Token], _ mentions: [ActorMatcher.Mention]) -> Int? {
    guard k >= 3, t[k - 1].lower == `in`, t[k - 1].gap & Gap.comma == 0,
      let i = mentions.lastIndex(where: { $0.tokens.upperBound <= k - 1 }),
      k - 1 - mentions[i].tokens.upperBound <= 2, !mentions[i].tokens.isEmpty
    else { return nil }
    let before = mentions[i].tokens.lowerBound - 1
    guard before >= 1, beneficiaries.contains(t[before].lower), backing.contains(t[before - 1].lower) else {
      return nil
    }
    if t[mentions[i].tokens.lowerBound..<(k - 1)].contains(where: { $0.gap & Gap.comma != 0 }) { return nil }
    return i
  }

  /// Whether word `id` may head an anaphor (a cheap pre-filter).
  @inline(__always) func mayRefer(_ id: Int32) -> Bool {
    want(id) != nil || id == both || id == two || firstPerson.contains(id)
  }

  /// What the anaphor head `id` wants and whether it needs "the" (nil: no anaphor head).
  @inline(__always) private func want(_ id: Int32) -> (Want, Bool)? {
    let i = Int(id)
    guard i >= 0, i < wants.count else { return nil }
    let v = wants[i]
    guard v != 0, let w = Want(rawValue: (v & 0x7f) - 1) else { return nil }
    return (w, v & 0x80 != 0)
  }

  /// What the document has named so far, for the salience order.
  struct History {
    /// Per sentence (latest last, at most four): the topic and all actors in order.
    var sentences: [(topic: Int32?, actors: [Int32])] = []
    /// The last person named and the actor the person speaks for.
    var person: Int32?
    /// The last organization named.
    var organization: Int32?
    /// The last four distinct actors named, latest last.
    var recent: [Int32] = []
    /// The actors of the last two people named (distinct), latest last.
    var people: [Int32] = []
    /// The coordinated group the last sentence's topic opens ("Mali, Niger and Chad"), else empty.
    var group: [Int32] = []
    /// Coordinations of two or more actors anywhere in the last `listReach` sentences,
    /// latest last, each with how many sentences ago: "all three member states" after "a
    /// bloc formed between A, B and C", "both countries" after "asked A and B for help"
    /// (`noteLists`).
    var lists: [(actors: [Int32], age: Int)] = []

    /// Notes the coordinations of two or more actors the current sentence names.
    ///
    /// - Complexity: O(*m*) for *m* mentions.
    mutating func noteLists(_ mentions: [ActorMatcher.Mention], _ t: [Token], groups: CoordinatedGroup) {
      var i = 0
      while i + 1 < mentions.count {
        let g = groups.starting(at: i, mentions, t)
        if g.count >= 2 {
          lists.removeAll { $0.actors == g }
          lists.append((g, 0))
          i += g.count
        } else {
          i += 1
        }
      }
    }
    /// The two sides of the last relation found, and how many sentences ago (1: the previous one).
    var pair: (Int32, Int32)? = nil
    var pairAge = 0
    /// Description heads the document predicated of an actor ("X is a confederation", "X,
    /// a militia"), latest last, each with how many sentences ago (`Coreference.predicated`).
    var predicated: [(head: Int32, actor: Int32, age: Int)] = []

    /// Notes what the current sentence predicates of its actors (`Coreference.predicated`).
    mutating func notePredicates(_ found: [(head: Int32, actor: Int32)]) {
      for f in found {
        predicated.removeAll { $0.head == f.head }
        predicated.append((f.head, f.actor, 0))
      }
    }

    /// Notes the sides of a relation found in the current sentence ("the two countries" after it).
    mutating func notePair(_ a: Int32, _ b: Int32) {
      pair = (a, b)
      pairAge = 0
    }

    mutating func record(
      _ mentions: [ActorMatcher.Mention], topic: Int32?, group: [Int32] = [], kinds: [Actor.Kind?],
      isAside: (ActorMatcher.Mention) -> Bool = { _ in false },
      holdsOffice: (ActorMatcher.Mention) -> Bool = { _ in false }
    ) {
      self.group = group
      pairAge += 1
      if !lists.isEmpty {
        for i in lists.indices { lists[i].age += 1 }
        lists.removeAll { $0.age > Coreference.listReach }
      }
      if !predicated.isEmpty {
        for i in predicated.indices { predicated[i].age += 1 }
        predicated.removeAll { $0.age > Coreference.predicateReach }
      }
      if pairAge > Coreference.pairReach { pair = nil }
      // The oldest of the four sentences kept goes; its actors' buffer is reused.
      var actors: [Int32] = []
      // (`remove(at:)`, not `removeFirst()`: the latter goes through a generic `replaceSubrange`.)
      if sentences.count >= 4 { actors = sentences.remove(at: 0).actors }
      actors.empty()
      // "talks in the Chinese city of Kunming", "Beijing said on Friday": a place's actor
      // and a speaker are no sides of what the sentence tells.
      for m in mentions where !isAside(m) { actors.append(m.actor) }
      sentences.append((topic, actors))
      for m in mentions {
        if m.form == .person || holdsOffice(m) {
          person = m.actor
          // `people` and `recent` hold each actor at most once (every append follows this
          // removal): removing its one place shifts no more than `removeAll(where:)` and
          // skips the partition.
          if let at = people.firstIndex(of: m.actor) { people.remove(at: at) }
          people.append(m.actor)
          if people.count > 2 { people.remove(at: 0) }
        }
        if kinds[Int(m.actor)] == .organization { organization = m.actor }
        if let at = recent.firstIndex(of: m.actor) { recent.remove(at: at) }
        recent.append(m.actor)
        if recent.count > 4 { recent.remove(at: 0) }
      }
    }
  }

  /// Whether mention `m` names the state of an office holder: "Peru's president", "the
  /// Chilean foreign minister", "President Soto of Peru", "the president of Peru" (not a
  /// former one): `he`/`she` and bare titles after it take that state.
  func holdsOffice(_ m: ActorMatcher.Mention, _ t: [Token]) -> Bool {
    guard !m.tokens.isEmpty, m.form != .person else { return false }
    let e = m.tokens.upperBound
    let s = m.tokens.lowerBound
    // ("the US president", "the EU foreign policy chief": a name after "the" modifies the office.)
    let modifies = s > 0 && t[s - 1].lower == the && (m.form == .abbreviation || m.form == .name)
    if m.possessive || m.form == .demonym || modifies, e < t.count, t[e].gap & Gap.comma == 0 {
      if offices.contains(t[e].lower) { return true }
      if e + 1 < t.count, !formerWords.contains(t[e].lower), offices.contains(t[e + 1].lower) { return true }
    }
    guard s >= 2, t[s - 1].lower == of else { return false }
    return offices.contains(t[s - 2].lower) || (s >= 3 && t[s - 2].capital && offices.contains(t[s - 3].lower))
  }

  /// The mention that reports the act of mention `i`: `i` stands right after a reporting
  /// verb ("said (that) Y", "accused Y") whose subject is an earlier compatible actor that
  /// is no prepositional object; `nil` otherwise.
  ///
  /// - Complexity: O(*m*) for *m* mentions.
  private func reporter(
    of i: Int, _ mentions: [ActorMatcher.Mention], _ t: [Token], _ fits: (Int32) -> Bool,
    _ isPrepositional: (Int, [ActorMatcher.Mention]) -> Bool
  ) -> Int? {
    var r = mentions[i].tokens.lowerBound - 1
    while r >= 0, t[r].lower == that || t[r].lower == the { r -= 1 }
    guard r >= 1, reporting.contains(t[r].lower), t[r + 1].gap & Gap.comma == 0 else { return nil }
    // The reporter: the nearest actor before the verb, in the same stretch between commas.
    guard let j = mentions.indices.last(where: { mentions[$0].tokens.upperBound <= r }) else { return nil }
    let end = mentions[j].tokens.upperBound
    guard end >= r - 3, !t[end...r].contains(where: { $0.gap & Gap.comma != 0 && $0.lower != t[end].lower }),
      fits(mentions[j].actor), mentions[j].actor != mentions[i].actor, !isPrepositional(j, mentions)
    else { return nil }
    return j
  }

  /// The sentence's subject when the possessive at `k` stands in a later verb of a series:
  /// the words since the last comma are lowercase and name no actor, and the stretch before
  /// that comma opens with the subject ("A and B condemned X, reaffirmed their support").
  ///
  /// - Returns: the subject mention's index, or nil.
  /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
  private func serialSubject(
    before k: Int, _ t: [Token], _ mentions: [ActorMatcher.Mention], _ fits: (Int32) -> Bool,
    _ isPrepositional: (Int, [ActorMatcher.Mention]) -> Bool
  ) -> Int? {
    var c = k
    while c > 0, t[c].gap & Gap.comma == 0 {
      if t[c].capital || mentions.contains(where: { $0.tokens.contains(c) }) { return nil }
      c -= 1
    }
    // The comma's word opens the stretch: a lowercase word (the later verb), not "and".
    guard c > 0, c < k, !t[c].capital, t[c].lower != and, t[c].clause == t[k].clause else { return nil }
    guard let s = mentions.indices.first(where: { !isPrepositional($0, mentions) }),
      mentions[s].tokens.upperBound < c, fits(mentions[s].actor), mentions[s].form != .demonym
    else { return nil }
    // The subject opens its stretch: no comma between it and the sentence's start.
    guard !t[0...mentions[s].tokens.lowerBound].dropFirst().contains(where: { $0.gap & Gap.comma != 0 }) else {
      return nil
    }
    return s
  }

  /// The actor a speech verb of the sentence attributes its words to: the actor named
  /// right before the verb, or right after it, as a name, a person, or an office's state
  /// ("Turkey's foreign minister said", "said the German chancellor", "Erdogan told
  /// reporters"); nil when no verb or more than one speaker.
  ///
  /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
  func speaker(_ t: [Token], _ mentions: [ActorMatcher.Mention]) -> Int32? {
    var found: Int32?
    for r in t.indices where speech.contains(t[r].lower) {
      var who: Int32?
      // Before: the mention ends at most three words before the verb, past office words
      // ("Turkey's foreign minister said"), with no comma in between.
      if let m = mentions.last(where: { $0.tokens.upperBound <= r && !$0.tokens.isEmpty }),
        r - m.tokens.upperBound <= 3,
        !t[m.tokens.upperBound...r].contains(where: { $0.gap & Gap.comma != 0 }),
        (m.tokens.upperBound..<r).allSatisfy({ offices.contains(t[$0].lower) || t[$0].capital })
      {
        who = m.actor
      } else if let m = mentions.first(where: { $0.tokens.lowerBound > r && !$0.tokens.isEmpty }),
        m.tokens.lowerBound - r <= 2, t[m.tokens.lowerBound].gap & Gap.comma == 0,
        ((r + 1)..<m.tokens.lowerBound).allSatisfy({ t[$0].lower == the })
      {
        // After: "said Turkey", "said the German chancellor", "said Erdogan".
        who = m.actor
      }
      guard let who else { continue }
      if let f = found, f != who { return nil }
      found = who
    }
    return found
  }

  /// Adds a mention for every anaphor of the sentence that resolves, keeping `mentions`
  /// in token order.
  ///
  /// - Complexity: O(*w* + *m*) for *w* words and *m* mentions.
  func resolve(
    _ t: [Token], _ mentions: inout [ActorMatcher.Mention], history: History, kinds: [Actor.Kind?],
    ids: [ActorID], classes: WordClasses,
    _ isPrepositional: (Int, [ActorMatcher.Mention]) -> Bool
  ) {
    var added: [ActorMatcher.Mention] = []
    var described: [Range<Int>] = []
    var firstPersons: [Int] = []
    var adjectives: [Range<Int>] = []
    var k = 0
    var m = 0
    while k < t.count {
      while m < mentions.count && mentions[m].tokens.upperBound <= k { m += 1 }
      if m < mentions.count && mentions[m].tokens.contains(k) {
        k = mentions[m].tokens.upperBound
        continue
      }
      // "to both", "with both", "criticised both.": the last two actors named (not "A and B
      // both", "they were both").
      // "between the two since 2011": the same, with no noun after "two".
      let bareTwo =
        t[k].lower == two && k > 1 && t[k - 1].lower == the && classes.is(t[k - 2].lower, WordClasses.preposition)
        && (k + 1 == t.count || t[k + 1].gap != 0
          || classes.is(t[k + 1].lower, WordClasses.preposition | WordClasses.coordinator | WordClasses.clauseBreak))
      if bareTwo
        || t[k].lower == both && k > 0
          && (k + 1 == t.count || t[k + 1].gap != 0
            || classes.is(t[k + 1].lower, WordClasses.preposition | WordClasses.coordinator))
          && (classes.is(t[k - 1].lower, WordClasses.preposition)
            || (t[k].gap == 0 && !mentions.contains { $0.tokens.upperBound == k }
              && classes[t[k - 1].lower]
                & (WordClasses.determiner | WordClasses.be | WordClasses.have | WordClasses.modal | WordClasses.pronoun)
                == 0))
      {
        // The last two named before, other than those this sentence names before "both".
        let recent = history.recent.filter { a in !mentions.contains { $0.actor == a && $0.tokens.upperBound <= k } }
        if recent.count >= 2 {
          let n = recent.count
          added.append(.init(actor: recent[n - 2], form: .name, tokens: k..<(k + 1), possessive: false, pairPart: true))
          added.append(
            .init(actor: recent[n - 1], form: .name, tokens: (k + 1)..<(k + 1), possessive: false, pairPart: true))
        }
        k += 1
        continue
      }
      if firstPerson.contains(t[k].lower) {
        firstPersons.append(k)
        k += 1
        continue
      }
      guard let (w, needsThe) = want(t[k].lower) else {
        k += 1
        continue
      }
      defer { k += 1 }
      var armedGroup = false
      var regionPhrase = 0..<0
      // The states a region named in the description allows (nil: any).
      var regionSet: Set<String>? = nil
      func inRegion(_ a: Int32) -> Bool { regionSet.map { $0.contains(ids[Int(a)].rawValue) } ?? true }
      if needsThe {
        // "Kenya's president said his country would ...": "his"/"her" right before a state's
        // head is the person's, and the person speaks for a state.
        if w == .state, k > 0, personPossessives.contains(t[k - 1].lower) {
          if let who = mentions.last(where: {
            $0.tokens.upperBound < k && ($0.form == .person || holdsOffice($0, t))
          })?.actor ?? history.person, kinds[Int(who)] == .state {
            added.append(.init(actor: who, form: .name, tokens: k..<(k + 1), possessive: t[k].possessive))
          }
          continue
        }
        // "the [up to two words] head", "both sides", "the two countries"; a pair head takes
        // three, one of them an actor adjective ("the two former Soviet republics").
        var d = k - 1
        var between = 0
        // "the small central African country": a state's description may name its region.
        let regional = w == .state || w == .kingdom || w == .emirate || w == .island
        let reach = w == .pair || regional ? 3 : 2
        var region = false
        // "the Lebanese group", "the Yemeni rebels", "the Iran-backed group": an actor
        // adjective or a hyphen compound may describe a group; the adjective names no actor.
        let grouped = w == .group || w == .organization
        var adjective: Range<Int>? = nil
        while d >= 0, t[d].lower != the, !demonstratives.contains(t[d].lower), t[d].lower != both, t[d].lower != all,
          between < reach,
          !classes.is(t[d].lower, WordClasses.preposition | WordClasses.be),
          !t[d].capital || t[d].lower == two || (w == .pair && mentions.contains { $0.tokens.contains(d) })
            || (w == .pair && d > 0 && t[d - 1].lower == former)
            || (regional && regions.contains(t[d].lower))
            || (grouped
              && mentions.contains { $0.tokens.contains(d) && ($0.form == .demonym || t[d + 1].gap & Gap.joined != 0) })
        {
          if regional && regions.contains(t[d].lower) { region = true }
          if grouped, let m = mentions.first(where: { $0.tokens.contains(d) && $0.form == .demonym }) {
            adjective = m.tokens
          }
          d -= 1
          between += 1
        }
        // "the three countries", "all four states": the group of that many named last.
        let count = w == .pair && d >= 0 && d + 1 < k ? counts[t[d + 1].lower] ?? 0 : 0
        // ("these factions", "those countries": a demonstrative takes back as "the" does.)
        guard d >= 0,
          t[d].lower == the || (demonstratives.contains(t[d].lower) && w != .pair)
            || (t[d].lower == both && w == .pair) || (t[d].lower == all && count > 0)
        else { continue }
        // (Whether or not the group is found: "the Lebanese group" is no Lebanon.)
        if let a = adjective, d >= 0, t[d].lower == the { adjectives.append(a) }
        if region {
          regionPhrase = (d + 1)..<k
          regionSet = regionIDs[regionPhrase.map { t[$0].lower }.filter { regions.contains($0) }]
        }
        // ("the militias", "these factions": the head itself says armed.)
        armedGroup = w == .group && t[(d + 1)...k].contains { armed.contains($0.lower) }
        // "the juntas", "the neighbours" with no count: the group of two or more the last
        // sentence opens with ("A, B and C left X. The juntas recalled ...").
        let unnumbered =
          w == .pair && count == 0 && t[d].lower == the && d + 1 == k && history.group.count >= 2
          && !t[k].possessive
        if w == .pair && count == 0 && !unnumbered && !(t[d].lower == both || (d + 1 < k && t[d + 1].lower == two)) {
          continue
        }
        if count > 0 || unnumbered {
          let states = statePair.contains(t[k].lower)
          func fitting(_ g: [Int32]) -> Bool {
            (unnumbered ? g.count >= 2 : g.count == count) && (!states || g.allSatisfy({ kinds[Int($0)] == .state }))
          }
          // The group the last sentence opens with, else the latest coordination of that many.
          guard
            let g = fitting(history.group)
              ? history.group
              : unnumbered ? nil : history.lists.last(where: { fitting($0.actors) })?.actors
          else { continue }
          for (n, a) in g.enumerated() {
            added.append(
              .init(
                actor: a, form: .name, tokens: n == 0 ? d..<(k + 1) : (k + 1)..<(k + 1),
                possessive: n == 0 && t[k].possessive, pairPart: true))
          }
          continue
        }
        // "the government of X", "the state of Y": the phrase names its own actor, and "the
        // junta in its attempt" may be a new one (not "quit the alliance in 2021", whose
        // preposition governs a year, nor "supplies the group with drones", whose other
        // prepositions are the verb's and name no actor).
        if k + 1 < t.count, classes.is(t[k + 1].lower, WordClasses.preposition), w != .pair, w != .latter, w != .former,
          w != .person
        {
          var j = k + 2
          if j < t.count, t[j].lower == the { j += 1 }
          if j >= t.count || mentions.contains(where: { $0.tokens.contains(j) }) { continue }
          if t[k + 1].lower == of || t[k + 1].lower == `in`, t[j].year == 0 { continue }
        }
        // "the country's" keeps going; "the president" needs a person named before.
        if w == .pair {
          // The two coordinated sides the last sentence opens with ("A and B met"), else the
          // sides of the last relation found (at most `pairReach` sentences back), else the
          // two actors of a previous sentence that names no others; states for "the two
          // countries"; else nothing ("the two leaders": the last two people).
          var recent: [Int32] = []
          func fit(_ a: Int32, _ b: Int32) -> Bool {
            a != b && (!statePair.contains(t[k].lower) || (kinds[Int(a)] == .state && kinds[Int(b)] == .state))
          }
          // ("Israel and Turkey held talks as the two adversaries ...": two sides coordinated
          // earlier in the sentence itself come first.)
          let own = mentions.indices.last { i in
            i + 1 < mentions.count && mentions[i + 1].tokens.upperBound <= d
              && mentions[i + 1].tokens.lowerBound == mentions[i].tokens.upperBound + 1
              && t[mentions[i].tokens.upperBound].lower == and && fit(mentions[i].actor, mentions[i + 1].actor)
              && (i == 0 || mentions[i - 1].tokens.upperBound + 1 < mentions[i].tokens.lowerBound)
              && (i + 2 >= mentions.count || mentions[i + 2].tokens.lowerBound > mentions[i + 1].tokens.upperBound + 1)
              // (Not the speakers: "A and B said the two sides had agreed" reports others.)
              && !(mentions[i + 1].tokens.upperBound..<d).contains {
                speech.contains(t[$0].lower) || reporting.contains(t[$0].lower)
              }
          }
          if peoplePair.contains(t[k].lower) {
            recent = history.people.filter { a in !mentions.contains { $0.actor == a } }
          } else if let i = own {
            recent = [mentions[i].actor, mentions[i + 1].actor]
          } else if history.group.count == 2, fit(history.group[0], history.group[1]) {
            recent = history.group
          } else if let l = history.lists.last(where: { $0.actors.count == 2 && fit($0.actors[0], $0.actors[1]) }),
            l.age <= 1, history.pair == nil || l.age <= history.pairAge
          {
            // ("Niger asked Chad and Libya for help. Both countries ...": a coordination of two
            // in the previous sentence, named no earlier than the last relation's sides.)
            recent = l.actors
          } else if let (a, b) = history.pair, fit(a, b) {
            recent = [a, b]
          } else if let last = history.sentences.last {
            // A previous sentence that names exactly two actors ("the Eritrea–Ethiopia summit").
            var two: [Int32] = []
            for a in last.actors where !two.contains(a) { two.append(a) }
            if two.count == 2, fit(two[0], two[1]) { recent = two }
          }
          guard recent.count >= 2 else { continue }
          let start = d
          added.append(
            .init(actor: recent[recent.count - 2], form: .name, tokens: start..<k, possessive: false, pairPart: true))
          added.append(
            .init(
              actor: recent[recent.count - 1], form: .name, tokens: k..<(k + 1), possessive: t[k].possessive,
              pairPart: true))
          continue
        }
      } else if t[k].capital && k > 0 {
        continue  // "It" mid-sentence is a title or a name, not a pronoun.
      }
      // "it is/was + adjective/that": an expletive, not an actor.
      if w == .thing, !possessives.contains(t[k].lower), k + 1 < t.count, classes.is(t[k + 1].lower, WordClasses.be),
        k + 2 < t.count, !classes.is(t[k + 2].lower, WordClasses.adverb)
      {
        if k + 2 < t.count && t[k + 2].lower == 0 { continue }
      }
      var recentAll = Array(history.recent.suffix(2))
      for x in mentions where x.tokens.upperBound <= k {
        recentAll.removeAll { $0 == x.actor }
        recentAll.append(x.actor)
      }
      if recentAll.count > 2 { recentAll.removeFirst(recentAll.count - 2) }
      var actor: Int32?
      // An actor the anaphor cannot be ("Iran supplies them": not Iran).
      var excluded: Int32? = nil
      var group: [Int32] = []
      switch w {
      case .latter: actor = recentAll.count == 2 ? recentAll[1] : nil
      case .former: actor = recentAll.count == 2 ? recentAll[0] : nil
      case .person:
        if needsThe || true {
          actor =
            mentions.last(where: { $0.tokens.upperBound <= k && ($0.form == .person || holdsOffice($0, t)) })?.actor
            ?? history.person
        }
      default:
        func fits(_ a: Int32) -> Bool {
          guard let kind = kinds[Int(a)] else { return false }
          switch w {
          case .thing: return kind == .state || kind == .organization || kind == .group
          case .plural: return kind == .group || kind == .organization || kind == .state
          case .state: return kind == .state && inRegion(a)
          case .kingdom: return kind == .state && Self.kingdoms.contains(ids[Int(a)].rawValue) && inRegion(a)
          case .emirate: return kind == .state && Self.emirates.contains(ids[Int(a)].rawValue) && inRegion(a)
          case .island: return kind == .state && Self.islands.contains(ids[Int(a)].rawValue) && inRegion(a)
          case .organization: return kind == .organization
          case .group: return kind == .group || (kind == .organization && !armedGroup)
          default: return false
          }
        }
        if !needsThe {
          // The nearest subject-like actor before: not a prepositional object, unless a
          // relative clause makes it the subject ("with Armenia, which ... its").
          let found = mentions.indices.last(where: { i in
            let end = mentions[i].tokens.upperBound
            // A demonym only on the people or organs of a state ("Turkish officials ... their").
            guard end <= k, fits(mentions[i].actor),
              mentions[i].form != .demonym || (end < k && speakers.contains(t[end].lower))
            else { return false }
            // ", a NATO member,": an apposition describes, it is not referred back to.
            let before = mentions[i].tokens.lowerBound - 1
            if before >= 0, t[before].lower == a || t[before].lower == an, t[before].gap & Gap.comma != 0 {
              return false
            }
            let relative = end < t.count && classes.is(t[end].lower, WordClasses.relative) && t[end].lower != 0
            return relative || !isPrepositional(i, mentions)
          })
          actor = found.map { mentions[$0].actor }
          // "Iran backs the Houthis. Tehran supplies them with drones": an object pronoun
          // right after its clause's subject (no other actor, comma or relative between)
          // is someone else, taken from the sentences before.
          if let i = found, isObjectPronoun(k, t, classes),
            mentions.indices.first(where: { !isPrepositional($0, mentions) }) == i,
            !mentions.contains(where: {
              $0.tokens.lowerBound >= mentions[i].tokens.upperBound && $0.tokens.upperBound <= k
            }),
            !t[mentions[i].tokens.upperBound..<k].contains(where: {
              $0.gap & Gap.comma != 0 || classes.is($0.lower, WordClasses.relative | WordClasses.preposition)
            })
          {
            excluded = mentions[i].actor
            actor = nil
          }
          // "A and B condemned X, reaffirmed their support for Y": a possessive in a later
          // verb of a series (a comma, then lowercase words and no actor) is the series'
          // subject, the sentence's first actor outside a prepositional phrase.
          if let i = found, possessives.contains(t[k].lower),
            let subject = serialSubject(before: k, t, mentions, fits, isPrepositional),
            subject != i
          {
            actor = mentions[subject].actor
            if w == .plural { group = groups.starting(at: subject, mentions, t) }
          }
          // "X added Y to its list", "X expelled Y from its territory", "X put Y on its
          // entity list": a possessive after "to", "into", "onto", "on" or "from" that
          // follows the verb's object is the clause subject's.
          if let i = found, possessives.contains(t[k].lower), k > 0, towards.contains(t[k - 1].lower),
            let subject = mentions.indices.first(where: { !isPrepositional($0, mentions) }), subject < i,
            fits(mentions[subject].actor),
            mentions[subject].form != .demonym || speakers.contains(t[mentions[subject].tokens.upperBound].lower),
            !isPrepositional(i, mentions),
            !t[mentions[subject].tokens.upperBound..<k].contains(where: { $0.gap & Gap.comma != 0 })
          {
            actor = mentions[subject].actor
            if w == .plural { group = groups.starting(at: subject, mentions, t) }
          }
          // "The kingdom cut ties with Doha, accusing it of ...": an object pronoun whose
          // sentence names no subject-like actor is the latest actor before it, a
          // prepositional object too (not the previous sentences' topic).
          if found == nil, isObjectPronoun(k, t, classes) {
            let subject = mentions.indices.first(where: { !isPrepositional($0, mentions) }).map { mentions[$0].actor }
            if let j = mentions.indices.last(where: { i in
              mentions[i].tokens.upperBound <= k && fits(mentions[i].actor) && mentions[i].actor != subject
                && mentions[i].form != .demonym
            }) {
              actor = mentions[j].actor
            }
          }
          // "X voiced support for Y's army in its war against Z": a possessive after "in" that
          // follows a "for"/"to" phrase naming an actor is that actor's (the one backed).
          if found != nil, possessives.contains(t[k].lower), let b = beneficiary(before: k, t, mentions),
            fits(mentions[b].actor)
          {
            actor = mentions[b].actor
          }
          // "X suspended aid to Y over its support for Z", "X thanked Y for its help": a
          // possessive in a reason phrase right after a later actor (not the clause's first)
          // is that actor's.
          if found != nil, possessives.contains(t[k].lower), k >= 2, reasons.contains(t[k - 1].lower),
            t[k - 1].gap & Gap.comma == 0,
            let i = mentions.indices.last(where: { mentions[$0].tokens.upperBound <= k - 1 }), i > 0,
            k - 1 - mentions[i].tokens.upperBound <= 1
              // ("froze aid to Y in 2025 over its support": a year's phrase may stand between.)
              || (k - 1 - mentions[i].tokens.upperBound <= 3
                && t[mentions[i].tokens.upperBound..<(k - 1)].contains(where: { $0.year != 0 })
                && !t[(mentions[i].tokens.upperBound + 1)..<k].contains(where: { $0.gap & Gap.comma != 0 })),
            fits(mentions[i].actor),
            // (Not a source: "bought drones from Iran for its war" is the buyer's war.)
            !(mentions[i].tokens.lowerBound > 0 && t[mentions[i].tokens.lowerBound - 1].lower == from),
            !mentions[i].possessive, mentions[i].form != .demonym,
            let first = mentions.indices.first(where: { !isPrepositional($0, mentions) }), first < i,
            mentions[first].actor != mentions[i].actor
          {
            actor = mentions[i].actor
          }
          // "X said Y attacked its troops", "X accused Y of shelling its towns": a possessive
          // after the reported actor Y is the reporter's (who would report Y attacking Y's own?).
          if let i = found, possessives.contains(t[k].lower),
            let r = reporter(of: i, mentions, t, fits, isPrepositional)
          {
            actor = mentions[r].actor
          }
          if w == .plural, t[k].lower != them, group.isEmpty, let found {
            group = groups.ending(at: found, mentions, t)
          }
        }
        // "Chile's foreign minister said the country would ...": a description right after a
        // verb of saying (and "that") is the speaker's, before any earlier sentence's actor.
        var ownSpeaker = false
        if needsThe, actor == nil, let th = (max(0, k - 4)..<k).last(where: { t[$0].lower == the }), th >= 1 {
          var v = th - 1
          if t[v].lower == that, v >= 1 { v -= 1 }
          if speech.contains(t[v].lower), let s = mentions.indices.first(where: { !isPrepositional($0, mentions) }),
            mentions[s].tokens.upperBound <= v, v - mentions[s].tokens.upperBound <= 3, fits(mentions[s].actor),
            !t[mentions[s].tokens.upperBound..<v].contains(where: { $0.gap & Gap.comma != 0 })
          {
            actor = mentions[s].actor
            ownSpeaker = true
          }
        }
        // "China and Nicaragua restored ties after the Central American country broke with
        // Taiwan": a description that names a region takes back the latest actor of its own
        // sentence that lies in that region, before any earlier sentence's.
        var ownRegion = false
        if needsThe, actor == nil, regionSet != nil,
          let i = mentions.indices.last(where: {
            mentions[$0].tokens.upperBound <= regionPhrase.lowerBound - 1 && fits(mentions[$0].actor)
          })
        {
          actor = mentions[i].actor
          ownRegion = true
        }
        if actor == nil, w == .plural, history.group.count >= 2, history.sentences.last?.topic == history.group.first {
          group = history.group
        }
        // "X is a confederation formed by ...": "the confederation" is X while the document
        // still speaks of it, whatever was named since.
        if actor == nil, needsThe, let p = history.predicated.last(where: { $0.head == t[k].lower }), fits(p.actor) {
          actor = p.actor
        }
        if actor == nil {
          // The group before organizations for "the group"; states for plural pronouns only after groups.
          actor = history.sentences.reversed().prefix(3).lazy.compactMap(\.topic).first(where: {
            fits($0) && $0 != excluded
          })
        }
        if actor == nil {
          for s in history.sentences.reversed().prefix(2) {
            if let a = s.actors.reversed().first(where: { fits($0) && $0 != excluded }) {
              actor = a
              break
            }
          }
        }
        if needsThe, !ownSpeaker, !ownRegion, let a = actor,
          mentions.contains(where: { $0.actor == a && $0.tokens.upperBound <= k })
        {
          actor = nil  // "Russia attacked the country": someone else.
        }
      }
      // "Mali, Niger and Chad ... their withdrawal": every member, as one coordination.
      if group.count >= 2 {
        for (n, a) in group.enumerated() {
          let tokens = n == 0 ? k..<(k + 1) : (k + 1)..<(k + 1)
          added.append(
            .init(
              actor: a, form: .name, tokens: tokens, possessive: n == 0 && possessives.contains(t[k].lower),
              pairPart: true))
        }
        continue
      }
      guard let actor else { continue }
      added.append(
        .init(
          actor: actor, form: .name, tokens: k..<(k + 1),
          possessive: t[k].possessive || possessives.contains(t[k].lower)))
      if regionPhrase.lowerBound < regionPhrase.upperBound { described.append(regionPhrase) }
    }
    // "We condemn the strikes," Turkey's foreign minister said: the speaker's (once the
    // other anaphors are resolved: "..., he said").
    if !firstPersons.isEmpty {
      let all = (mentions + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      if let who = speaker(t, all) {
        for k in firstPersons {
          added.append(
            .init(actor: who, form: .name, tokens: k..<(k + 1), possessive: t[k].lower == our))
        }
      }
    }
    for r in adjectives { mentions.removeAll { $0.tokens == r && $0.form == .demonym } }
    guard !added.isEmpty else { return }
    // A region's adjective inside a state's description names no actor ("the small central
    // African country" is no Central African Republic).
    for r in described {
      mentions.removeAll { $0.tokens.lowerBound >= r.lowerBound && $0.tokens.upperBound <= r.upperBound }
    }
    // An actor adjective inside a pair phrase describes the pair ("the two former Soviet
    // republics" are no Soviet Union).
    // ("the two former republics": nor is "the former" one of the last two named.)
    var n = 0
    while n < added.count {
      let span = added[n].tokens
      n += 1
      guard added[n - 1].pairPart, span.count > 1 else { continue }
      func inside(_ m: ActorMatcher.Mention) -> Bool {
        m.tokens.lowerBound > span.lowerBound && m.tokens.upperBound <= span.upperBound && !m.tokens.isEmpty
      }
      mentions.removeAll(where: inside)
      let before = added.count
      added.removeAll { !$0.pairPart && inside($0) }
      if added.count < before { n = 0 }
    }
    mentions += added
    mentions.sort {
      ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound)
    }
  }
}
