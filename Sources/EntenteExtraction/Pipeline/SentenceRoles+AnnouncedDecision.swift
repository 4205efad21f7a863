/// Decisions announced in reported speech ("X said it would sever ties with Y").
extension SentenceRoles {
  /// Whether a verb group at `start` with a plain "will" or "would" reports its maker's
  /// own decision.
  ///
  /// "Sudan said it would sever ties with X", "Peru announced that they will recall the
  /// envoy": the pronoun stands right after a verb of announcing ("that" or a date of up
  /// to three words may stand between), with at most one word between the modal and the
  /// pattern's head. A threat of force ("said it would strike X") is no act: hostility
  /// stays out, and so does a decision under a condition ("if", "unless").
  ///
  /// - Complexity: O(1).
  func announcedDecision(_ start: Int, head: Int, _ pat: PatternIndex.Entry) -> Bool {
    guard !pat.hostile, start >= 2, head > start, head - start <= 2,
      x.arguments.reportedFuture.contains(t[start].lower),
      x.arguments.makerPronouns.contains(t[start - 1].lower)
    else { return false }
    var v = start - 2
    if v >= 1, t[v].lower == x.arguments.that { v -= 1 }
    // ("said on Tuesday it would": a date of up to three words may stand between.)
    let lowest = max(0, v - 3)
    while v > lowest, !x.arguments.announcing.contains(t[v].lower), mentionAt[v] < 0,
      t[v + 1].gap & Gap.comma == 0, x.classes[t[v].lower] & WordClasses.modal == 0
    {
      v -= 1
    }
    // ("said it will attack X if it carries on": a condition makes it a threat, not a decision.)
    if ((head + 1)..<t.count).contains(where: { x.classes.is(t[$0].lower, WordClasses.conditional) }) { return false }
    return x.arguments.announcing.contains(t[v].lower) && !t[v].negative
  }

  /// Whether a plain "will" at `start` announces an act rather than forecasting it or
  /// setting a condition: no conditional ("if", "unless") and no word of forecasting,
  /// hoping or warning ("analysts expect that", "warned that") stands before it in the
  /// sentence. ("If Iran attacks, the US will send troops" is a threat; "Norway will donate
  /// six jets to Ukraine" an announcement.)
  ///
  /// - Complexity: O(*start*).
  func announcedWill(before start: Int) -> Bool {
    !(0..<start).contains { j in
      x.classes.is(
        t[j].lower, WordClasses.conditional | WordClasses.forecasting | WordClasses.hedgingGovernor)
    }
  }
}
