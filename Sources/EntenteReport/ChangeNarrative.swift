import Entente

/// Plain sentences that say what changed between two snapshots, built from the same
/// classification as `diff` and the diff diagrams (`EdgeChange`): what began, what
/// ended, and which pairs turned from cooperation to conflict or back.
///
///     ChangeNarrative(graph: g, from: s2020, to: s2024).sentences
///     // "Armenia's membership of the CSTO ends (2024-02-22)." ...
struct ChangeNarrative {
  /// One sentence and the citations behind it.
  struct Sentence: Equatable {
    let text: String
    let citations: [String]
    /// The id of the relation's row in the report: in the later year's table, or the earlier one's when it is gone.
    var row: String = ""
  }

  let graph: ActorGraph
  let from: Snapshot
  let to: Snapshot
  /// The changes from `from` to `to`, when already classified (`EdgeChange.changes`).
  var changes: [EdgeChange]? = nil

  func name(_ id: ActorID) -> String { graph.actor(id)?.name ?? id.rawValue }

  /// The sentences: ended relations first, then new ones, then sign changes; each group
  /// in edge order.
  ///
  /// - Complexity: O(*E* log *E*).
  var sentences: [Sentence] {
    let changes = self.changes ?? EdgeChange.changes(from: from, to: to)
    // Each pair's signed weight in the later snapshot, summed once (a scan per sign change is quadratic).
    var pairSum: [[ActorID]: Double] = [:]
    if changes.contains(where: { $0.kind == .signChanged }) {
      for e in to.edges {
        pairSum[[min(e.source, e.target), max(e.source, e.target)], default: 0] += Double(e.sign) * e.weight
      }
    }
    var out: [Sentence] = []
    for kind in [EdgeChange.Kind.ended, .added, .signChanged] {
      for c in changes where c.kind == kind {
        let e = c.edge
        let when = e.phaseDate.map { " (\($0))" } ?? ""
        let text: String
        switch kind {
        case .ended: text = Self.ended(e.kind, name(e.source), name(e.target)) + (c.after != nil ? when : "")
        case .added: text = Self.added(e.kind, name(e.source), name(e.target)) + when
        default:
          let now = pairSum[[min(e.source, e.target), max(e.source, e.target)]] ?? 0
          text =
            "Relations between \(name(e.source)) and \(name(e.target)) turn "
            + (now < 0 ? "from cooperation to conflict" : "from conflict to cooperation")
        }
        out.append(
          Sentence(
            text: text + ".", citations: e.evidence.map(\.citation),
            row: Page.rowID(c.after == nil ? from.date : to.date, e)))
      }
    }
    // A pair whose sign flips is said once, not once per edge.
    var seen = Set<String>()
    return out.filter { seen.insert($0.text).inserted }
  }

  /// "Russia's", "the United States'".
  static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

  static func added(_ kind: String, _ s: String, _ t: String) -> String {
    switch kind {
    case "membership": return "\(s) joins \(t)"
    case "arms_supply": return "\(s) begins supplying \(t) with arms"
    case "alliance": return "\(s) and \(t) ally"
    case "trade": return "\(s) begins trading with \(t)"
    case "support": return "\(s) backs \(t)"
    case "mediation": return "\(s) mediates with \(t)"
    case "tension": return "Tension rises between \(s) and \(t)"
    case "sanction": return "\(s) sanctions \(t)"
    case "hostility": return "Hostilities break out between \(s) and \(t)"
    default: return "\(s) and \(t): \(kind.replacingOccurrences(of: "_", with: " ")) begins"
    }
  }

  static func ended(_ kind: String, _ s: String, _ t: String) -> String {
    switch kind {
    case "membership": return "\(Self.possessive(s)) membership of \(t) ends"
    case "arms_supply": return "\(s) stops supplying \(t) with arms"
    case "alliance": return "The alliance of \(s) and \(t) ends"
    case "trade": return "\(Self.possessive(s)) trade with \(t) ends"
    case "support": return "\(s) no longer backs \(t)"
    case "mediation": return "\(Self.possessive(s)) mediation with \(t) ends"
    case "tension": return "Tension between \(s) and \(t) is no longer reported"
    case "sanction": return "\(Self.possessive(s)) sanctions on \(t) end"
    case "hostility": return "Hostilities between \(s) and \(t) end"
    default: return "\(s) and \(t): \(kind.replacingOccurrences(of: "_", with: " ")) ends"
    }
  }
}
