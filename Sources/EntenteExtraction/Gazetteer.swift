import Entente
import Foundation

/// The words texts use for actors: names, demonyms, metonyms, abbreviations, people.
///
/// The default gazetteer is the package's actor catalogue (`ActorCatalogue.standard()`:
/// every state, disputed entities, organizations, armed groups and the people who speak
/// for them); a graph file's actors extend it with their aliases, demonyms, metonyms,
/// abbreviations and spokespeople. Forms match case-insensitively except abbreviations
/// and the forms the catalogue marks case-sensitive, which match only as written ("US"
/// but not "us", "Turkey" but not "turkey").
public struct Gazetteer: Sendable {
  /// How a form names its actor.
  public enum FormKind: String, Sendable {
    case name, demonym, metonym, abbreviation, person
  }

  /// One form.
  public struct Form: Sendable, Hashable {
    /// The actor it names.
    public let actor: ActorID
    /// What sort of form it is.
    public let kind: FormKind
    /// For a person: the years the person speaks for the actor.
    public let since: EntenteDate?
    /// For a person: when the person stopped speaking for the actor (exclusive).
    public let until: EntenteDate?
  }

  /// Forms by key: lower-cased words joined by single spaces (case-insensitive forms),
  /// or "=" followed by the exact words (abbreviations).
  private(set) var forms: [String: [Form]] = [:]
  /// Display names by actor.
  public private(set) var names: [ActorID: String] = [:]
  /// Kinds by actor.
  public private(set) var kinds: [ActorID: Actor.Kind] = [:]
  /// Keys (lower-cased words joined by spaces) of phrases that name no actor though they
  /// hold an actor's form ("south china sea"): the catalogue's places.
  public private(set) var places: Set<String> = []
  private var preferred = false

  /// An empty gazetteer.
  public init() {}

  /// The default gazetteer (the actor catalogue's words), extended by a graph's actors when given.
  public static func standard(extendedWith graph: ActorGraph? = nil) throws(EntenteError) -> Gazetteer {
    var g = Gazetteer(catalogue: try ActorCatalogue.standard())
    // The graph's words win over the defaults ("Brussels" for the EU, not Belgium).
    if let graph { for a in graph.actors { g.add(a, preferred: true) } }
    return g
  }

  /// The words of a catalogue's actors, in catalogue order (the first actor a form names wins).
  ///
  /// A company of the catalogue (kind `company`, part of a state) names its state: "Baykar
  /// sold drones to Ukraine" is Turkey arming Ukraine, as an analyst coding relations between
  /// states reads it. A graph that declares the company keeps it as its own actor.
  public init(catalogue: ActorCatalogue) {
    for a in catalogue.actors {
      let caseSensitive = { (form: String) in catalogue.isCaseSensitive(form, of: a.id) }
      if a.kind == .company, let state = a.partOf.first, catalogue.actor(state)?.kind == .state {
        addCompany(a, of: state, caseSensitive: caseSensitive)
      } else {
        add(a, caseSensitive: caseSensitive)
      }
    }
    for p in catalogue.places { addPlace(p) }
    // A city stands for its state as a place, the way an actor adjective does: the target
    // of an act, never a speaker or a mediator by its own name.
    for c in catalogue.cities {
      for f in c.forms { insert(f, Form(actor: c.state, kind: .demonym, since: nil, until: nil), exact: false) }
    }
  }

  /// Adds a company's names and abbreviations as metonyms of `state`.
  private mutating func addCompany(_ company: Actor, of state: ActorID, caseSensitive: (String) -> Bool) {
    for n in [company.name] + company.aliases {
      insert(n, Form(actor: state, kind: .metonym, since: nil, until: nil), exact: caseSensitive(n))
    }
    for a in company.abbreviations {
      insert(a, Form(actor: state, kind: .metonym, since: nil, until: nil), exact: true)
      if let word = Self.titleCase(a) {
        insert(word, Form(actor: state, kind: .metonym, since: nil, until: nil), exact: true)
      }
    }
  }

  /// Adds a phrase that names no actor though it holds an actor's form ("Lake Chad"): a
  /// matcher reads it as one unit and yields nothing for it.
  public mutating func addPlace(_ phrase: String) {
    let words = Gazetteer.words(phrase)
    guard !words.isEmpty else { return }
    places.insert(words.joined(separator: " ").lowercased())
  }

  /// Reads a gazetteer file: id, kind, names, demonyms, metonyms, abbreviations (lists `|`-separated).
  public init(path: String) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the gazetteer '\(path)'")
    }
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.hasPrefix("#") && !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 3, let kind = Actor.Kind(rawValue: f[1]) else {
        throw EntenteError(
          .invalidValue, "expected 'id<TAB>kind<TAB>names<TAB>demonyms<TAB>metonyms<TAB>abbreviations'",
          at: SourceLocation(file: path, line: i + 1, column: 1))
      }
      func list(_ k: Int) -> [String] { f.count > k ? f[k].split(separator: "|").map(String.init) : [] }
      let names = list(2)
      add(
        Actor(
          id: ActorID(f[0]), name: names.first ?? f[0], kind: kind, aliases: Array(names.dropFirst()),
          demonyms: list(3), metonyms: list(4), abbreviations: list(5)))
    }
  }

  /// Adds (or extends) an actor's forms; `preferred` forms come first where a word names several actors.
  public mutating func add(_ actor: Actor, preferred: Bool = false) {
    add(actor, preferred: preferred, caseSensitive: { _ in false })
  }

  /// Adds an actor's forms; names, demonyms and metonyms for which `caseSensitive` holds match only as written.
  mutating func add(_ actor: Actor, preferred: Bool = false, caseSensitive: (String) -> Bool) {
    self.preferred = preferred
    defer { self.preferred = false }
    if names[actor.id] == nil { names[actor.id] = actor.name }
    kinds[actor.id] = actor.kind
    for n in [actor.name] + actor.aliases {
      insert(n, Form(actor: actor.id, kind: .name, since: nil, until: nil), exact: caseSensitive(n))
    }
    for d in actor.demonyms {
      insert(d, Form(actor: actor.id, kind: .demonym, since: nil, until: nil), exact: caseSensitive(d))
    }
    for m in actor.metonyms {
      insert(m, Form(actor: actor.id, kind: .metonym, since: nil, until: nil), exact: caseSensitive(m))
    }
    for a in actor.abbreviations {
      insert(a, Form(actor: actor.id, kind: .abbreviation, since: nil, until: nil), exact: true)
      if let word = Self.titleCase(a) {
        insert(word, Form(actor: actor.id, kind: .abbreviation, since: nil, until: nil), exact: true)
      }
    }
    for p in actor.spokespeople {
      let form = Form(actor: actor.id, kind: .person, since: p.since, until: p.until)
      insert(p.name, form)
      for a in p.aliases {
        // Initials such as "NP" or "IA" match only in capitals.
        let initials = a.count <= 3 && a == a.uppercased()
        insert(a, form, exact: initials)
      }
    }
  }

  /// Abbreviations of four or more capitals that some styles write as a word ("Nato",
  /// "Ecowas", "Opec") have that form too, matched as written; not those whose word form
  /// is a name or an English word.
  static func titleCase(_ abbreviation: String) -> String? {
    let u = abbreviation.utf8
    guard u.count >= 4, u.allSatisfy({ $0 >= 65 && $0 <= 90 }), !wordLike.contains(abbreviation) else { return nil }
    return abbreviation.prefix(1) + abbreviation.dropFirst().lowercased()
  }

  /// Abbreviations whose title-case form is a name or a word ("Alba", "Quad").
  static let wordLike: Set<String> = ["ALBA", "QUAD", "MILF"]

  private mutating func insert(_ form: String, _ f: Form, exact: Bool = false) {
    let words = Gazetteer.words(form)
    guard !words.isEmpty else { return }
    let key = exact ? "=" + words.joined(separator: " ") : words.joined(separator: " ").lowercased()
    if preferred {
      forms[key, default: []].removeAll { $0 == f }
      forms[key, default: []].insert(f, at: 0)
    } else if !(forms[key]?.contains(f) ?? false) {
      forms[key, default: []].append(f)
    }
  }

  /// The words of a form: letters, digits and `.` runs; hyphens and spaces separate.
  static func words(_ s: String) -> [String] { ActorCatalogue.words(s) }
}
