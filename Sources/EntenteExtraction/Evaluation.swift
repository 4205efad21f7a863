import Entente
import Foundation

/// Scores extracted relations against a gold file in the format of `../shared/gold/seeds.tsv`.
///
/// A gold row is (document file, source, kind, target, year, phase, tier, note); `core`
/// rows count toward recall, `optional` rows (implied, hedged, ambiguous) are neither
/// required nor counted as false positives. Alliance, hostility and tension match either
/// way round; the year must match. Predictions are counted once per (document, source,
/// kind, target, year).
public struct Evaluation: Sendable {
  /// A gold row.
  public struct GoldRow: Sendable, Hashable {
    public let file: String, source: ActorID, kind: String, target: ActorID, year: Int, phase: String, core: Bool, line: Int
  }

  /// Precision, recall and F1 of one kind (or all).
  public struct Score: Sendable, Equatable {
    public var truePositives = 0, falsePositives = 0, coreTotal = 0, coreFound = 0
    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { coreTotal == 0 ? 0 : Double(coreFound) / Double(coreTotal) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }

  /// The overall score.
  public let overall: Score
  /// Scores per kind.
  public let byKind: [String: Score]
  /// Core gold rows not found.
  public let misses: [GoldRow]
  /// Predictions matching no gold row.
  public let falsePositives: [CandidateRelation]

  static let symmetric: Set<String> = ["alliance", "hostility", "tension"]

  /// Reads a gold file, checking actor ids and kinds.
  ///
  /// - Throws: `EntenteError` at the line of a malformed row, an unknown actor id or kind.
  public static func readGold(path: String, vocabulary: RelationVocabulary, gazetteer: Gazetteer) throws(EntenteError) -> [GoldRow] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the gold file '\(path)'")
    }
    var rows: [GoldRow] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.hasPrefix("#") && !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let at = SourceLocation(file: path, line: i + 1, column: 1)
      guard f.count >= 7, let year = Int(f[4]), ["core", "optional"].contains(f[6]) else {
        throw EntenteError(.invalidValue, "expected 'document<TAB>source<TAB>kind<TAB>target<TAB>year<TAB>phase<TAB>core|optional<TAB>note'", at: at)
      }
      for id in [f[1], f[3]] where gazetteer.names[ActorID(id)] == nil {
        throw EntenteError(.unknownActor, "unknown actor id '\(id)' in the gold file; add it to the gazetteer or the graph", at: at)
      }
      guard vocabulary[f[2]] != nil else {
        throw EntenteError(.unknownKind, "unknown relation kind '\(f[2])'; known: \(vocabulary.ids.joined(separator: ", "))", at: at)
      }
      rows.append(GoldRow(file: f[0], source: ActorID(f[1]), kind: f[2], target: ActorID(f[3]), year: year, phase: f[5], core: f[6] == "core", line: i + 1))
    }
    return rows
  }

  static func matches(_ p: CandidateRelation, _ g: GoldRow) -> Bool {
    guard p.file == g.file, p.kind == g.kind, p.date.year == g.year else { return false }
    if p.source == g.source && p.target == g.target { return true }
    return symmetric.contains(g.kind) && p.source == g.target && p.target == g.source
  }

  /// Scores `predicted` against `gold`.
  public init(gold: [GoldRow], predicted: [CandidateRelation]) {
    // One prediction per key.
    var seen = Set<String>()
    let unique = predicted.filter { seen.insert("\($0.file)|\($0.source)|\($0.kind)|\($0.target)|\($0.date.year)").inserted }
    var overall = Score()
    var byKind: [String: Score] = [:]
    var fps: [CandidateRelation] = []
    for p in unique {
      let hits = gold.filter { Self.matches(p, $0) }
      if hits.contains(where: \.core) || (!hits.isEmpty && hits.allSatisfy { !$0.core } && false) {
        overall.truePositives += 1
        byKind[p.kind, default: Score()].truePositives += 1
      } else if hits.isEmpty {
        overall.falsePositives += 1
        byKind[p.kind, default: Score()].falsePositives += 1
        fps.append(p)
      }
    }
    var misses: [GoldRow] = []
    for g in gold where g.core {
      overall.coreTotal += 1
      byKind[g.kind, default: Score()].coreTotal += 1
      if unique.contains(where: { Self.matches($0, g) }) {
        overall.coreFound += 1
        byKind[g.kind, default: Score()].coreFound += 1
      } else {
        misses.append(g)
      }
    }
    self.overall = overall
    self.byKind = byKind
    self.misses = misses
    self.falsePositives = fps
  }
}
