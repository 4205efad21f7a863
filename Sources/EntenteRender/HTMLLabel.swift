import Entente

/// An HTML-like Graphviz label, built from escaped text so that no name can break it.
///
///     let cell = HTMLLabel.text("<script> & co") + .lineBreak
///     let table = HTMLLabel.table([[.text("kind"), .text("style")]], border: 0)
public struct HTMLLabel: Sendable, Equatable {
  /// The label's markup, always well formed.
  public let markup: String

  private init(markup: String) { self.markup = markup }

  /// Text, with `&`, `<`, `>`, `"` and `'` escaped.
  public static func text(_ s: String) -> HTMLLabel {
    HTMLLabel(
      markup: TextEscaping.entities(s) { u, out in
        if u == "\n" { out += "<BR/>" } else { out.unicodeScalars.append(u.value < 0x20 || u.value == 0x7F ? " " : u) }
      })
  }

  /// A line break.
  public static let lineBreak = HTMLLabel(markup: "<BR/>")

  /// The label in bold.
  public func bold() -> HTMLLabel { HTMLLabel(markup: "<B>" + markup + "</B>") }

  /// The label in a font of the given colour (`#rrggbb`) and point size.
  public func font(color: String? = nil, size: Double? = nil) -> HTMLLabel {
    var attrs = ""
    if let color { attrs += " COLOR=" + HTMLLabel.attribute(color) }
    if let size { attrs += " POINT-SIZE=" + HTMLLabel.attribute(DOTEscape.number(size).replacingQuotes()) }
    return HTMLLabel(markup: "<FONT" + attrs + ">" + markup + "</FONT>")
  }

  /// A table of cells, row by row; a row with fewer cells than the widest spans its last cell.
  public static func table(_ rows: [[HTMLLabel]], border: Int = 0, cellPadding: Int = 2, align: String = "LEFT")
    -> HTMLLabel
  {
    var out = "<TABLE BORDER=\"\(border)\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"\(cellPadding)\">"
    let columns = rows.map(\.count).max() ?? 0
    for row in rows {
      out += "<TR>"
      for (i, cell) in row.enumerated() {
        let span = i == row.count - 1 && row.count < columns ? " COLSPAN=\"\(columns - row.count + 1)\"" : ""
        out += "<TD ALIGN=" + attribute(align) + span + ">" + cell.markup + "</TD>"
      }
      out += "</TR>"
    }
    return HTMLLabel(markup: out + "</TABLE>")
  }

  /// The label alone in a borderless cell `width` points wide, left-aligned: a node with
  /// this label shows its text starting at the node's left edge.
  public func leftAligned(width: Double, height: Double = 14) -> HTMLLabel {
    let w = HTMLLabel.attribute(String(Int(width.rounded())))
    let h = HTMLLabel.attribute(String(Int(height.rounded())))
    return HTMLLabel(
      markup: "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD WIDTH=" + w
        + " FIXEDSIZE=\"TRUE\" HEIGHT=" + h + " ALIGN=\"LEFT\">" + markup + "</TD></TR></TABLE>")
  }

  /// Two labels one after the other.
  public static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel { HTMLLabel(markup: lhs.markup + rhs.markup) }

  static func attribute(_ s: String) -> String { "\"" + text(s).markup + "\"" }
}

extension String {
  func replacingQuotes() -> String { filter { $0 != "\"" } }
}
