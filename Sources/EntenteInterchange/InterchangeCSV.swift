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
  /// The rows of CSV text (RFC 4180 quoting), each with the line it starts on.
  ///
  /// A line ends at LF, CRLF or a lone CR (old Mac files). A quote opens a quoted field only
  /// at the start of a field; a quote anywhere else, text after a closing quote, and a
  /// quoted field still open at the end of the file are errors at their line, so one stray
  /// quote can never swallow the rows after it.
  ///
  /// - Throws: `EntenteError` `.invalidValue` at `path:line:column`.
  /// - Complexity: O(*n*) in the length of `text`.
  static func rows(_ text: String, path: String) throws(EntenteError) -> [(line: Int, fields: [String])] {
    var rows: [(line: Int, fields: [String])] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var closed = false  // a quoted field just ended: only a comma or a line end may follow
    var atFieldStart = true
    var line = 1
    var column = 0
    var rowLine = 1
    var quoteLine = 1
    func fail(_ message: String) -> EntenteError {
      EntenteError(.invalidValue, message, at: SourceLocation(file: path, line: line, column: max(1, column)))
    }
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      column += 1
      if quoted {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" {
            field += "\""
            i += 1
            column += 1
          } else {
            quoted = false
            closed = true
          }
        } else {
          field.unicodeScalars.append(c)
          if c == "\n" || (c == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
            line += 1
            column = 0
          }
        }
      } else if c == "," {
        row.append(field)
        field = ""
        closed = false
        atFieldStart = true
      } else if c == "\n" || c == "\r" {
        if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
        row.append(field)
        rows.append((rowLine, row))
        row = []
        field = ""
        closed = false
        atFieldStart = true
        line += 1
        column = 0
        rowLine = line
      } else if closed {
        throw fail(
          "text after the closing quote of a field; a quoted field ends at its quote (write \"\" for a quote inside it)"
        )
      } else if c == "\"" {
        guard atFieldStart else {
          throw fail("a quote inside an unquoted field; quote the whole field and write the quote as \"\"")
        }
        quoted = true
        quoteLine = line
        atFieldStart = false
      } else {
        field.unicodeScalars.append(c)
        atFieldStart = false
      }
      i += 1
    }
    if quoted {
      throw EntenteError(
        .invalidValue, "a quoted field opened here is never closed; end it with a quote",
        at: SourceLocation(file: path, line: quoteLine, column: 1))
    }
    if !field.isEmpty || !row.isEmpty || closed {
      row.append(field)
      rows.append((rowLine, row))
    }
    return rows
  }

  static func read(edges: Data, nodes: Data?, path: String, nodesPath: String = "nodes.csv") throws(EntenteError)
    -> InterchangeTable
  {
    let text = try UTF8Bytes.text([UInt8](edges), path: path)
    let er = try rows(text, path: path)
    guard let header = er.first?.fields, header.contains("source"), header.contains("target") else {
      throw EntenteError(
        .invalidValue,
        "'\(path)' needs a header naming the columns source and target (then kind, and a time in one of "
          + InterchangeTable.Edge.timeColumns.joined(separator: ", ")
          + ", unless --kind and --at are given); its first line has "
          + (er.first.map { $0.fields.isEmpty ? "nothing" : $0.fields.joined(separator: ", ") } ?? "nothing"),
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    var edgeList: [InterchangeTable.Edge] = []
    for (line, r) in er.dropFirst() {
      if r.count == 1 && r[0].isEmpty { continue }  // a blank line
      guard r.count == header.count else {
        throw EntenteError(
          .invalidValue,
          "this row has \(r.count) fields; the header has \(header.count) (\(header.joined(separator: ",")))",
          at: SourceLocation(file: path, line: line, column: 1))
      }
      var a: [String: String] = [:]
      for (i, h) in header.enumerated() { a[h] = CSVCell.restored(r[i]) }
      do {
        edgeList.append(try InterchangeTable.Edge(checking: a["source"] ?? "", a["target"] ?? "", a))
      } catch {
        throw EntenteError(error.code, error.message, at: SourceLocation(file: path, line: line, column: 1))
      }
    }
    var nodeList: [InterchangeTable.Node] = []
    if let nodes {
      let nt = try UTF8Bytes.text([UInt8](nodes), path: nodesPath)
      let nr = try rows(nt, path: nodesPath)
      if let h = nr.first?.fields {
        guard h.contains("id") else {
          throw EntenteError(
            .invalidValue, "'\(nodesPath)' needs a header with an id column (id,name,kind)",
            at: SourceLocation(file: nodesPath, line: 1, column: 1))
        }
        for (line, r) in nr.dropFirst() {
          if r.count == 1 && r[0].isEmpty { continue }
          guard r.count == h.count else {
            throw EntenteError(
              .invalidValue, "this row has \(r.count) fields; the header has \(h.count) (\(h.joined(separator: ",")))",
              at: SourceLocation(file: nodesPath, line: line, column: 1))
          }
          var a: [String: String] = [:]
          for (i, k) in h.enumerated() { a[k] = CSVCell.restored(r[i]) }
          nodeList.append(.init(id: a["id"] ?? "", name: a["name"] ?? a["id"] ?? "", kind: a["kind"] ?? ""))
        }
      }
    }
    return InterchangeTable(nodes: nodeList, edges: edgeList, title: "")
  }
}
