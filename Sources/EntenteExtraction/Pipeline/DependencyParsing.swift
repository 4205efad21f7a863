import Entente

/// How extraction asks a dependency parser for a sentence's tree, and what it does with it.
///
/// The extractor parses a sentence only when a pattern's role asks the tree (a sentence
/// with a pattern occurrence and an actor mention), at most once; `parse` gets the
/// sentence's tokens as written (a possessive `'s` already split off) and their tags.
package struct DependencyParsing: Sendable {
  /// When the tree's roles are used.
  package enum Mode: Sendable, Equatable {
    /// Never: the window rules alone.
    case off
    /// Where the window rules find no argument for a role.
    case fallback
    /// Wherever the tree finds an argument; the window rules where it finds none.
    case preferTree
  }

  /// When the tree's roles are used.
  package var mode: Mode
  /// The tree of a sentence's words with their tags (nil: no tree).
  package let parse: @Sendable (_ words: [String], _ tags: [UniversalTag]) -> DependencyTree?

  /// The parser shipped with the package (`DependencyParser.standard()`), with lemmas from
  /// the shipped lemmatizer; the model is loaded here, once per process.
  ///
  /// - Parameter mode: when the tree's roles are used.
  /// - Returns: the parsing hook.
  /// - Throws: `EntenteError` when the parser model or the lemma table is missing or bad.
  package static func standard(mode: Mode = .fallback) throws(EntenteError) -> DependencyParsing {
    let parser = try DependencyParser.standard()
    let lemmatizer = try Lemmatizer.standard()
    return DependencyParsing(mode: mode) { words, tags in
      let lemmas = words.indices.map { lemmatizer.lemma(of: words[$0], tag: $0 < tags.count ? tags[$0] : .other) }
      let parse = parser.parse(words: words, tags: tags, lemmas: lemmas)
      return DependencyTree(heads: parse.heads, labels: parse.labels, count: words.count)
    }
  }

  /// Creates a parsing hook.
  ///
  /// - Parameters:
  ///   - mode: when the tree's roles are used.
  ///   - parse: the tree of a sentence's words with their tags.
  package init(
    mode: Mode = .fallback, parse: @escaping @Sendable (_ words: [String], _ tags: [UniversalTag]) -> DependencyTree?
  ) {
    self.mode = mode
    self.parse = parse
  }
}
