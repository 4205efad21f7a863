import Entente

/// Which relation kinds an analysis counts: all of them, the cooperative ones (positive sign), the conflictual
/// ones (negative sign), or a list of kind ids.
///
///     let kinds = KindSelection(parsing: "support,alliance")
///     let keep = try kinds.predicate(in: graph.vocabulary)
///     let analysis = SnapshotAnalysis(index: GraphIndex(snapshot), measures: [.degree], keep: keep)
public struct KindSelection: Sendable, Equatable, CustomStringConvertible {
  /// A selection.
  public enum Choice: Sendable, Equatable {
    /// Every kind.
    case all
    /// Kinds with a positive sign (and kinds the vocabulary does not know).
    case cooperative
    /// Kinds with a negative sign.
    case conflict
    /// These kind ids.
    case kinds([String])
  }

  /// The selection.
  public let choice: Choice
  /// The selection as written: `all`, `cooperative`, `conflict` or a comma list.
  public let description: String

  /// Every kind.
  public static let all = KindSelection(choice: .all, description: "all")

  private init(choice: Choice, description: String) {
    self.choice = choice
    self.description = description
  }

  /// Reads `all`, `cooperative`, `conflict` or a comma-separated list of kind ids (checked by `predicate(in:)`).
  public init(parsing text: String) {
    switch text {
    case "all": choice = .all
    case "cooperative": choice = .cooperative
    case "conflict": choice = .conflict
    default:
      choice = .kinds(text.split(separator: ",").map(String.init))
    }
    description = text
  }

  /// Whether every kind is selected.
  public var isAll: Bool { choice == .all }

  /// The test of a kind of an edge list: the kinds it holds are its vocabulary and each
  /// kind's sign is the one its rows carry in the sign column.
  ///
  /// - Throws: `EntenteError.unknownKind` for a listed kind the list lacks (naming the kinds it
  ///   has), or `.invalidEdgeList` when `cooperative` or `conflict` meets a kind whose rows carry both signs.
  public func predicate(in list: EdgeList) throws(EntenteError) -> @Sendable (String) -> Bool {
    var signs: [String: Set<Int8>] = [:]
    for name in list.kindNames { signs[name] = [] }
    for r in 0..<list.count { signs[list.kindNames[Int(list.kinds[r])], default: []].insert(list.signs[r]) }
    switch choice {
    case .all: return { _ in true }
    case .cooperative, .conflict:
      let want: Int8 = choice == .cooperative ? 1 : -1
      if let mixed = signs.keys.sorted().first(where: { signs[$0]?.count == 2 }) {
        throw EntenteError(
          .invalidEdgeList,
          "kind '\(mixed)' has rows of both signs, so '\(description)' cannot tell its side; list the kinds by name")
      }
      let chosen = Set(signs.filter { $0.value.contains(want) }.keys)
      return { chosen.contains($0) }
    case .kinds(let wanted):
      if let bad = wanted.first(where: { signs[$0] == nil }) {
        throw EntenteError(
          .unknownKind,
          "unknown relation kind '\(bad)'; use all, cooperative, conflict or kinds from: \(list.kindNames.sorted().joined(separator: ", "))"
        )
      }
      let set = Set(wanted)
      return { set.contains($0) }
    }
  }

  /// The test of a kind id.
  ///
  /// Signs come from `vocabulary`; without one, every kind counts as cooperative and none
  /// as conflictual (edge lists use `predicate(in:)` with the list, which knows its signs).
  ///
  /// - Throws: `EntenteError.unknownKind` for a listed kind `vocabulary` lacks, naming the kinds it has.
  public func predicate(in vocabulary: RelationVocabulary?) throws(EntenteError) -> @Sendable (String) -> Bool {
    switch choice {
    case .all: return { _ in true }
    case .cooperative: return { (vocabulary?[$0]?.sign ?? 1) > 0 }
    case .conflict: return { (vocabulary?[$0]?.sign ?? 1) < 0 }
    case .kinds(let list):
      if let vocabulary, let bad = list.first(where: { vocabulary[$0] == nil }) {
        throw EntenteError(
          .unknownKind,
          "unknown relation kind '\(bad)'; use all, cooperative, conflict or kinds from: \(vocabulary.ids.joined(separator: ", "))"
        )
      }
      let set = Set(list)
      return { set.contains($0) }
    }
  }
}
