import Entente
import Foundation

/// Text for people and programs from a `SnapshotAnalysis`, deterministically.
public enum AnalysisFormatter {
  /// An output format.
  public enum Format: String, Sendable, CaseIterable {
    case table, csv, json, md
  }

  /// Numbers with up to 12 significant decimals, shortest form (CSV and JSON).
  static func exact(_ x: Double) -> String {
    guard x.isFinite else { return "" }
    return String(format: "%.12g", x)
  }

  /// Pivots and unbalanced triangles a table lists before saying how many more there are.
  static let listLimit = 100

  /// Numbers for tables: 4 decimals.
  static func short(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : "n/a" }

  /// Formats an analysis.
  ///
  /// `title` heads tables and Markdown (for example the date).
  public static func format(_ a: SnapshotAnalysis, as format: Format, title: String) -> String {
    switch format {
    case .csv: return csv(a)
    case .json: return json(a, title: title)
    case .table: return table(a, title: title, markdown: false)
    case .md: return table(a, title: title, markdown: true)
    }
  }

  /// `actor,<measure>,...,align_<pole>,...`, then one row per actor sorted by id.
  ///
  /// Every column the table and JSON show per actor is there. A measure that did not converge has empty cells;
  /// skipped figures are not per actor and are in the table and JSON.
  static func csv(_ a: SnapshotAnalysis) -> String {
    let header = ["actor"] + a.measures.map(\.column) + a.poles.map { "align_" + $0 }
    var out = header.map(csvField).joined(separator: ",") + "\n"
    for i in a.names.indices.sorted(by: { a.names[$0] < a.names[$1] }) {
      var row = [csvField(a.names[i])] + a.measures.map { exact($0.values[i]) }
      if !a.poles.isEmpty { row += a.alignment[i].map(exact) }
      out += row.joined(separator: ",") + "\n"
    }
    return out
  }

  /// What each layer's columns count, in a line (empty for a lone `all` layer).
  public static func layerLegend(_ a: SnapshotAnalysis) -> String {
    guard a.layers != [.all] else { return "" }
    var parts: [String] = []
    for (k, layer) in a.layers.enumerated() {
      let what: String
      switch layer {
      case .all: what = "all relations, whatever their sign"
      case .cooperative: what = "cooperative relations only (positive kinds)"
      case .conflict: what = "conflict relations only (negative kinds): who is pressed, not who leads"
      }
      parts.append((k == 0 ? "centralities" : "\(layer.reading)_*") + " = \(layer.reading) on \(what)")
    }
    if a.measures.contains(where: { $0.measure.isSigned }) { parts.append("pn and signed degrees on the signed graph") }
    return "Layers: " + parts.joined(separator: "; ")
  }

  /// How many optimal two-camp partitions there are, in words.
  static func optimaLine(_ a: SnapshotAnalysis) -> String {
    let f = a.frustration
    guard let count = f.optimalPartitions else {
      return "Partition found by local search: optimal partitions not enumerated, so ties are unknown."
    }
    let n = count < 1e15 ? String(format: "%.0f", count) : String(format: "%.3g", count)
    if count == 1 { return "One optimal partition: the camps are determined." }
    return "\(n) optimal partitions"
      + (f.optimaTruncated ? " (sides compared over the first \(Frustration.optimaLimit) of each group)" : "")
      + "; the actors whose side differs between them are undetermined."
  }

  /// "skipped (why)" for a skipped figure, else the value as `render` writes it.
  static func figure(_ a: SnapshotAnalysis, _ name: String, _ render: @autoclosure () -> String) -> String {
    a.skipReason(name).map { "skipped (\($0))" } ?? render()
  }

  /// A text cell, guarded against formula injection and quoted when needed (`CSVCell`).
  static func csvField(_ s: String) -> String { CSVCell.field(s) }

  static func rows(_ a: SnapshotAnalysis) -> [Int] {
    // By the first measure, highest first, then by id.
    guard let first = a.measures.first?.values else { return a.names.indices.sorted { a.names[$0] < a.names[$1] } }
    return a.names.indices.sorted { (first[$0], a.names[$1]) > (first[$1], a.names[$0]) }
  }

  static func table(_ a: SnapshotAnalysis, title: String, markdown: Bool) -> String {
    var out = markdown ? "## \(title)\n\n" : "== \(title)\n"
    var header = ["rank", "actor"] + a.measures.map(\.column)
    if !a.poles.isEmpty { header += a.poles.map { "align_" + $0 } }
    var body: [[String]] = []
    for (rank, i) in rows(a).enumerated() {
      var r = ["\(rank + 1)", a.names[i]] + a.measures.map { short($0.values[i]) }
      if !a.poles.isEmpty { r += a.alignment[i].map { String(format: "%+.2f", $0) } }
      body.append(r)
    }
    out += grid([header] + body, markdown: markdown)
    let c = a.census
    let f = a.frustration
    var lines: [String] = []
    let legend = layerLegend(a)
    if !legend.isEmpty { lines.append(legend) }
    for u in a.unconverged { lines.append("Not converged: \(u) (shown as n/a)") }
    if let x = a.approximation { lines.append(x.line) }
    lines.append(
      "Balance: "
        + figure(
          a, "triangle census",
          "\(c.total) triangles (+++ \(c.ppp), ++- \(c.ppn), +-- \(c.pnn), --- \(c.nnn)); triangle index \(short(c.balanceIndex))"
        ) + "; walk balance " + figure(a, "walk balance", a.walkBalanceText(short)))
    lines.append(
      "Frustration: "
        + figure(
          a, "frustration",
          "\(f.frustrated) of \(a.signedEdges) signed ties"
            + (f.isExact ? " (exact)" : " (between \(f.lowerBound) and \(f.frustrated); not proven optimal)")))
    out += "\n" + lines.map { markdown ? "- " + $0 : $0 }.joined(separator: "\n") + "\n"
    if !a.camps.isEmpty || !a.undeterminedActors.isEmpty {
      out += (markdown ? "\n**Camps**\n\n" : "\nCamps:\n")
      out += (markdown ? "" : "  ") + optimaLine(a) + "\n" + (markdown ? "\n" : "")
      for camp in a.camps {
        out += (markdown ? "- " : "  ") + "\(camp.name): \(camp.members.map(\.rawValue).joined(separator: " "))\n"
      }
      if !a.undeterminedActors.isEmpty {
        out +=
          (markdown ? "- " : "  ")
          + "undetermined (either side is optimal): \(a.undeterminedActors.map(\.rawValue).joined(separator: " "))\n"
      }
      if let k = a.multiCamps, k.count > 2 {
        var groups: [Int: [String]] = [:]
        for (u, c) in k.camps.enumerated() where c >= 0 { groups[c, default: []].append(a.names[u]) }
        let lists = groups.keys.sorted().map { groups[$0, default: []].sorted().joined(separator: " ") }
        out +=
          (markdown ? "- " : "  ")
          + "\(k.count) camps break \(k.broken) ties (2 camps: \(k.brokenByCount[0]); correlation clustering, local search): "
          + lists.joined(separator: " | ") + "\n"
      }
    }
    out +=
      (markdown
        ? "\n**Pivots** (positive ties to both sides of a hostile pair)\n\n"
        : "\nPivots (positive ties to both sides of a hostile pair):\n")
    if a.pivots.isEmpty { out += (markdown ? "- none\n" : "  none\n") }
    for p in a.pivots.prefix(listLimit) {
      out += (markdown ? "- " : "  ") + "\(p.pivot) between \(p.sides[0]) and \(p.sides[1])\n"
    }
    if a.pivots.count > listLimit {
      out += (markdown ? "- " : "  ") + "... and \(a.pivots.count - listLimit) more (all in --format json)\n"
    }
    out += (markdown ? "\n**Unbalanced triangles**\n\n" : "\nUnbalanced triangles:\n")
    if a.unbalancedTriangles.isEmpty { out += (markdown ? "- none\n" : "  none\n") }
    for t in a.unbalancedTriangles.prefix(listLimit) {
      out += (markdown ? "- " : "  ") + t.joined(separator: " ") + "\n"
    }
    if a.unbalancedTriangles.count > listLimit {
      out +=
        (markdown ? "- " : "  ") + "... and \(a.unbalancedTriangles.count - listLimit) more (all in --format json)\n"
    }
    return out
  }

  static func grid(_ rows: [[String]], markdown: Bool) -> String {
    guard let first = rows.first else { return "" }
    if markdown {
      var out = "| " + first.joined(separator: " | ") + " |\n|" + first.map { _ in " --- |" }.joined() + "\n"
      for r in rows.dropFirst() {
        out += "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
      }
      return out
    }
    var widths = [Int](repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    return rows.map { r in
      r.enumerated().map { i, c in
        i < 2
          ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[i] - c.count) + c
      }
      .joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  static func json(_ a: SnapshotAnalysis, title: String) -> String {
    let q = JSONText.string
    func n(_ x: Double) -> String { x.isFinite ? exact(x) : "null" }
    var out = "{\n  \"title\": \(q(title)),\n  \"actors\": [\n"
    let order = a.names.indices.sorted { a.names[$0] < a.names[$1] }
    for (k, i) in order.enumerated() {
      var fields = ["\"id\": \(q(a.names[i]))"] + a.measures.map { "\(q($0.column)): \(n($0.values[i]))" }
      if !a.poles.isEmpty {
        fields.append(
          "\"alignment\": {" + a.poles.enumerated().map { "\(q($1)): \(n(a.alignment[i][$0]))" }.joined(separator: ", ")
            + "}")
      }
      out += "    {" + fields.joined(separator: ", ") + "}" + (k == order.count - 1 ? "\n" : ",\n")
    }
    let c = a.census
    out += "  ],\n"
    if a.layers != [.all] {
      out +=
        "  \"layers\": ["
        + a.layers.map { "{\"layer\": \(q($0.rawValue)), \"reading\": \(q($0.reading))}" }.joined(separator: ", ")
        + "],\n"
    }
    out +=
      "  \"skipped\": {" + a.skipped.map { "\(q($0.figure)): \(q("skipped (" + $0.why + ")"))" }.joined(separator: ", ")
      + "},\n"
    out += "  \"unconverged\": [" + a.unconverged.map(q).joined(separator: ", ") + "],\n"
    if let x = a.approximation {
      out +=
        "  \"approximate\": {\"columns\": [" + x.columns.map(q).joined(separator: ", ")
        + "], \"method\": \"Riondato-Kornaropoulos\", \"epsilon\": \(exact(x.parameters.epsilon)), "
        + "\"delta\": \(exact(x.parameters.delta)), \"seed\": \(x.parameters.seed)},\n"
    }
    out += "  \"balance\": {\"ppp\": \(c.ppp), \"ppn\": \(c.ppn), \"pnn\": \(c.pnn), \"nnn\": \(c.nnn), "
    out +=
      "\"triangle_index\": \(n(c.balanceIndex)), \"walk\": \(n(a.walkBalance)), "
      + (a.walkBalanceError > 0 ? "\"walk_error\": \(n(a.walkBalanceError)), " : "")
    out +=
      "\"frustration\": \(a.frustration.frustrated), \"frustration_lower_bound\": \(a.frustration.lowerBound), \"exact\": \(a.frustration.isExact), "
    out +=
      "\"optimal_partitions\": \(a.frustration.optimalPartitions.map { n($0) } ?? "null"), \"undetermined\": ["
      + a.undeterminedActors.map { q($0.rawValue) }.joined(separator: ", ") + "]},\n"
    out +=
      "  \"camps\": ["
      + a.camps.map {
        "{\"name\": \(q($0.name.rawValue)), \"members\": [" + $0.members.map { q($0.rawValue) }.joined(separator: ", ")
          + "]}"
      }.joined(separator: ", ") + "],\n"
    if let k = a.multiCamps {
      var groups: [Int: [String]] = [:]
      for (u, c) in k.camps.enumerated() where c >= 0 { groups[c, default: []].append(a.names[u]) }
      let lists = groups.keys.sorted().map {
        "[" + groups[$0, default: []].sorted().map(q).joined(separator: ", ") + "]"
      }
      out +=
        "  \"k_camps\": {\"count\": \(k.count), \"broken\": \(k.broken), \"broken_by_count_from_2\": ["
        + k.brokenByCount.map(String.init).joined(separator: ", ") + "], \"camps\": [" + lists.joined(separator: ", ")
        + "]},\n"
    }
    out +=
      "  \"pivots\": ["
      + a.pivots.map {
        "{\"pivot\": \(q($0.pivot.rawValue)), \"sides\": [\(q($0.sides[0].rawValue)), \(q($0.sides[1].rawValue))]}"
      }.joined(separator: ", ") + "],\n"
    out +=
      "  \"unbalanced_triangles\": ["
      + a.unbalancedTriangles.map { "[" + $0.map(q).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]\n}\n"
    return out
  }
}
