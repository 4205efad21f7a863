import Entente
import EntenteAnalysis
import Foundation

/// Large reports: tables cut to their first rows on the page, the full data in CSV files beside it.
///
/// A 5,000-actor graph has 5,000 centrality rows and tens of thousands of relations per
/// year; written out in full, the page is tens of megabytes that browsers struggle to open.
/// Above `rowLimit` rows, a table shows the most central actors (or, for relations, those
/// the comparison's sentences link to, then the heaviest) and says how many rows the CSV
/// beside the page holds. Smaller reports are written exactly as before, without CSVs.
extension Page {
  /// Above this many rows a table on the page is cut, and the full table is written as CSV.
  static let rowLimit = 200
  /// Above this many sentences, a comparison lists its first ones.
  static let sentenceLimit = 200
  /// Above this many unbalanced triangles or pivots, the first are listed.
  static let listLimit = 50

  /// Items joined by "; " (the first `listLimit` of `total`), saying how many there are when
  /// cut; "none" when there are none.
  static func listed(_ items: [String], total: Int) -> String {
    guard total > 0 else { return "none" }
    return items.joined(separator: "; ") + (total > items.count ? "; … (\(items.count) of \(total) shown)" : "")
  }

  /// The file holding year `k`'s full centrality table.
  func centralityFile(_ k: Int) -> String { "centrality-\(snapshots[k].date).csv" }

  /// The file holding year `k`'s full relations table.
  func relationsFile(_ k: Int) -> String { "relations-\(snapshots[k].date).csv" }

  /// Whether year `k`'s tables are cut on the page.
  func isCut(_ k: Int) -> Bool { analyses[k].names.count > Page.rowLimit || snapshots[k].edges.count > Page.rowLimit }

  /// The relations of year `k` shown on the page: all of them up to `rowLimit`; above, the
  /// ones the shown sentences link to, then the heaviest, up to `rowLimit` more, in table order.
  func shownRelations(_ k: Int, linked: Set<String>) -> [SnapshotEdge] {
    let s = snapshots[k]
    guard s.edges.count > Page.rowLimit else { return s.edges }
    let date = s.date
    var keep = Set(s.edges.indices.filter { linked.contains(Page.rowID(date, s.edges[$0])) })
    let heaviest = s.edges.indices.sorted { s.edges[$0].weight > s.edges[$1].weight }
    for i in heaviest.prefix(Page.rowLimit) { keep.insert(i) }
    return keep.sorted().map { s.edges[$0] }
  }

  /// The sentences of the comparison from year `k` to year `k + 1`, the first `sentenceLimit`
  /// of them, and how many there are in all.
  func narrative(_ k: Int) -> (shown: [ChangeNarrative.Sentence], total: Int) { narratives[k] }

  /// A note under a cut table or list: how many of how many are shown and where the rest is.
  func cutNote(shown: Int, total: Int, what: String, file: String?) -> String {
    "Showing \(shown) of \(total) \(what)" + (file.map { "; every one is in \($0), beside this page" } ?? "") + "."
  }

  /// The CSV files beside the page: each cut year's centrality and relations tables in full.
  ///
  /// - Returns: File names and contents; none when no table is cut.
  func tables() -> [(name: String, csv: String)] {
    var out: [(name: String, csv: String)] = []
    for k in snapshots.indices where isCut(k) {
      let a = analyses[k]
      var csv =
        (["rank", "actor", "name"] + a.measures.map(\.column) + (k > 0 ? ["change", "main_reason"] : [])).joined(
          separator: ",") + "\n"
      for r in centralityRows(k) {
        var fields = ["\(r.rank)", CSVCell.field(r.actor), CSVCell.field(name(r.actor))]
        fields += r.values.map { $0.isFinite ? String(format: "%.6g", $0) : "" }
        if k > 0 { fields += [CSVCell.field(r.change), CSVCell.field(r.reason)] }
        csv += fields.joined(separator: ",") + "\n"
      }
      out.append((centralityFile(k), csv))
      var relations = "source,kind,target,phase,weight,sources\n"
      for e in snapshots[k].edges {
        let sources =
          e.evidence.isEmpty ? (e.notes.first ?? "background") : e.evidence.map(\.citation).joined(separator: "; ")
        relations +=
          [
            CSVCell.field(e.source.rawValue), CSVCell.field(e.kind), CSVCell.field(e.target.rawValue), e.phase.rawValue,
            String(format: "%.2f", e.weight), CSVCell.field(sources),
          ].joined(separator: ",") + "\n"
      }
      out.append((relationsFile(k), relations))
    }
    return out
  }
}
