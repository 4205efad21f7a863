/// Argument roles read from a dependency tree: the actors that fill a pattern's roles at
/// its head word, wherever the words stand.
///
/// Logical roles, as the window rules give them:
/// - **agent** (`subj`): the verb's `nsubj`; in a passive (`nsubj:pass`, `aux:pass`, a
///   participle modifying a noun) the `obl:agent` or "by" phrase. A verb with no subject of
///   its own inherits one: an `xcomp` from its controller ("X vowed to strike Y": X; "X urged
///   Y to sanction Z": Y, the object controls), a `conj` verb from the verb it is coordinated
///   with ("X attacked and seized Y"), an `advcl` without subject from its main clause, a
///   relative clause (`acl:relcl`) whose subject is "which"/"who"/"that" from the noun it
///   modifies, an active participle modifying a noun ("a militia fighting Y") from that noun.
///   A noun's agent is the agent of the verb it is the object of ("X launched an offensive
///   against Y") or, after a copula, the subject ("X is a supplier of arms to Y").
/// - **patient** (`obj`): the `iobj`, else the `obj`; in a passive the `nsubj:pass` or the
///   noun a participle modifies; in a relative clause whose object is the relative pronoun
///   (or that has a subject but no object: "Y, which X attacked") the noun it modifies; a verb
///   with no object shares the object of a later coordinated verb ("X condemned and
///   sanctioned Y").
/// - **prepositional** (`to`, `from`, `on`, `against`, `with`, `for`, `by`...): an `obl` or
///   `nmod` of the head whose `case` word is the preposition; for a noun also the `obl` of
///   the verb it is the object of ("X imposed sanctions on Y"), for a verb also the `nmod`
///   of its object ("X sent tanks to Y" parsed with the phrase on the tanks).
/// - **possessor**: the `nmod:poss` of a noun (actor adjectives and names are the window's).
/// - **between**: the "between"/"among" phrase, with its conjuncts.
///
/// An argument word is an actor when a mention covers it; a noun that acts for an actor
/// ("forces", "government", an office) stands for the actor of its possessive or "of"
/// phrase ("the army of X", "X's forces") or in apposition with it. Every argument brings its `conj`
/// conjuncts ("A, B and C").
struct DependencyRoles {
  let tree: DependencyTree
  let p: UnsafeBufferPointer<UInt8>
  let t: [Token]
  let mentionAt: [Int]
  let words: RelationExtractor.Words
  let classes: WordClasses
  /// Nouns that speak or act for an actor ("forces", "government", "minister"...): only
  /// these stand for the actor of their possessive or of-phrase.
  let agentNouns: WordSet
  /// Whether the preposition at a token opens no argument (an absolute "with X doing").
  let absolute: (Int) -> Bool

  /// The deepest chain of inherited subjects followed (control inside control...).
  static let reach = 4

  func relation(_ k: Int) -> DependencyTree.Relation { tree.relations[k] }

  /// Whether word `k` is a relative pronoun ("which", "who", "that").
  func isRelativePronoun(_ k: Int) -> Bool { t[k].lower != 0 && classes.is(t[k].lower, WordClasses.relative) }

  /// The lexicon id of word `k`'s preposition (its `case` dependent), 0 for none.
  func caseWord(of k: Int) -> Int32 {
    for c in tree.dependents(of: k) where relation(Int(c)) == .caseMarker { return t[Int(c)].lower }
    return 0
  }

  /// Whether the verb at `k` is passive in the tree (or by the verb group: `groupPassive`).
  func isPassive(_ k: Int, groupPassive: Bool) -> Bool {
    if groupPassive { return true }
    return tree.dependents(of: k).contains {
      let r = relation(Int($0))
      return r == .nsubjPass || r == .auxPass || r == .oblAgent
    }
  }

  // MARK: Actors at a word

  /// The mentions a word stands for, with those of its conjuncts.
  ///
  /// - Parameter n: a word of the tree.
  /// - Returns: mention indices, in sentence order, without repeats.
  /// - Complexity: O(size of n's conjunct subtree).
  func actors(at n: Int) -> [Int] {
    var out: [Int] = []
    var stack = [n]
    var seen = 0
    while let k = stack.popLast(), seen <= RelationExtractor.maximumChain * 2 {
      seen += 1
      for m in own(k) where !out.contains(m) { out.append(m) }
      // Conjuncts, pushed in reverse so that the first is read first; one with a preposition
      // of its own is another phrase ("the Y republics ... by Z" parsed as a conjunct).
      for c in tree.dependents(of: k, .conj).reversed() where caseWord(of: c) == 0 || caseWord(of: c) == caseWord(of: n)
      {
        stack.append(c)
      }
    }
    return out.sorted()
  }

  /// The mention at word `k` itself, or the actor a common noun at `k` stands for.
  func own(_ k: Int) -> [Int] {
    if mentionAt[k] >= 0 { return [mentionAt[k]] }
    // A relative pronoun is no actor ("which", "who").
    if isRelativePronoun(k) { return [] }
    // "the forces of X", "X's government"; not "reforms of X", "the invasion of X".
    guard agentNouns.contains(t[k].lower) else { return [] }
    for c in tree.dependents(of: k) {
      let d = Int(c)
      // Only a possessive or an of-phrase: an actor adjective or name on a noun ("Russian
      // firms", "U.S. trade", "non-NATO ally") is left to the window rules, which know bodies,
      // firms, weapons and negative prefixes.
      switch relation(d) {
      case .nmodPoss, .appos:
        if mentionAt[d] >= 0 { return [mentionAt[d]] }
      case .nmod:
        if mentionAt[d] >= 0, caseWord(of: d) == words.of { return [mentionAt[d]] }
      default: break
      }
    }
    return []
  }

  // MARK: Roles

  /// Whether the tree reads word `k` as a verb.
  ///
  /// It heads a clause (no noun's relation to its head) and has no copula, determiner,
  /// possessor or preposition of its own. A pattern verb the tree reads as a noun ("Y's
  /// next target") gets no roles from it.
  func isClauseHead(_ k: Int) -> Bool {
    switch relation(k) {
    case .nsubj, .nsubjPass, .obj, .iobj, .obl, .oblAgent, .nmod, .nmodPoss, .compound, .amod, .appos, .flat:
      return false
    default: break
    }
    return !tree.dependents(of: k).contains {
      let r = relation(Int($0))
      return r == .cop || r == .det || r == .nmodPoss || r == .caseMarker
    }
  }

  /// The logical agent of the pattern head at `k`.
  ///
  /// - Parameters:
  ///   - k: the pattern's head word.
  ///   - noun: whether the pattern is a noun.
  ///   - passive: whether the window rules read a passive verb group there.
  /// - Returns: mention indices (empty: none).
  func agents(of k: Int, noun: Bool, passive: Bool) -> [Int] {
    if noun { return nounAgents(of: k) }
    guard isClauseHead(k) else { return [] }
    return verbAgents(of: k, passive: passive, depth: 0)
  }

  func nounAgents(of k: Int) -> [Int] {
    // "X is the main supplier of arms to Y": the copula's subject.
    if tree.dependents(of: k).contains(where: { relation(Int($0)) == .cop }) {
      for s in tree.dependents(of: k, .nsubj) { return actors(at: s) }
      return []
    }
    // "X launched an offensive against Y": the subject of the verb whose object it is (its
    // own, not one inherited: "..., following recognition of Y by Z" is no act of the
    // main clause's subject).
    if relation(k) == .obj, let v = tree.head(of: k), !isPassive(v, groupPassive: false) {
      for s in tree.dependents(of: v, .nsubj) where !isRelativePronoun(s) { return actors(at: s) }
    }
    return []
  }

  func verbAgents(of k: Int, passive: Bool, depth: Int) -> [Int] {
    guard depth <= Self.reach else { return [] }
    if isPassive(k, groupPassive: depth == 0 && passive) {
      return byPhrase(of: k)
    }
    for s in tree.dependents(of: k, .nsubj) {
      // "Y, which attacked Z": the relative's antecedent.
      if isRelativePronoun(s) {
        if relation(k) == .aclRelcl, let h = tree.head(of: k) { return actors(at: h) }
        return []
      }
      return actors(at: s)
    }
    guard let h = tree.head(of: k) else { return [] }
    switch relation(k) {
    case .xcomp:
      // "X urged Y to sanction Z": the object controls; "X vowed to strike Y": the subject.
      // An object that names no actor still controls ("imposed sanctions targeting Y").
      let objects = tree.dependents(of: h).filter { relation(Int($0)) == .obj || relation(Int($0)) == .iobj }
      if !objects.isEmpty { return objects.lazy.map { actors(at: Int($0)) }.first { !$0.isEmpty } ?? [] }
      return verbAgents(of: h, passive: false, depth: depth + 1)
    case .conj:
      // Only right after its coordinator or comma (adverbs and auxiliaries between): "X
      // mobilised ... and then shelled Y", not "..., and outsiders shipped" (a subject the
      // parse lost).
      guard coordinatedDirectly(k) else { return [] }
      return verbAgents(of: h, passive: false, depth: depth + 1)
    case .aclRelcl:
      return actors(at: h)
    case .acl:
      // "a militia fighting Y": the noun acts; "forces backed by Y": passive, read above.
      return t[k].lower != 0 && endsInIng(k) ? actors(at: h) : []
    default: return []
    }
  }

  /// Whether the conjunct verb at `k` follows its coordinator (or a comma) with nothing but
  /// its own adverbs and auxiliaries between.
  func coordinatedDirectly(_ k: Int) -> Bool {
    var j = k
    while j > 0 {
      if t[j].gap & Gap.comma != 0 { return true }
      j -= 1
      let r = relation(j)
      if tree.head(of: j) == k && r == .cc { return true }
      guard tree.head(of: j) == k, r == .advmod || r == .aux || r == .auxPass else { return false }
    }
    return false
  }

  /// The by-agent of word `k`: its `obl:agent`, or an `obl`/`nmod` with "by".
  func byPhrase(of k: Int) -> [Int] { prepositionalChildren(of: k, word: words.by, agent: true) }

  /// The logical patient of the pattern head at `k` (a verb).
  ///
  /// - Parameters:
  ///   - k: the pattern's head word.
  ///   - passive: whether the window rules read a passive verb group there.
  /// - Returns: mention indices (empty: none).
  func patients(of k: Int, passive: Bool) -> [Int] {
    guard isClauseHead(k) else { return [] }
    if isPassive(k, groupPassive: passive) {
      for s in tree.dependents(of: k, .nsubjPass) {
        if isRelativePronoun(s) {
          if relation(k) == .aclRelcl, let h = tree.head(of: k) { return actors(at: h) }
          return []
        }
        return actors(at: s)
      }
      // "forces backed by Iran": the noun the participle modifies.
      if relation(k) == .acl || relation(k) == .aclRelcl, let h = tree.head(of: k) { return actors(at: h) }
      return []
    }
    for r in [DependencyTree.Relation.iobj, .obj] {
      for o in tree.dependents(of: k, r) {
        if isRelativePronoun(o) {
          if relation(k) == .aclRelcl, let h = tree.head(of: k) { return actors(at: h) }
          return []
        }
        let found = actors(at: o)
        if !found.isEmpty { return found }
      }
    }
    let hasObject = tree.dependents(of: k).contains { relation(Int($0)) == .obj || relation(Int($0)) == .iobj }
    // "Y, which X attacked": a relative clause with a subject and no object.
    if !hasObject, relation(k) == .aclRelcl, !tree.dependents(of: k, .nsubj).isEmpty, let h = tree.head(of: k),
      !tree.dependents(of: k).contains(where: { relation(Int($0)) == .obl })
    {
      return actors(at: h)
    }
    // "X condemned and sanctioned Y": the object of the coordinated verb that has no subject.
    if !hasObject {
      for c in tree.dependents(of: k, .conj) where c > k && tree.dependents(of: c, .nsubj).isEmpty {
        for o in tree.dependents(of: c, .obj) { return actors(at: o) }
      }
    }
    return []
  }

  /// The actors of the pattern head's phrase with preposition `word`.
  ///
  /// - Parameters:
  ///   - k: the pattern's head word.
  ///   - word: the preposition's lexicon id.
  ///   - noun: whether the pattern is a noun.
  /// - Returns: mention indices (empty: none).
  func prepositional(of k: Int, word: Int32, noun: Bool) -> [Int] {
    if !noun && !isClauseHead(k) { return [] }
    let own = prepositionalChildren(of: k, word: word, agent: word == words.by)
    if !own.isEmpty { return own }
    if noun {
      // "X imposed sanctions on Y": the phrase on the verb whose object the noun is.
      if relation(k) == .obj, let v = tree.head(of: k) {
        return prepositionalChildren(of: v, word: word, agent: false)
      }
      return []
    }
    // "X sent tanks to Y" with the phrase on "tanks".
    for o in tree.dependents(of: k, .obj) {
      let found = prepositionalChildren(of: o, word: word, agent: false)
      if !found.isEmpty { return found }
    }
    return []
  }

  func prepositionalChildren(of k: Int, word: Int32, agent: Bool) -> [Int] {
    for c in tree.dependents(of: k) {
      let d = Int(c)
      let r = relation(d)
      let matches =
        (agent && r == .oblAgent) || ((r == .obl || r == .nmod || r == .oblAgent) && caseWord(of: d) == word)
      if matches, !tree.dependents(of: d).contains(where: { relation(Int($0)) == .caseMarker && absolute(Int($0)) }) {
        let found = actors(at: d)
        if !found.isEmpty { return found }
      }
    }
    return []
  }

  /// The possessor of the noun at `k`: its `nmod:poss`, else an actor adjective or name on it.
  func possessor(of k: Int) -> [Int] {
    for d in tree.dependents(of: k, .nmodPoss) where mentionAt[d] >= 0 { return actors(at: d) }
    return []
  }

  /// The actors of the head's "between"/"among" phrase.
  func between(of k: Int) -> [Int] {
    for w in [words.between, words.among] {
      let found = prepositional(of: k, word: w, noun: false)
      if found.count >= 2 { return found }
    }
    return []
  }

  /// Whether word `k` ends in "ing" (an active participle).
  func endsInIng(_ k: Int) -> Bool {
    let r = t[k].bytes
    return r.count > 4 && p[r.upperBound - 3] | 0x20 == 0x69 && p[r.upperBound - 2] | 0x20 == 0x6E
      && p[r.upperBound - 1] | 0x20 == 0x67
  }
}
