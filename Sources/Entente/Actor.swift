/// A participant in the graph: a state, organization, region, company or group.
///
/// Besides its name an actor carries the words texts use for it, so that
/// extraction can recognize it: aliases ("Russian Federation"), demonyms and
/// adjectives ("Azeri"), metonyms ("Kremlin", "Baku"), abbreviations ("RF",
/// "CTSO" as a common misspelling) and the people who speak for it, with
/// their years in office.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
  /// What sort of actor this is; it decides the shape of its node in diagrams.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case state, organization, region, company, group
  }

  /// The actor's identifier.
  public var id: ActorID
  /// The name shown in diagrams and tables.
  public var name: String
  /// The sort of actor.
  public var kind: Kind
  /// Other names ("Russian Federation", "Nagorno-Karabakh").
  public var aliases: [String]
  /// Demonyms and adjectives ("Armenian", "Azeri", "Azerbaijani").
  public var demonyms: [String]
  /// Places or institutions that stand for the actor ("Moscow", "Kremlin").
  public var metonyms: [String]
  /// Abbreviations, acronyms and common misspellings, matched case-sensitively ("RF", "CTSO").
  public var abbreviations: [String]
  /// People who speak for the actor, with their time in office.
  public var spokespeople: [Spokesperson]
  /// Organizations this actor belongs to structurally (the Minsk Group is part of the OSCE).
  public var partOf: [ActorID]
  /// A free note: a public source, a caveat.
  public var note: String?

  /// Creates an actor.
  public init(
    id: ActorID, name: String, kind: Kind, aliases: [String] = [], demonyms: [String] = [],
    metonyms: [String] = [], abbreviations: [String] = [], spokespeople: [Spokesperson] = [],
    partOf: [ActorID] = [], note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.demonyms = demonyms
    self.metonyms = metonyms
    self.abbreviations = abbreviations
    self.spokespeople = spokespeople
    self.partOf = partOf
    self.note = note
  }
}

/// A person who speaks for an actor during a time in office.
public struct Spokesperson: Sendable, Hashable, Codable {
  /// The person's full name ("Nikol Pashinyan").
  public var name: String
  /// Other forms texts use ("Pashinyan", "NP").
  public var aliases: [String]
  /// The office held ("prime minister").
  public var role: String?
  /// When the person took office; `nil` when unknown.
  public var since: EntenteDate?
  /// When the person left office (exclusive); `nil` while in office.
  public var until: EntenteDate?

  /// Creates a spokesperson.
  public init(
    name: String, aliases: [String] = [], role: String? = nil, since: EntenteDate? = nil, until: EntenteDate? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.role = role
    self.since = since
    self.until = until
  }

  /// Whether the person held office at some time in the period of `date`.
  public func speaks(at date: EntenteDate) -> Bool {
    (since.map { $0.startDay < date.endDay } ?? true) && (until.map { $0.startDay > date.startDay } ?? true)
  }
}
