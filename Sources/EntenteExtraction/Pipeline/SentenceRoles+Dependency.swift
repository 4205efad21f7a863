extension SentenceRoles {
  /// The role layer over the sentence's tree, nil when no parser is set or it gave no tree.
  ///
  /// Parses the sentence on first use (`parsing`), once.
  func dependencyRoles() -> DependencyRoles? {
    if let built = dependencyLayer { return built }
    guard !parsed, let parsing else { return nil }
    parsed = true
    guard let tree = parsing(tags), tree.count == t.count else { return nil }
    let layer = DependencyRoles(tree: tree, p: p, t: t, mentionAt: mentionAt, words: x.words, classes: x.classes)
    dependencyLayer = layer
    return layer
  }

  /// Role `r` of occurrence `o` from the tree, where the window rules found `window`.
  ///
  /// In `fallback` mode the tree is asked only when `window` is empty; in `preferTree` mode
  /// the tree's answer wins when it has one. Roles the tree does not read (compounds,
  /// appositions, lists, the document's earlier relations) keep the window's answer.
  func dependencyRole(_ r: PatternTable.Role, word: Int32, o: Occurrence, passive: Bool, window: [Int]) -> [Int] {
    guard let mode = x.dependencies?.mode, mode != .off else { return window }
    if mode == .fallback && !window.isEmpty { return window }
    guard let roles = dependencyRoles() else { return window }
    let noun = o.pos == .noun
    let tree: [Int]
    switch r {
    case .subject:
      guard o.pos == .verb || noun else { return window }
      tree = roles.agents(of: o.head, noun: noun, passive: passive)
    case .object:
      guard o.pos == .verb else { return window }
      tree = roles.patients(of: o.head, passive: passive)
    case .by: tree = roles.prepositional(of: o.head, word: x.words.by, noun: noun)
    case .preposition:
      guard word > 0 else { return window }
      tree = roles.prepositional(of: o.head, word: word, noun: noun)
    case .possessor:
      guard noun else { return window }
      tree = roles.possessor(of: o.head)
    case .between: tree = roles.between(of: o.head)
    default: return window
    }
    return tree.isEmpty ? window : tree
  }
}
