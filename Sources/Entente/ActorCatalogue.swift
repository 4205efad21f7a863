import Foundation

/// The package's one table of actors: states, disputed entities, organizations, armed
/// groups and the people who speak for them, with the words texts use for each.
///
/// The catalogue is data (`Resources/catalogue/*.tsv`, described in `Guides/Catalogue.md`):
/// graph files may cite any catalogue id without declaring it, extraction builds its
/// default gazetteer from it, and event import reads its dataset names.
///
///     let catalogue = try ActorCatalogue.standard()
///     catalogue.actor("MLI")?.name                       // "Mali"
///     catalogue.actors(named: "the Kremlin")             // [RUS]
///     catalogue.actors(named: "Lavrov", at: try .init(parsing: "2020"))  // [RUS]
///     catalogue.actor(ofRolePhrase: "Brazil's president") // BRA
///
/// Forms match case-insensitively, except abbreviations and forms the data marks
/// case-sensitive (`=Turkey`), which match only as written.
public struct ActorCatalogue: Sendable {
  /// What a role phrase names.
  public struct Role: Sendable, Hashable {
    /// The role's label ("foreign minister").
    public let role: String
    /// `office` (one person), `body` (an institution) or `people` (an unnamed group).
    public let kind: String
    /// The phrases that express it ("foreign minister", "top diplomat").
    public let forms: [String]
  }

  /// The actors in file order (states, disputed entities, organizations, groups).
  public private(set) var actors: [Actor] = []
  /// The role phrases that stand for a state without a person's name.
  public private(set) var roles: [Role] = []
  /// Phrases that hold an actor's form but name no actor ("South China Sea", "Gulf of
  /// Guinea", "Lake Chad", "Latin America", "Minsk agreements"), from `places.tsv`: a
  /// matcher reads them as one unit and yields nothing.
  public private(set) var places: [String] = []
  /// Cities that stand for their state as a place, from `cities.tsv`.
  ///
  /// What strikes, shells or seizes one acts against the state ("missiles struck Kharkiv"
  /// is an attack on Ukraine). Capitals are the states' metonyms instead.
  public private(set) var cities: [City] = []
  private var positions: [ActorID: Int] = [:]
  private var exact: [ActorID: Set<String>] = [:]
  private var datasetNames: [ActorID: [String]] = [:]
  private var byDatasetName: [String: ActorID] = [:]
  /// Actors by form key (see `key(_:exact:)`), in catalogue order.
  private var byForm: [String: [ActorID]] = [:]
  private var roleByForm: [String: Role] = [:]

  /// A city and the state it stands for as a place.
  public struct City: Sendable, Hashable {
    /// Its spellings ("Odesa", "Odessa").
    public let forms: [String]
    /// The state it lies in.
    public let state: ActorID
  }

  /// The files of a catalogue directory, in the order they are read.
  public static let actorFiles = ["states.tsv", "disputed.tsv", "organizations.tsv", "groups.tsv", "companies.tsv"]

  /// The catalogue shipped with Entente, read once per process.
  ///
  /// - Throws: `.resourceMissing` when the resource folder is not found, or the error of a malformed file.
  public static func standard() throws(EntenteError) -> ActorCatalogue { try StandardCatalogueCache.shared.get() }

  /// Reads a catalogue directory holding `states.tsv`, `disputed.tsv`, `organizations.tsv`,
  /// `groups.tsv`, `companies.tsv`, `people.tsv`, `roles.tsv`, `places.tsv` and `cities.tsv`;
  /// missing files count as empty.
  ///
  /// - Throws: `EntenteError` at the file and line of a malformed row, a duplicate id,
  ///   or a person whose actor is not in the catalogue.
  /// - Complexity: O(*n*) in the total size of the files.
  public init(directory: String) throws(EntenteError) {
    for file in Self.actorFiles {
      for (line, f) in try Self.rows(directory + "/" + file, columns: 3) { try addActor(f, at: line) }
    }
    for (line, f) in try Self.rows(directory + "/people.tsv", columns: 5) { try addPerson(f, at: line) }
    for (_, f) in try Self.rows(directory + "/roles.tsv", columns: 3) {
      let role = Role(role: f[0].value, kind: f[1].value, forms: Self.list(f[2].value))
      roles.append(role)
      for form in role.forms { roleByForm[Self.key(form, exact: false)] = role }
    }
    for (line, f) in try Self.rows(directory + "/places.tsv", columns: 1) {
      guard !Self.words(f[0].value).isEmpty else {
        throw EntenteError(.invalidValue, "a place needs at least one word, found '\(f[0].value)'", at: line)
      }
      places.append(f[0].value)
    }
    for (_, f) in try Self.rows(directory + "/cities.tsv", columns: 2) {
      let state = ActorID(f[1].value)
      guard let i = positions[state], actors[i].kind == .state else {
        throw EntenteError(
          .unknownActor, "the city '\(f[0].value)' lies in '\(state)', which is no state of the catalogue",
          at: f[1].location)
      }
      cities.append(City(forms: Self.list(f[0].value), state: state))
    }
  }

  /// The actor with this id.
  ///
  /// - Complexity: O(1).
  public func actor(_ id: ActorID) -> Actor? { positions[id].map { actors[$0] } }

  /// Whether a form of `actor` (name, alias, demonym or metonym) matches only as written.
  public func isCaseSensitive(_ form: String, of actor: ActorID) -> Bool { exact[actor]?.contains(form) ?? false }

  /// The actors a form names (name, alias, demonym, metonym, abbreviation or person),
  /// the preferred first; a leading "the" counts only where it is part of the name ("The
  /// Hague", but "the Pentagon").
  ///
  /// People count only while in office at `date` when one is given.
  ///
  /// - Complexity: O(*k*) for a form of *k* characters, plus the actor's own forms when a date is given.
  public func actors(named form: String, at date: EntenteDate? = nil) -> [ActorID] {
    let whole = lookup(form, at: date)
    guard whole.isEmpty, form.hasPrefix("the ") || form.hasPrefix("The ") else { return whole }
    return lookup(String(form.dropFirst(4)), at: date)
  }

  private func lookup(_ form: String, at date: EntenteDate?) -> [ActorID] {
    let k = Self.key(form, exact: false)
    var out: [ActorID] = []
    for id in (byForm[Self.key(form, exact: true)] ?? []) + (byForm[k] ?? []) where !out.contains(id) {
      if let date, let a = actor(id), !isNamed(a, key: k),
        !a.spokespeople.contains(where: { p in
          p.speaks(at: date) && ([p.name] + p.aliases).contains { Self.key($0, exact: false) == k }
        })
      {
        continue
      }
      out.append(id)
    }
    return out
  }

  /// The actor a role phrase without a person's name stands for: "the Russian foreign
  /// minister", "Brazil's president", "the president of Brazil", "Chinese officials",
  /// "a State Department spokesperson".
  ///
  /// `nil` when the phrase names no actor (a bare
  /// "the Foreign Ministry" needs the state from context).
  ///
  /// - Complexity: O(*w*²) for a phrase of *w* words.
  public func actor(ofRolePhrase phrase: String) -> ActorID? {
    var words = Self.words(phrase)
    if let first = words.first?.lowercased(), ["the", "a", "an"].contains(first) { words.removeFirst() }
    guard words.count >= 2 else { return nil }
    func named(_ w: ArraySlice<String>) -> ActorID? {
      let text = w.joined(separator: " ")
      let k = Self.key(text, exact: false)
      for id in actors(named: text) where actor(id).map({ isNamed($0, key: k) }) ?? false { return id }
      return nil
    }
    for split in 1..<words.count {
      let head = words[..<split]
      let tail = words[split...]
      // "the president of Brazil"
      if let ofAt = head.lastIndex(where: { $0.lowercased() == "of" }), ofAt == split - 1,
        roleByForm[Self.key(head.dropLast().joined(separator: " "), exact: false)] != nil, let id = named(tail)
      {
        return id
      }
      // "the Russian foreign minister", "Brazil's president", "State Department spokesperson"
      guard roleByForm[Self.key(tail.joined(separator: " "), exact: false)] != nil else { continue }
      var owner = head
      if let last = owner.last, last.hasSuffix("'s") || last.hasSuffix("’s") {
        owner[owner.endIndex - 1] = String(last.dropLast(2))
      }
      if let id = named(owner) { return id }
    }
    return nil
  }

  /// The role of a phrase such as "foreign minister" or "officials".
  public func role(_ phrase: String) -> Role? { roleByForm[Self.key(phrase, exact: false)] }

  /// The names event datasets use for an actor, its ISO short name first.
  public func datasetNames(of id: ActorID) -> [String] { datasetNames[id] ?? [] }

  /// The actor an event dataset's country name stands for, case-insensitively.
  ///
  /// - Complexity: O(*k*) for a name of *k* characters.
  public func actor(forDatasetName name: String) -> ActorID? { byDatasetName[name.lowercased()] }

  // MARK: Reading

  /// Whether a form key names the actor itself (not one of its people).
  private func isNamed(_ a: Actor, key k: String) -> Bool {
    ([a.name] + a.aliases + a.demonyms + a.metonyms + a.abbreviations).contains { Self.key($0, exact: false) == k }
  }

  private mutating func addActor(_ f: [Cell], at location: SourceLocation) throws(EntenteError) {
    let id = ActorID(f[0].value)
    guard id.isWellFormed else {
      throw EntenteError(.invalidValue, "actor id '\(id)' is not upper-case letters, digits, '_' or '-'", at: location)
    }
    guard let kind = Actor.Kind(rawValue: f[1].value) else {
      throw EntenteError(
        .invalidValue,
        "unknown kind '\(f[1].value)'; expected \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
        at: f[1].location)
    }
    guard positions[id] == nil else {
      throw EntenteError(.duplicateID, "actor '\(id)' is listed twice in the catalogue", at: location)
    }
    func cell(_ i: Int) -> [String] { f.count > i ? Self.list(f[i].value) : [] }
    var marked: Set<String> = []
    func strip(_ forms: [String]) -> [String] {
      forms.map { s in
        guard s.hasPrefix("=") else { return s }
        marked.insert(String(s.dropFirst()))
        return String(s.dropFirst())
      }
    }
    let name = strip([f[2].value]).first ?? f[2].value
    let actor = Actor(
      id: id, name: name, kind: kind, aliases: strip(cell(3)), demonyms: strip(cell(4)), metonyms: strip(cell(5)),
      abbreviations: cell(6), partOf: cell(7).map { ActorID($0) },
      note: f.count > 9 && !f[9].value.isEmpty ? f[9].value : nil)
    positions[id] = actors.count
    actors.append(actor)
    if !marked.isEmpty { exact[id] = marked }
    datasetNames[id] = cell(8)
    for n in cell(8) where byDatasetName[n.lowercased()] == nil { byDatasetName[n.lowercased()] = id }
    for form in [name] + actor.aliases + actor.demonyms + actor.metonyms {
      index(form, id, exact: marked.contains(form))
    }
    for form in actor.abbreviations { index(form, id, exact: true) }
  }

  private mutating func addPerson(_ f: [Cell], at location: SourceLocation) throws(EntenteError) {
    let id = ActorID(f[0].value)
    guard let i = positions[id] else {
      throw EntenteError(
        .unknownActor, "person '\(f[1].value)' speaks for '\(id)', which the catalogue does not list", at: f[0].location
      )
    }
    func date(_ k: Int) throws(EntenteError) -> EntenteDate? {
      guard f.count > k, !f[k].value.isEmpty else { return nil }
      do { return try EntenteDate(parsing: f[k].value) } catch {
        throw EntenteError(error.code, error.message, at: f[k].location)
      }
    }
    let person = Spokesperson(
      name: f[1].value, aliases: Self.list(f[2].value), role: f[3].value, since: try date(4), until: try date(5))
    if let s = person.since, let u = person.until, u.startDay <= s.startDay {
      throw EntenteError(.invalidInterval, "'\(person.name)': until \(u) is not after from \(s)", at: f[5].location)
    }
    actors[i].spokespeople.append(person)
    index(person.name, id, exact: false)
    // Initials such as "MBS" match only in capitals, as in the gazetteer.
    for a in person.aliases { index(a, id, exact: a.count <= 3 && a == a.uppercased()) }
  }

  private mutating func index(_ form: String, _ id: ActorID, exact: Bool) {
    let k = Self.key(form, exact: exact)
    guard k != "=", !k.isEmpty, !(byForm[k]?.contains(id) ?? false) else { return }
    byForm[k, default: []].append(id)
  }

  /// A form's lookup key: its words lower-cased and joined by spaces, or "=" and the
  /// words as written for a case-sensitive form.
  static func key(_ form: String, exact: Bool) -> String {
    let w = words(form).joined(separator: " ")
    return exact ? "=" + w : w.lowercased()
  }

  /// The words of a form: letters, digits, `.` and apostrophes; other characters separate.
  ///
  /// A trailing period is dropped unless the word is an initialism (`U.S.`).
  package static func words(_ s: String) -> [String] {
    var out: [String] = []
    var w = ""
    for c in s {
      if c.isLetter || c.isNumber || c == "." || c == "'" || c == "’" {
        w.append(c)
      } else if !w.isEmpty {
        out.append(w)
        w = ""
      }
    }
    if !w.isEmpty { out.append(w) }
    return out.map { $0.hasSuffix(".") && $0.filter { $0 == "." }.count == 1 ? String($0.dropLast()) : $0 }
  }

  static func list(_ s: String) -> [String] {
    s.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  struct Cell {
    var value: String
    var location: SourceLocation
  }

  /// The rows of a TSV file without comments and blank lines, each cell with its location.
  static func rows(_ path: String, columns: Int) throws(EntenteError) -> [(SourceLocation, [Cell])] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the catalogue file '\(path)' as UTF-8 text")
    }
    var out: [(SourceLocation, [Cell])] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
      var cells: [Cell] = []
      var column = 1
      for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
        cells.append(
          Cell(
            value: piece.trimmingCharacters(in: .whitespaces),
            location: SourceLocation(file: path, line: i + 1, column: column)))
        column += piece.unicodeScalars.count + 1
      }
      let at = SourceLocation(file: path, line: i + 1, column: 1)
      guard cells.count >= columns, !cells[0].value.isEmpty else {
        throw EntenteError(
          .invalidValue,
          "expected at least \(columns) tab-separated columns, found \(cells.count); see the header of the file", at: at
        )
      }
      out.append((at, cells))
    }
    return out
  }
}

/// Reads the standard catalogue once per process.
private final class StandardCatalogueCache: Sendable {
  static let shared = StandardCatalogueCache()
  private let value: Result<ActorCatalogue, EntenteError>

  private init() {
    guard let path = ResourceLocator.path(of: "catalogue/states.tsv") else {
      value = .failure(
        EntenteError(
          .resourceMissing,
          "the actor catalogue (catalogue/states.tsv) was not found beside the executable; keep the "
            + "Entente_Entente.resources folder next to it, or set ENTENTE_RESOURCES to a folder holding catalogue/"))
      return
    }
    do { value = .success(try ActorCatalogue(directory: PathText.folder(of: path))) } catch { value = .failure(error) }
  }

  func get() throws(EntenteError) -> ActorCatalogue { try value.get() }
}
