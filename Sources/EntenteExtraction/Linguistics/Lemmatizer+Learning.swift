extension Lemmatizer {
  /// The lemma table (`tagger/lemmas.tsv`) learnt from treebank sentences: the lemmas of
  /// verbs, auxiliaries, nouns and adjectives as known lemmas, and for each lower-cased
  /// form and tag its commonest lemma (ties: the first in code-point order) where the
  /// suffix rules would give another.
  ///
  /// Lines are sorted, so the same sentences give the
  /// same bytes.
  ///
  /// - Parameters:
  ///   - sentences: the treebank sentences to learn from.
  ///   - header: comment lines to start the file with (without `#`).
  /// - Returns: the lemma table as TSV text.
  /// - Complexity: O(*n* log *n*) in the sentences' words.
  package static func table(learningFrom sentences: [ConlluSentence], header: [String]) -> String {
    var counts: [Key: [String: Int]] = [:]
    var known: Set<Key> = []
    for s in sentences {
      for (i, form) in s.forms.enumerated() {
        let tag = s.tags[i]
        let lemma = straightened(s.lemmas[i])
        let lower = normalized(form)
        guard usable(lower), usable(lemma), lemma != "_" else { continue }
        counts[Key(form: lower, tag: tag), default: [:]][lemma, default: 0] += 1
        let wordClass: UniversalTag? =
          tag == .auxiliary ? .verb : ([.verb, .noun, .adjective].contains(tag) ? tag : nil)
        if let wordClass, lemma.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) {
          known.insert(Key(form: lemma, tag: wordClass))
        }
      }
    }
    var exceptionLines: [String] = []
    for (key, lemmas) in counts {
      guard let best = lemmas.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else {
        continue
      }
      let rule =
        key.tag == .properNoun
        ? key.form : Self.ruleLemma(key.form, tag: key.tag) { known.contains(Key(form: $0, tag: $1)) }
      let same = key.tag == .properNoun ? best.lowercased() == rule : best == rule
      if !same { exceptionLines.append("\(key.form)\t\(key.tag.name)\t\(best)") }
    }
    let knownLines = known.map { "\($0.form)\t\($0.tag.name)" }
    var text = header.map { "# " + $0 + "\n" }.joined()
    for line in knownLines.sorted() + exceptionLines.sorted() { text += line + "\n" }
    return text
  }

  /// Whether a form or lemma can be a field of the table.
  private static func usable(_ s: String) -> Bool {
    !s.isEmpty && !s.hasPrefix("#") && !s.contains("\t") && !s.contains("\n") && !s.contains("\r")
  }
}
