import Entente
import EntenteAnalysis
import Foundation

extension Page {
  /// The Markdown page: per year the diagram, centrality, balance, pivots and relations; then the comparison.
  func markdown(chart: Bool) -> String {
    // Names, sentences and citations come from outside: inert text in a table cell or list item.
    func cell(_ s: String) -> String { MarkdownText.inline(s) }
    var out = "# \(cell(title))\n\n"
    if let subtitle { out += "_\(cell(subtitle))_\n\n" }
    // The introduction is the author's own Markdown; its headings move one level down, under the title.
    if let introduction {
      out += MarkdownHTML.demotingHeadings(introduction).trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
    }
    for (k, s) in snapshots.enumerated() {
      let a = analyses[k]
      out +=
        "## \(s.date)\n\n\(s.actors.count) actors, \(s.edges.count) relations.\n\n![Influence diagram \(s.date)](influence-\(s.date).svg)\n\n"
      out +=
        "### Centrality\n\n\(AnalysisFormatter.layerLegend(a)).\n\n| rank | actor | "
        + a.measures.map(\.column).joined(separator: " | ") + (k > 0 ? " | change | main reason |" : " |") + "\n"
      out += "|" + String(repeating: " --- |", count: 2 + a.measures.count + (k > 0 ? 2 : 0)) + "\n"
      let rows = centralityRows(k)
      for r in rows.prefix(Page.rowLimit) {
        out +=
          "| \(r.rank) | \(cell(name(r.actor))) | "
          + r.values.map { String(format: "%.4f", $0) }.joined(separator: " | ")
        out += (k > 0 ? " | \(cell(r.change)) | \(cell(r.reason)) |" : " |") + "\n"
      }
      if rows.count > Page.rowLimit {
        out +=
          "\n"
          + cell(
            cutNote(shown: Page.rowLimit, total: rows.count, what: "actors, the most central", file: centralityFile(k)))
          + "\n"
      }
      let c = a.census
      out +=
        "\n### Balance\n\n\(c.total) triangles (+++ \(c.ppp), ++− \(c.ppn), +−− \(c.pnn), −−− \(c.nnn)); triangle index \(String(format: "%.3f", c.balanceIndex)); walk balance \(a.skipReason("walk balance").map { "skipped (\($0))" } ?? a.walkBalanceText { String(format: "%.3f", $0) }); frustration \(a.frustration.frustrated) of \(a.signedEdges).\n\n"
      let pivots: [String] = a.pivots.prefix(Page.listLimit).map { p in
        "\(cell(name(p.pivot.rawValue))) between \(cell(name(p.sides[0].rawValue))) and \(cell(name(p.sides[1].rawValue)))"
      }
      out += "Pivots: " + Page.listed(pivots, total: a.pivots.count) + ".\n\n"
      out += "### Relations\n\n| source | kind | target | phase | sources |\n| --- | --- | --- | --- | --- |\n"
      let shown = shownRelations(k, linked: [])
      for e in shown {
        out +=
          "| \(cell(name(e.source.rawValue))) | \(e.kind) | \(cell(name(e.target.rawValue))) | \(e.phase.rawValue) | \(cell(e.evidence.isEmpty ? "background" : e.evidence.map(\.citation).joined(separator: ", "))) |\n"
      }
      if shown.count < s.edges.count {
        out +=
          "\n"
          + cell(
            cutNote(shown: shown.count, total: s.edges.count, what: "relations, the heaviest", file: relationsFile(k)))
          + "\n"
      }
      out += "\n"
    }
    out += "## Comparison\n\n"
    for (k, (a, b)) in zip(snapshots, snapshots.dropFirst()).enumerated() {
      out += "### From \(a.date) to \(b.date)\n\n"
      let told = narrative(k)
      if told.total > told.shown.count {
        out += cell(cutNote(shown: told.shown.count, total: told.total, what: "changes", file: nil)) + "\n\n"
      }
      for sentence in told.shown {
        out +=
          "- \(cell(sentence.text))"
          + (sentence.citations.isEmpty ? "" : " [\(sentence.citations.joined(separator: ", "))]") + "\n"
      }
      out += "\n![Changes from \(a.date) to \(b.date)](diff-\(a.date)-\(b.date).svg)\n\n"
    }
    out += "![The years side by side](small-multiples.svg)\n\n"
    if chart { out += "![Alignment over the years](alignment.svg)\n" }
    return out
  }
}
