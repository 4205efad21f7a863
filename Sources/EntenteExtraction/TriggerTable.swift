import Entente
import Foundation

/// Relation triggers as data (`Resources/triggers.tsv`): a kind, an argument frame, a
/// phrase and a phase per line.
public struct TriggerTable: Sendable {
  /// Where a trigger's arguments are (see the file's header).
  public enum Frame: String, Sendable {
    case svo, passive, nominal, between, supplied, membership, appositive, cochair, with, mutual
  }

  /// One trigger.
  public struct Trigger: Sendable, Hashable {
    public let kind: String
    public let frame: Frame
    /// Lower-case words; "*" matches any one word.
    public let words: [String]
    public let phase: Phase
    /// For the `with` frame: the words after the object ("with", then the thing given,
    /// which may stand up to three words on: "with modern weapons").
    public let tail: [String]
  }

  /// The triggers, longest first.
  public let triggers: [Trigger]

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
      // "*" stands for any one word; hyphens separate words as spaces do; "..." marks
      // where the object stands in a `with` phrase.
      let parts = f[2].components(separatedBy: "...")
      func phraseWords(_ s: String) -> [String] {
        s.replacingOccurrences(of: "-", with: " ").split(separator: " ").flatMap { piece in
          piece == "*" ? ["*"] : Gazetteer.words(String(piece)).map { $0.lowercased() }
        }
      }
      let words = phraseWords(parts[0])
      let tail = parts.count > 1 ? phraseWords(parts[1]) : []
      guard (frame == .with) == (parts.count == 2), frame != .with || tail.count >= 2 else {
        throw EntenteError(
          .invalidValue, "the phrase '\(f[2])': the 'with' frame, and only it, writes '...' where the object stands, then 'with' and the thing given (\"supplied ... with weapons\")",
          at: SourceLocation(file: path, line: i + 1, column: f[0].count + f[1].count + 3))
      }
      guard !words.isEmpty, words[0] != "*" else {
        throw EntenteError(.invalidValue, "the phrase '\(f[2])' must start with a word (\"*\" may stand only after one)", at: SourceLocation(file: path, line: i + 1, column: f[0].count + f[1].count + 3))
      }
      list.append(Trigger(kind: f[0], frame: frame, words: words, phase: f.count > 3 ? Phase(rawValue: f[3]) ?? .holds : .holds, tail: tail))
    }
    triggers = list.sorted { $0.words.count > $1.words.count }
  }

  /// The default table.
  public static func standard(vocabulary: RelationVocabulary) throws(EntenteError) -> TriggerTable {
    guard let path = ResourceLocator.path(of: "triggers.tsv", module: "EntenteExtraction") else {
      throw EntenteError(.resourceMissing, "the trigger table (triggers.tsv) was not found beside the executable; set ENTENTE_RESOURCES")
    }
    return try TriggerTable(path: path, vocabulary: vocabulary)
  }

  /// The triggers compiled to the word ids of `lexicon` (their words added to it).
  func compiled(into lexicon: inout Lexicon) -> Compiled {
    var c = Compiled()
    for t in triggers {
      c.words.append(t.words.map { $0 == "*" ? -1 : lexicon.intern($0) })
      c.tails.append(t.tail.map { $0 == "*" ? -1 : lexicon.intern($0) })
    }
    var byFirst = [[Int32]](repeating: [], count: lexicon.count)
    for (k, w) in c.words.enumerated() { byFirst[Int(w[0])].append(Int32(k)) }
    for list in byFirst {
      c.firstStart.append(Int32(c.byFirst.count))
      c.byFirst += list
    }
    c.firstStart.append(Int32(c.byFirst.count))
    return c
  }

  /// Triggers as word ids (-1: any word), and by first word, longest first: those
  /// starting with word `w` are `byFirst[firstStart[w]..<firstStart[w + 1]]`.
  struct Compiled: Sendable {
    var words: [[Int32]] = []
    var tails: [[Int32]] = []
    var byFirst: [Int32] = []
    var firstStart: [Int32] = []

    /// The longest trigger starting at token `k`, or -1.
    ///
    /// - Complexity: O(*c*·*k*) for *c* triggers starting with that word, of at most *k* words.
    @inline(__always) func match(_ t: [Token], at k: Int) -> Int32 {
      let first = Int(t[k].lower)
      guard first > 0, first + 1 < firstStart.count else { return -1 }
      for candidate in byFirst[Int(firstStart[first])..<Int(firstStart[first + 1])] {
        let w = words[Int(candidate)]
        guard k + w.count <= t.count else { continue }
        var same = true
        for n in 1..<w.count where w[n] != -1 && w[n] != t[k + n].lower {
          same = false
          break
        }
        if same { return candidate }
      }
      return -1
    }
  }
}
