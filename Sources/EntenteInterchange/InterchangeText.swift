import Entente
import Foundation

/// Text helpers the interchange formats share.
enum InterchangeText {
  static func xml(_ s: String) -> String { XMLText.escape(s, references: true) }

  static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : "\(x)" }
}

extension InterchangeTable.Edge {
  /// An edge from attributes named as Entente writes them; missing ones take their
  /// defaults (weight and confidence 1, directed, phase `holds`).
  init(_ s: String, _ t: String, _ a: [String: String]) {
    func bool(_ v: String?) -> Bool? { v.map { ["true", "1", "True"].contains($0) } }
    self.init(
      source: s, target: t, kind: a["kind"] ?? "", sign: Int(a["sign"] ?? "") ?? 0,
      weight: Double(a["weight"] ?? "") ?? 1,
      confidence: Double(a["confidence"] ?? "") ?? 1, directed: bool(a["directed"]) ?? true,
      at: a["at"].flatMap { $0.isEmpty ? nil : $0 },
      since: a["since"].flatMap { $0.isEmpty ? nil : $0 }, until: a["until"].flatMap { $0.isEmpty ? nil : $0 },
      phase: a["phase"] ?? "holds",
      note: a["note"].flatMap { $0.isEmpty ? nil : $0 }, evidence: a["evidence"] ?? "")
  }
}
