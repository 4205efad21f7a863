import Foundation

/// The relation kinds a graph knows: the standard nine, plus those a graph file adds.
///
/// The standard vocabulary is data (`Resources/kinds.yaml`), read once.
///
///     let vocabulary = try RelationVocabulary.standard()
///     vocabulary["hostility"]?.sign   // -1
public struct RelationVocabulary: Sendable, Hashable {
  /// The kinds, in the order they were defined.
  public private(set) var kinds: [RelationKind]
  private var positions: [String: Int]

  /// Creates a vocabulary; later kinds with an id already present are refused.
  ///
  /// - Throws: `EntenteError` `.duplicateID` naming the repeated kind.
  public init(_ kinds: [RelationKind]) throws(EntenteError) {
    self.kinds = []
    self.positions = [:]
    for k in kinds { try add(k) }
  }

  /// The kind with this id, if the vocabulary has it.
  public subscript(id: String) -> RelationKind? {
    positions[id].map { kinds[$0] }
  }

  /// The ids of all kinds, in definition order.
  public var ids: [String] { kinds.map(\.id) }

  /// Adds a kind.
  ///
  /// - Throws: `EntenteError` `.duplicateID` when a kind with that id exists.
  public mutating func add(_ kind: RelationKind) throws(EntenteError) {
    guard positions[kind.id] == nil else {
      throw EntenteError(.duplicateID, "relation kind '\(kind.id)' is defined twice; give the new kind another id")
    }
    positions[kind.id] = kinds.count
    kinds.append(kind)
  }

  /// Replaces the style of a kind.
  ///
  /// - Throws: `.unknownKind` when there is no such kind.
  public mutating func setStyle(_ style: EdgeStyle, forKind id: String) throws(EntenteError) {
    guard let i = positions[id] else {
      throw EntenteError(.unknownKind, "no relation kind '\(id)' to style; known kinds: \(ids.joined(separator: ", "))")
    }
    kinds[i].style = style
  }

  /// The nine kinds of DESIGN.md, read from the package's `kinds.yaml` resource.
  ///
  /// - Throws: `EntenteError` `.resourceMissing` when the resource bundle is not
  ///   beside the executable, or a parse error if the file was edited badly.
  public static func standard() throws(EntenteError) -> RelationVocabulary {
    try StandardVocabularyCache.shared.get()
  }

  /// Reads a vocabulary from a YAML file with a `kinds:` list (the format of `kinds.yaml`).
  public static func load(path: String) throws(EntenteError) -> RelationVocabulary {
    let source = try SourceText(path: path)
    let root = try source.composeRoot()
    let map = try source.mapping(root, allowed: ["kinds"])
    guard let list = map.first(where: { $0.key.string == "kinds" })?.value else {
      throw EntenteError(.missingField, "'\(path)' has no 'kinds:' list")
    }
    var v = try RelationVocabulary([])
    for item in try source.sequence(list) {
      let (kind, loc) = try GraphFileParser.parseKind(item, in: source)
      do { try v.add(kind) } catch { throw error.located(loc, in: source.text) }
    }
    return v
  }
}

/// Reads the standard vocabulary once per process.
private final class StandardVocabularyCache: Sendable {
  static let shared = StandardVocabularyCache()
  private let value: Result<RelationVocabulary, EntenteError>

  private init() {
    guard let path = ResourceLocator.path(of: "kinds.yaml") else {
      value = .failure(
        EntenteError(
          .resourceMissing,
          "the standard relation kinds (kinds.yaml) were not found beside the executable; keep the "
            + "Entente_Entente.resources folder next to it, or set ENTENTE_RESOURCES to a folder holding kinds.yaml"))
      return
    }
    do { value = .success(try RelationVocabulary.load(path: path)) } catch { value = .failure(error) }
  }

  func get() throws(EntenteError) -> RelationVocabulary { try value.get() }
}
