import Entente
import Foundation

/// One sentence of a CoNLL-U treebank (<https://universaldependencies.org/format.html>):
/// its syntactic words with their lemmas and UPOS tags, and the multiword tokens that
/// join some of them on the page ("don't" = "do" + "n't").
///
/// Only what the tagger, the lemmatizer and the dependency parser learn from is kept.
/// Empty nodes (`8.1`) are skipped; multiword token lines (`3-4`) are kept as spans over
/// the words.
package struct ConlluSentence: Sendable, Equatable {
  /// The syntactic words (column FORM).
  package var forms: [String] = []
  /// Their lemmas (column LEMMA).
  package var lemmas: [String] = []
  /// Their UPOS tags (column UPOS).
  package var tags: [UniversalTag] = []
  /// Whether a space follows each word on the page (no `SpaceAfter=No` in MISC).
  package var spaceAfter: [Bool] = []
  /// The 0-based index of each word's syntactic head (column HEAD), -1 for the root.
  package var heads: [Int] = []
  /// Each word's relation to its head (column DEPREL: `nsubj`, `nsubj:pass`, `root`).
  package var relations: [String] = []
  /// Multiword tokens: the words they cover (0-based, inclusive) and their surface form.
  package var multiwordTokens: [(words: ClosedRange<Int>, form: String)] = []

  package init() {}

  package static func == (a: Self, b: Self) -> Bool {
    a.forms == b.forms && a.lemmas == b.lemmas && a.tags == b.tags && a.spaceAfter == b.spaceAfter
      && a.heads == b.heads && a.relations == b.relations
      && a.multiwordTokens.map(\.words) == b.multiwordTokens.map(\.words)
      && a.multiwordTokens.map(\.form) == b.multiwordTokens.map(\.form)
  }

  /// Reads every sentence of the CoNLL-U file at `path`.
  ///
  /// - Throws: `EntenteError` `.fileUnreadable` when the file cannot be read,
  ///   `.invalidValue` at the line of a word line with fewer than ten columns, an
  ///   unknown UPOS tag or a head that is not a number.
  /// - Complexity: O(*n*) in the file's size.
  package static func read(path: String) throws(EntenteError) -> [ConlluSentence] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read the treebank '\(path)'; give the path of a CoNLL-U file")
    }
    return try parse(String(decoding: data, as: UTF8.self), file: path)
  }

  /// Parses CoNLL-U text; `file` names it in errors.
  ///
  /// - Complexity: O(*n*) in the text's size.
  package static func parse(_ text: String, file: String = "<text>") throws(EntenteError) -> [ConlluSentence] {
    var sentences: [ConlluSentence] = []
    var current = ConlluSentence()
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty {
        if !current.forms.isEmpty { sentences.append(current) }
        current = ConlluSentence()
        continue
      }
      if line.first == "#" { continue }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count >= 10 else {
        throw EntenteError(
          .invalidValue, "a CoNLL-U word line has \(columns.count) columns; expected 10 separated by tabs",
          at: SourceLocation(file: file, line: lineNumber, column: 1))
      }
      let id = columns[0]
      if id.contains(".") { continue }  // an empty node
      if let dash = id.firstIndex(of: "-") {
        guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
          throw EntenteError(
            .invalidValue, "the multiword token id '\(id)' is not 'N-M'",
            at: SourceLocation(file: file, line: lineNumber, column: 1))
        }
        current.multiwordTokens.append((words: (first - 1)...(last - 1), form: String(columns[1])))
        continue
      }
      guard let tag = UniversalTag(name: columns[3]) else {
        throw EntenteError(
          .invalidValue,
          "unknown UPOS tag '\(columns[3])'; expected one of "
            + UniversalTag.allCases.map(\.name).joined(separator: ", "),
          at: SourceLocation(file: file, line: lineNumber, column: 1))
      }
      guard let head = Int(columns[6]) else {
        throw EntenteError(
          .invalidValue, "the head '\(columns[6])' is not a word number (0 for the root)",
          at: SourceLocation(file: file, line: lineNumber, column: 1))
      }
      current.heads.append(head - 1)
      current.relations.append(String(columns[7]))
      current.forms.append(String(columns[1]))
      current.lemmas.append(String(columns[2]))
      current.tags.append(tag)
      current.spaceAfter.append(!columns[9].split(separator: "|").contains("SpaceAfter=No"))
    }
    if !current.forms.isEmpty { sentences.append(current) }
    return sentences
  }
}
