import Entente
import Foundation

/// Text for people and programs from an `Evaluation`, deterministically (the pattern of `AnalysisFormatter`).
public enum EvaluationFormatter {
  /// An output format.
  public enum Format: String, Sendable, CaseIterable {
    /// The scores per kind, then every miss and false positive with its sentence.
    case text
    /// One JSON object: the scores overall and per kind, and the counts of misses and false positives.
    case json
  }

  /// Scores with three decimals.
  static func f(_ x: Double) -> String { String(format: "%.3f", x) }

  /// Formats an evaluation; `documents` give the sentences false positives are quoted from.
  ///
  /// - Complexity: O(*g* + *p*) in the gold rows and predictions, plus splitting the documents that hold a false
  ///   positive into sentences.
  public static func format(_ e: Evaluation, as format: Format, documents: [DocumentSource]) -> String {
    switch format {
    case .json: return json(e)
    case .text: return text(e, documents: documents)
    }
  }

  static func json(_ e: Evaluation) -> String {
    let kinds = e.byKind.sorted { $0.key < $1.key }.map { k, s in
      "\"\(k)\": {\"precision\": \(f(s.precision)), \"recall\": \(f(s.recall)), \"f1\": \(f(s.f1)), \"tp\": \(s.truePositives), "
        + "\"fp\": \(s.falsePositives), \"core\": \(s.coreTotal), \"core_found\": \(s.coreFound)}"
    }
    return "{\"precision\": \(f(e.overall.precision)), \"recall\": \(f(e.overall.recall)), \"f1\": \(f(e.overall.f1)), "
      + "\"by_kind\": {\(kinds.joined(separator: ", "))}, \"misses\": \(e.misses.count), "
      + "\"false_positives\": \(e.falsePositives.count)}\n"
  }

  static func text(_ e: Evaluation, documents: [DocumentSource]) -> String {
    let o = e.overall
    var out = "overall: precision \(f(o.precision)), recall \(f(o.recall)) of core rows, F1 \(f(o.f1)) "
      + "(\(o.truePositives) true, \(o.falsePositives) false positives; \(o.coreFound) of \(o.coreTotal) core rows)\n"
    for (k, s) in e.byKind.sorted(by: { $0.key < $1.key }) {
      out += "  \(k.padding(toLength: 12, withPad: " ", startingAt: 0)) precision \(f(s.precision))  recall \(f(s.recall))  "
        + "F1 \(f(s.f1))  (\(s.truePositives) tp, \(s.falsePositives) fp, \(s.coreFound)/\(s.coreTotal) core)\n"
    }
    out += "misses:\n"
    for m in e.misses { out += "  \(m.file) \(m.source) \(m.kind) \(m.target) \(m.year) (gold line \(m.line))\n" }
    out += "false positives:\n"
    let texts = Dictionary(documents.map { ($0.document.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    var sentences: [String: [Sentence]] = [:]
    for p in e.falsePositives {
      if sentences[p.document] == nil { sentences[p.document] = texts[p.document].map { SentenceSplitter().split($0) } ?? [] }
      let sentence = sentences[p.document]?.first { $0.index == p.evidence.sentence }?.text ?? ""
      out += "  \(p.file)#\(p.evidence.sentence) \(p.source) \(p.kind) \(p.target) \(p.date.year): \(sentence.prefix(100))\n"
    }
    return out
  }
}
