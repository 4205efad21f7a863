/// An attack named again by a definite noun ("the attack", "the strikes"), for role `lastside`.
extension SentenceRoles {
  /// Whether token `k` is a hostile act of class `@act` that refers back to the document's
  /// last hostility: "The attack was condemned by X", "X condemned the strikes".
  ///
  /// The hostility was read in this sentence or the two before it, and the noun takes
  /// "the", with at most one adjective between ("the deadly raid"): "an attack" is a new
  /// one. A victim it names with "on" or "against" must be the last
  /// hostility's other side ("condemned the attack on Y" after "X attacked Z" is not about
  /// X's attack).
  ///
  /// - Parameter k: the token.
  /// - Returns: whether the acting side of the last hostility is the act's agent.
  /// - Complexity: O(1).
  func definiteAct(at k: Int) -> Bool {
    let act = x.index.actClass
    guard act >= 0, mentionAt[k] < 0, x.index.isClass(t[k].lower, act), let pair = lastPairs["hostility"],
      let age = hostilityAge, age <= 2
    else {
      return false
    }
    var j = k - 1
    if j >= 0, t[j].lower != x.words.the, x.classes[t[j].lower] == 0, mentionAt[j] < 0, t[k].gap == 0 { j -= 1 }
    guard j >= 0, t[j].lower == x.words.the, t[j + 1].gap == 0 else { return false }
    if namesOtherTarget(after: k, than: pair.1) { return false }
    return true
  }

  /// Whether token `k` names the document's last weapon fired or tested again: "condemned
  /// the missile test", "the launch was condemned by X".
  ///
  /// The noun (`launchNouns`) takes "the", "this" or "these", with at most one word
  /// between ("the missile test"); the launch was read in this sentence or the two before
  /// it, and the noun names no agent of its own ("the test by X").
  ///
  /// - Complexity: O(1).
  func definiteLaunch(at k: Int) -> Bool {
    guard mentionAt[k] < 0, lastPairs["launch"] != nil, let age = launchAge, age <= 2,
      x.arguments.launchNouns.contains(t[k].lower)
    else { return false }
    var j = k - 1
    if j >= 0, t[j].lower != x.words.the, !x.arguments.thisOrThese.contains(t[j].lower), mentionAt[j] < 0,
      t[k].gap == 0
    {
      j -= 1
    }
    guard j >= 0, t[j + 1].gap == 0, t[j].lower == x.words.the || x.arguments.thisOrThese.contains(t[j].lower)
    else { return false }
    let upTo = min(t.count, k + 3)
    return !((k + 1)..<upTo).contains { t[$0].lower == x.words.by || t[$0].lower == x.words.of }
  }

  /// Whether token `k` names the document's last sanction again.
  ///
  /// The token is a noun of class `@sanction` or a bare act noun ("the move", "the
  /// decision", "these measures") after "the", "this" or "these"; the sanction was read in
  /// this sentence or the two before it (one before, for the bare nouns, which could name
  /// anything done since). A target it names with "on" or "against" must be the last
  /// sanction's, and an agent of its own ("the move by X", "the measures taken by X")
  /// makes it another act.
  ///
  /// - Parameter k: the token.
  /// - Returns: whether the sanctioner of the last sanction is the act's agent.
  /// - Complexity: O(1).
  func definiteSanction(at k: Int) -> Bool {
    guard mentionAt[k] < 0, let pair = lastPairs["sanction"], let age = sanctionAge else { return false }
    let named = x.index.isClass(t[k].lower, x.index.sanctionClass)
    guard named ? age <= 2 : (age <= 1 && x.arguments.actNouns.contains(t[k].lower)) else { return false }
    var j = k - 1
    if j >= 0, t[j].lower != x.words.the, x.classes[t[j].lower] == 0, mentionAt[j] < 0, t[k].gap == 0 { j -= 1 }
    guard j >= 0, t[j + 1].gap == 0,
      t[j].lower == x.words.the || x.arguments.thisOrThese.contains(t[j].lower)
    else { return false }
    if namesOtherTarget(after: k, than: pair.1) { return false }
    // "condemned the move by Israel", "the measures taken by X", "the decision of the
    // court": the act names its own agent.
    let upTo = min(t.count, k + 4)
    if ((k + 1)..<upTo).contains(where: { t[$0].lower == x.words.by || t[$0].lower == x.words.of }) { return false }
    return true
  }

  /// Whether the act noun at `k` names with "on" or "against" (within three words) a target
  /// other than `target`: "condemned the attack on Y" after "X attacked Z" is another act.
  ///
  /// - Complexity: O(1).
  func namesOtherTarget(after k: Int, than target: Int32) -> Bool {
    let on = x.index.prepositions["on"] ?? -1
    let against = x.index.prepositions["against"] ?? -1
    guard k + 1 < t.count, t[k + 1].lower == on || t[k + 1].lower == against else { return false }
    var v = k + 2
    while v < t.count, v - k <= 4, mentionAt[v] < 0 { v += 1 }
    return v < t.count && v - k <= 4 && mentions[mentionAt[v]].actor != target
  }
}
