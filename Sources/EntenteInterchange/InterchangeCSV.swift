import Entente
import Foundation

/// CSV as spreadsheets and pandas take it: a nodes file (`id,name,kind`) and an edges file.
///
/// Cells a spreadsheet would run as formulas (`=`, `+`, `-`, `@`, tab or carriage return
/// first, plain numbers excepted) are written with a single quote in front, and reading
/// removes that quote again, so Entente reads back exactly what it wrote (`CSVCell`).
public enum InterchangeCSV {
  /// A field, guarded against formula injection and quoted when needed (`CSVCell`).
  static func csvField(_ s: String) -> String { CSVCell.field(s) }

  /// CSV: the nodes file (`id,name,kind`) and the edges file.
  public static func write(_ t: InterchangeTable) -> (nodes: String, edges: String) {
    var nodes = "id,name,kind\n"
    for n in t.nodes { nodes += [n.id, n.name, n.kind].map(csvField).joined(separator: ",") + "\n" }
    var edges = "source,target,kind,sign,weight,confidence,directed,at,since,until,phase,note,evidence\n"
    for e in t.edges {
      edges +=
        [
          e.source, e.target, e.kind, "\(e.sign)", InterchangeText.number(e.weight),
          InterchangeText.number(e.confidence), e.directed ? "true" : "false", e.at ?? "",
          e.since ?? "", e.until ?? "", e.phase, e.note ?? "", e.evidence,
        ].map(csvField).joined(separator: ",") + "\n"
    }
    return (nodes, edges)
  }
  /// The rows of CSV text (RFC 4180 quoting).
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if quoted {
        if c == "\"" {
          let next = text.index(after: i)
          if next < text.endIndex && text[next] == "\"" {
            field.append("\"")
            i = next
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if c != "\r" {
        field.append(c)
      }
      i = text.index(after: i)
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  static func read(edges: Data, nodes: Data?, path: String) throws(EntenteError) -> InterchangeTable {
    guard let text = String(data: edges, encoding: .utf8) else {
      throw EntenteError(.notText, "'\(path)' is not UTF-8 text")
    }
    let er = rows(text)
    guard let header = er.first, header.contains("source"), header.contains("target") else {
      throw EntenteError(
        .invalidValue,
        "'\(path)' needs a header naming the columns source and target (then kind, and a time in one of "
          + InterchangeTable.Edge.timeColumns.joined(separator: ", ")
          + ", unless --kind and --at are given); its first line has "
          + (er.first.map { $0.isEmpty ? "nothing" : $0.joined(separator: ", ") } ?? "nothing"),
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    let edgeList = er.dropFirst().filter { $0.count > 1 }.map { r -> InterchangeTable.Edge in
      var a: [String: String] = [:]
      for (i, h) in header.enumerated() where i < r.count { a[h] = CSVCell.restored(r[i]) }
      return InterchangeTable.Edge(a["source"] ?? "", a["target"] ?? "", a)
    }
    var nodeList: [InterchangeTable.Node] = []
    if let nodes, let nt = String(data: nodes, encoding: .utf8) {
      let nr = rows(nt)
      if let h = nr.first {
        for r in nr.dropFirst() where r.count == h.count {
          var a: [String: String] = [:]
          for (i, k) in h.enumerated() { a[k] = CSVCell.restored(r[i]) }
          nodeList.append(.init(id: a["id"] ?? "", name: a["name"] ?? a["id"] ?? "", kind: a["kind"] ?? ""))
        }
      }
    }
    return InterchangeTable(nodes: nodeList, edges: edgeList, title: "")
  }
}
