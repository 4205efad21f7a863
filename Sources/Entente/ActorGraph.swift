/// A dated, typed, signed graph of actors and the relations between them, with the documents it cites.
///
/// An `ActorGraph` is what a graph file holds once read and validated: every
/// relation's endpoints are known actors, its kind is in the vocabulary, its
/// evidence names listed documents, and its interval is ordered.
///
///     var graph = ActorGraph(vocabulary: try .standard())
///     try graph.add(Actor(id: "ARM", name: "Armenia", kind: .state))
///     try graph.add(Actor(id: "CSTO", name: "CSTO", kind: .organization))
///     try graph.add(Relation(source: "ARM", target: "CSTO", kind: "membership",
///                            time: .interval(since: try .init(parsing: "2002"), until: nil)))
///     let s2020 = graph.snapshot(at: try .init(parsing: "2020"))
public struct ActorGraph: Sendable, Equatable {
  /// The documents the relations cite, in the order they were added.
  public private(set) var documents: [Document] = []
  /// The actors, in the order they were added.
  public private(set) var actors: [Actor] = []
  /// The relation kinds this graph knows.
  public private(set) var vocabulary: RelationVocabulary
  /// The relations, in the order they were added.
  public private(set) var relations: [Relation] = []
  /// Node styles that override `NodeStyle.standard(for:)`, by actor kind.
  public private(set) var nodeStyles: [Actor.Kind: NodeStyle] = [:]

  private var actorPositions: [ActorID: Int] = [:]
  private var documentPositions: [String: Int] = [:]

  /// Creates an empty graph with a vocabulary.
  public init(vocabulary: RelationVocabulary) {
    self.vocabulary = vocabulary
  }

  /// The actor with this id.
  ///
  /// - Complexity: O(1).
  public func actor(_ id: ActorID) -> Actor? { actorPositions[id].map { actors[$0] } }

  /// The document with this id.
  ///
  /// - Complexity: O(1).
  public func document(_ id: String) -> Document? { documentPositions[id].map { documents[$0] } }

  /// Adds a document.
  ///
  /// - Throws: `.duplicateID` when a document with the same id exists.
  public mutating func add(_ document: Document) throws(EntenteError) {
    guard documentPositions[document.id] == nil else {
      throw EntenteError(.duplicateID, "document '\(document.id)' is listed twice; give each document its own id")
    }
    documentPositions[document.id] = documents.count
    documents.append(document)
  }

  /// Adds a relation kind to the vocabulary.
  ///
  /// - Throws: `.duplicateID` when the kind exists.
  public mutating func add(_ kind: RelationKind) throws(EntenteError) {
    try vocabulary.add(kind)
  }

  /// Overrides how actors of a kind are drawn.
  public mutating func setNodeStyle(_ style: NodeStyle, for kind: Actor.Kind) {
    nodeStyles[kind] = style
  }

  /// How actors of a kind are drawn: the graph's override, or the standard style.
  public func nodeStyle(for kind: Actor.Kind) -> NodeStyle { nodeStyles[kind] ?? .standard(for: kind) }

  /// Overrides how relations of a kind are drawn.
  ///
  /// - Throws: `.unknownKind` when the vocabulary has no such kind.
  public mutating func setEdgeStyle(_ style: EdgeStyle, forKind kind: String) throws(EntenteError) {
    try vocabulary.setStyle(style, forKind: kind)
  }

  /// Adds an actor.
  ///
  /// - Throws: `.duplicateID` when an actor with the same id exists; `.invalidValue`
  ///   when the id is not upper-case letters, digits, `_` and `-`.
  public mutating func add(_ actor: Actor) throws(EntenteError) {
    guard actor.id.isWellFormed else {
      throw EntenteError(
        .invalidValue,
        "actor id '\(actor.id)' is not valid; use upper-case letters, digits, '_' or '-' starting with a letter (ISO alpha-3 for states, e.g. ARM)"
      )
    }
    guard actorPositions[actor.id] == nil else {
      throw EntenteError(.duplicateID, "actor '\(actor.id)' is defined twice; keep one definition and merge its names")
    }
    try checkText(of: actor)
    actorPositions[actor.id] = actors.count
    actors.append(actor)
  }

  /// Adds a relation after checking it against the graph.
  ///
  /// - Throws: `.unknownActor` (naming the nearest known ids), `.unknownKind`,
  ///   `.unknownDocument`, `.invalidInterval`, `.directionMismatch` or `.invalidValue`.
  public mutating func add(_ relation: Relation) throws(EntenteError) {
    try check(relation)
    relations.append(relation)
  }

  /// Makes room for `count` more relations, so adding them does not grow the array step by step.
  mutating func reserveRelations(_ count: Int) {
    relations.reserveCapacity(relations.count + count)
  }

  /// Adds a relation whose endpoints may be defined in another file (a graph file that
  /// `include`s them); the reader checks it when the files are read together.
  public mutating func add(relationUnchecked relation: Relation) throws(EntenteError) {
    guard vocabulary[relation.kind] != nil else {
      throw EntenteError(.unknownKind, "unknown relation kind '\(relation.kind)'")
    }
    relations.append(relation)
  }

  /// The ids of all actors, sorted.
  public var actorIDs: [ActorID] { actors.map(\.id).sorted() }
}
