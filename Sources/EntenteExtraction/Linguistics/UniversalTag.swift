/// A Universal Dependencies part of speech (UPOS): the 17 word classes of
/// <https://universaldependencies.org/u/pos/>.
///
/// The raw value is the tag's index in the tagger's model (stable: the model file
/// stores these numbers). `name` is the tag as CoNLL-U writes it.
///
///     UniversalTag(name: "PROPN")  // .properNoun
///     UniversalTag.auxiliary.name  // "AUX"
public enum UniversalTag: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// ADJ: adjective ("big", "Russian", "nuclear").
  case adjective = 0
  /// ADP: adposition ("in", "to", "by").
  case adposition
  /// ADV: adverb ("very", "also", "not" is PART).
  case adverb
  /// AUX: auxiliary ("is", "has", "will", "may", "could").
  case auxiliary
  /// CCONJ: coordinating conjunction ("and", "or", "but").
  case coordinatingConjunction
  /// DET: determiner ("the", "a", "this", "each").
  case determiner
  /// INTJ: interjection ("yes", "oh").
  case interjection
  /// NOUN: common noun ("sanctions", "tanks", "ceasefire").
  case noun
  /// NUM: numeral ("20", "two", "1987").
  case numeral
  /// PART: particle ("not", "n't", the possessive "'s", the infinitive "to").
  case particle
  /// PRON: pronoun ("it", "they", "who").
  case pronoun
  /// PROPN: proper noun ("Russia", "May" the month, "NATO").
  case properNoun
  /// PUNCT: punctuation.
  case punctuation
  /// SCONJ: subordinating conjunction ("that", "if", "because").
  case subordinatingConjunction
  /// SYM: symbol ("$", "%", "+").
  case symbol
  /// VERB: main verb ("sold", "attacked", "signed").
  case verb
  /// X: other (foreign words, typos, fragments).
  case other

  /// The tag as CoNLL-U writes it (`"NOUN"`, `"PROPN"`, ...).
  public var name: String { Self.names[Int(rawValue)] }

  /// The CoNLL-U name.
  public var description: String { name }

  /// The tag CoNLL-U writes as `name`, or `nil` when `name` is not a UPOS tag.
  public init?(name: some StringProtocol) {
    guard let i = Self.names.firstIndex(where: { $0 == name }) else { return nil }
    self.init(rawValue: UInt8(i))
  }

  /// Whether the tag is NOUN or PROPN.
  public var isNominal: Bool { self == .noun || self == .properNoun }

  /// Whether the tag is VERB or AUX.
  public var isVerbal: Bool { self == .verb || self == .auxiliary }

  private static let names = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",
    "VERB", "X",
  ]
}
