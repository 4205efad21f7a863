import Entente
import Foundation

/// Text for people and programs from an `Evaluation`, deterministically (the pattern of `AnalysisFormatter`).
public enum EvaluationFormatter {
  /// An output format.
  public enum Format: String, Sendable, CaseIterable {
    /// The scores per kind, the errors by class, then every miss and false positive (with its sentence) and its class.
    case text
    /// One JSON object: the scores overall and per kind, the counts of misses and false positives, and both by class.
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
    func classes(_ counts: [Evaluation.ErrorClass: Int], _ list: [Evaluation.ErrorClass]) -> String {
      "{"
        + list.map { "\"\($0.rawValue.replacingOccurrences(of: " ", with: "_"))\": \(counts[$0] ?? 0)" }.joined(
          separator: ", ") + "}"
    }
    return "{\"precision\": \(f(e.overall.precision)), \"recall\": \(f(e.overall.recall)), \"f1\": \(f(e.overall.f1)), "
      + "\"by_kind\": {\(kinds.joined(separator: ", "))}, \"misses\": \(e.misses.count), "
      + "\"false_positives\": \(e.falsePositives.count), "
      + "\"misses_by_class\": \(classes(e.missesByClass, missClasses(e))), "
      + "\"false_positives_by_class\": \(classes(e.falsePositivesByClass, falsePositiveClasses)), "
      + "\"mode_classified\": \(e.classifiesMode), \"neutral_kinds\": [\(e.options.neutralKinds.sorted().map { "\"\($0)\"" }.joined(separator: ", "))], "
      + "\"neutral_predictions\": \(e.neutralPredictions), \"year_ignored\": \(e.options.ignoreYear), "
      + "\"phase_matched\": \(e.options.matchPhase)}\n"
  }

  /// The classes a miss can have: all but `notInGold`, and `mode` only when dropped candidates were given or phases
  /// must agree.
  static func missClasses(_ e: Evaluation) -> [Evaluation.ErrorClass] {
    Evaluation.ErrorClass.allCases.filter {
      $0 != .notInGold && ($0 != .mode || e.classifiesMode || e.options.matchPhase)
    }
  }

  /// The classes a false positive can have.
  static let falsePositiveClasses: [Evaluation.ErrorClass] = [
    .mode, .wrongDirection, .wrongKind, .wrongYear, .notInGold,
  ]

  /// A false positive's class; a `mode` one read from its sentence names the word ("mode: denied").
  static func fpClass(_ fp: Evaluation.FalsePositive, _ sentence: String) -> String {
    guard fp.errorClass == .mode, let cue = Evaluation.modeCue(in: sentence) else { return fp.errorClass.rawValue }
    return "mode: \(cue)"
  }

  /// `3 no pattern, 1 wrong kind, ...` with every class listed, zeros included.
  static func counts(_ counts: [Evaluation.ErrorClass: Int], _ list: [Evaluation.ErrorClass]) -> String {
    list.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
  }

  static func text(_ e: Evaluation, documents: [DocumentSource]) -> String {
    let o = e.overall
    var out =
      "overall: precision \(f(o.precision)), recall \(f(o.recall)) of core rows, F1 \(f(o.f1)) "
      + "(\(o.truePositives) true, \(o.falsePositives) false positives; \(o.coreFound) of \(o.coreTotal) core rows)\n"
    for (k, s) in e.byKind.sorted(by: { $0.key < $1.key }) {
      out +=
        "  \(k.padding(toLength: 12, withPad: " ", startingAt: 0)) precision \(f(s.precision))  recall \(f(s.recall))  "
        + "F1 \(f(s.f1))  (\(s.truePositives) tp, \(s.falsePositives) fp, \(s.coreFound)/\(s.coreTotal) core)\n"
    }
    if !e.options.neutralKinds.isEmpty {
      out +=
        "neutral kinds: \(e.options.neutralKinds.sorted().joined(separator: ", ")) (\(e.neutralPredictions) predictions left out)\n"
    }
    if e.options.ignoreYear { out += "years ignored in matching\n" }
    if e.options.matchPhase { out += "phases must agree (ends with ends)\n" }
    out +=
      "misses by class: \(counts(e.missesByClass, missClasses(e)))"
      + (e.classifiesMode || e.options.matchPhase
        ? "\n" : "; mode not classified (the extractor does not report dropped candidates)\n")
    out += "false positives by class: \(counts(e.falsePositivesByClass, falsePositiveClasses))\n"
    out += "misses:\n"
    for m in e.classifiedMisses {
      let r = m.row
      out += "  \(r.file) \(r.source) \(r.kind) \(r.target) \(r.year) (gold line \(r.line)): \(m.errorClass.rawValue)\n"
    }
    out += "false positives:\n"
    let texts = Dictionary(documents.map { ($0.document.id, $0.text) }, uniquingKeysWith: { a, _ in a })
    var sentences: [String: [Sentence]] = [:]
    for fp in e.classifiedFalsePositives {
      let p = fp.relation
      if sentences[p.document] == nil {
        sentences[p.document] = texts[p.document].map { SentenceSplitter().split($0) } ?? []
      }
      let sentence = sentences[p.document]?.first { $0.index == p.evidence.sentence }?.text ?? ""
      out +=
        "  \(p.file)#\(p.evidence.sentence) \(p.source) \(p.kind) \(p.target) \(p.date.year) (\(fpClass(fp, sentence))): "
        + "\(sentence.prefix(100))\n"
    }
    return out
  }
}
