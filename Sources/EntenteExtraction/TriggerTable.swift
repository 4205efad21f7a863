import Entente
import Foundation

/// Relation triggers as data (`Resources/triggers.tsv`): a kind, an argument frame, a
/// phrase and a phase per line.
public struct TriggerTable: Sendable {
  /// Where a trigger's arguments are (see the file's header).
  public enum Frame: String, Sendable {
    case svo, passive, nominal, between, supplied, membership, appositive, cochair
  }

  /// One trigger.
  public struct Trigger: Sendable, Hashable {
    public let kind: String
    public let frame: Frame
    /// Lower-case words; "*" matches any one word.
    public let words: [String]
    public let phase: Phase
  }

  /// The triggers, longest first.
  public let triggers: [Trigger]
  /// The triggers by their first word, longest first.
  let byFirstWord: [String: [Trigger]]

  /// Reads a table, checking kinds against `vocabulary`.
  public init(path: String, vocabulary: RelationVocabulary) throws(EntenteError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the trigger table '\(path)'")
    }
    var list: [Trigger] = []
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.hasPrefix("#") && !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 3, vocabulary[f[0]] != nil, let frame = Frame(rawValue: f[1]) else {
        throw EntenteError(.invalidValue, "expected 'kind<TAB>frame<TAB>phrase<TAB>phase' with a known kind and frame", at: SourceLocation(file: path, line: i + 1, column: 1))
      }
      let words = Gazetteer.words(f[2].replacingOccurrences(of: "-", with: " ")).map { $0.lowercased() }
      list.append(Trigger(kind: f[0], frame: frame, words: words, phase: f.count > 3 ? Phase(rawValue: f[3]) ?? .holds : .holds))
    }
    triggers = list.sorted { $0.words.count > $1.words.count }
    byFirstWord = Dictionary(grouping: triggers, by: { $0.words.first ?? "" })
  }

  /// The longest trigger starting at word `k` of `lower`.
  func match(_ lower: [String], at k: Int) -> Trigger? {
    guard let candidates = byFirstWord[lower[k]] else { return nil }
    return candidates.first { t in
      k + t.words.count <= lower.count && zip(t.words, lower[k..<(k + t.words.count)]).allSatisfy { $0 == "*" || $0 == $1 }
    }
  }

  /// The default table.
  public static func standard(vocabulary: RelationVocabulary) throws(EntenteError) -> TriggerTable {
    guard let path = ResourceLocator.path(of: "triggers.tsv", module: "EntenteExtraction") else {
      throw EntenteError(.resourceMissing, "the trigger table (triggers.tsv) was not found beside the executable; set ENTENTE_RESOURCES")
    }
    return try TriggerTable(path: path, vocabulary: vocabulary)
  }
}
