import Entente
import Foundation

/// Event patterns as data (`Resources/patterns.tsv`, and any `--lexicon` file): each
/// relation kind is a family of patterns over lemmas, argument roles and noun classes.
///
/// A pattern line is `kind <TAB> lemmas <TAB> pos <TAB> agent <TAB> patient <TAB> thing <TAB> phase`:
/// - `lemmas`: the head lemma, then words that must follow it within the next three
///   words, in order, by lemma ("cut tie" matches "cut diplomatic ties"); `@name` stands
///   for any lemma of noun class `name` ("@strained tie" matches "tense ties" and
///   "frosty relations" when both adjectives and both nouns are in their classes); a
///   following lemma written `~lemma` may stand up to eight words on, past the words of
///   one noun phrase ("suspend ~treaty" matches "suspended the New START treaty");
/// - `pos`: `verb`, `noun`, `adj` or `compound` (a participle joined by a hyphen to the
///   actor before it: "Iran-backed");
/// - `agent`, `patient`: roles tried in order, `|`-separated: `subj` and `obj` (logical:
///   a passive swaps them), `by`, `poss` (a possessive or actor adjective right before
///   a noun), `mod` (the actor joined by a hyphen), `head` (the actor a compound
///   modifies), `thing` (the actor adjective on the pattern's thing: "Iranian drones"),
///   `appos` (the actor an apposition describes: "Turkey, a NATO member"), `nmod` (a name
///   between a possessive and the noun: "its CSTO membership"), `lastorg` (the last
///   organization the document named: "the co-chairs"), `lastpair` (as agent, then as
///   patient: the two sides of the document's last relation of the pattern's kind, for a
///   noun that names none: "the hostilities went on"), `lastwar` (both sides of the
///   document's last hostility: "a truce mediated by X" after a war was named), `lastside`
///   (the side that acted in the document's last hostility, when the pattern's object is
///   an operation noun of class `@operation`: "the intervention was backed by X"), `list` (a list after the
///   pattern, across a colon or dash: "comprising ten countries – A, B and C"), `next`
///   (the actors after the comma that closes the pattern's phrase: "Under the mediation
///   of X, A and B agreed"), `as` (the actor an "as" phrase gives the noun: "with X as
///   mediator", "X, acting as a go-between"), `named` (the actors a list marker names
///   after the pattern's phrase: "members of ASEAN such as A and B", "ASEAN members
///   including A"), `apposed` (an apposition closing the pattern's phrase, set off by
///   commas or ending the sentence: "X's closest ally, Y,", "X's top supplier of crude, Y,"),
///   `betweenbefore` (the sides a "between"/"among" before the pattern names in its
///   sentence: "talks between A and B opened, with X as guarantor"),
///   `lastfoe` (the side acted against in the document's last hostility, read at most two
///   sentences back, when the clause names no recipient: "A and B provided ground forces"
///   to a war just told of),
///   `P=state` (a preposition's actors that are states named by a name, a metonym or an
///   abbreviation: "deployed troops to Somalia", never "to Kursk", a city standing for its
///   state, nor "to Crimea", a region),
///   `sides` (the two or more coordinated subjects of the clause when its verb is one the
///   sides of a deal say: "A and B agreed to a Qatar-brokered truce", "signed", "reached",
///   "accepted", "carried out"),
///   `verbobj` (for a noun: the object of the verb before it in its clause, "added X to
///   its entity list"),
///   `feuding` (the actors of an "of" phrase when they are the two sides of the document's
///   last hostility or tension: "hosted the leaders of A and B" after A and B clashed),
///   `between` (all actors after "between"/"among"), `pair` (the other actors
///   coordinated with the agent: "A and B clashed"), `atpair` (the same, for a noun right
///   after "at": "A and B are at war", never "A and B discussed the war"),
///   `fronted` (the two or more coordinated subjects after the comma that closes a phrase
///   opening the sentence with "after" or "following" and naming talks or a deal: "After
///   talks mediated by X, A and B signed"), `called` (the organization or group named right
///   after "called", "named", "dubbed" or "known as" in the pattern's clause: "formed an
///   alliance called Mercosur"), `objpair` (the object of an active verb when it names
///   exactly two actors: "invited A and B to peace talks", "brought together the leaders of
///   A and B", never "invited A to talks"), `opener` (for a noun in a phrase opening the
///   sentence with "with" or "thanks to": the main clause's subject, "With X's help, Y
///   seized the town"), `copular` (for a noun that is the subject of a form of *be* right
///   after its phrase: the actors after it, "Russia's closest allies are A and B"),
///   `titled` (for a noun: the actors right after it, which it names as a title does,
///   "arch-rivals A and B agreed"), or a preposition (`to`, `from`, `on`...);
/// - `thing`: a noun class (`@name` lines) one of whose nouns must stand in the
///   pattern's phrase, or `-`;
/// - `phase`: `holds`, `begins` or `ends`.
///
/// A noun class line is `@name <TAB> lemma lemma ...`.
public struct PatternTable: Sendable {
  /// An argument role.
  public enum Role: Sendable, Hashable {
    case subject, object, by, possessor, modifier, head, thing, between, pair, appositive, nameModifier,
      lastOrganization, lastPair, lastHostility, lastSide, list, next, asActor, named, apposition, earlierBetween,
      lastFoe, sides, verbObject, feuding, atPair, frontedSides, called, objectPair, opener, copular, titled
    case preposition(String)
    /// A preposition's actors that are states named as such (`to=state`).
    case statePreposition(String)

    init(_ s: String) {
      if s.hasSuffix("=state"), s.count > 6 {
        self = .statePreposition(String(s.dropLast(6)))
        return
      }
      switch s {
      case "subj": self = .subject
      case "obj": self = .object
      case "by": self = .by
      case "poss": self = .possessor
      case "mod": self = .modifier
      case "head": self = .head
      case "thing": self = .thing
      case "between": self = .between
      case "pair": self = .pair
      case "appos": self = .appositive
      case "nmod": self = .nameModifier
      case "lastorg": self = .lastOrganization
      case "lastpair": self = .lastPair
      case "lastwar": self = .lastHostility
      case "lastside": self = .lastSide
      case "list": self = .list
      case "next": self = .next
      case "as": self = .asActor
      case "named": self = .named
      case "apposed": self = .apposition
      case "betweenbefore": self = .earlierBetween
      case "lastfoe": self = .lastFoe
      case "sides": self = .sides
      case "verbobj": self = .verbObject
      case "feuding": self = .feuding
      case "atpair": self = .atPair
      case "objpair": self = .objectPair
      case "fronted": self = .frontedSides
      case "called": self = .called
      case "opener": self = .opener
      case "copular": self = .copular
      case "titled": self = .titled
      default: self = .preposition(s)
      }
    }
  }

  /// One pattern.
  public struct Pattern: Sendable, Hashable {
    /// The relation kind the pattern proposes.
    public let kind: String
    /// The head lemma, then the lemmas that must follow it.
    public let lemmas: [String]
    let pos: PatternPOS
    /// The roles that may hold the relation's source (the first that is filled wins).
    public let agent: [Role]
    /// The roles that may hold the relation's target.
    public let patient: [Role]
    /// The noun class that must be present, if any.
    public let thing: String?
    /// The phase the pattern states (`holds`, `begins` or `ends`).
    public let phase: Phase
    /// Where the pattern was read (file:line), for messages.
    public let origin: String
  }

  /// The patterns, in file order (built-in first, then added files).
  public private(set) var patterns: [Pattern] = []
  /// Noun classes: name → lemmas.
  public private(set) var classes: [String: [String]] = [:]

  /// An empty table.
  public init() {}

  /// The default table.
  public static func standard(vocabulary: RelationVocabulary) throws(EntenteError) -> PatternTable {
    guard let path = ResourceLocator.path(of: "patterns.tsv", module: "EntenteExtraction") else {
      throw EntenteError(
        .resourceMissing, "the pattern table (patterns.tsv) was not found beside the executable; set ENTENTE_RESOURCES")
    }
    var t = PatternTable()
    try t.read(path: path, vocabulary: vocabulary)
    return t
  }

  /// Adds the patterns and noun classes of a file (a `--lexicon` file has the same format).
  ///
  /// - Throws: `EntenteError` at the line of an unknown kind, POS, phase or noun class.
  public mutating func read(path: String, vocabulary: RelationVocabulary) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the pattern file '\(path)'")
    }
    try read(text: text, name: path, vocabulary: vocabulary)
  }

  /// Adds the lines of `text` (named `name` in messages).
  public mutating func read(text: String, name: String, vocabulary: RelationVocabulary) throws(EntenteError) {
    var pending: [(Pattern, Int)] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let at = SourceLocation(file: name, line: i + 1, column: 1)
      if f[0].hasPrefix("@") {
        guard f.count >= 2, f[0].count > 1 else {
          throw EntenteError(.invalidValue, "expected '@class<TAB>lemma lemma ...'", at: at)
        }
        classes[String(f[0].dropFirst()), default: []] += f[1].lowercased().split(separator: " ").map(String.init)
        continue
      }
      guard f.count >= 5 else {
        throw EntenteError(
          .invalidValue,
          "expected 'kind<TAB>lemmas<TAB>pos<TAB>agent<TAB>patient[<TAB>thing<TAB>phase]', found \(f.count) columns",
          at: at)
      }
      guard vocabulary[f[0]] != nil else {
        throw EntenteError(
          .unknownKind, "unknown relation kind '\(f[0])'; known: \(vocabulary.ids.joined(separator: ", "))", at: at)
      }
      guard let pos = PatternPOS(rawValue: f[2]) else {
        throw EntenteError(
          .invalidValue, "unknown part of speech '\(f[2])'; expected verb, noun, adj or compound", at: at)
      }
      let lemmas = f[1].lowercased().split(separator: " ").map(String.init)
      guard !lemmas.isEmpty, !f[3].isEmpty, !f[4].isEmpty else {
        throw EntenteError(.invalidValue, "a pattern needs lemmas, an agent and a patient role", at: at)
      }
      let thing = f.count > 5 && f[5] != "-" && !f[5].isEmpty ? f[5] : nil
      var phase = Phase.holds
      if f.count > 6, !f[6].isEmpty {
        guard let p = Phase(rawValue: f[6]) else {
          throw EntenteError(.invalidValue, "unknown phase '\(f[6])'; expected holds, begins or ends", at: at)
        }
        phase = p
      }
      let roles = { (s: String) in s.split(separator: "|").map { Role(String($0)) } }
      pending.append(
        (
          Pattern(
            kind: f[0], lemmas: lemmas, pos: pos, agent: roles(f[3]), patient: roles(f[4]), thing: thing, phase: phase,
            origin: "\(name):\(i + 1)"), i + 1
        ))
    }
    for (p, line) in pending {
      for lemma in p.lemmas.map(Self.nearLemma)
      where lemma.count > 1 && lemma.hasPrefix("@") && classes[String(lemma.dropFirst())] == nil {
        throw EntenteError(
          .invalidValue,
          "unknown noun class '\(lemma.dropFirst())' in the lemmas; define it with a line '\(lemma)<TAB>lemma lemma ...'",
          at: SourceLocation(file: name, line: line, column: 1))
      }
      if let thing = p.thing, classes[thing] == nil {
        throw EntenteError(
          .invalidValue, "unknown noun class '\(thing)'; define it with a line '@\(thing)<TAB>lemma lemma ...'",
          at: SourceLocation(file: name, line: line, column: 1))
      }
      patterns.append(p)
    }
  }
}

extension PatternTable {
  /// A lemma of the lemmas column without its far mark: `~treaty` is `treaty`.
  ///
  /// - Parameter written: the lemma as the pattern file writes it.
  /// - Returns: the lemma.
  static func nearLemma(_ written: String) -> String {
    written.count > 1 && written.hasPrefix("~") ? String(written.dropFirst()) : written
  }
}
