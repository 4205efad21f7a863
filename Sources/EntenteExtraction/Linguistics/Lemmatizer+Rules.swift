extension Lemmatizer {
  /// The lemma English suffix rules give a lower-cased `word` used as `tag`, preferring
  /// among the candidates one that `known` accepts as a lemma of the word's class (VERB
  /// for verbs and auxiliaries, NOUN, ADJ).
  ///
  /// Verbs: a table of irregular forms ("froze" → "freeze"); `-ies`/`-ied` → `-y` ("supplies" → "supply"); `-s`/`-es` after a sibilant
  /// ("ambushes" → "ambush"); `-ed`/`-ing` stripped, a doubled consonant undoubled
  /// ("stopped" → "stop") and a silent `e` restored after `v`, `u`, `z`, `c`, a
  /// consonant + `at`/`ar`/`ir`/`ur`/`or`/`l`, a vowel + `s`, a consonant + `g`
  /// ("created" → "create", "used" → "use"; "sanctioned" → "sanction", "brokering" →
  /// "broker"). Nouns: plural endings (`-ies`, `-ves`, `-men`, sibilant `-es`, `-s` but
  /// not `-ss`, `-us`, `-is`). Adjectives: `-ier`/`-iest` → `-y`, and `-er`/`-est` only
  /// when the result is known or undoubles ("bigger" → "big"). Other words are their
  /// own lemma.
  ///
  /// - Complexity: O(*k*) for a word of *k* characters.
  static func ruleLemma(_ word: String, tag: UniversalTag, known: (String, UniversalTag) -> Bool) -> String {
    let w = Array(word.unicodeScalars)
    switch tag {
    case .verb, .auxiliary: return verbLemma(w, word) { known($0, .verb) }
    case .noun: return nounLemma(w, word) { known($0, .noun) }
    case .adjective: return adjectiveLemma(w, word) { known($0, .adjective) }
    default: return word
    }
  }

  private static func isVowel(_ c: Unicode.Scalar) -> Bool { "aeiouy".unicodeScalars.contains(c) }
  private static func isConsonant(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic && !isVowel(c) }
  private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(s)) }
  private static func hasVowel(_ s: ArraySlice<Unicode.Scalar>) -> Bool { s.contains(where: isVowel) }

  /// `stem` with a doubled final consonant undoubled, when it has one that English
  /// doubles before a suffix (not `l`, `s`, `f`, `z`).
  ///
  /// "expell", "compell", "controll", "patroll" undouble too.
  private static func undoubled(_ stem: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    guard stem.count >= 3, let last = stem.last, stem[stem.endIndex - 2] == last, isConsonant(last) else { return nil }
    if last == "l" {
      let s = string(stem)
      return (s.count > 5 && s.hasSuffix("pell")) || s.hasSuffix("troll") ? stem.dropLast() : nil
    }
    return "sfzwxy".unicodeScalars.contains(last) ? nil : stem.dropLast()
  }

  /// Whether a stem left by `-ed`/`-ing` lost a silent `e`.
  private static func wantsE(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let last = s.last, s.count >= 2 else { return false }
    let before = s[s.endIndex - 2]
    let before2: Unicode.Scalar? = s.count >= 3 ? s[s.endIndex - 3] : nil
    switch last {
    case "v", "u", "c": return true
    case "z": return before != "z"
    case "s": return isVowel(before) && before != "u" || (before == "u" && before2.map(isVowel) == true)
    case "g": return isConsonant(before) && before != "n" && before != "g"
    case "l": return isConsonant(before) && before != "l" && before != "r"
    case "t": return before == "a" && (before2.map(isConsonant) == true || before2 == "i" || before2 == "u")
    case "r":
      return "aiuo".unicodeScalars.contains(before)
        && (before2.map(isConsonant) == true || (before == "i" && before2 == "u"))
    case "k": return before == "a" && before2.map(isConsonant) == true
    default: return false
    }
  }

  /// The lemma of a verb form whose stem (before `-ed`/`-ing`) is `stem`.
  private static func fromStem(_ stem: ArraySlice<Unicode.Scalar>, _ known: (String) -> Bool) -> String? {
    guard stem.count >= 2, hasVowel(stem) else { return nil }
    let plain = string(stem)
    let withE = plain + "e"
    let single = undoubled(stem).map(string)
    if known(plain) { return plain }
    if known(withE) { return withE }
    if let single, known(single) { return single }
    if let single { return single }
    return wantsE(stem) ? withE : plain
  }

  /// Irregular verb forms the treebank lacks, and base forms ending in `-ed` (from the
  /// usual tables of English irregular verbs).
  static let irregularVerbs: [String: String] = [
    "froze": "freeze", "frozen": "freeze", "overran": "overrun", "overrun": "overrun", "bound": "bind",
    "forbade": "forbid",
    "forgave": "forgive", "lent": "lend", "shook": "shake", "slew": "slay", "sank": "sink", "sunk": "sink",
    "strove": "strive",
    "swore": "swear", "sworn": "swear", "undertook": "undertake", "upheld": "uphold", "wove": "weave", "wound": "wind",
    "sped": "speed", "stung": "sting", "stank": "stink", "stricken": "strike", "slid": "slide", "spun": "spin",
    "strode": "stride",
    "tore": "tear", "torn": "tear", "spread": "spread", "shed": "shed", "bred": "breed", "bled": "bleed",
    "fled": "flee",
    "fed": "feed", "led": "lead", "wed": "wed", "embed": "embed", "shred": "shred", "overthrew": "overthrow",
    "overthrown": "overthrow", "withheld": "withhold", "withstood": "withstand", "outran": "outrun",
    "foresaw": "foresee",
    "foreseen": "foresee", "mistook": "mistake", "mistaken": "mistake", "rebuilt": "rebuild", "reread": "reread",
    "retook": "retake",
    "retaken": "retake", "shot": "shoot", "fought": "fight", "struck": "strike", "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "sought": "seek", "bought": "buy", "sold": "sell", "sent": "send", "hid": "hide", "hidden": "hide",
    "stole": "steal",
    "stolen": "steal", "swept": "sweep", "threw": "throw", "thrown": "throw", "arose": "arise", "arisen": "arise",
  ]

  private static func verbLemma(_ w: [Unicode.Scalar], _ word: String, _ known: (String) -> Bool) -> String {
    if let l = irregularVerbs[word] { return l }
    if known(word) { return word }
    let s = w[...]
    if word.hasSuffix("ied") || word.hasSuffix("ies"), w.count > 4 { return string(s.dropLast(3)) + "y" }
    if word.hasSuffix("eed"), w.count > 4 {
      let l = string(s.dropLast())
      return known(string(s.dropLast(2))) ? string(s.dropLast(2)) : l  // "agreed" → "agree"
    }
    if word.hasSuffix("ed"), let l = fromStem(s.dropLast(2), known) { return l }
    if word.hasSuffix("ing"), w.count > 4, let l = fromStem(s.dropLast(3), known) { return l }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), w.count > 2 {
      let one = string(s.dropLast())
      if known(one) { return one }
      if word.hasSuffix("es") {
        let two = string(s.dropLast(2))
        if known(two) { return two }
        if ["sh", "ch", "ss", "x", "zz", "o"].contains(where: { two.hasSuffix($0) }) { return two }
      }
      return one
    }
    return word
  }

  private static func nounLemma(_ w: [Unicode.Scalar], _ word: String, _ known: (String) -> Bool) -> String {
    if known(word) { return word }
    let s = w[...]
    guard w.count > 3 else { return word }
    if word.hasSuffix("ies"), w.count > 4 { return string(s.dropLast(3)) + "y" }
    if word.hasSuffix("ves") {
      let f = string(s.dropLast(3)) + "f"
      let fe = f + "e"
      if known(f) { return f }
      if known(fe) { return fe }
    }
    if word.hasSuffix("men") {
      let man = string(s.dropLast(3)) + "man"
      if known(man) || w.count > 5 { return man }
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      let one = string(s.dropLast())
      if known(one) { return one }
      if word.hasSuffix("es") {
        let two = string(s.dropLast(2))
        if known(two) { return two }
        if ["sh", "ch", "ss", "x", "zz"].contains(where: { two.hasSuffix($0) }) { return two }
      }
      return one
    }
    return word
  }

  private static func adjectiveLemma(_ w: [Unicode.Scalar], _ word: String, _ known: (String) -> Bool) -> String {
    if known(word) { return word }
    let s = w[...]
    for (suffix, n) in [("iest", 4), ("ier", 3)] where word.hasSuffix(suffix) && w.count > n + 2 {
      return string(s.dropLast(n)) + "y"
    }
    for (suffix, n) in [("est", 3), ("er", 2)] where word.hasSuffix(suffix) && w.count > n + 2 {
      let stem = s.dropLast(n)
      let plain = string(stem)
      if known(plain) { return plain }
      if known(plain + "e") { return plain + "e" }
      if let single = undoubled(stem) { return string(single) }
    }
    return word
  }
}
