/// The forms a word takes, as bits: which inflection of its lemma a surface word is.
struct WordForm: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  /// The bare form ("sell", "tank").
  static let base = WordForm(rawValue: 1)
  /// Third person singular ("sells").
  static let third = WordForm(rawValue: 2)
  /// Simple past ("sold").
  static let past = WordForm(rawValue: 4)
  /// Past participle ("sold", "given").
  static let participle = WordForm(rawValue: 8)
  /// Present participle or gerund ("selling").
  static let gerund = WordForm(rawValue: 16)
  /// Noun plural ("tanks").
  static let plural = WordForm(rawValue: 32)
}

/// The part of speech a pattern's head word is read as.
enum PatternPOS: String, Sendable {
  /// A verb: its group gives voice, tense, modality and negation.
  case verb
  /// A noun (a nominalization: "invasion", "sanctions", "support").
  case noun
  /// An adjective ("dependent on").
  case adj
  /// A participle joined by a hyphen to an actor before it ("Iran-backed", "Saudi-led").
  case compound
}

/// Generates the inflected forms of a lemma, so that patterns written on lemmas match
/// the surface words of texts while the scanner compares word ids.
///
/// This is the lemma interface of the pipeline: extraction asks it for the forms of the
/// lemmas it looks for, and a lexicon maps every form back to its lemma. A trained
/// lemmatizer can replace it by answering the same question.
enum Inflection {
  /// Irregular verbs: lemma → (past, participle); a `/` separates variants.
  static let irregular: [String: (String, String)] = [
    "arise": ("arose", "arisen"), "be": ("was/were", "been"), "beat": ("beat", "beaten"),
    "become": ("became", "become"),
    "begin": ("began", "begun"), "break": ("broke", "broken"), "bring": ("brought", "brought"),
    "build": ("built", "built"),
    "buy": ("bought", "bought"), "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"), "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"),
    "fall": ("fell", "fallen"), "feed": ("fed", "fed"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"), "get": ("got", "got/gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone"), "have": ("had", "had"), "hit": ("hit", "hit"), "hold": ("held", "held"),
    "keep": ("kept", "kept"), "lay": ("laid", "laid"), "lead": ("led", "led"), "leave": ("left", "left"),
    "lend": ("lent", "lent"), "let": ("let", "let"), "lose": ("lost", "lost"), "make": ("made", "made"),
    "meet": ("met", "met"), "overrun": ("overran", "overrun"), "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid", "paid"),
    "put": ("put", "put"), "quit": ("quit", "quit"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shoot": ("shot", "shot"), "shut": ("shut", "shut"),
    "sink": ("sank", "sunk"), "speak": ("spoke", "spoken"), "spend": ("spent", "spent"), "split": ("split", "split"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "strike": ("struck", "struck/stricken"),
    "swear": ("swore", "sworn"),
    "take": ("took", "taken"), "retake": ("retook", "retaken"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"), "upset": ("upset", "upset"), "wage": ("waged", "waged"),
    "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld", "withheld"), "write": ("wrote", "written"),
    "forsake": ("forsook", "forsaken"),
    "shake": ("shook", "shaken"), "bind": ("bound", "bound"), "foresee": ("foresaw", "foreseen"),
    "oversee": ("oversaw", "overseen"),
    "overtake": ("overtook", "overtaken"),
  ]

  /// Verbs that double their last consonant before -ed and -ing ("ban", "banned").
  static let doubling: Set<String> = [
    "ban", "bar", "ship", "admit", "expel", "control", "commit", "plan", "stop", "drop", "patrol", "equip", "rebel",
    "transfer", "submit", "permit", "compel", "occur", "refer", "prefer", "confer", "embargo", "regret", "rob", "grab",
    "trap", "airdrop",
    "spar", "scrap", "cancel", "label", "fuel", "signal", "model", "quarrel", "pin", "tap", "initial", "channel",
    "travel", "funnel", "pummel", "level", "shovel", "marshal", "dial", "quit",
  ]

  /// Nouns with irregular plurals.
  static let irregularPlural: [String: String] = [
    "crisis": "crises", "man": "men", "analysis": "analyses", "basis": "bases", "thesis": "theses", "ally": "allies",
  ]

  /// The forms of verb `lemma` with what each one is.
  ///
  /// - Complexity: O(*k*) for a lemma of *k* letters.
  static func verbForms(_ lemma: String) -> [(String, WordForm)] {
    var out: [(String, WordForm)] = [(lemma, .base), (third(lemma), .third)]
    if let (past, participle) = irregular[lemma] {
      for p in past.split(separator: "/") { out.append((String(p), .past)) }
      for p in participle.split(separator: "/") { out.append((String(p), .participle)) }
    } else {
      for e in ed(lemma) { out.append((e, [.past, .participle])) }
    }
    for g in ing(lemma) { out.append((g, .gerund)) }
    if lemma == "be" {
      out += [("is", .third), ("are", .base), ("am", .base), ("being", .gerund)]
    }
    if lemma == "have" {
      out = [("have", .base), ("has", .third), ("had", [.past, .participle]), ("having", .gerund)]
    }
    if lemma == "do" {
      out = [("do", .base), ("does", .third), ("did", .past), ("done", .participle), ("doing", .gerund)]
    }
    return out
  }

  /// The forms of noun `lemma` (singular and plural).
  static func nounForms(_ lemma: String) -> [(String, WordForm)] {
    [(lemma, .base), (irregularPlural[lemma] ?? third(lemma), .plural)]
  }

  static func third(_ w: String) -> String {
    if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) { return w.dropLast() + "ies" }
    if ["s", "x", "z", "ch", "sh"].contains(where: { w.hasSuffix($0) }) { return w + "es" }
    if w.hasSuffix("o"), !w.hasSuffix("oo") { return w + "es" }
    return w + "s"
  }

  /// Whether a one-syllable verb ends in consonant, single vowel, consonant and so doubles
  /// its last letter ("slam" → "slammed", "ram" → "ramming"; not "shoot", "arm", "bomb").
  static func doublesLast(_ w: String) -> Bool {
    let c = Array(w)
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    guard c.count >= 3, c.count <= 5, !vowels.contains(c[c.count - 1]), !"wxy".contains(c[c.count - 1]),
      vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 3])
    else { return false }
    return c.filter { vowels.contains($0) }.count == 1
  }

  /// Whether `w` doubles its last consonant: listed, one-syllable, or "re" and either
  /// ("readmit" → "readmitted", "reship" → "reshipped").
  static func doubles(_ w: String) -> Bool {
    if doubling.contains(w) || doublesLast(w) { return true }
    guard w.hasPrefix("re"), w.count > 4 else { return false }
    let rest = String(w.dropFirst(2))
    return doubling.contains(rest) || doublesLast(rest)
  }

  static func ed(_ w: String) -> [String] {
    if w.hasSuffix("e") { return [w + "d"] }
    if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) { return [w.dropLast() + "ied"] }
    if doubles(w), let last = w.last {
      // British and American spellings of -l verbs ("cancelled", "canceled").
      return last == "l" ? [w + "led", w + "ed"] : (last == "o" ? [w + "ed"] : [w + String(last) + "ed"])
    }
    if w.hasSuffix("c") { return [w + "ked"] }
    return [w + "ed"]
  }

  static func ing(_ w: String) -> [String] {
    if w.hasSuffix("ie") { return [w.dropLast(2) + "ying"] }
    if w.hasSuffix("e"), !w.hasSuffix("ee"), w != "be" { return [w.dropLast() + "ing"] }
    if doubles(w), let last = w.last {
      return last == "l" ? [w + "ling", w + "ing"] : (last == "o" ? [w + "ing"] : [w + String(last) + "ing"])
    }
    if w.hasSuffix("c") { return [w + "king"] }
    return [w + "ing"]
  }
}
