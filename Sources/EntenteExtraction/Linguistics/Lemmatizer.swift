import Entente
import Foundation

/// The dictionary form of a word given its part of speech: "sold" (VERB) → "sell",
/// "supplies" (VERB) → "supply", "tanks" (NOUN) → "tank", "Russians" (PROPN) →
/// "Russian".
///
///     let lemmatizer = try Lemmatizer.standard()
///     lemmatizer.lemma(of: "sanctioned", tag: .verb)  // "sanction"
///     lemmatizer.lemma(of: "brokering", tag: .verb)   // "broker"
///
/// A word is first looked up, lower-cased, with its tag in the lemmas the UD English
/// Web Treebank gives (the commonest lemma of each form and tag); words the treebank
/// lacks go through English suffix rules (`Lemmatizer+Rules.swift`) that prefer a
/// candidate the treebank knows as a lemma ("created" → "create", not "creat"). Proper
/// nouns keep their case, every other lemma is lower-case. Curly apostrophes read as
/// straight ones; a contraction the extraction keeps whole has the lemma of its first
/// word ("didn't" → "do", "they're" → "they").
///
/// The resource `tagger/lemmas.tsv` holds lines `form<TAB>UPOS<TAB>lemma` (only where
/// the rules would go wrong) and `lemma<TAB>UPOS` (the lemmas the rules may prefer);
/// `entente-train-tagger` writes it.
public struct Lemmatizer: Sendable {
  struct Key: Hashable, Sendable {
    var form: String
    var tag: UniversalTag
  }

  /// Lemmas that differ from what the rules give.
  private(set) var exceptions: [Key: String] = [:]
  /// Known lemmas, by the word class of the rules (`LemmaClass`).
  private(set) var known: Set<Key> = []

  /// The name of the lemma table inside the `EntenteExtraction` resources.
  public static let resourceName = "tagger/lemmas.tsv"

  /// A lemmatizer that only applies the suffix rules.
  public init() {}

  /// The lemmatizer of the lemma table at `path`.
  ///
  /// - Throws: `EntenteError` `.fileUnreadable` when the file cannot be read,
  ///   `.invalidValue` at a line that is neither of the two forms.
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read the lemma table '\(path)'")
    }
    var lineNumber = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count == 2 || f.count == 3, let tag = UniversalTag(name: f[1]), !f[0].isEmpty else {
        throw EntenteError(
          .invalidValue, "expected 'form<TAB>UPOS<TAB>lemma' or 'lemma<TAB>UPOS' with a UPOS tag such as VERB",
          at: SourceLocation(file: path, line: lineNumber, column: 1))
      }
      if f.count == 3 {
        exceptions[Key(form: String(f[0]), tag: tag)] = String(f[2])
      } else {
        known.insert(Key(form: String(f[0]), tag: tag))
      }
    }
  }

  /// The lemmatizer shipped with the package, loaded once per process.
  ///
  /// - Throws: `EntenteError` `.resourceMissing` when the table is not beside the
  ///   executable (set `ENTENTE_RESOURCES` to a folder holding `tagger/lemmas.tsv`).
  public static func standard() throws(EntenteError) -> Lemmatizer { try shipped.get() }

  private static let shipped: Result<Lemmatizer, EntenteError> = {
    guard let path = ResourceLocator.path(of: resourceName, module: "EntenteExtraction") else {
      return .failure(
        EntenteError(
          .resourceMissing,
          "the lemma table (\(resourceName)) was not found beside the executable; keep the Entente_EntenteExtraction.resources "
            + "folder next to it, or set ENTENTE_RESOURCES to a folder holding \(resourceName)"))
    }
    do throws(EntenteError) { return .success(try Lemmatizer(path: path)) } catch { return .failure(error) }
  }()

  /// The lemma of `word` used as a `tag`.
  ///
  /// - Complexity: O(*k*) for a word of *k* characters.
  public func lemma(of word: some StringProtocol, tag: UniversalTag) -> String {
    let lower = Self.normalized(word)
    if let l = exceptions[Key(form: lower, tag: tag)] { return l }
    if tag == .properNoun { return Self.straightened(word) }
    if let host = Self.contractionHost(lower) { return lemma(of: host, tag: tag) }
    return Self.ruleLemma(lower, tag: tag) { known.contains(Key(form: $0, tag: $1)) }
  }

  /// The first word of a contraction the treebank splits ("didn't" → "did", "can't" →
  /// "ca", "they're" → "they", "cannot" → "can"), else `nil`.
  static func contractionHost(_ lower: String) -> String? {
    if lower == "cannot" { return "can" }
    for clitic in ["n't", "'re", "'ll", "'ve", "'m", "'d", "'s"]
    where lower.hasSuffix(clitic) && lower.count > clitic.count {
      return String(lower.dropLast(clitic.count))
    }
    return nil
  }

  /// `word` lower-cased, with curly apostrophes straightened.
  static func normalized(_ word: some StringProtocol) -> String {
    straightened(word).lowercased()
  }

  static func straightened(_ word: some StringProtocol) -> String {
    let s = String(word)
    return s.contains("’") ? s.replacingOccurrences(of: "’", with: "'") : s
  }
}
