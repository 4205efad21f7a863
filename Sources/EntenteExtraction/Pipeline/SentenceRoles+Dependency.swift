extension SentenceRoles {
  /// The role layer over the sentence's tree, nil when no parser is set or it gave no tree.
  ///
  /// Parses the sentence on first use (`parsing`), once.
  func dependencyRoles() -> DependencyRoles? {
    if let built = dependencyLayer { return built }
    guard !parsed, let parsing else { return nil }
    parsed = true
    guard let tree = parsing(tags), tree.count == t.count else { return nil }
    let layer = DependencyRoles(
      tree: tree, p: p, t: t, mentionAt: mentionAt, words: x.words, classes: x.classes,
      agentNouns: x.coreference.speakers,
      absolute: { [unowned self] in self.absoluteWith($0) })
    dependencyLayer = layer
    return layer
  }

  /// The order of the searches for a pattern's roles (`false`: window rules, `true`: tree).
  ///
  /// With no parser, the window rules alone; in `fallback` mode the tree only
  /// when no role of the side (agent or patient) was found by the window rules; in
  /// `preferTree` mode the other way round.
  var dependencyPasses: [Bool] {
    guard parsing != nil, let mode = x.dependencies?.mode else { return [false] }
    switch mode {
    case .off: return [false]
    case .fallback: return [false, true]
    case .preferTree: return [true, false]
    }
  }

  /// Role `r` of occurrence `o` from the tree (empty for roles the tree does not read:
  /// compounds, appositions, lists, the document's earlier relations).
  func treeRole(_ r: PatternTable.Role, word: Int32, o: Occurrence, passive: Bool) -> [Int] {
    let noun = o.pos == .noun
    switch r {
    case .subject:
      guard o.pos == .verb || noun, let roles = dependencyRoles() else { return [] }
      // "met for the first time since the invasion of Y": an adjunct's noun has no agent,
      // as the window rules found; the tree may have made it the verb's object.
      if noun, adjunctNoun(o.head) { return [] }
      return roles.agents(of: o.head, noun: noun, passive: passive)
    case .object:
      guard o.pos == .verb, let roles = dependencyRoles() else { return [] }
      return roles.patients(of: o.head, passive: passive)
    case .by:
      guard let roles = dependencyRoles() else { return [] }
      return roles.prepositional(of: o.head, word: x.words.by, noun: noun)
    case .preposition:
      guard word > 0, let roles = dependencyRoles() else { return [] }
      let found = roles.prepositional(of: o.head, word: word, noun: noun)
      // ("seized the town with help from Rwanda": a helper is no side.)
      return word == x.words.with ? found.filter { $0 < 0 || !helperAfterWith($0) } : found
    case .possessor:
      guard noun, let roles = dependencyRoles() else { return [] }
      return roles.possessor(of: o.head)
    case .between:
      guard let roles = dependencyRoles() else { return [] }
      return roles.between(of: o.head)
    default: return []
    }
  }

  /// Whether the noun at `k` stands in an adjunct ("since the invasion of Y", "following
  /// the recognition of Y"): an adjunct word before it, with only determiners, adjectives
  /// or nouns of a thing class between.
  ///
  /// - Complexity: O(1): a few words back.
  func adjunctNoun(_ k: Int) -> Bool {
    var a = k - 1
    while a >= 0, k - a <= 4, mentionAt[a] < 0, !x.arguments.adjuncts.contains(t[a].lower),
      x.classes.is(t[a].lower, WordClasses.determiner) || x.index.isAnyClass(t[a].lower)
        || partOfSpeech(at: a) == .adjective
    {
      a -= 1
    }
    return a >= 0 && mentionAt[a] < 0 && x.arguments.adjuncts.contains(t[a].lower)
      && !(a > 0 && x.arguments.takingOver.contains(t[a - 1].lower))
  }
}
