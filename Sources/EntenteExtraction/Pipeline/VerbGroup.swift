/// The verb group around a pattern's verb: the auxiliaries, modals, negations and
/// governing verbs before it, read for voice, tense, modality and negation.
///
/// Rules: a participle after a form of *be*, or followed by *by*, is passive. A modal
/// (`would`, `could`, `may`, `might`, `will`...) in the group makes it hedged, except
/// "May" with a capital inside a sentence (the month). An infinitive takes its governor
/// into account: "threatened to strike", "plans to buy" are hedged (the threat itself is
/// a pattern of its own, so its conditions do not cancel it), "refused to sell" and
/// "denied supplying" are negated, "continues to arm" and "will continue to arm" are
/// ongoing (a modal before `continue` does not hedge). "Stopped supplying" ends. "Was
/// invited to join" is hedged and "has yet to join", "has not yet joined" are negated.
struct VerbGroup: Sendable, Equatable {
  /// The first word of the group (where the subject is looked for).
  var start: Int
  var passive = false
  var negated = false
  var hedged = false
  var ongoing = false
  /// Past tense or perfect.
  var past = false
  /// Simple past or past perfect, not a present perfect or present passive ("sold", "was
  /// sold", "had sold"; not "has sold", "is backed").
  var preterite = false
  /// Governed by a verb that ends it ("stopped supplying").
  var ends = false

  /// Analyzes the group of the verb at token `k`, read as `form`.
  ///
  /// - Complexity: O(*g*) for a group of *g* words.
  static func analyze(
    _ k: Int, form: WordForm, _ t: [Token], _ c: WordClasses, isAdverb: (Int) -> Bool, by: Int32,
    ongoingWords: WordSet, agreeing: WordSet = [], agreedActs: WordSet = []
  ) -> VerbGroup {
    var g = VerbGroup(start: k)
    var sawBe = false
    var sawHave = false
    var sawPast = false
    var ignoreModal = false
    var j = k - 1
    if form.contains(.gerund) {
      var p = j
      while p >= 0, isAdverb(p) { p -= 1 }
      if p >= 0 {
        let pc = c[t[p].lower]
        if pc & WordClasses.negatingGovernor != 0 { g.negated = true }
        if pc & WordClasses.hedgingGovernor != 0 { g.hedged = true }
        if pc & WordClasses.ending != 0 { g.ends = true }
        if ongoingWords.contains(t[p].lower) {
          g.ongoing = true
          // "has not begun supplying", "did not start arming": the aspect verb's own
          // negation negates the act.
          var q = p - 1
          while q >= 0, t[q + 1].gap & (Gap.comma | Gap.other) == 0,
            isAdverb(q) || t[q].negative
              || c.is(t[q].lower, WordClasses.negation | WordClasses.have | WordClasses.be | WordClasses.do)
          {
            if c.is(t[q].lower, WordClasses.negation) || t[q].negative { g.negated = true }
            q -= 1
          }
        }
        // "pressed both sides to stop fighting": the governor of "to stop" counts.
        if p > 1, c.is(t[p - 1].lower, WordClasses.infinitive), t[p].gap & (Gap.comma | Gap.other) == 0 {
          let (negated, hedged) = governorMode(before: p - 1, t, c)
          let gc = c[t[p - 2].lower]
          g.negated = g.negated || negated || gc & WordClasses.negatingGovernor != 0
          g.hedged = g.hedged || hedged || gc & (WordClasses.hedgingGovernor | WordClasses.request) != 0
        }
      }
    }
    while j >= 0 {
      let w = t[j].lower
      let cls = c[w]
      if t[j + 1].gap & (Gap.comma | Gap.other) != 0 { break }
      if isAdverb(j) {
        j -= 1
        continue
      }
      if t[j].negative { g.negated = true }
      if cls & WordClasses.pastAuxiliary != 0 { sawPast = true }
      if cls & WordClasses.negation != 0 {
        g.negated = true
      } else if cls & WordClasses.be != 0 {
        sawBe = true
      } else if cls & WordClasses.staying != 0, form.contains(.participle), !form.contains(.gerund), j == k - 1 {
        // "troops remain stationed in X": a participle right after a verb of staying.
        sawBe = true
      } else if cls & WordClasses.have != 0 {
        sawHave = true
      } else if cls & WordClasses.do != 0 {
        if cls & WordClasses.do != 0 && !t[j].negative { g.past = g.past || t[j].lower != 0 }
      } else if cls & WordClasses.modal != 0 {
        if !(t[j].capital && j > 0) && !ignoreModal { g.hedged = true }
      } else if cls & WordClasses.infinitive != 0 {
        // "has yet to join": not done.
        if j > 0, c.is(t[j - 1].lower, WordClasses.notYet) { g.negated = true }
        var p = j - 1
        while p >= 0, isAdverb(p) { p -= 1 }
        guard p >= 0 else { break }
        let pc = c[t[p].lower]
        // "warned X not to arm Y", "decided not to sell": the infinitive itself is negated.
        if pc & WordClasses.negation != 0 || t[p].negative {
          g.negated = true
          break
        }
        if ongoingWords.contains(t[p].lower) {
          g.ongoing = true
          ignoreModal = true
          g.start = p
          j = p - 1
          continue
        }
        if pc & WordClasses.negatingGovernor != 0 { g.negated = true }
        // "agreed to lift the blockade": an end agreed on is the end, decided (not "agreed
        // to buy", a purchase still to come); so is a measure imposed ("agreed to impose
        // sanctions", the form a bloc's decision takes).
        let agreedEnd =
          agreeing.contains(t[p].lower) && (c.is(t[k].lower, WordClasses.ending) || agreedActs.contains(t[k].lower))
        if pc & (WordClasses.hedgingGovernor | WordClasses.request) != 0 && !agreedEnd { g.hedged = true }
        // ("did not agree to impose", "refused to agree to lift": the agreeing verb's own
        // negation or hedge counts.)
        if agreedEnd {
          let (negated, hedged) = governorMode(before: p, t, c)
          g.negated = g.negated || negated || (p > 0 && t[p - 1].negative)
          g.hedged = g.hedged || hedged
        }
        if pc & (WordClasses.negatingGovernor | WordClasses.hedgingGovernor | WordClasses.request) != 0 { break }
        // An object between governor and infinitive ("will not allow anyone to threaten",
        // "would let Turkey to"): the governor's negation or modal counts too.
        if pc & (WordClasses.be | WordClasses.have | WordClasses.modal | WordClasses.do) == 0 {
          let (negated, hedged) = governorMode(before: p, t, c)
          g.negated = g.negated || negated
          g.hedged = g.hedged || hedged
        }
        // Another governor ("was not obliged to", "helped to"): its own group counts too.
        g.start = p
        j = p - 1
        continue
      } else if t[j].negative {
        g.negated = true
      } else {
        break
      }
      g.start = j
      j -= 1
    }
    // "deny they support", "rejected claims that Iran supplied": a denied clause.
    var d = g.start - 1
    var n = 0
    while d >= 0, n < 4, t[d + 1].gap & Gap.comma == 0 {
      if c.is(t[d].lower, WordClasses.negatingGovernor) && !c.is(t[d].lower, WordClasses.ending) { g.negated = true }
      // "found no evidence that X armed Y".
      if d > 0, c.is(t[d].lower, WordClasses.evidence), c.is(t[d - 1].lower, WordClasses.negation) { g.negated = true }
      d -= 1
      n += 1
    }
    if g.ongoing { g.hedged = false }
    if form.contains(.participle) && !form.contains(.gerund) {
      var n = k + 1
      while n < t.count, isAdverb(n) { n += 1 }
      let byFollows = n < t.count && t[n].lower == by && t[n].gap & Gap.comma == 0
      if sawBe || byFollows { g.passive = true }
    }
    g.past = form.contains(.past) || sawHave || (form.contains(.participle) && sawBe)
    g.preterite = sawPast || (form.contains(.past) && !sawBe && !sawHave)
    return g
  }

  /// The negation or modal of the verb governing an object before an infinitive.
  ///
  /// In "will not allow anyone to threaten X" the threat is negated, in "would let Y to
  /// arm X" and "asked Y to arm X" hedged. Looks at most three words back from the object at `p`, within its stretch
  /// between commas and before a relative pronoun, a coordinator or a clause break.
  ///
  /// - Complexity: O(1).
  static func governorMode(before p: Int, _ t: [Token], _ c: WordClasses) -> (negated: Bool, hedged: Bool) {
    var q = p - 1
    var n = 0
    while q >= 0, n < 3, t[q + 1].gap & (Gap.comma | Gap.other) == 0 {
      let qc = c[t[q].lower]
      // ("called on Germany and Italy to recognise": an "and" between two names is inside
      // the object, and the names of such a list do not count as words.)
      let inList = qc & WordClasses.coordinator != 0 && q > 0 && t[q - 1].capital && t[q + 1].capital
      if qc & (WordClasses.relative | WordClasses.clauseBreak) != 0 || (qc & WordClasses.coordinator != 0 && !inList) {
        break
      }
      if qc & WordClasses.negation != 0 || t[q].negative { return (true, false) }
      if qc & WordClasses.modal != 0 && !(t[q].capital && q > 0) { return (false, true) }
      // "asked Turkey to supply", "urged Iran to stop": requested, not done.
      if qc & (WordClasses.hedgingGovernor | WordClasses.request) != 0 { return (false, true) }
      let listed = inList || (t[q].capital && q + 1 < t.count && c.is(t[q + 1].lower, WordClasses.coordinator))
      q -= 1
      if !listed { n += 1 }
    }
    return (false, false)
  }
}
