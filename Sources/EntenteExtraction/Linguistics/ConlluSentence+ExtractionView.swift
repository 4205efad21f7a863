extension ConlluSentence {
  /// The sentence as the extraction's word scanner (`TokenizedSentence.scan`) would see
  /// its text, each word with the tag of the treebank word it comes from.
  ///
  /// The scanner keeps no punctuation or symbols, keeps contractions whole ("didn't",
  /// "they're": the tag of their first word), strips a possessive or clitic `'s`
  /// ("Russia's" → "Russia", "it's" → "it"), and splits at hyphens and slashes. Training
  /// on this view as well as on the treebank's own tokens makes the tagger robust to
  /// either input.
  ///
  /// - Complexity: O(*n*) in the sentence's characters.
  package func extractionView() -> (words: [String], tags: [UniversalTag]) {
    let found = extractionWords()
    return (found.map(\.word), found.map { tags[$0.owner] })
  }

  /// The words the extraction's scanner would see in the sentence's text, each with the
  /// index of the treebank word its first character belongs to.
  ///
  /// - Complexity: O(*n*) in the sentence's characters.
  package func extractionWords() -> [(word: String, owner: Int)] {
    // The sentence's text as printed (multiword tokens as their surface form, spaces
    // where the treebank has them), each character knowing the word it belongs to.
    var text: [Unicode.Scalar] = []
    var owner: [Int] = []
    var starts: [Int: (last: Int, form: String)] = [:]
    for m in multiwordTokens { starts[m.words.lowerBound] = (m.words.upperBound, m.form) }
    var i = 0
    while i < forms.count {
      var surface = forms[i]
      var last = i
      if let m = starts[i], m.last < forms.count {
        surface = m.form
        last = m.last
      }
      for c in surface.unicodeScalars {
        text.append(c)
        owner.append(i)
      }
      if spaceAfter[last] {
        text.append(" ")
        owner.append(i)
      }
      i = last + 1
    }
    return Self.scan(text).map { ($0.word, owner[$0.start]) }
  }

  /// The words the extraction's scanner finds in `text`: runs of letters, digits, `.`
  /// and apostrophes starting with a letter or digit, without trailing apostrophes, a
  /// possessive `'s` (on words longer than two characters) or a closing period (kept
  /// on initialisms such as "U.S.").
  package static func scannerWords(_ text: String) -> [String] {
    scan(Array(text.unicodeScalars)).map(\.word)
  }

  /// The scanner's words in `text` and the offsets of their first characters.
  private static func scan(_ text: [Unicode.Scalar]) -> [(word: String, start: Int)] {
    var result: [(word: String, start: Int)] = []
    var word: [Unicode.Scalar] = []
    var start = 0
    func flush() {
      defer { word.removeAll() }
      let dots = word.count { $0 == "." }
      while let last = word.last, last == "'" || last == "’" { word.removeLast() }
      if word.count > 2, word.last == "s", word[word.count - 2] == "'" || word[word.count - 2] == "’" {
        word.removeLast(2)
      }
      if word.last == ".", dots == 1 || word.count > 2 * dots { word.removeLast() }
      if !word.isEmpty { result.append((String(String.UnicodeScalarView(word)), start)) }
    }
    for (offset, c) in text.enumerated() {
      let ascii = c.isASCII
      let letter = c.properties.isAlphabetic
      let digit = ascii && c.value >= 48 && c.value <= 57
      if word.isEmpty {
        if letter || digit {
          word.append(c)
          start = offset
        }
        continue
      }
      if letter || digit || (ascii && (c == "." || c == "'")) || c == "’" {
        word.append(c)
      } else {
        flush()
      }
    }
    if !word.isEmpty { flush() }
    return result
  }
}
